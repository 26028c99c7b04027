#pragma once

#include "core/market/par_yield_history.h"

#include <QCoreApplication>
#include <QDate>
#include <QPageSize>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace xm {

// What the desktop command line asks for:
// xmargin [--screenshot FILE [--size WxH] | --report FILE [--page-size A4|Letter]]
//         [--open FILE | FILE | --preset NAME] [--as-of DATE] [--compare DATE] [--presentation]
//         [--language CODE]
// xmargin --list-presets
struct LaunchOptions {
    QString screenshotPath;           // empty: run interactively
    QString reportPath;               // a PDF report to write without showing a window
    QString documentPath;             // empty: the bundled demo portfolio
    QString presetName;               // a teaching preset instead of a file (io::presets())
    bool presentation = false;        // start in presentation mode
    bool listPresets = false;         // print the preset names and exit
    QSize screenshotSize{1400, 900};
    std::optional<QPageSize> reportPageSize;  // unset: by the locale
    std::optional<QDate> asOf;
    std::optional<QDate> comparison;
    std::optional<QString> language;  // a Language code for this run ("" for the system's)
};

class CommandLine final {
    Q_DECLARE_TR_FUNCTIONS(xm::CommandLine)

public:
    // Handles --help and --version itself (they exit). Throws std::invalid_argument with a
    // user-facing message for a bad argument.
    static LaunchOptions parse(const QStringList& arguments);
    // Throws std::invalid_argument if a requested date lies outside the history.
    static void checkDatesInHistory(const LaunchOptions& options, const ParYieldHistory& history);

private:
    static QSize parseSize(const QString& text);
    static QPageSize parsePageSize(const QString& text);
    static std::optional<QDate> parseDate(const QCommandLineParser& parser, const QString& option);
    static void checkInRange(const std::optional<QDate>& date, const QString& option, QDate first, QDate last);
};

} // namespace xm
