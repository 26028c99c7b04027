#include "core/io/input_error.h"
#include "core/io/position_csv.h"
#include "csv_chunks.h"
#include "document_controller.h"
#include "main_window.h"
#include "position_import_job.h"
#include "tests/support/bundled_market.h"
#include "window_fixture.h"
#include "widgets/margin_session.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

#include <algorithm>

using namespace xm;

namespace {

constexpr int kLargeImport = 10000;
constexpr int kTickMs = 1;
constexpr int kImportTimeoutMs = 120000;

// `rows` positions over the bundled notes and bonds outstanding with more than a year left on
// 2025-07-11 and the Treasury futures: cash, repo and futures, behind two comment lines.
QByteArray positionCsv(int rows)
{
    const Date asOf = test::isoDate("2025-07-11");
    std::vector<std::string> cusips;
    for (const TreasurySecurity& s : test::bundledMarket().securities) {
        if (s.issueDate < asOf && s.maturity > asOf.addYears(1))
            cusips.push_back(s.cusip);
    }
    const char* futures[] = {"ZTU5", "ZFU5", "ZNU5", "TNU5", "ZBU5", "UBU5", "ZNZ5"};
    QByteArray csv = "# generated for the import test\n# positions below\nvenue,type,instrument,quantity,allocate_xm,end\n";
    for (int i = 0; i < rows; ++i) {
        const std::string& cusip = cusips[static_cast<std::size_t>(i * 7) % cusips.size()];
        switch (i % 4) {
        case 0:
        case 1:
            csv += "FICC,cash," + QByteArray::fromStdString(cusip) + "," + QByteArray::number((i % 50 + 1) * 1000000) + ",,\n";
            break;
        case 2:
            csv += "FICC,repo," + QByteArray::fromStdString(cusip) + ",25mm,,2025-10-10\n";
            break;
        default:
            csv += "CME,future," + QByteArray(futures[i % 7]) + "," + QByteArray::number(-(i % 40 + 1)) + ",yes,\n";
        }
    }
    return csv;
}

std::vector<Position> read(const QByteArray& csv, const QString& name)
{
    QBuffer buffer;
    buffer.setData(csv);
    return io::importPositionsCsv(buffer, name, 2025);
}

// What a finished job reported (the controller deletes the job once it has added the positions).
struct JobReport {
    PositionImportJob::Outcome outcome = PositionImportJob::Outcome::Running;
    QString error;
    int ticks = 0;
};

void recordWhenFinished(PositionImportJob* job, JobReport& report, const int* ticks = nullptr)
{
    QObject::connect(job, &PositionImportJob::finished, job, [job, &report, ticks] {
        report.outcome = job->outcome();
        report.error = job->error();
        report.ticks = ticks ? *ticks : 0;
    });
}

// The line of the problem reported when reading `csv`, 0 when it reads.
int errorLine(const QByteArray& csv)
{
    try {
        read(csv, QStringLiteral("positions.csv"));
    } catch (const io::InputError& error) {
        return error.line();
    }
    return 0;
}

// Ticks while an import runs and remembers the longest pause between ticks.
class Heartbeat final {
public:
    Heartbeat()
    {
        m_timer.setInterval(kTickMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_longestGapMs = std::max(m_longestGapMs, m_clock.restart());
            ++m_ticks;
        });
        m_clock.start();
        m_timer.start();
    }
    const int* ticks() const { return &m_ticks; }
    qint64 longestGapMs() const { return m_longestGapMs; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    int m_ticks = 0;
    qint64 m_longestGapMs = 0;
};

} // namespace

class TestPositionImport final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void chunksReadAsTheWholeFile();
    void chunksKeepLineNumbersInMessages();
    void chunksNeverSplitAQuotedField();
    void readingTenThousandRowsKeepsTheEventLoopRunning();
    void importAddsTenThousandPositionsAsOneUndoStep();
    void cancelAddsNothing();
    void failedImportNamesTheLineAndAddsNothing();

private:
    QTemporaryDir m_dir;
};

void TestPositionImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::isolateSettings(m_dir);
}

void TestPositionImport::chunksReadAsTheWholeFile()
{
    const QByteArray csv = positionCsv(1000);
    const std::vector<QByteArray> chunks = splitCsvRows(csv, 97);
    QCOMPARE(chunks.size(), std::size_t(11));
    std::vector<Position> fromChunks;
    for (const QByteArray& chunk : chunks) {
        const std::vector<Position> part = read(chunk, QStringLiteral("chunk.csv"));
        fromChunks.insert(fromChunks.end(), part.begin(), part.end());
    }
    QVERIFY2(fromChunks == read(csv, QStringLiteral("whole.csv")), "the chunks read differently from the whole file");
    QCOMPARE(splitCsvRows(csv, 5000).size(), std::size_t(1));
}

void TestPositionImport::chunksKeepLineNumbersInMessages()
{
    QByteArray csv = positionCsv(600);
    // Line 3 is the header, so row 444 sits on line 447; break its quantity.
    QList<QByteArray> lines = csv.split('\n');
    lines[446] = "CME,future,ZNU5,5,maybe,";
    csv = lines.join('\n');
    QCOMPARE(errorLine(csv), 447);
    int reported = 0;
    for (const QByteArray& chunk : splitCsvRows(csv, 100))
        reported = std::max(reported, errorLine(chunk));
    QCOMPARE(reported, 447);
}

void TestPositionImport::chunksNeverSplitAQuotedField()
{
    QByteArray csv = "venue,type,instrument,quantity,allocate_xm\n";
    for (int i = 0; i < 40; ++i)
        csv += i == 9 ? "FICC,cash,\"91282CLF6\n\",1mm,\n" : "FICC,cash,91282CLF6,1mm,\n";
    for (const QByteArray& chunk : splitCsvRows(csv, 10))
        QVERIFY2(chunk.count('"') % 2 == 0, qPrintable(QStringLiteral("a chunk splits a quoted field:\n") + chunk));
}

void TestPositionImport::readingTenThousandRowsKeepsTheEventLoopRunning()
{
    const QString path = test::writeFile(m_dir, QStringLiteral("ten-thousand.csv"), positionCsv(kLargeImport));
    PositionImportJob job(path, 2025, nullptr);
    QSignalSpy finished(&job, &PositionImportJob::finished);
    JobReport report;
    Heartbeat heartbeat;
    recordWhenFinished(&job, report, heartbeat.ticks());
    QElapsedTimer clock;
    clock.start();
    job.start();
    QVERIFY(finished.wait(kImportTimeoutMs));
    qInfo("read %d positions in %lld ms on a worker; the event loop ticked %d times meanwhile, longest pause %lld ms",
          kLargeImport, clock.elapsed(), report.ticks, heartbeat.longestGapMs());
    QCOMPARE(report.outcome, PositionImportJob::Outcome::Read);
    QCOMPARE(job.takePositions().size(), std::size_t(kLargeImport));
    QVERIFY2(report.ticks > 0, "the event loop never ran while the file was read");
}

void TestPositionImport::importAddsTenThousandPositionsAsOneUndoStep()
{
    const QString path = test::writeFile(m_dir, QStringLiteral("ten-thousand.csv"), positionCsv(kLargeImport));
    auto window = test::demoWindow();
    window->show();
    MarginSession& session = window->session();
    const int undoSteps = session.undoStack()->count();
    Heartbeat heartbeat;

    PositionImportJob* job = window->documents()->importPositionsFrom(path);
    QSignalSpy finished(job, &PositionImportJob::finished);
    QVERIFY(finished.wait(kImportTimeoutMs));
    QTRY_COMPARE_WITH_TIMEOUT(session.positions().size(), std::size_t(2 + kLargeImport), kImportTimeoutMs);
    QTest::qWait(200);  // the charts' coalesced refreshes
    qInfo("longest pause of the event loop while %d positions were read, added, valued and drawn: %lld ms",
          kLargeImport, heartbeat.longestGapMs());
    QCOMPARE(session.undoStack()->count(), undoSteps + 1);
    QVERIFY(std::isfinite(session.result().crossMargined) && session.result().crossMargined > 0.0);
    session.undoStack()->undo();
    QCOMPARE(session.positions().size(), std::size_t(2));
}

void TestPositionImport::cancelAddsNothing()
{
    const QString path = test::writeFile(m_dir, QStringLiteral("to-cancel.csv"), positionCsv(kLargeImport));
    auto window = test::demoWindow();
    MarginSession& session = window->session();
    const std::vector<Position> before = session.positions();
    const int undoSteps = session.undoStack()->count();

    PositionImportJob* job = window->documents()->importPositionsFrom(path);
    QSignalSpy finished(job, &PositionImportJob::finished);
    JobReport report;
    recordWhenFinished(job, report);
    job->progressDialog()->findChild<QPushButton*>()->click();  // the dialog's Cancel button
    QVERIFY(finished.wait(kImportTimeoutMs));
    QCOMPARE(report.outcome, PositionImportJob::Outcome::Cancelled);
    QTest::qWait(50);
    QVERIFY2(session.positions() == before, "a cancelled import changed the portfolio");
    QCOMPARE(session.undoStack()->count(), undoSteps);
}

void TestPositionImport::failedImportNamesTheLineAndAddsNothing()
{
    QByteArray csv = positionCsv(2000);
    csv += "CME,future,ZNQ9,12,maybe,\n";  // line 2004: a flag that is neither yes nor no
    const QString path = test::writeFile(m_dir, QStringLiteral("broken.csv"), csv);
    auto window = test::demoWindow();
    const std::vector<Position> before = window->session().positions();

    const test::MessageBoxAnswer answer(QMessageBox::Ok);
    PositionImportJob* job = window->documents()->importPositionsFrom(path);
    QSignalSpy finished(job, &PositionImportJob::finished);
    JobReport report;
    recordWhenFinished(job, report);
    QVERIFY(finished.wait(kImportTimeoutMs));
    QCOMPARE(report.outcome, PositionImportJob::Outcome::Failed);
    QVERIFY2(report.error.contains(QLatin1String("broken.csv:2004: ")),
             qPrintable(QStringLiteral("error \"%1\" does not name broken.csv:2004").arg(report.error)));
    QTRY_VERIFY(answer.answered());
    QVERIFY2(answer.text().contains(QLatin1String("broken.csv:2004")), qPrintable(answer.text()));
    QVERIFY2(window->session().positions() == before, "a failed import changed the portfolio");
}

QTEST_MAIN(TestPositionImport)
#include "tst_position_import.moc"
