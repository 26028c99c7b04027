#include "sliding_order_statistic.h"

#include <algorithm>
#include <numeric>
#include <stdexcept>

namespace xm {

SlidingOrderStatistic::SlidingOrderStatistic(std::vector<double> values)
    : m_values(std::move(values))
    , m_rank(m_values.size())
    , m_byRank(m_values.size())
    , m_tree(m_values.size() + 1, 0)
    , m_present(m_values.size(), false)
{
    std::iota(m_byRank.begin(), m_byRank.end(), 0);
    std::stable_sort(m_byRank.begin(), m_byRank.end(), [&](int a, int b) {
        return m_values[static_cast<std::size_t>(a)] < m_values[static_cast<std::size_t>(b)];
    });
    for (std::size_t r = 0; r < m_byRank.size(); ++r)
        m_rank[static_cast<std::size_t>(m_byRank[r])] = static_cast<int>(r);
    while (m_highBit * 2 <= static_cast<int>(m_values.size()))
        m_highBit *= 2;
}

void SlidingOrderStatistic::add(int rank, int delta)
{
    for (int i = rank + 1; i < static_cast<int>(m_tree.size()); i += i & -i)
        m_tree[static_cast<std::size_t>(i)] += delta;
}

void SlidingOrderStatistic::insert(int index)
{
    const auto i = static_cast<std::size_t>(index);
    if (m_present[i])
        return;
    m_present[i] = true;
    ++m_count;
    add(m_rank[i], 1);
}

void SlidingOrderStatistic::erase(int index)
{
    const auto i = static_cast<std::size_t>(index);
    if (!m_present[i])
        return;
    m_present[i] = false;
    --m_count;
    add(m_rank[i], -1);
}

int SlidingOrderStatistic::kthSmallestIndex(int k) const
{
    if (k < 1 || k > m_count)
        throw std::out_of_range("order statistic rank outside the current set");
    // Descend the tree: the largest position whose prefix count is below k.
    int position = 0;
    for (int step = m_highBit; step > 0; step /= 2) {
        const int next = position + step;
        if (next < static_cast<int>(m_tree.size()) && m_tree[static_cast<std::size_t>(next)] < k) {
            position = next;
            k -= m_tree[static_cast<std::size_t>(next)];
        }
    }
    return m_byRank[static_cast<std::size_t>(position)];
}

double SlidingOrderStatistic::kthSmallest(int k) const
{
    return m_values[static_cast<std::size_t>(kthSmallestIndex(k))];
}

} // namespace xm
