#include "command_line.h"
#include "core/io/input_error.h"
#include "core/io/market_data_loader.h"
#include "main_window.h"
#include "screenshot.h"
#include "startup.h"

#include <QApplication>

#include <optional>
#include <stdexcept>

int main(int argc, char* argv[])
{
    xm::useOffscreenPlatformIfHeadless(argc, argv);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("XMargin"));
    QApplication::setApplicationVersion(QStringLiteral(XMARGIN_VERSION));

    xm::LaunchOptions options;
    try {
        options = xm::CommandLine::parse(QApplication::arguments());
    } catch (const std::invalid_argument& error) {
        return xm::reportError(QString::fromStdString(error.what()), false);
    }
    const bool interactive = options.screenshotPath.isEmpty();

    std::optional<xm::MarketData> data;
    try {
        data.emplace(xm::io::loadBundledMarketData());
    } catch (const std::exception& error) {
        return xm::reportError(QApplication::translate("xm::Startup", "Could not load the bundled market data:\n%1")
                                   .arg(QString::fromStdString(error.what())),
                               interactive);
    }
    try {
        xm::CommandLine::checkDatesInHistory(options, data->parYields);
    } catch (const std::invalid_argument& error) {
        return xm::reportError(QString::fromStdString(error.what()), false);
    }

    xm::MainWindow window(*data);
    window.setDates(options.asOf.value_or(QDate()), options.comparison.value_or(QDate()));
    if (!interactive)
        return xm::saveScreenshot(window, options.screenshotPath, options.screenshotSize);
    window.show();
    return QApplication::exec();
}
