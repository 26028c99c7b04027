#include "command_line.h"
#include "core/io/market_data_loader.h"
#include "core/io/model_parameters_loader.h"
#include "core/io/preset_catalog.h"
#include "document_controller.h"
#include "language.h"
#include "main_window.h"
#include "report_export.h"
#include "presentation_mode.h"
#include "recovery_store.h"
#include "screenshot.h"
#include "start_page.h"
#include "startup.h"
#include "widgets/date_conversion.h"
#include "widgets/par_curve_page.h"
#include "widgets/report/margin_report.h"

#include <QApplication>
#include <QDir>
#include <QTimer>

#include <cstdio>

#include <optional>
#include <stdexcept>

namespace {

QString errorText(const std::exception& error)
{
    return QString::fromUtf8(error.what());
}

} // namespace

int main(int argc, char* argv[])
{
    xm::useOffscreenPlatformIfHeadless(argc, argv);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("XMargin"));
    QApplication::setApplicationName(QStringLiteral("XMargin"));
    QApplication::setApplicationVersion(QStringLiteral(XMARGIN_VERSION));
    // Wayland compositors find the window's icon and name through the installed desktop entry.
    QGuiApplication::setDesktopFileName(QStringLiteral(XMARGIN_APP_ID));

    xm::Language::apply(xm::Language::stored());
    xm::LaunchOptions options;
    try {
        options = xm::CommandLine::parse(QApplication::arguments());
    } catch (const std::invalid_argument& error) {
        return xm::reportError(errorText(error), false);
    }
    if (options.language)
        xm::Language::apply(*options.language);
    if (options.listPresets) {
        for (const xm::io::Preset& preset : xm::io::presets())
            std::printf("%s\n", qPrintable(preset.name));
        return 0;
    }
    const bool interactive = options.screenshotPath.isEmpty() && options.reportPath.isEmpty();

    std::optional<xm::MarketData> data;
    std::optional<xm::ModelParameters> parameters;
    try {
        data.emplace(xm::io::loadBundledMarketData());
        parameters.emplace(xm::io::loadBundledModelParameters());
    } catch (const std::exception& error) {
        return xm::reportError(QApplication::translate("xm::Startup", "Could not load the bundled data:\n%1").arg(errorText(error)),
                               interactive);
    }
    try {
        xm::CommandLine::checkDatesInHistory(options, data->parYields);
    } catch (const std::invalid_argument& error) {
        return xm::reportError(errorText(error), false);
    }

    xm::MainWindow window(*data, std::move(*parameters));
    try {
        xm::openLaunchDocument(*window.documents(), options);
    } catch (const std::exception& error) {
        const QString message = QApplication::translate("xm::Startup", "Could not open %1:\n%2")
                                    .arg(QDir::toNativeSeparators(options.documentPath), errorText(error));
        if (!interactive || options.documentPath.isEmpty())
            return xm::reportError(message, interactive);
        xm::reportError(message, true);
        window.documents()->loadDemo(xm::toDate(options.asOf.value_or(QDate())));
    }
    window.curvePage()->setComparisonDate(options.comparison.value_or(QDate()));

    if (!options.reportPath.isEmpty())
        return xm::saveReport(window, options.reportPath,
                              options.reportPageSize.value_or(xm::MarginReport::defaultPageSize()));
    if (!interactive) {
        if (options.presentation) {
            // Presentation mode at the screenshot's size rather than the (virtual) screen's.
            window.resize(options.screenshotSize);
            window.show();
            window.presentation()->setFullScreen(false);
            window.presentation()->enter();
        }
        return xm::saveScreenshot(window, options.screenshotPath, options.screenshotSize);
    }
    window.restoreSettings();
    window.show();
    window.startCrashRecovery(xm::RecoveryStore::defaultDirectory());
    if (options.presentation)
        window.presentation()->enter();
    else if (options.documentPath.isEmpty() && options.presetName.isEmpty() && !window.isWindowModified()
             && xm::StartPage::showAtStart())
        QTimer::singleShot(0, &window, &xm::MainWindow::showStartPage);  // not over a recovered document
    return QApplication::exec();
}
