#pragma once

#include "instruments/futures_spec.h"
#include "instruments/treasury_security.h"
#include "market/business_calendar.h"
#include "market/date.h"
#include "market/par_yield_history.h"

#include <optional>
#include <string>
#include <vector>

namespace xm {

// A daily rate fixing, percent (e.g. SOFR from the Federal Reserve Bank of New York).
struct RateFixing {
    Date date;
    double ratePct = 0.0;
};

// Everything the bundled (or user-imported) data provides to the engine.
struct MarketData {
    ParYieldHistory parYields;
    std::vector<TreasurySecurity> securities;
    std::vector<FuturesSpec> futuresSpecs;
    std::vector<RateFixing> sofr;   // ascending; may be empty

    const FuturesSpec* findSpec(std::string_view symbol) const;
    const TreasurySecurity* findSecurity(std::string_view cusip) const;
    BusinessCalendar calendar() const { return BusinessCalendar(parYields.dates()); }
};

// Repo rate for futures carry on `asOf` (MARGIN_MODEL.md §1): SOFR on or before the date when
// the SOFR series covers it (within 5 calendar days), else the 3M par yield.
struct RepoRate {
    double rate = 0.0;        // decimal
    std::string source;       // e.g. "SOFR 2025-07-11 (Federal Reserve Bank of New York)"
};
RepoRate repoRateOn(const MarketData& data, Date asOf);

} // namespace xm
