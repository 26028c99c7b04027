#pragma once

#include "position.h"
#include "../instruments/contract_month.h"
#include "../market/date.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace xm {

struct MarketData;

// What a quick-entry line is read against.
struct QuickEntryContext {
    Date asOf;                 // repo terms such as "90d" count from it; futures codes take its decade
    ContractMonth frontMonth;  // the month of a bare futures symbol ("ZN -950")
    std::function<bool(std::string_view)> isKnownCusip;  // the securities list (bundled or user)
};

// A context whose CUSIPs are those of `data`, which must outlive it.
QuickEntryContext quickEntryContext(const MarketData& data, Date asOf, ContractMonth frontMonth);

// Either a position (with an empty id; the caller assigns one) or an error naming the word
// that failed and what was expected there, e.g. `word 3 "2034-13-15": expected a maturity
// date YYYY-MM-DD`.
struct QuickEntryResult {
    std::optional<Position> position;
    std::string error;
};

// Reads one quick-entry line (FORMATS.md), words separated by spaces, any case:
//   ZN -950 | ZNU5 -950 | ZN 2025-09 -950 | OZN 2025-09 10       CME future or option
//   91282CLF6 +100mm | UST 4.25 2034-11-15 +100mm                 FICC cash
//   REPO 91282CLF6 100mm 90d | REVREPO 4.25 2034-11-15 50mm 2025-10-11
//   BILL 2025-12-26 10mm | FRN … | STRIPS … (maturity) | TIPS 1.875 2034-07-15 10mm
// Repo terms: Nd, Nw, Nm (days, weeks, months after the as-of date) or an end date.
QuickEntryResult parseQuickEntry(std::string_view line, const QuickEntryContext& context);

} // namespace xm
