#pragma once

#include "date.h"
#include "risk_factors.h"

#include <vector>

namespace xm {

// Discount curve built from the ten par yields (MARGIN_MODEL.md §1):
// par yields interpolated linearly in maturity on a semiannual grid, semiannual discount
// factors bootstrapped so every grid par bond prices at 100, log-linear interpolation of
// discount factors between nodes (constant forward beyond 30y).
// Time is measured from the spot (settlement) date in coupon-period units: the date k
// half-years after spot has t = k/2 exactly, dates in between get the Actual/Actual
// fraction of their half-year. A par bond issued at spot therefore reprices at par.
class YieldCurve final {
public:
    YieldCurve(Date spotDate, const FactorVector& parYieldsPct);

    Date spotDate() const { return m_spot; }
    const FactorVector& parYieldsPct() const { return m_parYieldsPct; }

    double time(Date date) const;
    double discount(double t) const;
    double discount(Date date) const { return discount(time(date)); }
    // Interpolated par yield (decimal) at maturity `t` years.
    double parYield(double t) const;
    // Semiannually compounded zero rate (decimal) at `t` years.
    double zeroRate(double t) const;

    // The same curve with factor `factor`'s par yield moved by `bp` basis points.
    YieldCurve bumped(int factor, double bp) const;
    // The same curve with every par yield moved by `bp` basis points.
    YieldCurve shifted(double bp) const;

private:
    Date m_spot;
    FactorVector m_parYieldsPct;
    std::vector<double> m_nodeTimes;
    std::vector<double> m_nodeLogDiscounts;
};

// The base curve plus each factor bumped up and down (central differences for key-rate
// DV01s, MARGIN_MODEL.md §1). Built once per as-of date and shared by every position.
class BumpedCurves final {
public:
    explicit BumpedCurves(YieldCurve base, double bumpBp = 1.0);

    const YieldCurve& base() const { return m_base; }
    const YieldCurve& up(int factor) const { return m_up[static_cast<std::size_t>(factor)]; }
    const YieldCurve& down(int factor) const { return m_down[static_cast<std::size_t>(factor)]; }
    double bumpBp() const { return m_bumpBp; }

    // Key-rate sensitivities of `value(curve)` per +1bp: (v(up) - v(down)) / (2 * bump),
    // signed as the P&L of a +1bp move in each factor.
    template <typename ValueFn>
    FactorVector keyRateSensitivities(ValueFn&& value) const
    {
        FactorVector out{};
        for (int k = 0; k < kFactorCount; ++k)
            out[static_cast<std::size_t>(k)] = (value(up(k)) - value(down(k))) / (2.0 * m_bumpBp);
        return out;
    }

private:
    YieldCurve m_base;
    double m_bumpBp;
    std::vector<YieldCurve> m_up;
    std::vector<YieldCurve> m_down;
};

} // namespace xm
