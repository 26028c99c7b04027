#include "historical_var.h"

#include <algorithm>
#include <cmath>

namespace xm {

int varRank(int scenarioCount, double confidence)
{
    // Guard the product against representation error: (1 - 0.99) * 2500 must give 25, not 26.
    const double tail = std::round((1.0 - confidence) * scenarioCount * 1e9) / 1e9;
    return std::max(1, static_cast<int>(std::ceil(tail)));
}

VarResult historicalVar(const Eigen::Ref<const Eigen::VectorXd>& pnl, double confidence,
                        std::vector<std::pair<double, int>>& scratch)
{
    const auto n = static_cast<int>(pnl.size());
    if (n == 0)
        return {};
    const int k = varRank(n, confidence);
    // The k smallest P&Ls (k-th largest loss) in one pass: a max-heap of the best k so far.
    // k is about 1% of n, so nearly every scenario is rejected by a single comparison.
    scratch.clear();
    for (int i = 0; i < k; ++i)
        scratch.emplace_back(pnl[i], i);
    std::make_heap(scratch.begin(), scratch.end());
    for (int i = k; i < n; ++i) {
        if (pnl[i] < scratch.front().first) {
            std::pop_heap(scratch.begin(), scratch.end());
            scratch.back() = {pnl[i], i};
            std::push_heap(scratch.begin(), scratch.end());
        }
    }
    const auto [quantilePnl, index] = scratch.front();
    return {std::max(0.0, -quantilePnl), index};
}

} // namespace xm
