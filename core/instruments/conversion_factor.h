#pragma once

#include "contract_month.h"
#include "futures_spec.h"

namespace xm {

// Remaining term used by the conversion factor: whole years n and months z from the first
// day of the delivery month to maturity, z rounded down to a quarter for quarter contracts.
struct CfTerm {
    int years = 0;   // n
    int months = 0;  // z, 0..11
};
CfTerm conversionFactorTerm(Date maturity, ContractMonth month, CfTermRounding rounding);

// CME conversion factor (price at a 6% yield / 100), rounded to 4 decimals:
// factor = a*(c/2 + cc + d) - b, per CME "Calculating U.S. Treasury Futures Conversion
// Factors" (domain-research.md §5.1).
double conversionFactor(double couponPct, CfTerm term, CfTermRounding rounding,
                        double notionalCouponPct = 6.0);
double conversionFactor(double couponPct, Date maturity, ContractMonth month,
                        CfTermRounding rounding, double notionalCouponPct = 6.0);

} // namespace xm
