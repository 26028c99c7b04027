#pragma once

#include "position.h"

#include <array>
#include <string>
#include <string_view>

namespace xm {

// Field rules shared by every way of entering a position (FORMATS.md): quick entry, the
// portfolio document and the position CSV.

// Cash, repo, reverse repo and TIPS named without a CUSIP need a coupon with the maturity;
// bills, FRNs and STRIPS need only the maturity.
bool needsCoupon(PositionType type);
// Repo and reverse repo close on an end date.
bool needsEndDate(PositionType type);

// The CME futures a portfolio may hold.
inline constexpr std::array<std::string_view, 11> kCmeFuturesSymbols{"ZT", "Z3N", "ZF",  "ZN",  "TN", "TWE",
                                                                     "ZB", "UB",  "SR3", "SR1", "ZQ"};
bool isCmeFuturesSymbol(std::string_view symbol);
// Options on those futures: "O" + the futures symbol (OZN) or the futures symbol itself.
bool isCmeOptionSymbol(std::string_view symbol);
// isCmeFuturesSymbol for futures, isCmeOptionSymbol for options, false for FICC types.
bool isCmeSymbolFor(PositionType type, std::string_view symbol);

// A quantity is sensible when finite and within 1e13 USD of face (FICC) or 1e7 contracts
// (CME, whole contracts only): anything larger is a typing slip, not a position.
bool isSensibleQuantity(Venue venue, double quantity);
// What isSensibleQuantity accepts, to follow "expected".
std::string expectedQuantity(Venue venue);

} // namespace xm
