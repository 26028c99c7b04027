#pragma once

#include <QJsonObject>
#include <QStringList>

namespace xm::cli {

inline constexpr char kBasketSynopsis[] = "basket SYMBOL MONTH [--as-of DATE]";

// A Treasury futures contract's deliverable basket on the as-of date (default: the last
// history date): conversion factors, forward prices, implied repo, the CTD and the fair
// price. MONTH is YYYY-MM or a month code (U5); "ZNU5" may replace SYMBOL MONTH.
// Throws UsageError or io::InputError.
QJsonObject runBasketCommand(const QStringList& arguments);

} // namespace xm::cli
