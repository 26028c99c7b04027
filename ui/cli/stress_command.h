#pragma once

#include <QByteArray>
#include <QStringList>

namespace xm::cli {

inline constexpr char kStressSynopsis[] =
    "stress FILE [--window YEAR | --parallel BP | --twist SHORT,LONG] [--vol MULTIPLIER] [--as-of DATE] "
    "[--params FILE] [--xm-rule RULE] [--cme-model MODEL]";

// Requirements before and after a stress scenario (a historical window, a parallel or twist
// shock of the par curve, a volatility multiplier) and each leg's P&L, as JSON. Without a
// scenario option: the standard set (every window, +-100 and +200bp, a steepener and a
// flattener, volatility x1.5 and x2).
QByteArray runStressCommand(const QStringList& arguments);

} // namespace xm::cli
