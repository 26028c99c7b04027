#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// Runs the built xmargin-cli (XMARGIN_CLI_PATH) as a user would and keeps what it printed.
struct CliRun {
    QStringList arguments;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    // Everything a failure message needs to reproduce the run.
    QString describe() const;
};

CliRun runCli(const QStringList& arguments);

// The JSON object a successful run printed; empty if the run failed or printed anything else.
QJsonObject jsonOf(const CliRun& run);
