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

} // namespace

MarketEnvironment::MarketEnvironment(const MarketData& data, Date asOf)
    : m_data(data)
    , m_asOf(asOf)
    , m_curveDate(data.parYields.row(curveRow(data, asOf)).date)
    , m_calendar(data.calendar())
    , m_spotDate(m_calendar.settlementDate(asOf))
    , m_curves(YieldCurve(m_spotDate, data.parYields.filledYieldsPct(curveRow(data, asOf))))
    , m_repo(repoRateOn(data, asOf))
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
}

} // namespace xm
