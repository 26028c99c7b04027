#include "par_yield_history.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace xm {

bool fillGapsInMaturity(FactorVector& values, std::array<bool, kFactorCount>* filled)
{
    std::array<bool, kFactorCount> wasFilled{};
    int prev = -1;
    for (int k = 0; k < kFactorCount; ++k) {
        if (std::isfinite(values[static_cast<std::size_t>(k)])) {
            prev = k;
            continue;
        }
        int next = k + 1;
        while (next < kFactorCount && !std::isfinite(values[static_cast<std::size_t>(next)]))
            ++next;
        const auto uk = static_cast<std::size_t>(k);
        if (prev < 0 && next >= kFactorCount)
            return false;
        if (prev < 0) {
            values[uk] = values[static_cast<std::size_t>(next)];
        } else if (next >= kFactorCount) {
            values[uk] = values[static_cast<std::size_t>(prev)];
        } else {
            const auto up = static_cast<std::size_t>(prev);
            const auto un = static_cast<std::size_t>(next);
            const double x = (kFactorYears[uk] - kFactorYears[up]) / (kFactorYears[un] - kFactorYears[up]);
            values[uk] = values[up] + x * (values[un] - values[up]);
        }
        wasFilled[uk] = true;
    }
    if (filled)
        *filled = wasFilled;
    return true;
}

ParYieldHistory::ParYieldHistory(std::vector<ParYieldObservation> rows)
    : m_rows(std::move(rows))
{
    if (m_rows.empty())
        throw std::invalid_argument("par-yield history is empty");
    for (std::size_t i = 1; i < m_rows.size(); ++i) {
        if (!(m_rows[i - 1].date < m_rows[i].date))
            throw std::invalid_argument("par-yield history not strictly ascending at " + m_rows[i].date.toIso());
    }
}

std::vector<Date> ParYieldHistory::dates() const
{
    std::vector<Date> out;
    out.reserve(m_rows.size());
    for (const auto& row : m_rows)
        out.push_back(row.date);
    return out;
}

std::optional<std::size_t> ParYieldHistory::indexOf(Date date) const
{
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), date,
                                     [](const ParYieldObservation& r, Date d) { return r.date < d; });
    if (it == m_rows.end() || it->date != date)
        return std::nullopt;
    return static_cast<std::size_t>(it - m_rows.begin());
}

std::optional<std::size_t> ParYieldHistory::indexOnOrBefore(Date date) const
{
    const auto it = std::upper_bound(m_rows.begin(), m_rows.end(), date,
                                     [](Date d, const ParYieldObservation& r) { return d < r.date; });
    if (it == m_rows.begin())
        return std::nullopt;
    return static_cast<std::size_t>(it - m_rows.begin()) - 1;
}

FactorVector ParYieldHistory::filledYieldsPct(std::size_t index, std::array<bool, kFactorCount>* filled) const
{
    FactorVector values = m_rows.at(index).yieldsPct;
    if (!fillGapsInMaturity(values, filled))
        throw std::invalid_argument("no par yields published on " + m_rows[index].date.toIso());
    return values;
}

} // namespace xm
