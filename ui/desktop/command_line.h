#pragma once

#include "core/market/par_yield_history.h"

#include <QCoreApplication>
#include <QDate>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace xm {

// What the desktop command line asks for:
// xmargin [--screenshot FILE [--size WxH]] [--open FILE | FILE] [--as-of DATE] [--compare DATE]
//         [--language CODE]
struct LaunchOptions {
    QString screenshotPath;           // empty: run interactively
    QString documentPath;             // empty: the bundled demo portfolio
    QSize screenshotSize{1400, 900};
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
    static std::optional<QDate> parseDate(const QCommandLineParser& parser, const QString& option);
    static void checkInRange(const std::optional<QDate>& date, const QString& option, QDate first, QDate last);
};

} // namespace xm
