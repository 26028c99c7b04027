#pragma once

#include <QSize>
#include <QString>

namespace xm {

class MainWindow;

// Shows `window` at `size`, lets it settle, brings every chart up to date, saves a grab of
// the whole window to `path` as PNG and ends the event loop. Returns the exit code: 0 when saved,
// 1 otherwise (with a message on stderr).
int saveScreenshot(MainWindow& window, const QString& path, QSize size);

} // namespace xm
