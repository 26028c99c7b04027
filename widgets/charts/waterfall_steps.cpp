#include "waterfall_steps.h"

#include <algorithm>
#include <cmath>

namespace xm {

namespace {

// Differences below half a dollar are rounding, not a regular account.
constexpr double kNegligibleUsd = 0.5;

WaterfallStep offsetStep(WaterfallStep::Kind kind, double from, double reduction, double uncapped, double margin)
{
    WaterfallStep step{kind, from, from - reduction * margin};
    step.reduction = reduction;
    step.uncappedReduction = uncapped;
    step.margin = margin;
    step.capped = std::max(0.0, (uncapped - reduction) * margin);
    return step;
}

} // namespace

std::vector<WaterfallStep> waterfallSteps(const MarginResult& result, const CrossMarginParameters& parameters)
{
    // The same rule without the cap (a reduction can never exceed 100%).
    CrossMarginParameters uncappedParameters = parameters;
    uncappedParameters.cap = 1.0;
    const XmReading uncapped = applyXmRule(result.rule, result.reduction, uncappedParameters);
    const XmReading& applied = result.applied;

    std::vector<WaterfallStep> steps;
    steps.push_back({WaterfallStep::Kind::Duplicated, 0.0, result.duplicated});
    steps.push_back(offsetStep(WaterfallStep::Kind::FiccOffset, result.duplicated, applied.ficcReduction,
                               uncapped.ficcReduction, result.reduction.sF));
    steps.push_back(offsetStep(WaterfallStep::Kind::CmeOffset, steps.back().to, applied.cmeReduction,
                               uncapped.cmeReduction, result.reduction.sC));
    const double afterOffsets = steps.back().to;
    if (std::abs(result.crossMargined - afterOffsets) >= kNegligibleUsd)
        steps.push_back({WaterfallStep::Kind::RegularAccount, afterOffsets, result.crossMargined});
    steps.push_back({WaterfallStep::Kind::CrossMargined, 0.0, result.crossMargined});
    return steps;
}

} // namespace xm
