#pragma once

#include <array>
#include <string_view>

namespace xm {

// The ten par-yield risk factors of MARGIN_MODEL.md §1 (Treasury CMT tenors).
inline constexpr int kFactorCount = 10;
inline constexpr std::array<std::string_view, kFactorCount> kFactorNames{
    "3M", "6M", "1Y", "2Y", "3Y", "5Y", "7Y", "10Y", "20Y", "30Y"};
inline constexpr std::array<double, kFactorCount> kFactorYears{
    0.25, 0.5, 1.0, 2.0, 3.0, 5.0, 7.0, 10.0, 20.0, 30.0};

// One value per factor, in the order above.
using FactorVector = std::array<double, kFactorCount>;

// Weights of the linear ("hat") interpolation in maturity at `years`: at most two non-zero
// entries, summing to 1; flat beyond the first and last tenor.
FactorVector factorInterpolationWeights(double years);

} // namespace xm
