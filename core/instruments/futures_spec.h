#pragma once

#include "contract_month.h"
#include "treasury_security.h"

#include <optional>
#include <string>
#include <vector>

namespace xm {

enum class TermAnchor { FirstDayOfDeliveryMonth, LastDayOfDeliveryMonth };
// Remaining-term rounding in the conversion factor: whole months (2Y, 3Y, 5Y) or down to
// whole quarters (10Y, bond contracts); CME "Calculating U.S. Treasury Futures Conversion Factors".
enum class CfTermRounding { Month, Quarter };

// CME Treasury futures contract terms, one row of treasury_futures_specs.csv.
struct FuturesSpec {
    std::string symbol;
    std::string clearingCode;
    std::string name;
    double faceValueUsd = 100000.0;
    std::optional<int> originalTermMaxMonths;
    std::vector<int> originalIssueTenorYears;   // empty: any original term
    std::optional<int> remainingMinMonths;
    TermAnchor remainingMinFrom = TermAnchor::FirstDayOfDeliveryMonth;
    bool remainingMinInclusive = true;
    std::optional<int> remainingMaxMonths;
    TermAnchor remainingMaxFrom = TermAnchor::FirstDayOfDeliveryMonth;
    bool remainingMaxInclusive = true;
    double notionalCouponPct = 6.0;
    CfTermRounding cfTermRounding = CfTermRounding::Month;
    double tickPoints = 0.0;
    double tickValueUsd = 0.0;
    std::string source;
};

// The maturity range [earliest, latest] a deliverable may have for `month`, with the
// original-term cap used as the upper bound when the spec has no remaining-term maximum
// (and 30 years when it has neither).
struct DeliveryWindow {
    Date earliestMaturity;
    bool earliestInclusive = true;
    Date latestMaturity;
    bool latestInclusive = true;
};
DeliveryWindow deliveryWindow(const FuturesSpec& spec, ContractMonth month);

// True if `security` meets the contract's grade for `month` (remaining-term window,
// original-term cap, required original tenor) and is issued by the last delivery day.
bool isDeliverable(const FuturesSpec& spec, const TreasurySecurity& security, ContractMonth month);

} // namespace xm
