#include "startup.h"

#include <QMessageBox>
#include <QObject>

#include <cstdio>
#include <cstring>

namespace xm {

void useOffscreenPlatformIfHeadless(int argc, char** argv)
{
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return;
    for (int i = 1; i < argc; ++i) {
        for (const char* option : {"--screenshot", "--list-presets"}) {
            if (std::strncmp(argv[i], option, std::strlen(option)) == 0) {
                qputenv("QT_QPA_PLATFORM", "offscreen");
                return;
            }
        }
    }
}

int reportError(const QString& message, bool showDialog)
{
    std::fprintf(stderr, "xmargin: %s\n", qPrintable(message));
    if (showDialog)
        QMessageBox::critical(nullptr, QObject::tr("XMargin"), message);
    return 1;
}

} // namespace xm
