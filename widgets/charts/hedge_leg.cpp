#include "hedge_leg.h"

#include <algorithm>
#include <cmath>

namespace xm {

namespace {

constexpr double kMaxSweptRatio = 1.5;
// The sweep never goes beyond 500% either way, whatever the current ratio: a hedge a million
// times DV01-neutral would otherwise ask for 10^8 sweep points (and overflow the slider).
constexpr double kMaxShownRatio = 5.0;
constexpr double kRatioGrid = 0.25;   // the sweep's ends are whole quarters
constexpr double kRatioMargin = 0.1;  // room beyond a current ratio outside 0-150%
constexpr double kStepsPerUnit = 100.0;
constexpr double kNegligibleDv01 = 1e-9;

} // namespace

double HedgeLeg::scaleAt(double ratio) const
{
    return ratio * neutralQuantity / quantity;
}

int defaultHedgeRow(const std::vector<Position>& positions, const std::vector<PositionResult>& results)
{
    int best = -1;
    const auto isCme = [&](std::size_t i) { return positions[i].venue == Venue::Cme; };
    const auto better = [&](std::size_t i) {
        if (std::abs(results[i].dv01) <= kNegligibleDv01)
            return false;
        if (best < 0)
            return true;
        const auto current = static_cast<std::size_t>(best);
        if (isCme(i) != isCme(current))
            return isCme(i);
        return std::abs(results[i].dv01) > std::abs(results[current].dv01);
    };
    for (std::size_t i = 0; i < std::min(positions.size(), results.size()); ++i) {
        if (better(i))
            best = static_cast<int>(i);
    }
    return best;
}

std::optional<HedgeLeg> hedgeLeg(const std::vector<Position>& positions, const std::vector<PositionResult>& results,
                                 int row)
{
    if (row < 0 || row >= static_cast<int>(positions.size()) || positions.size() != results.size())
        return std::nullopt;
    const auto index = static_cast<std::size_t>(row);
    const double quantity = positions[index].quantity;
    const double legDv01 = results[index].dv01;
    double othersDv01 = 0.0;
    for (std::size_t i = 0; i < results.size(); ++i) {
        if (i != index)
            othersDv01 += results[i].dv01;
    }
    if (quantity == 0.0 || std::abs(legDv01) <= kNegligibleDv01 || std::abs(othersDv01) <= kNegligibleDv01)
        return std::nullopt;

    HedgeLeg leg;
    leg.row = row;
    leg.venue = positions[index].venue;
    leg.quantity = quantity;
    leg.neutralQuantity = -othersDv01 / (legDv01 / quantity);
    leg.currentRatio = quantity / leg.neutralQuantity;
    const double low = std::max(-kMaxShownRatio, std::min(0.0, leg.currentRatio - kRatioMargin));
    const double high = std::min(kMaxShownRatio, std::max(kMaxSweptRatio, leg.currentRatio + kRatioMargin));
    leg.fromRatio = std::floor(low / kRatioGrid) * kRatioGrid;
    leg.toRatio = std::ceil(high / kRatioGrid) * kRatioGrid;
    leg.steps = static_cast<int>(std::lround((leg.toRatio - leg.fromRatio) * kStepsPerUnit)) + 1;
    return leg;
}

} // namespace xm
