#pragma once

#include "risk_factors.h"

#include <string>

namespace xm {

// A hypothetical move of the as-of market for stress tests: the par yields of the as-of
// curve moved per factor, and every historical scenario change scaled (a volatility stress:
// VaR and the calibrated scan ranges grow with it, as CCP stress add-ons scale scan ranges).
// The null shock leaves the market exactly as it is.
struct MarketShock {
    FactorVector parShiftBp{};          // added to each par yield, basis points
    double volatilityMultiplier = 1.0;  // applied to every h-day scenario change

    bool isNull() const;
    // "3M +100bp, 6M +100bp, … · scenario changes x2" for notes and the trace.
    std::string describe() const;
};

// Every par yield moved by `bp`.
MarketShock parallelShock(double bp);
// The short end moved by `shortBp` up to the 2Y tenor, the long end by `longBp` from the 10Y
// tenor on, linear in maturity in between (a steepener when longBp > shortBp).
MarketShock twistShock(double shortBp, double longBp);
// Scenario changes scaled by `multiplier`; the curve stays.
MarketShock volatilityShock(double multiplier);

// The tenors a twist pivots between.
inline constexpr double kTwistShortYears = 2.0;
inline constexpr double kTwistLongYears = 10.0;

} // namespace xm
