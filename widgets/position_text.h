#pragma once

#include "core/portfolio/position.h"
#include "core/portfolio/quick_entry.h"

#include <QString>

#include <optional>

namespace xm {

// How the portfolio editor names venues, types and instruments.
QString venueText(Venue venue);                 // "FICC", "CME"
QString positionTypeText(PositionType type);    // "Cash", "Reverse repo", "Future", …
// "91282CLF6"; "4.25% 2034-11-15" without a CUSIP; "2025-12-26" for a bill, FRN or STRIPS
// named by maturity; "ZNU5" (symbol, month code, year digit) for CME contracts.
QString instrumentText(const Position& position);

// `position` with the instrument named by `text` instead: any form instrumentText writes, plus
// coupon@YYYY-MM-DD and "ZN 2025-09", read as the quick-entry line reads them (FORMATS.md).
// Venue, quantity, dates of the trade and allocation stay; a CME symbol may turn a future into
// an option and back. nullopt when `text` names no instrument for the position's venue and type.
std::optional<Position> withInstrument(const Position& position, const QString& text, const QuickEntryContext& context);

} // namespace xm
