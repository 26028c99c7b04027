#pragma once

#include <QString>

namespace xm {

class DocumentController;
struct LaunchOptions;

// Before QApplication exists: a --screenshot, --report or --list-presets run without any
// display uses the offscreen platform instead of failing to connect to one.
void useOffscreenPlatformIfHeadless(int argc, char** argv);

// Opens the portfolio the command line names, for the window, a screenshot and a report
// alike: the --preset, else the --open file, else the bundled demo, as of --as-of when given. Throws
// io::InputError or std::invalid_argument as DocumentController::load does.
void openLaunchDocument(DocumentController& documents, const LaunchOptions& options);

// Prints `message` to stderr and, when `showDialog`, also in a message box. Returns the
// process exit code for a failed start (1).
int reportError(const QString& message, bool showDialog);

} // namespace xm
