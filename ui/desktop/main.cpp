#include "command_line.h"
#include "core/io/market_data_loader.h"
#include "core/io/model_parameters_loader.h"
#include "document_controller.h"
#include "language.h"
#include "main_window.h"
#include "screenshot.h"
#include "startup.h"
#include "widgets/date_conversion.h"
#include "widgets/par_curve_page.h"

#include <QApplication>
#include <QDir>

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

    xm::Language::apply(xm::Language::stored());
    xm::LaunchOptions options;
    try {
        options = xm::CommandLine::parse(QApplication::arguments());
    } catch (const std::invalid_argument& error) {
        return xm::reportError(errorText(error), false);
    }
    if (options.language)
        xm::Language::apply(*options.language);
    const bool interactive = options.screenshotPath.isEmpty();

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
    const xm::Date asOf = xm::toDate(options.asOf.value_or(QDate()));
    try {
        if (options.documentPath.isEmpty())
            window.documents()->loadDemo(asOf);
        else
            window.documents()->load(options.documentPath, asOf);
    } catch (const std::exception& error) {
        const QString message = QApplication::translate("xm::Startup", "Could not open %1:\n%2")
                                    .arg(QDir::toNativeSeparators(options.documentPath), errorText(error));
        if (!interactive || options.documentPath.isEmpty())
            return xm::reportError(message, interactive);
        xm::reportError(message, true);
        window.documents()->loadDemo(asOf);
    }
    window.curvePage()->setComparisonDate(options.comparison.value_or(QDate()));

    if (!interactive)
        return xm::saveScreenshot(window, options.screenshotPath, options.screenshotSize);
    window.restoreSettings();
    window.show();
    return QApplication::exec();
}
