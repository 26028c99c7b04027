#include "yield_format.h"

#include "amount_format.h"

#include <cmath>

namespace xm {

QString formatYieldPct(double yieldPct)
{
    return formatNumber(yieldPct, 2);
}

QString formatChangeBp(double fromPct, double toPct)
{
    // Published yields have two decimals, so changes are whole basis points.
    const long bp = std::lround(100.0 * (toPct - fromPct));
    return bp > 0 ? QStringLiteral("+%1").arg(bp) : QString::number(bp);
}

} // namespace xm
