#include "command_line.h"

#include "core/io/input_error.h"
#include "core/io/preset_catalog.h"
#include "language.h"

#include "widgets/date_conversion.h"

#include <QCommandLineParser>
#include <QRegularExpression>

#include <stdexcept>

namespace xm {

namespace {

constexpr int kMaxScreenshotSide = 10000;
const QString kAsOf = QStringLiteral("as-of");
const QString kCompare = QStringLiteral("compare");
const QString kOpen = QStringLiteral("open");
const QString kLanguage = QStringLiteral("language");
const QString kSystemLanguage = QStringLiteral("system");

[[noreturn]] void fail(const QString& message)
{
    throw std::invalid_argument(message.toStdString());
}

} // namespace

LaunchOptions CommandLine::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Shows what FICC–CME cross-margining does to initial margin on a U.S. Treasury portfolio."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        tr("Render the main window off screen, save it as a PNG to <file> and exit."),
                                        tr("file"));
    const QCommandLineOption size(QStringLiteral("size"), tr("Screenshot size in pixels (default 1400x900)."),
                                  tr("WxH"));
    const QCommandLineOption report(QStringLiteral("report"),
                                    tr("Write the client report of the portfolio as a PDF to <file> and exit, "
                                       "without showing a window."),
                                    tr("file"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"),
                                      tr("Paper of the report: A4 or Letter (default: by the locale)."), tr("paper"));
    const QCommandLineOption asOf(kAsOf, tr("As-of date, YYYY-MM-DD (default: the last history date)."),
                                  tr("date"));
    const QCommandLineOption comparison(kCompare,
                                        tr("Comparison date, YYYY-MM-DD (default: one year before the as-of date)."),
                                        tr("date"));
    const QCommandLineOption open(kOpen, tr("Open the portfolio <file> (.xmargin) instead of the bundled demo."),
                                  tr("file"));
    const QCommandLineOption preset(QStringLiteral("preset"),
                                    tr("Open the teaching preset <name> (see --list-presets) as a new document."),
                                    tr("name"));
    const QCommandLineOption listPresets(QStringLiteral("list-presets"), tr("Print the preset names, one a line, and exit."));
    const QCommandLineOption presentation(QStringLiteral("presentation"),
                                          tr("Start in presentation mode (full screen, large fonts, high contrast)."));
    const QCommandLineOption language(kLanguage,
                                      tr("Language for this run: en, de, fr, ja or system (default: the setting "
                                         "in View → Language)."),
                                      tr("code"));
    parser.addOptions({screenshot, size, report, pageSize, open, preset, asOf, comparison, presentation, listPresets, language});
    parser.addPositionalArgument(tr("file"), tr("A portfolio to open, as with --open."), tr("[file]"));

    if (!parser.parse(arguments))
        fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp();
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        fail(tr("Unexpected argument \"%1\": give one portfolio file.").arg(positional.at(1)));
    if (!positional.isEmpty() && parser.isSet(open))
        fail(tr("Give the portfolio either with --open or as an argument, not both."));

    if (parser.isSet(preset) && (parser.isSet(open) || !positional.isEmpty()))
        fail(tr("Give either a portfolio file or --preset, not both."));

    LaunchOptions options;
    options.listPresets = parser.isSet(listPresets);
    options.presentation = parser.isSet(presentation);
    if (parser.isSet(preset)) {
        options.presetName = parser.value(preset);
        try {
            io::presetNamed(options.presetName);
        } catch (const io::InputError& error) {
            fail(QStringLiteral("--") + QString::fromUtf8(error.what()));
        }
    }
    options.documentPath = parser.isSet(open) ? parser.value(open) : positional.value(0);
    options.screenshotPath = parser.value(screenshot);
    if (parser.isSet(size)) {
        if (options.screenshotPath.isEmpty())
            fail(tr("--size only applies together with --screenshot."));
        options.screenshotSize = parseSize(parser.value(size));
    }
    options.reportPath = parser.value(report);
    if (parser.isSet(report) && options.reportPath.isEmpty())
        fail(tr("--report expects the name of the PDF file to write."));
    if (!options.reportPath.isEmpty() && !options.screenshotPath.isEmpty())
        fail(tr("Give either --screenshot or --report, not both."));
    if (parser.isSet(pageSize)) {
        if (options.reportPath.isEmpty())
            fail(tr("--page-size only applies together with --report."));
        options.reportPageSize = parsePageSize(parser.value(pageSize));
    }
    options.asOf = parseDate(parser, kAsOf);
    options.comparison = parseDate(parser, kCompare);
    if (parser.isSet(language)) {
        const QString code = parser.value(language).toLower();
        if (code != kSystemLanguage && (code.isEmpty() || !Language::isKnown(code)))
            fail(tr("--language expects en, de, fr, ja or system, not \"%1\".").arg(parser.value(language)));
        options.language = code == kSystemLanguage ? QString() : code;
    }
    return options;
}

void CommandLine::checkDatesInHistory(const LaunchOptions& options, const ParYieldHistory& history)
{
    const QDate first = toQDate(history.firstDate());
    const QDate last = toQDate(history.lastDate());
    checkInRange(options.asOf, kAsOf, first, last);
    checkInRange(options.comparison, kCompare, first, last);
}

QSize CommandLine::parseSize(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,5})x(\\d{1,5})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    const QSize size = match.hasMatch() ? QSize(match.captured(1).toInt(), match.captured(2).toInt()) : QSize();
    if (size.isEmpty() || size.width() > kMaxScreenshotSide || size.height() > kMaxScreenshotSide)
        fail(tr("--size expects WIDTHxHEIGHT in pixels, each 1 to %1 (e.g. 1400x900), not \"%2\".")
                 .arg(kMaxScreenshotSide)
                 .arg(text));
    return size;
}

QPageSize CommandLine::parsePageSize(const QString& text)
{
    if (text.compare(QLatin1String("A4"), Qt::CaseInsensitive) == 0)
        return QPageSize(QPageSize::A4);
    if (text.compare(QLatin1String("Letter"), Qt::CaseInsensitive) == 0)
        return QPageSize(QPageSize::Letter);
    fail(tr("--page-size expects A4 or Letter, not \"%1\".").arg(text));
}

std::optional<QDate> CommandLine::parseDate(const QCommandLineParser& parser, const QString& option)
{
    if (!parser.isSet(option))
        return std::nullopt;
    const QString text = parser.value(option);
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        fail(tr("--%1 expects a date as YYYY-MM-DD, not \"%2\".").arg(option, text));
    return date;
}

void CommandLine::checkInRange(const std::optional<QDate>& date, const QString& option, QDate first, QDate last)
{
    if (date && (*date < first || *date > last))
        fail(tr("--%1 %2 is outside the par-yield history %3 – %4.")
                 .arg(option, date->toString(Qt::ISODate), first.toString(Qt::ISODate), last.toString(Qt::ISODate)));
}

} // namespace xm
