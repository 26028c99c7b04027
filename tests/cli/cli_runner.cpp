#include "cli_runner.h"

#include <QJsonDocument>
#include <QProcess>

using namespace Qt::StringLiterals;

QString CliRun::describe() const
{
    return u"xmargin-cli %1\nexit status: %2\nstdout:\n%3\nstderr:\n%4"_s
        .arg(arguments.join(u' '))
        .arg(exitCode)
        .arg(QString::fromUtf8(out), QString::fromUtf8(err));
}

CliRun runCli(const QStringList& arguments)
{
    QProcess process;
    process.setProgram(QString::fromUtf8(XMARGIN_CLI_PATH));
    process.setArguments(arguments);
    process.start();
    CliRun run;
    run.arguments = arguments;
    if (!process.waitForFinished(120000)) {
        run.err = "did not finish: " + process.errorString().toUtf8();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QJsonObject jsonOf(const CliRun& run)
{
    return run.exitCode == 0 ? QJsonDocument::fromJson(run.out).object() : QJsonObject();
}

