#pragma once

#include "../market/date.h"

#include <string>

namespace xm {

// A nominal Treasury note or bond from the bundled securities list (or user-entered).
struct TreasurySecurity {
    std::string cusip;          // empty for a user-entered or synthetic security
    std::string securityType;   // "Note" | "Bond"
    int originalTermYears = 0;  // 2, 3, 5, 7, 10, 20, 30 (0 when unknown)
    double couponPct = 0.0;
    Date maturity;
    Date datedDate;             // regular-coupon accrual start
    Date issueDate;             // most recent auction's issue date
};

} // namespace xm
