#include "conversion_factor.h"

#include <cmath>
#include <stdexcept>

namespace xm {

CfTerm conversionFactorTerm(Date maturity, ContractMonth month, CfTermRounding rounding)
{
    const int months = wholeMonthsBetween(month.firstDay(), maturity);
    if (months < 0)
        throw std::invalid_argument("security matures before the delivery month");
    CfTerm term{months / 12, months % 12};
    if (rounding == CfTermRounding::Quarter)
        term.months = term.months / 3 * 3;
    return term;
}

double conversionFactor(double couponPct, CfTerm term, CfTermRounding rounding, double notionalCouponPct)
{
    const double coupon = couponPct / 100.0;
    const double r = notionalCouponPct / 200.0;  // 0.03 per half-year for the 6% notional
    const int z = term.months;
    const int n = term.years;
    int v = z;
    if (z >= 7)
        v = rounding == CfTermRounding::Quarter ? 3 : z - 6;
    const double a = 1.0 / std::pow(1.0 + r, v / 6.0);
    const double b = coupon / 2.0 * (6.0 - v) / 6.0;
    const double c = 1.0 / std::pow(1.0 + r, z < 7 ? 2 * n : 2 * n + 1);
    const double d = coupon / (2.0 * r) * (1.0 - c);
    const double factor = a * (coupon / 2.0 + c + d) - b;
    return std::round(factor * 1e4) / 1e4;
}

double conversionFactor(double couponPct, Date maturity, ContractMonth month, CfTermRounding rounding,
                        double notionalCouponPct)
{
    return conversionFactor(couponPct, conversionFactorTerm(maturity, month, rounding), rounding,
                            notionalCouponPct);
}

} // namespace xm
