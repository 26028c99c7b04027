#include "helper_output.h"
#include "save_generation.h"

#include "core/io/input_error.h"
#include "core/io/portfolio_json.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <iterator>
#include <optional>

using namespace xm;

namespace {

constexpr int kKills = 30;
constexpr quint32 kSeed = 20250714;

// When a run is killed, in turn: any time from its start through its first saves (one save of
// the 5,000-position document takes about 0.1 s, mostly serializing); while it writes (a few
// to 25 ms with the fsync: the old file must survive the write and the rename that ends it);
// or any time in the next save after one finished.
struct KillMoment {
    const char* after;  // the helper's output line that starts the delay; nullptr: the start
    int maxDelayMs;
};
constexpr KillMoment kKillMoments[] = {{nullptr, 300}, {"writing ", 10}, {"saved ", 150}};
constexpr int kProcessTimeoutMs = 60000;

} // namespace

// A save is atomic: a process killed (SIGKILL) at any moment of a save leaves the target file
// as the previous complete document or the new complete one, never a partial file.
class TestAtomicSave final : public QObject {
    Q_OBJECT

private slots:
    void killedSavesLeaveACompleteDocument();
};

void TestAtomicSave::killedSavesLeaveACompleteDocument()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("portfolio.xmargin"));
    io::savePortfolioDocument(test::savedGeneration(0), path);
    int onDisk = 0;
    int replacedByAKilledRun = 0;
    QRandomGenerator random(kSeed);

    for (int kill = 0; kill < kKills; ++kill) {
        const KillMoment& moment = kKillMoments[kill % std::size(kKillMoments)];
        const int delayMs = static_cast<int>(random.bounded(moment.maxDelayMs + 1));
        const QString context = QStringLiteral("kill %1 of %2 (seed %3): %4 ms after %5, generation %6 on disk before")
                                    .arg(kill + 1)
                                    .arg(kKills)
                                    .arg(kSeed)
                                    .arg(delayMs)
                                    .arg(moment.after ? QStringLiteral("\"%1\"").arg(QLatin1String(moment.after).trimmed())
                                                      : QStringLiteral("the start"))
                                    .arg(onDisk);

        QProcess helper;
        helper.start(QStringLiteral(XMARGIN_SAVE_LOOP_HELPER), {path, QString::number(onDisk + 1)});
        QVERIFY2(helper.waitForStarted(kProcessTimeoutMs), qPrintable(context + QStringLiteral(": no start")));
        QByteArray output;
        if (moment.after) {
            while (!test::lastNumber(output, moment.after) && helper.waitForReadyRead(kProcessTimeoutMs))
                output += helper.readAllStandardOutput();
            QVERIFY2(test::lastNumber(output, moment.after),
                     qPrintable(context + QStringLiteral(": the helper never said it; stderr: ")
                                + QString::fromLocal8Bit(helper.readAllStandardError())));
        }
        QThread::msleep(static_cast<unsigned long>(delayMs));
        helper.kill();
        QVERIFY2(helper.waitForFinished(kProcessTimeoutMs), qPrintable(context + QStringLiteral(": not killed")));
        QVERIFY2(helper.exitStatus() == QProcess::CrashExit,
                 qPrintable(context + QStringLiteral(": the helper exited by itself; stderr: ")
                            + QString::fromLocal8Bit(helper.readAllStandardError())));
        output += helper.readAllStandardOutput();
        const int reported = test::lastNumber(output, "saved ").value_or(onDisk);

        const QByteArray bytes = test::readFile(path);
        io::PortfolioDocument document;
        try {
            document = io::readPortfolioDocument(bytes, path);
        } catch (const io::InputError& error) {
            QFAIL(qPrintable(context + QStringLiteral(": the file does not parse (%1 bytes): %2")
                                           .arg(bytes.size())
                                           .arg(QString::fromUtf8(error.what()))));
        }
        // The helper may have replaced the file and been killed before it could say so.
        const std::optional<int> generation = test::generationOf(document);
        QVERIFY2(generation && (*generation == reported || *generation == reported + 1),
                 qPrintable(context + QStringLiteral(": the file holds \"%1\", the helper last reported generation %2")
                                          .arg(QString::fromStdString(document.portfolio.name))
                                          .arg(reported)));
        QVERIFY2(bytes == io::writePortfolioDocument(test::savedGeneration(*generation)),
                 qPrintable(context + QStringLiteral(": the file is not generation %1 as saved").arg(*generation)));
        if (*generation > onDisk)
            ++replacedByAKilledRun;
        onDisk = *generation;
    }

    // QSaveFile's temporary files, if a kill left any, do not pass for documents.
    const QStringList documents = QDir(dir.path()).entryList({QStringLiteral("*.xmargin")}, QDir::Files);
    QCOMPARE(documents, QStringList{QStringLiteral("portfolio.xmargin")});
    qInfo("%d kills; %d runs replaced the file before they were killed; generation %d on disk", kKills,
          replacedByAKilledRun, onDisk);
}

QTEST_GUILESS_MAIN(TestAtomicSave)
#include "tst_atomic_save.moc"
