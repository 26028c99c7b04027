#include "startup.h"

#include "command_line.h"
#include "document_controller.h"
#include "widgets/date_conversion.h"

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
        for (const char* option : {"--screenshot", "--report", "--list-presets"}) {
            if (std::strncmp(argv[i], option, std::strlen(option)) == 0) {
                qputenv("QT_QPA_PLATFORM", "offscreen");
                return;
            }
        }
    }
}

void openLaunchDocument(DocumentController& documents, const LaunchOptions& options)
{
    const Date asOf = toDate(options.asOf.value_or(QDate()));
    if (!options.presetName.isEmpty())
        documents.loadPreset(options.presetName, asOf);
    else if (options.documentPath.isEmpty())
        documents.loadDemo(asOf);
    else
        documents.load(options.documentPath, asOf);
}

int reportError(const QString& message, bool showDialog)
{
    std::fprintf(stderr, "xmargin: %s\n", qPrintable(message));
    if (showDialog)
        QMessageBox::critical(nullptr, QObject::tr("XMargin"), message);
    return 1;
}

} // namespace xm
