#pragma once

#include "core/portfolio/margin_result.h"
#include "core/portfolio/position.h"

#include <optional>
#include <vector>

namespace xm {

// A hedge the hedge-ratio chart sweeps: one position's quantity against the DV01 of all the
// others. Ratios are of the DV01-neutral quantity q* (1 = DV01-neutral).
struct HedgeLeg {
    int row = -1;
    Venue venue = Venue::Cme;      // CME quantities are contracts, FICC quantities face
    double quantity = 0.0;         // now
    double neutralQuantity = 0.0;  // q* = -(DV01 of the other positions) / (the leg's DV01 per unit)
    double currentRatio = 0.0;     // quantity / q*
    double fromRatio = 0.0;        // the sweep: 0 (no hedge) to 150%, widened to hold the current ratio
                                   // up to ±500% (a ratio beyond lies off the chart)
    double toRatio = 0.0;
    int steps = 0;                 // one point per 1% of hedge ratio

    double scaleAt(double ratio) const;  // the sweep's quantity scale for a hedge ratio
};

// The CME position with the largest DV01, else any position with the largest DV01; -1 if none
// has DV01.
int defaultHedgeRow(const std::vector<Position>& positions, const std::vector<PositionResult>& results);

// nullopt when the row's position has no quantity or no DV01, or the others have no DV01 to hedge.
std::optional<HedgeLeg> hedgeLeg(const std::vector<Position>& positions, const std::vector<PositionResult>& results,
                                 int row);

} // namespace xm
