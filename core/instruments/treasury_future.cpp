#include "treasury_future.h"

#include "conversion_factor.h"
#include "fixed_rate_bond.h"
#include "../market/business_calendar.h"
#include "../market/yield_curve.h"

#include <limits>
#include <stdexcept>

namespace xm {
namespace {

FixedRateBond bondOf(const TreasurySecurity& security)
{
    return FixedRateBond(security.couponPct, security.maturity, security.datedDate);
}

// Coupons paid in (spot, delivery] and their repo-rate reinvestment to delivery:
// sum of coupons, and sum of coupon x days from payment to delivery.
struct InterimCoupons {
    double total = 0.0;
    double dayWeighted = 0.0;
};

InterimCoupons interimCoupons(const FixedRateBond& bond, Date spot, Date delivery)
{
    InterimCoupons out;
    for (const Date& d : bond.couponDates(spot, delivery)) {
        const double amount = bond.couponAmount(d);
        out.total += amount;
        out.dayWeighted += amount * static_cast<double>(delivery - d);
    }
    return out;
}

} // namespace

std::vector<TreasurySecurity> deliverableBasket(const FuturesSpec& spec, ContractMonth month,
                                                const std::vector<TreasurySecurity>& securities)
{
    std::vector<TreasurySecurity> basket;
    for (const auto& security : securities) {
        if (isDeliverable(spec, security, month))
            basket.push_back(security);
    }
    return basket;
}

TreasurySecurity syntheticDeliverable(const FuturesSpec& spec, ContractMonth month, const YieldCurve& curve)
{
    const DeliveryWindow w = deliveryWindow(spec, month);
    const Date midpoint = w.earliestMaturity.addDays((w.latestMaturity - w.earliestMaturity) / 2);
    TreasurySecurity s;
    s.securityType = spec.originalTermMaxMonths && *spec.originalTermMaxMonths <= 120 ? "Note" : "Bond";
    s.couponPct = curve.parYield(curve.time(midpoint)) * 100.0;
    s.maturity = midpoint;
    return s;
}

double forwardCleanPrice(const TreasurySecurity& security, const YieldCurve& curve, Date delivery, double repoRate)
{
    const FixedRateBond bond = bondOf(security);
    const Date spot = curve.spotDate();
    const double days = static_cast<double>(delivery - spot);
    const InterimCoupons coupons = interimCoupons(bond, spot, delivery);
    const double forwardDirty = bond.dirtyPriceFromCurve(curve, spot) * (1.0 + repoRate * days / 360.0)
                                - coupons.total - repoRate * coupons.dayWeighted / 360.0;
    return forwardDirty - bond.accruedInterest(delivery);
}

TreasuryFutureValuation valueTreasuryFuture(const FuturesSpec& spec, ContractMonth month,
                                            const std::vector<TreasurySecurity>& securities,
                                            const FuturesMarket& market)
{
    if (!market.curves || !market.calendar)
        throw std::invalid_argument("futures valuation needs curves and a calendar");
    const YieldCurve& curve = market.curves->base();
    const Date spot = curve.spotDate();

    TreasuryFutureValuation v;
    v.symbol = spec.symbol;
    v.month = month;
    v.deliveryDate = market.calendar->lastBusinessDayOfMonth(month.year, month.month);
    v.repoRate = market.repoRate;
    if (!(v.deliveryDate > spot))
        throw std::invalid_argument(spec.symbol + " " + month.toIso() + " has already delivered (delivery "
                                    + v.deliveryDate.toIso() + ", spot " + spot.toIso() + ")");

    std::vector<TreasurySecurity> basket = deliverableBasket(spec, month, securities);
    if (basket.empty()) {
        basket.push_back(syntheticDeliverable(spec, month, curve));
        v.synthetic = true;
    }

    double bestRatio = std::numeric_limits<double>::infinity();
    for (const auto& security : basket) {
        const FixedRateBond bond = bondOf(security);
        DeliverableValuation d;
        d.security = security;
        d.conversionFactor = conversionFactor(security.couponPct, security.maturity, month, spec.cfTermRounding,
                                              spec.notionalCouponPct);
        d.spotDirtyPrice = bond.dirtyPriceFromCurve(curve, spot);
        d.spotCleanPrice = d.spotDirtyPrice - bond.accruedInterest(spot);
        d.forwardCleanPrice = forwardCleanPrice(security, curve, v.deliveryDate, v.repoRate);
        d.accruedAtDelivery = bond.accruedInterest(v.deliveryDate);
        const double ratio = d.forwardCleanPrice / d.conversionFactor;
        if (ratio < bestRatio) {
            bestRatio = ratio;
            v.ctdIndex = static_cast<int>(v.basket.size());
        }
        v.basket.push_back(std::move(d));
    }
    v.fairPrice = bestRatio;

    const double days = static_cast<double>(v.deliveryDate - spot);
    for (auto& d : v.basket) {
        const FixedRateBond bond = bondOf(d.security);
        const InterimCoupons coupons = interimCoupons(bond, spot, v.deliveryDate);
        const double invoice = v.fairPrice * d.conversionFactor;
        // Solves P_dirty (1 + r d/360) = F CF + AI_del + sum C (1 + r d_c/360) for r.
        d.impliedRepo = 360.0 * (invoice + d.accruedAtDelivery + coupons.total - d.spotDirtyPrice)
                        / (d.spotDirtyPrice * days - coupons.dayWeighted);
        d.grossBasis = d.spotCleanPrice - invoice;
        d.netBasis = d.forwardCleanPrice - invoice;
    }

    // CME: a future's PVBP is the converted forward PVBP of the CTD (domain-research §5.3).
    const DeliverableValuation& ctd = v.ctd();
    const double scale = spec.faceValueUsd / 100.0 / ctd.conversionFactor;
    v.krdPerContract = market.curves->keyRateSensitivities([&](const YieldCurve& c) {
        return forwardCleanPrice(ctd.security, c, v.deliveryDate, v.repoRate) * scale;
    });
    v.dv01PerContract = 0.0;
    for (double k : v.krdPerContract)
        v.dv01PerContract -= k;
    return v;
}

} // namespace xm
