#pragma once

#include "contract_month.h"
#include "futures_spec.h"
#include "treasury_security.h"
#include "../market/risk_factors.h"

#include <string>
#include <vector>

namespace xm {

class BumpedCurves;
class BusinessCalendar;
class YieldCurve;

// One deliverable security valued for delivery into a contract.
struct DeliverableValuation {
    TreasurySecurity security;
    double conversionFactor = 0.0;
    double spotCleanPrice = 0.0;      // per 100 at the spot date, from the curve
    double spotDirtyPrice = 0.0;
    double forwardCleanPrice = 0.0;   // per 100 at the delivery date, repo carry
    double accruedAtDelivery = 0.0;
    double impliedRepo = 0.0;         // decimal, Actual/360, at the fair futures price
    double grossBasis = 0.0;          // spot clean - F * CF, price points
    double netBasis = 0.0;            // forward clean - F * CF, price points
};

// Market inputs for futures valuation on one as-of date.
struct FuturesMarket {
    const BumpedCurves* curves = nullptr;        // spot date = settlement of the as-of date
    const BusinessCalendar* calendar = nullptr;
    double repoRate = 0.0;                       // decimal, Actual/360
};

// A Treasury futures contract valued from the curve (MARGIN_MODEL.md §1):
// basket from the dated spec, forward prices with repo carry to the delivery date (last
// business day of the contract month), fair price F = min forward clean / CF, the CTD as the
// argmin (equivalently the highest implied repo), and DV01 / key-rate DV01 per contract as the
// CTD's forward KRD scaled by face/100 and divided by its CF. With an empty basket a synthetic
// deliverable (coupon = par yield at the window midpoint, maturing there) is used and flagged.
struct TreasuryFutureValuation {
    std::string symbol;
    ContractMonth month;
    Date deliveryDate;
    double repoRate = 0.0;
    std::vector<DeliverableValuation> basket;
    int ctdIndex = -1;
    bool synthetic = false;
    double fairPrice = 0.0;                   // per 100
    double dv01PerContract = 0.0;             // USD per 1bp fall in yields (positive, long)
    FactorVector krdPerContract{};            // USD P&L of a long contract per +1bp per factor

    const DeliverableValuation& ctd() const { return basket[static_cast<std::size_t>(ctdIndex)]; }
};

// Deliverable securities for `month` from `securities` (in list order).
std::vector<TreasurySecurity> deliverableBasket(const FuturesSpec& spec, ContractMonth month,
                                                const std::vector<TreasurySecurity>& securities);

// The synthetic deliverable for an empty basket (flagged by the caller).
TreasurySecurity syntheticDeliverable(const FuturesSpec& spec, ContractMonth month,
                                      const YieldCurve& curve);

// Throws std::invalid_argument if the delivery date is not after the spot date.
TreasuryFutureValuation valueTreasuryFuture(const FuturesSpec& spec, ContractMonth month,
                                            const std::vector<TreasurySecurity>& securities,
                                            const FuturesMarket& market);

// Forward clean price per 100 at `delivery` of a bond bought at the curve's spot date and
// financed at `repoRate` (Actual/360), interim coupons reinvested at the repo rate.
double forwardCleanPrice(const TreasurySecurity& security, const YieldCurve& curve,
                         Date delivery, double repoRate);

} // namespace xm
