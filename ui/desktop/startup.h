#pragma once

#include <QString>

namespace xm {

// Before QApplication exists: a --screenshot or --list-presets run without any display uses
// the offscreen platform instead of failing to connect to one.
void useOffscreenPlatformIfHeadless(int argc, char** argv);

// Prints `message` to stderr and, when `showDialog`, also in a message box. Returns the
// process exit code for a failed start (1).
int reportError(const QString& message, bool showDialog);

} // namespace xm
