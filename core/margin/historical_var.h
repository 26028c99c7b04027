#pragma once

#include <Eigen/Core>

#include <utility>
#include <vector>

namespace xm {

// MARGIN_MODEL.md §2: sort losses; VaR is the k-th largest loss, k = max(1, ceil((1-a) N)).
int varRank(int scenarioCount, double confidence);

struct VarResult {
    double var = 0.0;        // >= 0: a portfolio that gains in the k-th worst scenario needs none
    int scenario = -1;       // index of the scenario at the quantile (-1: no scenarios)
};

// VaR of a scenario P&L vector (USD, gains positive). `scratch` is reused between calls.
VarResult historicalVar(const Eigen::Ref<const Eigen::VectorXd>& pnl, double confidence,
                        std::vector<std::pair<double, int>>& scratch);

} // namespace xm
