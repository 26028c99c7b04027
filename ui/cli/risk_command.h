#pragma once

#include <QByteArray>
#include <QStringList>

namespace xm::cli {

inline constexpr char kRiskSynopsis[] = "risk FILE [--as-of DATE]";

// Per-position key-rate DV01s (USD P&L per +1bp per factor, MARGIN_MODEL.md §1) as JSON.
QByteArray runRiskCommand(const QStringList& arguments);

} // namespace xm::cli
