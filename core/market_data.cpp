#include "market_data.h"

#include <algorithm>
#include <cmath>

namespace xm {

const FuturesSpec* MarketData::findSpec(std::string_view symbol) const
{
    const auto it = std::find_if(futuresSpecs.begin(), futuresSpecs.end(),
                                 [&](const FuturesSpec& s) { return s.symbol == symbol; });
    return it == futuresSpecs.end() ? nullptr : &*it;
}

const TreasurySecurity* MarketData::findSecurity(std::string_view cusip) const
{
    const auto it = std::find_if(securities.begin(), securities.end(),
                                 [&](const TreasurySecurity& s) { return s.cusip == cusip; });
    return it == securities.end() ? nullptr : &*it;
}

RepoRate repoRateOn(const MarketData& data, Date asOf)
{
    constexpr int kMaxSofrAgeDays = 5;
    const auto it = std::upper_bound(data.sofr.begin(), data.sofr.end(), asOf,
                                     [](Date d, const RateFixing& f) { return d < f.date; });
    if (it != data.sofr.begin()) {
        const RateFixing& fixing = *std::prev(it);
        if (asOf - fixing.date <= kMaxSofrAgeDays)
            return {fixing.ratePct / 100.0,
                    "SOFR " + fixing.date.toIso() + " (Source: Federal Reserve Bank of New York)"};
    }
    const auto index = data.parYields.indexOnOrBefore(asOf);
    if (!index)
        return {0.0, "none (as-of date before the par-yield history)"};
    const FactorVector yields = data.parYields.filledYieldsPct(*index);
    return {yields[0] / 100.0, "3M Treasury par yield " + data.parYields.row(*index).date.toIso()};
}

} // namespace xm
