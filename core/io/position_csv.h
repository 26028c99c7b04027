#pragma once

#include "../portfolio/position.h"

#include <QByteArray>
#include <QString>

#include <vector>

class QIODevice;

namespace xm::io {

// The position CSV of FORMATS.md: header venue,type,instrument,quantity,allocate_xm (any
// order) plus an optional end column for repo end dates; '#' comment lines. `instrument` is
// a CUSIP, coupon@YYYY-MM-DD (@YYYY-MM-DD for bills, FRNs and STRIPS) or a futures code
// (ZNU5, OZN 2025-09); quantities take 100mm / 25m / 1.5bn suffixes; allocate_xm is yes, no
// or blank (yes) on CME rows and blank on FICC rows. Rows carry no ids or issue dates:
// imported positions have empty ids (see assignMissingIds). Futures codes take the decade
// nearest `referenceYear`. The first problem throws InputError naming the file, line and column.
std::vector<Position> importPositionsCsv(QIODevice& device, const QString& fileName, int referenceYear);
std::vector<Position> importPositionsCsv(const QString& path, int referenceYear);

// What importPositionsCsv reads back into the same positions (ids and issue dates aside).
QByteArray exportPositionsCsv(const std::vector<Position>& positions);
// Writes the export atomically (see saveAtomically).
void savePositionsCsv(const std::vector<Position>& positions, const QString& path);

} // namespace xm::io
