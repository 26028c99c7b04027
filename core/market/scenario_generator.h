#pragma once

#include "../message.h"

#include "date.h"
#include "par_yield_history.h"
#include "risk_factors.h"

#include <Eigen/Core>

#include <string>
#include <vector>

namespace xm {

// h-day changes of the ten factors, in basis points, one row per scenario.
struct ScenarioSet {
    int horizonDays = 0;
    std::vector<Date> startDates;  // business day t
    std::vector<Date> endDates;    // business day t + h
    Eigen::MatrixXd changesBp;     // rows = scenarios, cols = kFactorCount
    // Per factor, how many scenario changes were gap-filled by interpolation in maturity.
    std::array<int, kFactorCount> filledCount{};

    int size() const { return static_cast<int>(changesBp.rows()); }
    // Plain-language notes on the gap filling, for the calculation trace.
    std::vector<Message> gapFillNotes() const;
};

// Overlapping h-day scenario changes from the par-yield history (MARGIN_MODEL.md §1-2).
class ScenarioGenerator final {
public:
    // `scale` multiplies every change (a volatility stress; 1 leaves the history as it is).
    explicit ScenarioGenerator(const ParYieldHistory& history, double scale = 1.0);

    // Every h-day change whose end date lies in [firstEnd, lastEnd] (inclusive).
    ScenarioSet window(int horizonDays, Date firstEnd, Date lastEnd) const;
    // The h-day changes whose end date lies in the last `lookbackDays` business days of the
    // history up to and including `asOf`.
    ScenarioSet lookback(int horizonDays, Date asOf, int lookbackDays) const;

private:
    ScenarioSet build(int horizonDays, std::size_t firstEndIndex, std::size_t lastEndIndex) const;

    const ParYieldHistory& m_history;
    double m_scale;
};

} // namespace xm
