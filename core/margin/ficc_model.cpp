#include "ficc_model.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace xm {

ScenarioSet lookbackWithStress(const ScenarioGenerator& generator, int horizonDays, Date asOf, int lookbackDays,
                               const std::vector<DateWindow>& stressWindows, std::vector<Message>* notes)
{
    ScenarioSet set = generator.lookback(horizonDays, asOf, lookbackDays);
    if (notes) {
        notes->push_back(Message::format(XM_TRANSLATE_NOOP("xm::CoreMessage", "%1 overlapping %2-day scenarios ending %3 to %4"),
                                         {MessageArg::count(static_cast<long long>(set.size())), MessageArg::count(horizonDays),
                                          set.size() ? set.endDates.front().toIso() : std::string("-"),
                                          set.size() ? set.endDates.back().toIso() : std::string("-")}));
    }
    const Date lookbackStart = set.size() ? set.endDates.front() : asOf.addDays(1);
    for (const auto& window : stressWindows) {
        // Only what the lookback lacks, and never data after the as-of date.
        const Date last = std::min(window.last, lookbackStart.addDays(-1));
        if (window.first > last || window.first > asOf)
            continue;
        const ScenarioSet stress = generator.window(horizonDays, window.first, last);
        if (stress.size() == 0)
            continue;
        const Eigen::Index rows = set.changesBp.rows();
        set.changesBp.conservativeResize(rows + stress.changesBp.rows(), kFactorCount);
        set.changesBp.bottomRows(stress.changesBp.rows()) = stress.changesBp;
        set.startDates.insert(set.startDates.end(), stress.startDates.begin(), stress.startDates.end());
        set.endDates.insert(set.endDates.end(), stress.endDates.begin(), stress.endDates.end());
        for (std::size_t k = 0; k < set.filledCount.size(); ++k)
            set.filledCount[k] += stress.filledCount[k];
        if (notes)
            notes->push_back(Message::format(XM_TRANSLATE_NOOP("xm::CoreMessage", "+ %1 stress scenarios from %2 (%3 to %4)"),
                                             {MessageArg::count(static_cast<long long>(stress.size())), window.name,
                                              stress.endDates.front().toIso(), stress.endDates.back().toIso()}));
    }
    if (notes) {
        for (auto& note : set.gapFillNotes())
            notes->push_back(std::move(note));
    }
    return set;
}

FiccModel::FiccModel(const FiccParameters& parameters, const ScenarioGenerator& scenarios, Date asOf)
    : m_parameters(parameters)
{
    if (m_parameters.floorPct.size() != m_parameters.floorBucketMaxYears.size() || m_parameters.floorPct.empty()
        || m_parameters.floorPct.size() > static_cast<std::size_t>(kMaxMaturityBuckets))
        throw std::invalid_argument("FICC floor needs 1 to 8 buckets with one percentage each");
    ScenarioSet set = lookbackWithStress(scenarios, parameters.horizonDays, asOf, parameters.lookbackDays,
                                         parameters.stressWindows, &m_notes);
    m_scenarios = std::move(set.changesBp);
    m_endDates = std::move(set.endDates);
}

int FiccModel::floorBucket(double remainingYears) const
{
    const auto& bounds = m_parameters.floorBucketMaxYears;
    for (std::size_t b = 0; b + 1 < bounds.size(); ++b) {
        if (remainingYears <= bounds[b])
            return static_cast<int>(b);
    }
    return static_cast<int>(bounds.size()) - 1;
}

Eigen::VectorXd FiccModel::pnl(const FactorVector& krd) const
{
    return m_scenarios * Eigen::Map<const Eigen::VectorXd>(krd.data(), kFactorCount);
}

FiccMargin FiccModel::margin(const FiccExposure& exposure) const
{
    return marginFromPnl(pnl(exposure.krd), exposure);
}

FiccMargin FiccModel::marginFromPnl(const Eigen::Ref<const Eigen::VectorXd>& pnl, const FiccExposure& exposure) const
{
    return marginFromVar(historicalVar(pnl, m_parameters.confidence, m_scratch), exposure);
}

FiccMargin FiccModel::marginFromVar(const VarResult& v, const FiccExposure& exposure) const
{
    FiccMargin m;
    m.var = v.var;
    m.quantileScenario = v.scenario;
    m.haircut = haircut(exposure);
    m.floor = floor(exposure);
    m.floorBinds = m.floor > m.var + m.haircut;
    m.varCharge = std::max(m.var + m.haircut, m.floor);
    return m;
}

double FiccModel::haircut(const FiccExposure& exposure) const
{
    // sqrt(h' C h) with h_b = haircut_b x net MV_b and one correlation between the buckets.
    const double h0 = m_parameters.haircutPct0to6m / 100.0 * exposure.haircutNetMv[0];
    const double h1 = m_parameters.haircutPct6to12m / 100.0 * exposure.haircutNetMv[1];
    const double q = h0 * h0 + h1 * h1 + 2.0 * m_parameters.haircutCorrelation * h0 * h1;
    return std::sqrt(std::max(0.0, q));
}

double FiccModel::floor(const FiccExposure& exposure) const
{
    double total = 0.0;
    for (std::size_t b = 0; b < m_parameters.floorPct.size(); ++b)
        total += m_parameters.floorPct[b] / 100.0 * std::max(0.0, exposure.grossMv[b]);
    return total;
}

FiccAddOns FiccModel::addOns(const FiccExposure& exposure) const
{
    FiccAddOns a;
    if (m_parameters.mlaEnabled && m_parameters.mlaThresholdDv01 > 0.0) {
        for (std::size_t b = 0; b < m_parameters.floorPct.size(); ++b) {
            const double size = std::abs(exposure.netDv01[b]);
            const double excess = size - m_parameters.mlaThresholdDv01;
            if (excess > 0.0)
                a.mla += m_parameters.mlaImpactBp * excess
                         * std::pow(size / m_parameters.mlaThresholdDv01, m_parameters.mlaExponent);
        }
    }
    a.backtesting = m_parameters.backtestingCharge;
    a.holiday = m_parameters.holidayCharge;
    a.special = m_parameters.specialCharge;
    return a;
}

} // namespace xm
