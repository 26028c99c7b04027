#pragma once

#include "widgets/report/margin_report.h"

#include <QPageSize>
#include <QString>

namespace xm {

class MainWindow;

// The report of what `window` shows: its portfolio and result, the summary's figures, the
// six margin charts as the user left them and the par-yield curve.
MarginReport windowReport(MainWindow& window);

// Headless (--report): writes the report of `window` to `path` on `pageSize` paper. Returns the
// exit code: 0 when written, 1 with a message naming the file on stderr otherwise.
int saveReport(MainWindow& window, const QString& path, const QPageSize& pageSize);

// File → Print…: the print dialog, then the report on the chosen printer and paper.
void printReport(MainWindow& window);
// File → Print preview…: the pages as they will print, with the dialog's print button.
void previewReport(MainWindow& window);

} // namespace xm
