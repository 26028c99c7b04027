#include "market_environment.h"

#include <stdexcept>

namespace xm {
namespace {

std::size_t curveRow(const MarketData& data, Date asOf)
{
    const auto index = data.parYields.indexOnOrBefore(asOf);
    if (!index)
        throw std::invalid_argument("as-of date " + asOf.toIso() + " is before the par-yield history (starts "
                                    + data.parYields.firstDate().toIso() + ")");
    return *index;
}

FactorVector shiftedYieldsPct(FactorVector yieldsPct, const FactorVector& shiftBp)
{
    for (std::size_t k = 0; k < yieldsPct.size(); ++k)
        yieldsPct[k] += shiftBp[k] / 100.0;
    return yieldsPct;
}

RepoRate shiftedRepo(RepoRate repo, double shiftBp)
{
    if (shiftBp != 0.0)
        repo.rate += shiftBp / 1e4;
    return repo;
}

} // namespace

MarketEnvironment::MarketEnvironment(const MarketData& data, Date asOf, const FactorVector& parShiftBp)
    : m_data(data)
    , m_asOf(asOf)
    , m_curveDate(data.parYields.row(curveRow(data, asOf)).date)
    , m_calendar(data.calendar())
    , m_spotDate(m_calendar.settlementDate(asOf))
    , m_curves(YieldCurve(m_spotDate, shiftedYieldsPct(data.parYields.filledYieldsPct(curveRow(data, asOf)), parShiftBp)))
    , m_repo(shiftedRepo(repoRateOn(data, asOf), parShiftBp[0]))
{
    if (m_curveDate != asOf)
        m_notes.push_back(Message::format(XM_TRANSLATE_NOOP("xm::CoreMessage", "No par yields published on %1; using the curve of %2."),
                                          {asOf.toIso(), m_curveDate.toIso()}));
    std::array<bool, kFactorCount> filled{};
    data.parYields.filledYieldsPct(curveRow(data, asOf), &filled);
    for (int k = 0; k < kFactorCount; ++k) {
        if (filled[static_cast<std::size_t>(k)])
            m_notes.push_back(Message::format(XM_TRANSLATE_NOOP("xm::CoreMessage", "%1 par yield not published on %2; interpolated in "
                                                                    "maturity from neighbouring tenors."),
                                              {std::string(kFactorNames[static_cast<std::size_t>(k)]), m_curveDate.toIso()}));
    }
    MarketShock shift;
    shift.parShiftBp = parShiftBp;
    if (!shift.isNull())
        m_notes.push_back("Stressed curve (hypothetical): par yields of " + m_curveDate.toIso() + " moved by "
                          + shift.describe() + "; the repo rate for futures carry moved with the 3M yield.");
}

} // namespace xm
