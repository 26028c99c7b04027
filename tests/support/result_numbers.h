#pragma once

// Every number of a MarginResult as a flat named list, so property tests can check them all
// (finite, non-negative, equal between two computations, homogeneous) without listing fields.
#include "core/portfolio/margin_result.h"

#include <string>
#include <string_view>
#include <vector>

namespace xm::test {

enum class NumberKind {
    Requirement,  // a margin amount or count in USD/contracts: never negative, scales with the portfolio
    Signed,       // a signed amount (savings, ladders, P&L, net contracts): scales with the portfolio
    Ratio,        // dimensionless (reduction factors, rates, scan ranges): does not scale
};

struct ResultNumber {
    std::string_view name;  // static storage: literals and names interned by resultNumbers()
    int index = -1;         // element of a vector, -1 for a scalar
    double value = 0.0;
    NumberKind kind = NumberKind::Requirement;
    double scale = 0.0;  // magnitude for tolerances: |value|, or the largest |element| of its vector

    std::string label() const
    {
        return std::string(name) + (index < 0 ? std::string() : "[" + std::to_string(index) + "]");
    }
};

// Scalars, per-commodity and per-credit lines, ladders and (optionally) the scenario P&L vectors.
std::vector<ResultNumber> resultNumbers(const MarginResult& result, bool withScenarioPnl = true);

// Where `actual` differs from `factor` x `expected` (ratios: from `expected`) by more than
// rel x scale + abs (abs in USD, or contracts; ratios use rel x max(1, |value|)).
// Each entry reads "name: expected X, actual Y". Different line structure is a difference too.
std::vector<std::string> compareResults(const MarginResult& expected, const MarginResult& actual, double rel,
                                        double abs, double factor = 1.0);

// The first `limit` entries joined by newlines, with a count of the rest.
std::string joinDifferences(const std::vector<std::string>& differences, std::size_t limit = 12);

} // namespace xm::test
