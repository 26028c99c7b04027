// Replays every seed and every fuzzer finding through the entry points the libFuzzer targets
// drive (fuzz_entry_points.h), in the ordinary build: each input must be refused with a message
// naming it and what was expected, or read into a result that keeps the readers' promises.
#include "fuzz_entry_points.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace xm;

namespace {

QString inputDirectory(const QString& kind, const char* target)
{
    return QStringLiteral(XMARGIN_SOURCE_DIR "/tests/fuzz/%1/%2").arg(kind, QLatin1String(target));
}

QFileInfoList inputs(const QString& kind, const char* target)
{
    return QDir(inputDirectory(kind, target)).entryInfoList(QDir::Files, QDir::Name);
}

} // namespace

class TestFuzzRegressions final : public QObject {
    Q_OBJECT

private slots:
    void everyTargetHasSeeds();
    void inputsAreReadCleanly_data();
    void inputsAreReadCleanly();
};

void TestFuzzRegressions::everyTargetHasSeeds()
{
    for (const fuzz::Target& target : fuzz::targets())
        QVERIFY2(inputs(QStringLiteral("corpus"), target.name).size() >= 3,
                 qPrintable(QStringLiteral("fewer than 3 seeds in %1").arg(inputDirectory(QStringLiteral("corpus"), target.name))));
}

void TestFuzzRegressions::inputsAreReadCleanly_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("seed");
    for (const fuzz::Target& target : fuzz::targets()) {
        for (const QString& kind : {QStringLiteral("corpus"), QStringLiteral("regressions")}) {
            for (const QFileInfo& file : inputs(kind, target.name))
                QTest::addRow("%s/%s/%s", qPrintable(kind), target.name, qPrintable(file.fileName()))
                    << QString::fromLatin1(target.name) << file.filePath() << (kind == QLatin1String("corpus"));
        }
    }
}

void TestFuzzRegressions::inputsAreReadCleanly()
{
    QFETCH(QString, target);
    QFETCH(QString, path);
    QFETCH(bool, seed);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const fuzz::Outcome outcome = fuzz::findTarget(target.toStdString())->run(file.readAll());
    QVERIFY2(outcome.violation.isEmpty(), qPrintable(QStringLiteral("%1: %2").arg(path, outcome.violation)));
    // The seeds are real inputs: each must be read, or the fuzzer starts from refusals only.
    if (seed)
        QVERIFY2(outcome.accepted, qPrintable(QStringLiteral("seed %1 was refused: %2").arg(path, outcome.message)));
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzz_regressions.moc"
