#pragma once

#include "core/portfolio/position.h"
#include "core/portfolio/quick_entry.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace xm {

// Positions read from pasted text or dropped files, all or nothing: either positions (ids
// left empty) or the first problem as "source:line: field: expected …".
struct PositionImport {
    std::vector<Position> positions;
    QString error;
};

// Text with a position CSV header (FORMATS.md) is read as CSV; any other text as quick-entry
// lines, one position a line ('#' comments and blank lines skipped). `source` names the text
// in messages, e.g. "clipboard".
PositionImport importPositionsText(const QString& text, const QString& source, const QuickEntryContext& context);
// Position CSV files; futures codes take the decade nearest `referenceYear`.
PositionImport importPositionFiles(const QStringList& paths, int referenceYear);

} // namespace xm
