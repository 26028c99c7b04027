#pragma once

#include "../market/date.h"

#include <vector>

namespace xm {

class YieldCurve;

// A U.S. Treasury note/bond: semiannual coupons on a regular schedule rolled back from the
// maturity (end-of-month rule: a month-end maturity pays on month-ends), Actual/Actual (ICMA)
// accrual, prices per 100 face, yields as decimals (QuantLib BondFunctions conventions).
class FixedRateBond final {
public:
    // `datedDate` (accrual start of the first coupon) may be null for a seasoned bond.
    FixedRateBond(double couponPct, Date maturity, Date datedDate = {});

    double couponPct() const { return m_couponPct; }
    double couponPerPeriod() const { return m_couponPct / 2.0; }  // per 100 face
    Date maturity() const { return m_maturity; }
    Date datedDate() const { return m_datedDate; }

    // The regular coupon date `periodsBeforeMaturity` half-years before maturity.
    Date couponDate(int periodsBeforeMaturity) const;
    // Last coupon date on or before `date` (the accrual start), never before the dated date.
    Date previousCouponDate(Date date) const;
    // First coupon date strictly after `date`.
    Date nextCouponDate(Date date) const;
    // Coupon dates strictly after `after` and on or before `upTo` (default: maturity).
    std::vector<Date> couponDates(Date after, Date upTo = {}) const;
    // Number of coupons still to be paid after `date` (0 on or after maturity).
    int remainingCoupons(Date date) const { return periodsAfter(date); }
    // Coupon per 100 face paid on the regular coupon date `paymentDate`: a full half-year
    // coupon, or its accrual fraction when the dated date falls inside that period.
    double couponAmount(Date paymentDate) const;

    // Accrued interest per 100 face at `settle` (Actual/Actual ICMA).
    double accruedInterest(Date settle) const;

    // Dirty price per 100 face at `settle` from the curve: flows after `settle`, discounted
    // to `settle` (forward value when `settle` is after the curve's spot date).
    double dirtyPriceFromCurve(const YieldCurve& curve, Date settle) const;
    double cleanPriceFromCurve(const YieldCurve& curve, Date settle) const;

private:
    // Index k of the regular coupon date couponDate(k) that is the last one on or before date.
    int periodsAfter(Date date) const;

    double m_couponPct;
    Date m_maturity;
    Date m_datedDate;
    bool m_endOfMonth;
};

// Street-convention yield analytics (SIFMA Standard Securities Calculation Methods):
// compounded semiannually with an Actual/Actual fractional first period; a bond in its final
// coupon period is priced at simple interest to maturity.
struct YieldAnalytics {
    double cleanPrice = 0.0;         // per 100 face
    double dirtyPrice = 0.0;         // per 100 face
    double accrued = 0.0;            // per 100 face
    double yield = 0.0;              // decimal, semiannual bond-equivalent
    double dv01 = 0.0;               // price points per 100 face for a 1bp fall in yield
    double modifiedDuration = 0.0;   // years
    double convexity = 0.0;          // years^2
};

YieldAnalytics analyticsFromYield(const FixedRateBond& bond, Date settle, double yield);
// Throws std::invalid_argument if no yield reprices `cleanPrice` (non-positive or absurd).
YieldAnalytics analyticsFromCleanPrice(const FixedRateBond& bond, Date settle, double cleanPrice);

} // namespace xm
