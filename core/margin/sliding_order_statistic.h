#pragma once

#include <vector>

namespace xm {

// k-th smallest of a changing subset of a fixed series of values, in O(log n) per insert,
// erase and query (a Fenwick tree over the values' ranks). Used to replay VaR through
// history, where each day's window differs from the previous one by a few scenarios.
class SlidingOrderStatistic final {
public:
    explicit SlidingOrderStatistic(std::vector<double> values);

    void insert(int index);
    void erase(int index);
    bool contains(int index) const { return m_present[static_cast<std::size_t>(index)]; }
    int size() const { return m_count; }
    // 1-based k, 1 <= k <= size().
    double kthSmallest(int k) const;
    // Index into the series of the k-th smallest value.
    int kthSmallestIndex(int k) const;

private:
    void add(int rank, int delta);

    std::vector<double> m_values;
    std::vector<int> m_rank;       // rank of each value (0-based)
    std::vector<int> m_byRank;     // value index at each rank
    std::vector<int> m_tree;       // Fenwick tree over ranks, 1-based
    std::vector<bool> m_present;
    int m_count = 0;
    int m_highBit = 1;
};

} // namespace xm
