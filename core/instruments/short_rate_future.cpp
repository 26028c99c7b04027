#include "short_rate_future.h"

namespace xm {

std::optional<ShortRateFutureKind> shortRateFutureKind(std::string_view symbol)
{
    if (symbol == "SR3")
        return ShortRateFutureKind::Sofr3M;
    if (symbol == "SR1")
        return ShortRateFutureKind::Sofr1M;
    if (symbol == "ZQ")
        return ShortRateFutureKind::FedFunds30D;
    return std::nullopt;
}

double shortRateFutureBpValue(ShortRateFutureKind kind)
{
    // SR3: $2,500 x index points -> $25 per bp; SR1 and ZQ: $4,167 x index points -> $41.67 per bp.
    return kind == ShortRateFutureKind::Sofr3M ? 25.0 : 41.67;
}

FactorVector shortRateFutureKrd(ShortRateFutureKind kind, ContractMonth month, Date spotDate)
{
    const Date start = month.firstDay();
    const Date end = start.addMonths(kind == ShortRateFutureKind::Sofr3M ? 3 : 1);
    const Date middle = start.addDays((end - start) / 2);
    const double years = static_cast<double>(middle - spotDate) / 365.0;
    FactorVector krd = factorInterpolationWeights(years);
    const double bpValue = shortRateFutureBpValue(kind);
    for (double& k : krd)
        k *= -bpValue;  // a long position loses when rates rise (price = 100 - rate)
    return krd;
}

} // namespace xm
