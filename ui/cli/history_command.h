#pragma once

#include <QByteArray>
#include <QStringList>

namespace xm::cli {

inline constexpr char kHistorySynopsis[] =
    "history FILE [--from DATE] [--to DATE] [--as-of DATE] [--params FILE] [--xm-rule RULE] [--cme-model MODEL]";

// Requirements on every business day from --from to --to with the portfolio's as-of
// sensitivities, each day with its own lookback, as JSON.
QByteArray runHistoryCommand(const QStringList& arguments);

} // namespace xm::cli
