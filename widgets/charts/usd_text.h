#pragma once

#include <QString>

namespace xm {

// Amounts as the charts label them (the client reads "$3.99m", not "3988554.86"), in the
// application's language: German "3,99 Mio. $", French "3,99 M $ US", Japanese "US$3.99M".
QString usdCompact(double usd);        // "$3.99m", "$797k", "$950", "−$1.57m", "$0"
QString usdSignedCompact(double usd);  // "+$0.38m", "−$1.57m", "$0"
QString usdExact(double usd);          // "$3,988,555", "−$2,500"

// The unit a set of amounts is written in: billions, millions, thousands or dollars.
struct UsdUnit {
    double size = 1.0;
    const char* suffix = "";  // English; translated in context xm::UsdText
};
UsdUnit usdUnitFor(double largestAbs);
// `usd` in `unit` with `decimals` decimals: "$1.5m", "−$0.5m", and "$0" for what rounds to zero.
QString usdInUnit(double usd, UsdUnit unit, int decimals);

} // namespace xm
