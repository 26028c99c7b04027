#include "crash_session_edits.h"
#include "helper_output.h"
#include "save_generation.h"
#include "window_fixture.h"

#include "autosaver.h"
#include "core/io/bundled_portfolios.h"
#include "core/io/portfolio_json.h"
#include "document_controller.h"
#include "main_window.h"
#include "recovery_store.h"
#include "tests/support/bundled_market.h"
#include "widgets/margin_session.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <chrono>
#include <optional>

using namespace xm;
using namespace std::chrono_literals;

namespace {

constexpr int kProcessTimeoutMs = 60000;
// A session typing steadily loses at most the keystrokes of one maximum autosave delay
// (coarse timers may fire 5% late) and the one in flight.
constexpr int kMaxLostKeystrokes =
    static_cast<int>(Autosaver::kMaxDelay.count() * 21 / 20 / test::kTypingIntervalMs) + 1;

QByteArray documentBytes(const MarginSession& session)
{
    return io::writePortfolioDocument(session.document());
}

} // namespace

// Crash safety of the desktop app: the autosaved recovery copy, the offer to recover it at
// the next start, and that a live or cleanly closed session is never offered.
class TestCrashRecovery final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void killedSessionIsRecovered();
    void recoveryCopyFollowsTheUnsavedState();
    void autosavesAfterAPause();
    void autosavesDuringSteadyTyping();
    void cleanAgainDuringAnAutosaveLeavesNoCopy();
    void noOfferAfterACleanClose_data();
    void noOfferAfterACleanClose();
    void cancelledCloseKeepsAutosaving();
    void laterKeepsTheCopyAndDiscardDeletesIt();
    void unreadableCopyIsKept();

private:
    QString recoveryDirectory() const { return m_dir->filePath(QStringLiteral("recovery")); }
    // The recovery documents on disk.
    QStringList recoveryDocuments() const;
    // The bundled demo with keys XMargin does not know at every level, saved as basis.xmargin.
    QString writeOriginal() const;
    // The demo window with crash recovery started; `answer` replies to a recovery prompt.
    std::unique_ptr<MainWindow> startedWindow(std::optional<QMessageBox::StandardButton> answer = std::nullopt,
                                              bool* answered = nullptr, QString* prompt = nullptr);

    QTemporaryDir m_settings;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCrashRecovery::initTestCase()
{
    QVERIFY(m_settings.isValid());
    test::isolateSettings(m_settings);
}

void TestCrashRecovery::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QStringList TestCrashRecovery::recoveryDocuments() const
{
    return QDir(recoveryDirectory()).entryList({QStringLiteral("*.xmargin")}, QDir::Files);
}

QString TestCrashRecovery::writeOriginal() const
{
    io::PortfolioDocument document = io::loadBundledDemoPortfolio();
    document.extraTop.insert(QStringLiteral("desk"), QStringLiteral("rates-nyc"));
    document.extraAccount.insert(QStringLiteral("reviewedBy"), QStringLiteral("risk"));
    document.extraClearingFirm.insert(QStringLiteral("lei"), QStringLiteral("5493001KJTIIGC8Y1R12"));
    document.extraPositions["p1"].insert(QStringLiteral("trader"), QStringLiteral("JS"));
    const QString path = m_dir->filePath(QStringLiteral("basis.xmargin"));
    io::savePortfolioDocument(document, path);
    return path;
}

std::unique_ptr<MainWindow> TestCrashRecovery::startedWindow(std::optional<QMessageBox::StandardButton> answer,
                                                             bool* answered, QString* prompt)
{
    auto window = test::demoWindow();
    // Any prompt is answered: an unexpected one must fail the test, not hang it.
    const test::MessageBoxAnswer reply(answer.value_or(QMessageBox::Cancel));
    window->startCrashRecovery(recoveryDirectory());
    if (!answer && reply.answered())
        qFatal("unexpected recovery prompt: %s", qPrintable(reply.text()));
    if (answered)
        *answered = reply.answered();
    if (prompt)
        *prompt = reply.text();
    return window;
}

void TestCrashRecovery::killedSessionIsRecovered()
{
    const QString original = writeOriginal();
    QProcess helper;
    helper.start(QStringLiteral(XMARGIN_AUTOSAVE_SESSION_HELPER), {m_settings.path(), recoveryDirectory(), original});
    QVERIFY2(helper.waitForStarted(kProcessTimeoutMs), "the session helper did not start");
    QByteArray output;
    // Keystrokes come faster than the quiet delay: only the maximum delay can autosave, within
    // kMaxLostKeystrokes of the first one.
    while (!test::lastNumber(output, "autosaved ") && test::lastNumber(output, "edit ").value_or(0) <= 2 * kMaxLostKeystrokes
           && helper.waitForReadyRead(kProcessTimeoutMs))
        output += helper.readAllStandardOutput();
    QVERIFY2(test::lastNumber(output, "autosaved "),
             qPrintable(QStringLiteral("no autosave while typing; output:\n%1\nstderr:\n%2")
                            .arg(QString::fromUtf8(output), QString::fromLocal8Bit(helper.readAllStandardError()))));

    // While the session runs its recovery copy is its own: nothing is offered.
    QCOMPARE(recoveryDocuments().size(), 1);
    {
        bool offered = false;
        auto other = startedWindow(QMessageBox::Open, &offered);
        QVERIFY2(!offered, "a running session's recovery copy was offered");
        QVERIFY(RecoveryStore(recoveryDirectory()).claimOrphans().empty());
    }

    helper.kill();
    QVERIFY(helper.waitForFinished(kProcessTimeoutMs));
    QVERIFY(helper.exitStatus() == QProcess::CrashExit);
    output += helper.readAllStandardOutput();
    const int autosaved = test::lastNumber(output, "autosaved ").value_or(-1);
    const int typed = test::lastNumber(output, "edit ").value_or(-1);

    bool offered = false;
    QString prompt;
    auto window = startedWindow(QMessageBox::Open, &offered, &prompt);
    QVERIFY2(offered, "no recovery was offered after the kill");
    QVERIFY2(prompt.contains(QStringLiteral("“basis.xmargin”")) && prompt.contains(QDir::toNativeSeparators(original)),
             qPrintable(QStringLiteral("the prompt read \"%1\"").arg(prompt)));

    const MarginSession& session = window->session();
    const int recovered = test::typedEdits(session);
    const QString counts = QStringLiteral("%1 keystrokes typed, the last autosave reported after keystroke %2, "
                                          "keystroke %3 recovered")
                               .arg(typed)
                               .arg(autosaved)
                               .arg(recovered);
    // Nothing autosaved is lost, and at most one maximum autosave delay of typing.
    QVERIFY2(recovered >= autosaved && recovered <= typed, qPrintable(counts));
    QVERIFY2(typed - recovered <= kMaxLostKeystrokes,
             qPrintable(counts + QStringLiteral(" (at most %1 may be lost)").arg(kMaxLostKeystrokes)));
    qInfo("%s", qPrintable(counts));

    // Exactly as autosaved: positions, account, as-of date, name and unknown keys.
    auto expected = test::demoWindow();
    expected->documents()->load(original);
    test::makeSetupEdits(expected->session());
    test::typeEdit(expected->session(), recovered);
    QCOMPARE(QString::fromUtf8(documentBytes(session)), QString::fromUtf8(documentBytes(expected->session())));
    QCOMPARE(session.asOf(), test::isoDate("2025-06-02"));
    QCOMPARE(session.document().extraPositions.at("p1").value(QStringLiteral("trader")).toString(), QStringLiteral("JS"));

    // A modified document tied to its file, whose recovery copy this session now owns.
    QVERIFY(window->isWindowModified());
    QCOMPARE(window->windowTitle(), QStringLiteral("XMargin — basis.xmargin[*]"));
    QCOMPARE(window->documents()->filePath(), QFileInfo(original).absoluteFilePath());
    QVERIFY(window->autosaver()->slot());
    QCOMPARE(recoveryDocuments(), QStringList{QFileInfo(window->autosaver()->slot()->documentPath()).fileName()});
    QVERIFY2(RecoveryStore(recoveryDirectory()).claimOrphans().empty(), "a recovered copy is offered again");

    // Save writes the original file, and the recovery copy goes.
    QVERIFY(window->documents()->save());
    QCOMPARE(QString::fromUtf8(test::readFile(original)), QString::fromUtf8(documentBytes(session)));
    QVERIFY2(recoveryDocuments().isEmpty(), "the recovery copy outlived the save");
}

void TestCrashRecovery::recoveryCopyFollowsTheUnsavedState()
{
    const QString original = writeOriginal();
    auto window = startedWindow();
    window->documents()->load(original);
    MarginSession& session = window->session();
    Autosaver* autosaver = window->autosaver();
    autosaver->saveNow();
    QVERIFY2(recoveryDocuments().isEmpty(), "an unmodified document was autosaved");

    test::typeEdit(session, 7);
    autosaver->saveNow();
    QCOMPARE(recoveryDocuments().size(), 1);
    QCOMPARE(QString::fromUtf8(test::readFile(autosaver->slot()->documentPath())), QString::fromUtf8(documentBytes(session)));
    const RecoverySlot::Info info = autosaver->slot()->info();
    QCOMPARE(info.originalPath, QFileInfo(original).absoluteFilePath());
    QCOMPARE(info.displayName, QStringLiteral("basis.xmargin"));
    QCOMPARE(info.asOf, QDate(2025, 7, 11));
    QVERIFY2(info.savedAt.isValid() && info.savedAt <= QDateTime::currentDateTimeUtc(),
             qPrintable(info.savedAt.toString(Qt::ISODateWithMs)));

    QVERIFY(window->documents()->save());
    QVERIFY2(recoveryDocuments().isEmpty(), "the recovery copy outlived a save");

    test::typeEdit(session, 8);
    autosaver->saveNow();
    QCOMPARE(recoveryDocuments().size(), 1);
    session.undoStack()->undo();
    QVERIFY(!window->isWindowModified());
    QVERIFY2(recoveryDocuments().isEmpty(), "the recovery copy outlived undoing back to the saved state");
}

void TestCrashRecovery::autosavesAfterAPause()
{
    auto window = startedWindow();
    Autosaver* autosaver = window->autosaver();
    autosaver->setDelays(50ms, 1h);
    QSignalSpy saved(autosaver, &Autosaver::saved);
    test::typeEdit(window->session(), 1);
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(QString::fromUtf8(test::readFile(autosaver->slot()->documentPath())),
             QString::fromUtf8(documentBytes(window->session())));
}

void TestCrashRecovery::autosavesDuringSteadyTyping()
{
    auto window = startedWindow();
    Autosaver* autosaver = window->autosaver();
    // Typing never pauses for the quiet delay: only the maximum delay can save.
    autosaver->setDelays(1h, 150ms);
    QSignalSpy saved(autosaver, &Autosaver::saved);
    constexpr int kKeystrokes = 500;
    for (int k = 1; saved.isEmpty() && k <= kKeystrokes; ++k) {
        test::typeEdit(window->session(), k);
        QTest::qWait(10);
    }
    QVERIFY2(!saved.isEmpty(), "no autosave during 500 keystrokes 10 ms apart with a 150 ms maximum delay");
}

void TestCrashRecovery::cleanAgainDuringAnAutosaveLeavesNoCopy()
{
    // Writing this large document takes far longer than the undo that makes it clean again.
    const QString path = m_dir->filePath(QStringLiteral("large.xmargin"));
    io::savePortfolioDocument(test::savedGeneration(1), path);
    auto window = startedWindow();
    window->documents()->load(path);
    window->autosaver()->setDelays(0ms, 1h);
    test::typeEdit(window->session(), 1);
    QTest::qWait(1);  // the autosave starts on the worker thread
    window->session().undoStack()->undo();
    QVERIFY(!window->isWindowModified());
    QVERIFY2(recoveryDocuments().isEmpty(), "the recovery copy outlived undoing back to the saved state");
    QTest::qWait(200);
    QVERIFY2(recoveryDocuments().isEmpty(), "the autosave wrote its copy after the document was clean again");
}

void TestCrashRecovery::noOfferAfterACleanClose_data()
{
    QTest::addColumn<bool>("saveFirst");
    QTest::addColumn<int>("answer");
    QTest::newRow("changes discarded at close") << false << int(QMessageBox::Discard);
    QTest::newRow("changes saved at close") << false << int(QMessageBox::Save);
    QTest::newRow("saved, then closed") << true << int(QMessageBox::Save);
}

void TestCrashRecovery::noOfferAfterACleanClose()
{
    QFETCH(bool, saveFirst);
    QFETCH(int, answer);
    const QString original = writeOriginal();
    {
        auto window = startedWindow();
        window->documents()->load(original);
        window->show();
        test::typeEdit(window->session(), 5);
        window->autosaver()->saveNow();
        QCOMPARE(recoveryDocuments().size(), 1);
        if (saveFirst)
            QVERIFY(window->documents()->save());
        const test::MessageBoxAnswer reply(static_cast<QMessageBox::StandardButton>(answer));
        QVERIFY(window->close());
        QCOMPARE(reply.answered(), !saveFirst);
        QVERIFY2(recoveryDocuments().isEmpty(), "the recovery copy outlived a clean close");
    }
    bool offered = false;
    auto next = startedWindow(QMessageBox::Open, &offered);
    QVERIFY2(!offered, "a cleanly closed session was offered for recovery");
}

void TestCrashRecovery::cancelledCloseKeepsAutosaving()
{
    auto window = startedWindow();
    window->show();
    test::typeEdit(window->session(), 1);
    window->autosaver()->saveNow();
    {
        const test::MessageBoxAnswer cancel(QMessageBox::Cancel);
        QVERIFY(!window->close());
        QVERIFY(cancel.answered());
    }
    QCOMPARE(recoveryDocuments().size(), 1);
    test::typeEdit(window->session(), 2);
    window->autosaver()->saveNow();
    QCOMPARE(QString::fromUtf8(test::readFile(window->autosaver()->slot()->documentPath())),
             QString::fromUtf8(documentBytes(window->session())));
}

void TestCrashRecovery::laterKeepsTheCopyAndDiscardDeletesIt()
{
    QByteArray autosaved;
    {
        auto owner = startedWindow();
        test::typeEdit(owner->session(), 4);
        owner->autosaver()->saveNow();
        autosaved = documentBytes(owner->session());
        // Ends without closing, like a killed session; only its lock goes.
    }
    QCOMPARE(recoveryDocuments().size(), 1);
    {
        bool offered = false;
        QString prompt;
        auto window = startedWindow(QMessageBox::Cancel, &offered, &prompt);
        QVERIFY2(offered, "no recovery was offered");
        QVERIFY2(prompt.contains(QStringLiteral("“Basis trade, 10y”")) && prompt.contains(QLatin1String("never been saved")),
                 qPrintable(QStringLiteral("the prompt read \"%1\"").arg(prompt)));
        QVERIFY2(!window->isWindowModified(), "Later changed the open document");
        QCOMPARE(recoveryDocuments().size(), 1);
    }
    {
        bool offered = false;
        auto window = startedWindow(QMessageBox::Open, &offered);
        QVERIFY(offered);
        QCOMPARE(QString::fromUtf8(documentBytes(window->session())), QString::fromUtf8(autosaved));
        QVERIFY(window->documents()->filePath().isEmpty());
        QVERIFY(window->isWindowModified());
        QCOMPARE(window->windowTitle(), QStringLiteral("XMargin — Basis trade, 10y[*]"));
    }
    {
        bool offered = false;
        auto window = startedWindow(QMessageBox::Discard, &offered);
        QVERIFY(offered);
        QVERIFY2(recoveryDocuments().isEmpty(), "Discard kept the recovery copy");
        QVERIFY(QDir(recoveryDirectory()).entryList(QDir::Files).isEmpty());
    }
    bool offered = false;
    auto window = startedWindow(QMessageBox::Open, &offered);
    QVERIFY2(!offered, "a discarded copy was offered again");
}

void TestCrashRecovery::unreadableCopyIsKept()
{
    QString documentPath;
    {
        std::unique_ptr<RecoverySlot> slot = RecoveryStore(recoveryDirectory()).createSlot();
        QVERIFY(slot);
        documentPath = slot->documentPath();
        QFile file(documentPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({ "format": "xmargin-portfolio", )");  // cut short
    }
    const test::MessageBoxAnswer warning(QMessageBox::Ok);
    bool offered = false;
    auto window = startedWindow(QMessageBox::Open, &offered);
    QVERIFY(offered);
    QVERIFY2(warning.answered() && warning.text().contains(QDir::toNativeSeparators(documentPath)),
             qPrintable(QStringLiteral("the warning read \"%1\"").arg(warning.text())));
    QVERIFY2(QFileInfo::exists(documentPath), "an unreadable recovery copy was deleted");
    QVERIFY(!window->isWindowModified());
    QVERIFY(window->documents()->filePath().isEmpty());
}

QTEST_MAIN(TestCrashRecovery)
#include "tst_crash_recovery.moc"
