#include "fixed_rate_bond.h"

#include "../market/yield_curve.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace xm {

FixedRateBond::FixedRateBond(double couponPct, Date maturity, Date datedDate)
    : m_couponPct(couponPct)
    , m_maturity(maturity)
    , m_datedDate(datedDate)
    , m_endOfMonth(maturity.isEndOfMonth())
{
    if (!std::isfinite(couponPct) || couponPct < 0.0 || couponPct > 100.0)
        throw std::invalid_argument("coupon must be a percentage between 0 and 100");
    if (maturity.isNull())
        throw std::invalid_argument("bond needs a maturity date");
    if (!datedDate.isNull() && !(datedDate < maturity))
        throw std::invalid_argument("dated date must be before maturity");
}

Date FixedRateBond::couponDate(int periodsBeforeMaturity) const
{
    const Date d = m_maturity.addMonths(-6 * periodsBeforeMaturity);
    return m_endOfMonth ? d.endOfMonth() : d;
}

int FixedRateBond::periodsAfter(Date date) const
{
    const int months = (m_maturity.year() - date.year()) * 12 + (m_maturity.month() - date.month());
    int k = std::max(0, months / 6);
    while (couponDate(k) > date)
        ++k;
    while (k > 0 && couponDate(k - 1) <= date)
        --k;
    return k;
}

Date FixedRateBond::previousCouponDate(Date date) const
{
    const Date regular = couponDate(periodsAfter(date));
    return !m_datedDate.isNull() && m_datedDate > regular ? m_datedDate : regular;
}

Date FixedRateBond::nextCouponDate(Date date) const
{
    const int k = periodsAfter(date);
    return k == 0 ? Date() : couponDate(k - 1);
}

std::vector<Date> FixedRateBond::couponDates(Date after, Date upTo) const
{
    if (upTo.isNull() || upTo > m_maturity)
        upTo = m_maturity;
    std::vector<Date> dates;
    for (int k = periodsAfter(after) - 1; k >= 0; --k) {
        const Date d = couponDate(k);
        if (d > upTo)
            break;
        dates.push_back(d);
    }
    return dates;
}

double FixedRateBond::couponAmount(Date paymentDate) const
{
    const Date periodStart = couponDate(periodsAfter(paymentDate) + 1);
    if (!m_datedDate.isNull() && m_datedDate > periodStart && m_datedDate < paymentDate)
        return couponPerPeriod() * static_cast<double>(paymentDate - m_datedDate)
               / static_cast<double>(paymentDate - periodStart);
    return couponPerPeriod();
}

double FixedRateBond::accruedInterest(Date settle) const
{
    const int k = periodsAfter(settle);
    if (k == 0)
        return 0.0;
    const Date periodStart = couponDate(k);
    const Date periodEnd = couponDate(k - 1);
    const Date accrualStart = previousCouponDate(settle);
    if (settle <= accrualStart)
        return 0.0;
    return couponPerPeriod() * static_cast<double>(settle - accrualStart)
           / static_cast<double>(periodEnd - periodStart);
}

double FixedRateBond::dirtyPriceFromCurve(const YieldCurve& curve, Date settle) const
{
    double pv = 0.0;
    for (const Date& d : couponDates(settle))
        pv += (couponAmount(d) + (d == m_maturity ? 100.0 : 0.0)) * curve.discount(d);
    return pv / curve.discount(settle);
}

double FixedRateBond::cleanPriceFromCurve(const YieldCurve& curve, Date settle) const
{
    return dirtyPriceFromCurve(curve, settle) - accruedInterest(settle);
}

namespace {

struct PriceDerivatives {
    double dirty;
    double first;   // dP/dy
    double second;  // d2P/dy2
};

// Street convention (SIFMA): compounded at y/2 per half-year with a fractional first period
// w = days(settle, next coupon) / days(previous, next coupon); a bond in its final period is
// discounted at simple interest (1 + w*y/2).
PriceDerivatives streetPrice(const FixedRateBond& bond, Date settle, double y)
{
    const int n = bond.remainingCoupons(settle);
    if (n == 0)
        throw std::invalid_argument("settlement is on or after maturity");
    const Date periodStart = bond.couponDate(n);
    const Date next = bond.couponDate(n - 1);
    const double w = static_cast<double>(next - settle) / static_cast<double>(next - periodStart);
    if (n == 1) {
        const double amount = 100.0 + bond.couponAmount(next);
        const double denom = 1.0 + w * y / 2.0;
        return {amount / denom, -amount * (w / 2.0) / (denom * denom),
                2.0 * amount * (w / 2.0) * (w / 2.0) / (denom * denom * denom)};
    }
    const double v = 1.0 / (1.0 + y / 2.0);
    PriceDerivatives out{0.0, 0.0, 0.0};
    for (int j = 0; j < n; ++j) {
        const double e = w + j;
        const Date payment = bond.couponDate(n - 1 - j);
        const double amount = bond.couponAmount(payment) + (j == n - 1 ? 100.0 : 0.0);
        const double ve = std::pow(v, e);
        out.dirty += amount * ve;
        out.first -= amount * (e / 2.0) * ve * v;
        out.second += amount * (e * (e + 1.0) / 4.0) * ve * v * v;
    }
    return out;
}

YieldAnalytics analyticsAt(const FixedRateBond& bond, Date settle, double y)
{
    const PriceDerivatives p = streetPrice(bond, settle, y);
    YieldAnalytics a;
    a.accrued = bond.accruedInterest(settle);
    a.dirtyPrice = p.dirty;
    a.cleanPrice = p.dirty - a.accrued;
    a.yield = y;
    a.dv01 = -p.first * 1e-4;
    a.modifiedDuration = -p.first / p.dirty;
    a.convexity = p.second / p.dirty;
    return a;
}

} // namespace

YieldAnalytics analyticsFromYield(const FixedRateBond& bond, Date settle, double yield)
{
    if (!std::isfinite(yield) || yield <= -1.0)
        throw std::invalid_argument("yield must be a finite decimal above -100%");
    return analyticsAt(bond, settle, yield);
}

YieldAnalytics analyticsFromCleanPrice(const FixedRateBond& bond, Date settle, double cleanPrice)
{
    if (!std::isfinite(cleanPrice) || cleanPrice <= 0.0 || cleanPrice > 1000.0)
        throw std::invalid_argument("clean price must be between 0 and 1000 per 100 face");
    const double target = cleanPrice + bond.accruedInterest(settle);
    // Newton on the dirty price, kept inside a bracket that always contains the root
    // (price is decreasing in yield).
    double lo = -0.9, hi = 2.0;
    double y = 0.05;
    for (int iteration = 0; iteration < 200; ++iteration) {
        const PriceDerivatives p = streetPrice(bond, settle, y);
        const double diff = p.dirty - target;
        if (std::abs(diff) < 1e-12)
            return analyticsAt(bond, settle, y);
        if (diff > 0.0)
            lo = y;
        else
            hi = y;
        double next = y - diff / p.first;
        if (!(next > lo && next < hi))
            next = 0.5 * (lo + hi);
        y = next;
    }
    if (std::abs(streetPrice(bond, settle, y).dirty - target) > 1e-8)
        throw std::invalid_argument("no yield reprices the given clean price");
    return analyticsAt(bond, settle, y);
}

} // namespace xm
