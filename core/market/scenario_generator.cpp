#include "scenario_generator.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace xm {

std::vector<Message> ScenarioSet::gapFillNotes() const
{
    std::vector<Message> notes;
    for (int k = 0; k < kFactorCount; ++k) {
        const int n = filledCount[static_cast<std::size_t>(k)];
        if (n > 0)
            notes.push_back(Message::format(XM_TRANSLATE_NOOP("xm::CoreMessage", "%1: %2 of %3 scenario changes interpolated in "
                                                                  "maturity from neighbouring tenors (no published "
                                                                  "yield)"),
                                            {std::string(kFactorNames[static_cast<std::size_t>(k)]),
                                             MessageArg::count(n), MessageArg::count(static_cast<long long>(size()))}));
    }
    return notes;
}

ScenarioGenerator::ScenarioGenerator(const ParYieldHistory& history, double scale)
    : m_history(history)
    , m_scale(scale)
{
}

ScenarioSet ScenarioGenerator::window(int horizonDays, Date firstEnd, Date lastEnd) const
{
    const auto last = m_history.indexOnOrBefore(lastEnd);
    const auto firstOrBefore = m_history.indexOnOrBefore(firstEnd);
    if (!last)
        return build(horizonDays, 1, 0);
    std::size_t first = firstOrBefore ? *firstOrBefore : 0;
    if (m_history.row(first).date < firstEnd)
        ++first;
    return build(horizonDays, first, *last);
}

ScenarioSet ScenarioGenerator::lookback(int horizonDays, Date asOf, int lookbackDays) const
{
    const auto last = m_history.indexOnOrBefore(asOf);
    if (!last || lookbackDays <= 0)
        return build(horizonDays, 1, 0);
    const std::size_t span = static_cast<std::size_t>(lookbackDays) - 1;
    const std::size_t first = *last >= span ? *last - span : 0;
    return build(horizonDays, first, *last);
}

ScenarioSet ScenarioGenerator::build(int horizonDays, std::size_t firstEndIndex, std::size_t lastEndIndex) const
{
    if (horizonDays < 1)
        throw std::invalid_argument("scenario horizon must be at least one business day");
    ScenarioSet set;
    set.horizonDays = horizonDays;
    const auto h = static_cast<std::size_t>(horizonDays);
    firstEndIndex = std::max(firstEndIndex, h);
    if (lastEndIndex < firstEndIndex || lastEndIndex >= m_history.size()) {
        set.changesBp.resize(0, kFactorCount);
        return set;
    }
    const std::size_t count = lastEndIndex - firstEndIndex + 1;
    set.changesBp.resize(static_cast<Eigen::Index>(count), kFactorCount);
    set.startDates.reserve(count);
    set.endDates.reserve(count);
    Eigen::Index row = 0;
    for (std::size_t end = firstEndIndex; end <= lastEndIndex; ++end) {
        const auto& to = m_history.row(end);
        const auto& from = m_history.row(end - h);
        FactorVector change{};
        for (std::size_t k = 0; k < change.size(); ++k)
            change[k] = (to.yieldsPct[k] - from.yieldsPct[k]) * 100.0 * m_scale;  // NaN if either is missing
        std::array<bool, kFactorCount> filled{};
        if (!fillGapsInMaturity(change, &filled))
            continue;
        for (std::size_t k = 0; k < change.size(); ++k) {
            set.changesBp(row, static_cast<Eigen::Index>(k)) = change[k];
            set.filledCount[k] += filled[k] ? 1 : 0;
        }
        set.startDates.push_back(from.date);
        set.endDates.push_back(to.date);
        ++row;
    }
    set.changesBp.conservativeResize(row, kFactorCount);
    return set;
}

} // namespace xm
