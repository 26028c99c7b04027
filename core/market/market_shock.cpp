#include "market_shock.h"

#include <algorithm>
#include <cstdio>

namespace xm {

bool MarketShock::isNull() const
{
    return volatilityMultiplier == 1.0 && std::all_of(parShiftBp.begin(), parShiftBp.end(), [](double bp) { return bp == 0.0; });
}

std::string MarketShock::describe() const
{
    std::string out;
    char buffer[48];
    for (int k = 0; k < kFactorCount; ++k) {
        const double bp = parShiftBp[static_cast<std::size_t>(k)];
        if (bp == 0.0)
            continue;
        std::snprintf(buffer, sizeof buffer, "%s%s %+gbp", out.empty() ? "" : ", ",
                      std::string(kFactorNames[static_cast<std::size_t>(k)]).c_str(), bp);
        out += buffer;
    }
    if (volatilityMultiplier != 1.0) {
        std::snprintf(buffer, sizeof buffer, "%sscenario changes x%g", out.empty() ? "" : " · ", volatilityMultiplier);
        out += buffer;
    }
    return out.empty() ? "no change" : out;
}

MarketShock parallelShock(double bp)
{
    MarketShock shock;
    shock.parShiftBp.fill(bp);
    return shock;
}

MarketShock twistShock(double shortBp, double longBp)
{
    MarketShock shock;
    for (int k = 0; k < kFactorCount; ++k) {
        const double t = std::clamp(kFactorYears[static_cast<std::size_t>(k)], kTwistShortYears, kTwistLongYears);
        const double w = (t - kTwistShortYears) / (kTwistLongYears - kTwistShortYears);
        shock.parShiftBp[static_cast<std::size_t>(k)] = shortBp + w * (longBp - shortBp);
    }
    return shock;
}

MarketShock volatilityShock(double multiplier)
{
    MarketShock shock;
    shock.volatilityMultiplier = multiplier;
    return shock;
}

} // namespace xm
