#include "core/io/bundled_portfolios.h"
#include "core/io/input_error.h"
#include "core/io/position_csv.h"
#include "document_controller.h"
#include "main_window.h"
#include "recent_files.h"
#include "results_export.h"
#include "tests/support/bundled_market.h"
#include "window_fixture.h"
#include "widgets/margin_session.h"

#include <QDockWidget>
#include <QDropEvent>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QUrl>
#include <QtTest>

using namespace xm;

namespace {

// A portfolio with keys this version does not know at every level (they must survive a save).
constexpr const char* kWithUnknownKeys = R"({
  "format": "xmargin-portfolio",
  "version": 1,
  "name": "Basis with desk notes",
  "asOf": "2025-07-11",
  "desk": "rates-nyc",
  "account": {
    "type": "customer",
    "clearingFirm": { "brokerDealer": true, "fcm": true, "ficcMember": true, "cmeMember": true, "lei": "5493001KJTIIGC8Y1R12" },
    "optIn": true,
    "riskProfile": "HRP",
    "reviewedBy": "risk"
  },
  "positions": [
    { "id": "p1", "venue": "FICC", "type": "cash", "cusip": "91282CLF6", "quantity": 100000000, "trader": "JS" },
    { "id": "p2", "venue": "CME", "type": "future", "symbol": "ZN", "month": "2025-09", "quantity": -1073, "allocateXM": true }
  ]
})";

// The bundled demo with the first quantity (line 13) not a number.
QByteArray badQuantityDocument()
{
    QFile demo(io::bundledPortfolioPath(QStringLiteral("demo_basis_trade.xmargin")));
    if (!demo.open(QIODevice::ReadOnly))
        qFatal("cannot read the bundled demo");
    return demo.readAll().replace(R"("quantity": 100000000)", R"("quantity": "a lot")");
}

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QJsonDocument::fromJson(file.readAll()).object();
}

void scaleFirstPosition(MarginSession& session, double factor)
{
    Position position = session.positions().front();
    position.quantity *= factor;
    session.updatePosition(0, position);
}

} // namespace

class TestDocuments final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void saveAndReopenKeepsPositionsAndUnknownKeys();
    void failedOpenLeavesTheDocumentUnchanged();
    void unsavedPromptAfterAnEdit();
    void unsavedPromptSavesWhenAsked();
    void closingAsksAboutUnsavedChanges();
    void newDocumentKeepsTheAccountAndDate();
    void examplesOpenAsNewDocuments();
    void recentFilesListOpenedAndSavedFiles();
    void exportsPositionsAndResults();
    void windowLayoutIsRestored();
    void droppingAPortfolioOnTheWindowOpensIt();

private:
    QTemporaryDir m_settings;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDocuments::initTestCase()
{
    QVERIFY(m_settings.isValid());
    test::isolateSettings(m_settings);
}

void TestDocuments::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDocuments::saveAndReopenKeepsPositionsAndUnknownKeys()
{
    const QString original = test::writeFile(*m_dir, QStringLiteral("basis.xmargin"), kWithUnknownKeys);
    auto window = test::demoWindow();
    window->documents()->load(original);
    QCOMPARE(window->windowTitle(), QStringLiteral("XMargin — basis.xmargin[*]"));
    scaleFirstPosition(window->session(), 1.5);
    QVERIFY(window->isWindowModified());

    const QString copy = m_dir->filePath(QStringLiteral("copy.xmargin"));
    QVERIFY(window->documents()->saveTo(copy));
    QVERIFY(!window->isWindowModified());
    QCOMPARE(window->windowTitle(), QStringLiteral("XMargin — copy.xmargin[*]"));

    auto reopened = test::demoWindow();
    reopened->documents()->load(copy);
    QVERIFY2(reopened->session().positions() == window->session().positions(),
             "the reopened positions differ from the saved ones");
    QCOMPARE(reopened->session().positions().front().quantity, 150e6);
    QCOMPARE(reopened->session().account(), window->session().account());

    const QJsonObject saved = readJson(copy);
    QCOMPARE(saved.value("desk").toString(), QStringLiteral("rates-nyc"));
    QCOMPARE(saved.value("account").toObject().value("reviewedBy").toString(), QStringLiteral("risk"));
    QCOMPARE(saved.value("account").toObject().value("clearingFirm").toObject().value("lei").toString(),
             QStringLiteral("5493001KJTIIGC8Y1R12"));
    QCOMPARE(saved.value("positions").toArray().at(0).toObject().value("trader").toString(), QStringLiteral("JS"));
}

void TestDocuments::failedOpenLeavesTheDocumentUnchanged()
{
    const QString bad = test::writeFile(*m_dir, QStringLiteral("bad.xmargin"), badQuantityDocument());
    auto window = test::demoWindow();
    scaleFirstPosition(window->session(), 2.0);
    const std::vector<Position> before = window->session().positions();
    const QString title = window->windowTitle();

    try {
        window->documents()->load(bad);
        QFAIL("loading a file with a bad quantity did not throw");
    } catch (const io::InputError& error) {
        const QString message = QString::fromUtf8(error.what());
        QVERIFY2(message.contains(QLatin1String("bad.xmargin:13: positions[0].quantity")),
                 qPrintable(QStringLiteral("message \"%1\" does not name file:line: field").arg(message)));
    }

    const test::MessageBoxAnswer discard(QMessageBox::Discard);  // the unsaved-changes prompt comes first
    const test::MessageBoxAnswer answer(QMessageBox::Ok);
    QVERIFY(!window->documents()->openFile(bad));
    QVERIFY(discard.answered());
    QVERIFY2(answer.answered() && answer.text().contains(QLatin1String("bad.xmargin:13")),
             qPrintable(QStringLiteral("the message read \"%1\"").arg(answer.text())));
    QVERIFY2(window->session().positions() == before, "a failed open changed the positions");
    QCOMPARE(window->windowTitle(), title);
    QVERIFY2(window->isWindowModified(), "a failed open dropped the unsaved state");
}

void TestDocuments::unsavedPromptAfterAnEdit()
{
    auto window = test::demoWindow();
    {
        const test::MessageBoxAnswer unexpected(QMessageBox::Cancel);
        QVERIFY(window->documents()->newDocument());
        QTest::qWait(50);
        QVERIFY2(!unexpected.answered(), "a prompt appeared although nothing was edited");
    }
    window->documents()->loadDemo();
    scaleFirstPosition(window->session(), 2.0);
    const std::vector<Position> edited = window->session().positions();

    const test::MessageBoxAnswer cancel(QMessageBox::Cancel);
    QVERIFY(!window->documents()->newDocument());
    QVERIFY2(cancel.answered() && cancel.text().contains(QLatin1String("Basis trade, 10y")),
             qPrintable(QStringLiteral("prompt read \"%1\"").arg(cancel.text())));
    QVERIFY2(window->session().positions() == edited, "cancelling the prompt changed the portfolio");

    const test::MessageBoxAnswer discard(QMessageBox::Discard);
    QVERIFY(window->documents()->newDocument());
    QVERIFY(discard.answered());
    QVERIFY(window->session().positions().empty());
    QVERIFY(!window->isWindowModified());
    QCOMPARE(window->windowTitle(), QStringLiteral("XMargin — Untitled[*]"));
}

void TestDocuments::unsavedPromptSavesWhenAsked()
{
    const QString path = test::writeFile(*m_dir, QStringLiteral("basis.xmargin"), kWithUnknownKeys);
    auto window = test::demoWindow();
    window->documents()->load(path);
    scaleFirstPosition(window->session(), 3.0);

    const test::MessageBoxAnswer save(QMessageBox::Save);
    QVERIFY(window->documents()->newDocument());
    QVERIFY(save.answered());
    QCOMPARE(readJson(path).value("positions").toArray().at(0).toObject().value("quantity").toDouble(), 300e6);
}

void TestDocuments::closingAsksAboutUnsavedChanges()
{
    auto window = test::demoWindow();
    window->show();
    scaleFirstPosition(window->session(), 2.0);
    {
        const test::MessageBoxAnswer cancel(QMessageBox::Cancel);
        QVERIFY2(!window->close(), "the window closed although the prompt was cancelled");
        QVERIFY(cancel.answered());
    }
    const test::MessageBoxAnswer discard(QMessageBox::Discard);
    QVERIFY(window->close());
    QVERIFY(discard.answered());
}

void TestDocuments::newDocumentKeepsTheAccountAndDate()
{
    auto window = test::demoWindow();
    window->session().setAsOf(test::isoDate("2025-06-02"));
    const Account account = window->session().account();
    const test::MessageBoxAnswer discard(QMessageBox::Discard);
    QVERIFY(window->documents()->newDocument());
    QCOMPARE(window->session().account(), account);
    QCOMPARE(window->session().asOf(), test::isoDate("2025-06-02"));
    QVERIFY(window->documents()->filePath().isEmpty());
}

void TestDocuments::examplesOpenAsNewDocuments()
{
    const auto examples = DocumentController::examples();
    QVERIFY2(examples.size() >= 4, qPrintable(QStringLiteral("%1 bundled examples").arg(examples.size())));
    auto window = test::demoWindow();
    for (const auto& [fileName, name] : examples) {
        QVERIFY2(window->documents()->openExample(fileName), qPrintable(fileName));
        QVERIFY2(!window->session().positions().empty(), qPrintable(fileName + QStringLiteral(" has no positions")));
        QCOMPARE(window->windowTitle(), QStringLiteral("XMargin — %1[*]").arg(name));
        QVERIFY(window->documents()->filePath().isEmpty());
        QVERIFY(!window->isWindowModified());
        QVERIFY(std::isfinite(window->session().result().crossMargined));
    }
}

void TestDocuments::recentFilesListOpenedAndSavedFiles()
{
    auto window = test::demoWindow();
    RecentFiles* recent = window->documents()->recentFiles();
    recent->clear();
    const QString opened = test::writeFile(*m_dir, QStringLiteral("opened.xmargin"), kWithUnknownKeys);
    window->documents()->load(opened);
    const QString saved = m_dir->filePath(QStringLiteral("saved.xmargin"));
    QVERIFY(window->documents()->saveTo(saved));
    QCOMPARE(recent->files(), (QStringList{QFileInfo(saved).absoluteFilePath(), QFileInfo(opened).absoluteFilePath()}));
    window->documents()->load(opened);
    QCOMPARE(recent->files().front(), QFileInfo(opened).absoluteFilePath());
    QCOMPARE(recent->files().size(), 2);
}

void TestDocuments::exportsPositionsAndResults()
{
    auto window = test::demoWindow();
    const MarginSession& session = window->session();

    const QString csv = m_dir->filePath(QStringLiteral("positions.csv"));
    io::savePositionsCsv(session.positions(), csv);
    std::vector<Position> read = io::importPositionsCsv(csv, 2025);
    QCOMPARE(read.size(), session.positions().size());
    for (std::size_t i = 0; i < read.size(); ++i) {
        read[i].id = session.positions()[i].id;
        QVERIFY2(read[i] == session.positions()[i], qPrintable(QStringLiteral("position %1 changed in the CSV").arg(i)));
    }

    const QString json = m_dir->filePath(QStringLiteral("results.json"));
    exportResultsJson(session, json);
    const QJsonObject report = readJson(json);
    QCOMPARE(report.value("crossMargined").toDouble(), session.result().crossMargined);
    QCOMPARE(report.value("trace").toObject().value("sF").toDouble(), session.result().reduction.sF);
    QCOMPARE(report.value("positions").toArray().size(), 2);
    QVERIFY(report.value("positions").toArray().at(0).toObject().contains("incremental"));

    const QString flat = m_dir->filePath(QStringLiteral("results.csv"));
    exportResultsCsv(session, flat);
    QFile file(flat);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.startsWith(QLatin1String("key,value\n")) && text.contains(QLatin1String("\nsavings,")),
             qPrintable(text.left(200)));
}

void TestDocuments::windowLayoutIsRestored()
{
    {
        auto window = test::demoWindow();
        window->show();
        window->resize(1300, 820);
        window->findChild<QDockWidget*>(QStringLiteral("traceDock"))->hide();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->saveSettings();
    }
    auto window = test::demoWindow();
    window->restoreSettings();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QVERIFY2(window->findChild<QDockWidget*>(QStringLiteral("traceDock"))->isHidden(), "the hidden trace came back");
    QVERIFY2(!window->findChild<QDockWidget*>(QStringLiteral("portfolioDock"))->isHidden(), "the portfolio is hidden");
    QCOMPARE(window->size(), QSize(1300, 820));
}

void TestDocuments::droppingAPortfolioOnTheWindowOpensIt()
{
    const QString path = test::writeFile(*m_dir, QStringLiteral("dropped.xmargin"), kWithUnknownKeys);
    auto window = test::demoWindow();
    const QPoint centre = window->rect().center();
    const auto drag = [&](const QString& file) {
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(file)});
        QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        enter.ignore();
        QCoreApplication::sendEvent(window.get(), &enter);
        if (!enter.isAccepted())
            return false;
        QDropEvent drop(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(window.get(), &drop);
        return true;
    };
    QVERIFY2(!drag(m_dir->filePath(QStringLiteral("positions.csv"))), "the window took a CSV drop (the table's)");
    QVERIFY(window->documents()->filePath().isEmpty());
    QVERIFY2(drag(path), "the window refused a portfolio document");
    QCOMPARE(window->documents()->filePath(), path);
    QCOMPARE(window->session().document().portfolio.name, std::string("Basis with desk notes"));
    QCOMPARE(window->windowTitle(), QStringLiteral("XMargin — dropped.xmargin[*]"));
}

QTEST_MAIN(TestDocuments)
#include "tst_documents.moc"
