#include "yield_curve.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace xm {
namespace {

constexpr int kGridPoints = 60;        // semiannual nodes out to 30 years
constexpr double kShortNode = 0.25;    // the 3M bill node

double interpolatedParYield(const FactorVector& parYieldsPct, double t)
{
    const FactorVector w = factorInterpolationWeights(t);
    double y = 0.0;
    for (int k = 0; k < kFactorCount; ++k)
        y += w[static_cast<std::size_t>(k)] * parYieldsPct[static_cast<std::size_t>(k)];
    return y / 100.0;
}

} // namespace

YieldCurve::YieldCurve(Date spotDate, const FactorVector& parYieldsPct)
    : m_spot(spotDate)
    , m_parYieldsPct(parYieldsPct)
{
    for (double y : parYieldsPct) {
        if (!std::isfinite(y))
            throw std::invalid_argument("yield curve needs ten finite par yields");
    }
    m_nodeTimes.reserve(kGridPoints + 2);
    m_nodeLogDiscounts.reserve(kGridPoints + 2);
    m_nodeTimes.push_back(0.0);
    m_nodeLogDiscounts.push_back(0.0);
    // Bills up to six months: simple interest at the bond-equivalent yield.
    m_nodeTimes.push_back(kShortNode);
    m_nodeLogDiscounts.push_back(-std::log1p(interpolatedParYield(parYieldsPct, kShortNode) * kShortNode));
    // Coupon grid: a par bond maturing at t_i with semiannual coupon c_i/2 prices at 100,
    // so D_i = (1 - c_i/2 * sum_{j<i} D_j) / (1 + c_i/2).
    double annuity = 0.0;
    for (int i = 1; i <= kGridPoints; ++i) {
        const double t = 0.5 * i;
        const double halfCoupon = interpolatedParYield(parYieldsPct, t) / 2.0;
        const double discount = (1.0 - halfCoupon * annuity) / (1.0 + halfCoupon);
        if (!(discount > 0.0))
            throw std::invalid_argument("par yields imply a non-positive discount factor");
        annuity += discount;
        m_nodeTimes.push_back(t);
        m_nodeLogDiscounts.push_back(std::log(discount));
    }
}

double YieldCurve::time(Date date) const
{
    const int months = (date.year() - m_spot.year()) * 12 + (date.month() - m_spot.month());
    int k = months >= 0 ? months / 6 : -((-months + 5) / 6);
    Date start = m_spot.addMonths(6 * k);
    if (start > date)
        start = m_spot.addMonths(6 * --k);
    Date end = m_spot.addMonths(6 * (k + 1));
    if (end <= date) {
        start = end;
        end = m_spot.addMonths(6 * (++k + 1));
    }
    return 0.5 * (k + static_cast<double>(date - start) / static_cast<double>(end - start));
}

double YieldCurve::discount(double t) const
{
    if (t <= 0.0)
        return std::exp(m_nodeLogDiscounts[1] / m_nodeTimes[1] * t);
    const auto it = std::upper_bound(m_nodeTimes.begin(), m_nodeTimes.end(), t);
    std::size_t hi = static_cast<std::size_t>(it - m_nodeTimes.begin());
    if (hi >= m_nodeTimes.size())
        hi = m_nodeTimes.size() - 1;  // constant forward beyond the last node
    const std::size_t lo = hi - 1;
    const double x = (t - m_nodeTimes[lo]) / (m_nodeTimes[hi] - m_nodeTimes[lo]);
    return std::exp(m_nodeLogDiscounts[lo] + x * (m_nodeLogDiscounts[hi] - m_nodeLogDiscounts[lo]));
}

double YieldCurve::parYield(double t) const
{
    return interpolatedParYield(m_parYieldsPct, t);
}

double YieldCurve::zeroRate(double t) const
{
    if (t <= 0.0)
        t = 1e-6;
    return 2.0 * (std::pow(discount(t), -1.0 / (2.0 * t)) - 1.0);
}

YieldCurve YieldCurve::bumped(int factor, double bp) const
{
    FactorVector yields = m_parYieldsPct;
    yields.at(static_cast<std::size_t>(factor)) += bp / 100.0;
    return YieldCurve(m_spot, yields);
}

YieldCurve YieldCurve::shifted(double bp) const
{
    FactorVector yields = m_parYieldsPct;
    for (double& y : yields)
        y += bp / 100.0;
    return YieldCurve(m_spot, yields);
}

BumpedCurves::BumpedCurves(YieldCurve base, double bumpBp)
    : m_base(std::move(base))
    , m_bumpBp(bumpBp)
{
    m_up.reserve(kFactorCount);
    m_down.reserve(kFactorCount);
    for (int k = 0; k < kFactorCount; ++k) {
        m_up.push_back(m_base.bumped(k, bumpBp));
        m_down.push_back(m_base.bumped(k, -bumpBp));
    }
}

} // namespace xm
