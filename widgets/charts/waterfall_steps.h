#pragma once

#include "core/margin/model_parameters.h"
#include "core/portfolio/margin_result.h"

#include <vector>

namespace xm {

// One bar of the margin waterfall; amounts in USD.
struct WaterfallStep {
    enum class Kind { Duplicated, FiccOffset, CmeOffset, RegularAccount, CrossMargined };
    Kind kind = Kind::Duplicated;
    double from = 0.0;  // level before the step (0 for the two totals)
    double to = 0.0;    // level after it
    // Offsets: the reduction applied to the leg's margin S, the reduction before the cap, and
    // the offset the cap withholds, (uncapped - applied) x S.
    double reduction = 0.0;
    double uncappedReduction = 0.0;
    double margin = 0.0;
    double capped = 0.0;
};

// Duplicated -> FICC offset (r_F' S_F) -> CME offset (r_C' S_C) -> the regular account's effect
// (positions margined outside the arrangement; only when there is one) -> cross-margined.
// The steps add up: every step starts where the one before ended and the last total is the
// cross-margined requirement.
std::vector<WaterfallStep> waterfallSteps(const MarginResult& result, const CrossMarginParameters& parameters);

} // namespace xm
