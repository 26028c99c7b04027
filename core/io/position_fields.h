#pragma once

#include "../instruments/contract_month.h"
#include "../portfolio/position.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace xm::io {

// Readings and messages shared by the portfolio document and the position CSV (FORMATS.md).

// The type named `text` when it is one of `venue`'s types.
std::optional<PositionType> positionTypeOf(Venue venue, QStringView text);
// `venue`'s types for a message: "one of cash | repo | … | strips" or "one of future | option".
QString expectedPositionType(Venue venue);
// The symbols `type` accepts, for a message: "a futures symbol: ZT | Z3N | …".
QString expectedCmeSymbol(PositionType type);
QString expectedCusip();

// Whether writers spell out the "allocate to XM" flag: always for futures (CME members choose
// which go to the XM account), for options only when off (they are never eligible), never at
// FICC (every eligible FICC position is cross-margined; MARGIN_MODEL.md §4).
bool writesAllocation(const Position& position);

// A contract from a symbol and an optional month: ("ZN", "2025-09"), ("ZN", "U5"),
// ("ZN", "ZNU5") or a code alone ("ZNU5", ""). Codes take the decade nearest `referenceYear`.
// nullopt when the texts do not name one contract.
std::optional<FuturesCode> parseContract(QStringView symbol, QStringView month, int referenceYear);

} // namespace xm::io
