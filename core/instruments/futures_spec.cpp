#include "futures_spec.h"

#include <algorithm>

namespace xm {
namespace {

Date anchorDate(TermAnchor anchor, ContractMonth month)
{
    return anchor == TermAnchor::FirstDayOfDeliveryMonth ? month.firstDay() : month.lastDay();
}

} // namespace

DeliveryWindow deliveryWindow(const FuturesSpec& spec, ContractMonth month)
{
    DeliveryWindow w;
    w.earliestMaturity = anchorDate(spec.remainingMinFrom, month).addMonths(spec.remainingMinMonths.value_or(0));
    w.earliestInclusive = spec.remainingMinInclusive;
    if (spec.remainingMaxMonths) {
        w.latestMaturity = anchorDate(spec.remainingMaxFrom, month).addMonths(*spec.remainingMaxMonths);
        w.latestInclusive = spec.remainingMaxInclusive;
    } else {
        // No remaining-term maximum: a security cannot have more left than its original term.
        w.latestMaturity = month.firstDay().addMonths(spec.originalTermMaxMonths.value_or(360));
        w.latestInclusive = true;
    }
    return w;
}

bool isDeliverable(const FuturesSpec& spec, const TreasurySecurity& security, ContractMonth month)
{
    const DeliveryWindow w = deliveryWindow(spec, month);
    const Date m = security.maturity;
    if (w.earliestInclusive ? m < w.earliestMaturity : m <= w.earliestMaturity)
        return false;
    if (w.latestInclusive ? m > w.latestMaturity : m >= w.latestMaturity)
        return false;
    if (spec.originalTermMaxMonths) {
        const int originalMonths = security.datedDate.isNull() ? security.originalTermYears * 12
                                                               : wholeMonthsBetween(security.datedDate, m);
        if (originalMonths > *spec.originalTermMaxMonths)
            return false;
    }
    if (!spec.originalIssueTenorYears.empty()
        && std::find(spec.originalIssueTenorYears.begin(), spec.originalIssueTenorYears.end(),
                     security.originalTermYears) == spec.originalIssueTenorYears.end())
        return false;
    return security.datedDate.isNull() || security.datedDate <= month.lastDay();
}

} // namespace xm
