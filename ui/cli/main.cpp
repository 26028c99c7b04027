// xmargin-cli: the engine on the command line (FORMATS.md). JSON on stdout, messages on
// stderr; exit status 0 success, 1 bad input, 2 usage.
#include "arguments.h"
#include "basket_command.h"
#include "bond_command.h"
#include "history_command.h"
#include "margin_command.h"
#include "risk_command.h"
#include "stress_command.h"
#include "sweep_command.h"

#include "core/io/input_error.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>

namespace {

using namespace Qt::StringLiterals;
using namespace xm::cli;

struct Command {
    const char* name;
    const char* synopsis;
    QByteArray (*run)(const QStringList& arguments);  // the rendered output
};

QByteArray indentedJson(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

constexpr Command kCommands[] = {
    {"margin", kMarginSynopsis, runMarginCommand},
    {"sweep", kSweepSynopsis, runSweepCommand},
    {"history", kHistorySynopsis, runHistoryCommand},
    {"risk", kRiskSynopsis, runRiskCommand},
    {"stress", kStressSynopsis, runStressCommand},
    {"bond", kBondSynopsis, [](const QStringList& arguments) { return indentedJson(runBondCommand(arguments)); }},
    {"basket", kBasketSynopsis, [](const QStringList& arguments) { return indentedJson(runBasketCommand(arguments)); }},
};

constexpr int kSuccess = 0;
constexpr int kBadInput = 1;
constexpr int kUsage = 2;

void print(std::FILE* stream, const QString& text)
{
    std::fputs(text.toUtf8().constData(), stream);
}

QString usage()
{
    QString text = u"Usage: xmargin-cli COMMAND [ARGUMENTS]\n       xmargin-cli --help | --version\n\nCommands:\n"_s;
    for (const Command& command : kCommands)
        text += u"  xmargin-cli "_s + QString::fromLatin1(command.synopsis) + u'\n';
    text += u"\nDates are YYYY-MM-DD; coupons, yields and rates are in percent; prices per 100 face.\n"
            u"MONTH is YYYY-MM or a month code such as U5 (basket ZN 2025-09, basket ZNU5).\n"
            u"FILE is a portfolio document (*.xmargin). Output is JSON unless --format says otherwise.\n"
            u"Exit status: 0 success, 1 bad input, 2 usage error.\n"_s;
    return text;
}

int runCommand(const Command& command, const QStringList& arguments)
{
    try {
        const QByteArray output = command.run(arguments);
        std::fwrite(output.constData(), 1, static_cast<std::size_t>(output.size()), stdout);
        return kSuccess;
    } catch (const UsageError& error) {
        print(stderr, u"xmargin-cli %1: %2\nUsage: xmargin-cli %3\n"_s.arg(QString::fromLatin1(command.name),
                                                                          QString::fromUtf8(error.what()),
                                                                          QString::fromLatin1(command.synopsis)));
        return kUsage;
    } catch (const std::exception& error) {   // io::InputError and the engine's invalid_argument
        print(stderr,
              u"xmargin-cli %1: %2\n"_s.arg(QString::fromLatin1(command.name), QString::fromUtf8(error.what())));
        return kBadInput;
    }
}

} // namespace

int main(int argc, char* argv[])
{
    const QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"xmargin-cli"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(XMARGIN_VERSION));

    const QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty()) {
        print(stderr, usage());
        return kUsage;
    }
    const QString& first = arguments.front();
    if (first == u"--help" || first == u"-h" || first == u"help") {
        print(stdout, usage());
        return kSuccess;
    }
    if (first == u"--version") {
        print(stdout, u"xmargin-cli %1\n"_s.arg(QCoreApplication::applicationVersion()));
        return kSuccess;
    }
    for (const Command& command : kCommands) {
        if (first != QLatin1StringView(command.name))
            continue;
        const QStringList rest = arguments.mid(1);
        if (rest.contains(u"--help"_s) || rest.contains(u"-h"_s)) {
            print(stdout, u"Usage: xmargin-cli "_s + QString::fromLatin1(command.synopsis) + u'\n');
            return kSuccess;
        }
        return runCommand(command, rest);
    }
    print(stderr, u"xmargin-cli: unknown command \"%1\"\n\n"_s.arg(first) + usage());
    return kUsage;
}
