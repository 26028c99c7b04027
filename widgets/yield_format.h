#pragma once

#include <QString>

namespace xm {

// Number formats shared by the table and the chart read-out (units are added by callers).
QString formatYieldPct(double yieldPct);            // "4.43"
QString formatChangeBp(double fromPct, double toPct); // "+23", "-5", "0"

} // namespace xm
