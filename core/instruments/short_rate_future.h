#pragma once

#include "contract_month.h"
#include "../market/date.h"
#include "../market/risk_factors.h"

#include <optional>
#include <string_view>

namespace xm {

// CME short-rate futures: price = 100 - rate over a reference period.
enum class ShortRateFutureKind { Sofr3M, Sofr1M, FedFunds30D };

std::optional<ShortRateFutureKind> shortRateFutureKind(std::string_view symbol);  // SR3, SR1, ZQ
// USD per basis point per contract: SR3 $25; SR1 and ZQ $41.67 (CME contract specs).
double shortRateFutureBpValue(ShortRateFutureKind kind);

// Key-rate DV01 of one long contract (USD P&L per +1bp, negative): the bp value placed on the
// par-yield factors by linear interpolation in maturity at the middle of the reference period
// (SR3: the three months starting with the contract month; SR1 and ZQ: the contract month),
// measured from `spotDate`.
FactorVector shortRateFutureKrd(ShortRateFutureKind kind, ContractMonth month, Date spotDate);

} // namespace xm
