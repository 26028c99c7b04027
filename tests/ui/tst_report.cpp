// The client report (issue #5): written in process and by the real executable (--report), its
// pages, paper, text and pictures, printing through the same renderer, and failures that
// name the file.
#include "document_controller.h"
#include "main_window.h"
#include "report_export.h"
#include "window_fixture.h"

#include "core/io/input_error.h"
#include "widgets/margin_session.h"
#include "widgets/position_text.h"
#include "widgets/summary_panel.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>

using namespace xm;

namespace {

constexpr int kMinPages = 8;
constexpr int kMaxPages = 20;
// Rendered at 30 dpi, a page with content has at least this many pixels that are not white
// (a footer alone has about 700).
constexpr int kMinInkPixels = 1500;

const QString kDemo = QStringLiteral("demo_basis_trade.xmargin");
const QString kCurve = QStringLiteral("curve_trade_2s10s.xmargin");

QString portfolioPath(const QString& fileName)
{
    return QStringLiteral(XMARGIN_SOURCE_DIR "/resources/portfolios/") + fileName;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Pages of a PDF as Qt writes it: one "/Type /Page" object each (the tree is "/Pages").
int pdfPageCount(const QByteArray& pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?!s)"));
    return static_cast<int>(QString::fromLatin1(pdf).count(page));
}

// A poppler tool's standard output, nullopt when it failed.
std::optional<QString> runTool(const QString& tool, const QStringList& arguments)
{
    QProcess process;
    process.start(QStandardPaths::findExecutable(tool), arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return std::nullopt;
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Skips the test when a poppler tool is missing (CI installs poppler-utils).
#define REQUIRE_TOOL(tool)                                                                                           \
    if (QStandardPaths::findExecutable(QStringLiteral(tool)).isEmpty())                                               \
        QSKIP(tool " is missing (Debian package poppler-utils; scripts/install-deps.sh installs it)");

// The text of a PDF with every run of whitespace turned into one space.
QString pdfText(const QString& path)
{
    return runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).value_or(QString()).simplified();
}

struct Written {
    QString path;
    int pages = 0;
};

// The report of `example` (a bundled portfolio) written in process on `paper`.
Written writeExample(const QTemporaryDir& directory, MainWindow& window, const QString& example, const QPageSize& paper)
{
    if (!window.documents()->openExample(example))
        qFatal("cannot open the bundled example %s", qPrintable(example));
    Written written{directory.filePath(QFileInfo(example).completeBaseName() + QStringLiteral(".pdf")), 0};
    written.pages = windowReport(window).writePdf(written.path, paper);
    return written;
}

// One row per bundled example portfolio, in the column "example".
void addExampleRows()
{
    QTest::addColumn<QString>("example");
    for (const auto& [fileName, name] : DocumentController::examples())
        QTest::newRow(qPrintable(fileName)) << fileName;
}

QString excerpt(const QString& text)
{
    return text.left(3000);
}

} // namespace

class TestReport final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void pageSizeFollowsTheLocale_data();
    void pageSizeFollowsTheLocale();
    void reportOfEachExampleIsAPdfOfExpectedLength_data();
    void reportOfEachExampleIsAPdfOfExpectedLength();
    void paperIsTheRequestedSize_data();
    void paperIsTheRequestedSize();
    void textHasFiguresPositionsParametersAndDisclaimer_data();
    void textHasFiguresPositionsParametersAndDisclaimer();
    void everyPageHasContent_data();
    void everyPageHasContent();
    void printingUsesTheSameRenderer();
    void printPreviewShowsEveryPage();
    void unwritablePathThrowsNamingTheFile();
    void fileMenuOffersReportAndPrint();
    void commandLineWritesTheReport_data();
    void commandLineWritesTheReport();
    void commandLineReportFailsWithAMessage_data();
    void commandLineReportFailsWithAMessage();

private:
    QTemporaryDir m_directory;
    std::unique_ptr<MainWindow> m_window;
};

void TestReport::initTestCase()
{
    QVERIFY(m_directory.isValid());
    test::isolateSettings(m_directory);
    m_window = test::demoWindow();
}

void TestReport::pageSizeFollowsTheLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<int>("paper");
    QTest::newRow("United States") << QLocale(QLocale::English, QLocale::UnitedStates) << int(QPageSize::Letter);
    QTest::newRow("Canada") << QLocale(QLocale::French, QLocale::Canada) << int(QPageSize::Letter);
    QTest::newRow("Germany") << QLocale(QLocale::German, QLocale::Germany) << int(QPageSize::A4);
    QTest::newRow("Japan") << QLocale(QLocale::Japanese, QLocale::Japan) << int(QPageSize::A4);
    QTest::newRow("United Kingdom") << QLocale(QLocale::English, QLocale::UnitedKingdom) << int(QPageSize::A4);
}

void TestReport::pageSizeFollowsTheLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(int, paper);
    const QPageSize size = MarginReport::defaultPageSize(locale);
    QVERIFY2(size.id() == static_cast<QPageSize::PageSizeId>(paper),
             qPrintable(QStringLiteral("%1: %2").arg(locale.name(), size.name())));
}

void TestReport::reportOfEachExampleIsAPdfOfExpectedLength_data()
{
    addExampleRows();
}

void TestReport::reportOfEachExampleIsAPdfOfExpectedLength()
{
    QFETCH(QString, example);
    const Written written = writeExample(m_directory, *m_window, example, QPageSize(QPageSize::A4));
    const QByteArray pdf = readAll(written.path);
    QVERIFY2(pdf.startsWith("%PDF-"), qPrintable(QStringLiteral("%1 starts with \"%2\"").arg(written.path, pdf.left(8))));
    QVERIFY2(pdf.trimmed().endsWith("%%EOF"), qPrintable(written.path + QStringLiteral(" is not complete")));
    QVERIFY2(written.pages == pdfPageCount(pdf),
             qPrintable(QStringLiteral("%1: writePdf says %2 pages, the file has %3")
                            .arg(example).arg(written.pages).arg(pdfPageCount(pdf))));
    QVERIFY2(written.pages >= kMinPages && written.pages <= kMaxPages,
             qPrintable(QStringLiteral("%1: %2 pages, expected %3 to %4").arg(example).arg(written.pages).arg(kMinPages).arg(kMaxPages)));
}

void TestReport::paperIsTheRequestedSize_data()
{
    QTest::addColumn<QPageSize>("paper");
    QTest::addColumn<QString>("expected");  // as pdfinfo prints it
    QTest::newRow("A4") << QPageSize(QPageSize::A4) << QStringLiteral("Page size: 595 x 842 pts (A4)");
    QTest::newRow("Letter") << QPageSize(QPageSize::Letter) << QStringLiteral("Page size: 612 x 792 pts (letter)");
}

void TestReport::paperIsTheRequestedSize()
{
    QFETCH(QPageSize, paper);
    QFETCH(QString, expected);
    REQUIRE_TOOL("pdfinfo");
    const Written written = writeExample(m_directory, *m_window, kDemo, paper);
    const QString info = runTool(QStringLiteral("pdfinfo"), {written.path}).value_or(QString()).simplified();
    QVERIFY2(info.contains(expected),
             qPrintable(QStringLiteral("expected %1 in pdfinfo's\n%2").arg(expected, info)));
    QVERIFY2(written.pages >= kMinPages && written.pages <= kMaxPages, qPrintable(QString::number(written.pages)));
}

void TestReport::textHasFiguresPositionsParametersAndDisclaimer_data()
{
    addExampleRows();
}

void TestReport::textHasFiguresPositionsParametersAndDisclaimer()
{
    QFETCH(QString, example);
    REQUIRE_TOOL("pdftotext");
    const Written written = writeExample(m_directory, *m_window, example, QPageSize(QPageSize::A4));
    const QString text = pdfText(written.path);
    QVERIFY2(!text.isEmpty(), qPrintable(QStringLiteral("pdftotext read nothing from ") + written.path));

    QStringList expected;
    const SummaryPanel& summary = *m_window->summary();
    for (SummaryPanel::Figure figure : {SummaryPanel::FiccStandalone, SummaryPanel::CmeStandalone, SummaryPanel::Duplicated,
                                        SummaryPanel::CrossMargined, SummaryPanel::Savings, SummaryPanel::SavingsPct})
        expected << summary.text(figure);
    const MarginSession& session = m_window->session();
    for (const Position& position : session.positions())
        expected << instrumentText(position);
    for (const ParameterRecord& record : session.parameters().records)
        expected << QString::fromStdString(record.key);
    for (const auto& [symbol, range] : session.scanRanges())
        expected << QStringLiteral("cme.scanRange.") + QString::fromStdString(symbol);
    expected << QString::fromStdString(session.document().portfolio.name) << QStringLiteral("as of 2025-07-11")
             << QStringLiteral("Initial margin: cross-margined versus duplicated") << QStringLiteral("xm-2026.1")
             << QStringLiteral("Model estimates, not a CCP statement") << QStringLiteral("not investment, legal")
             << QStringLiteral("confidential") << QStringLiteral("15 April 2026") << QStringLiteral("30 April 2026")
             << QStringLiteral("Calculation trace") << QStringLiteral("Parameters and their provenance")
             << QStringLiteral("Page 1 of %1").arg(written.pages)
             << QStringLiteral("Page %1 of %1").arg(written.pages);
    if (example == kDemo)
        expected << QStringLiteral("$797,711") << QStringLiteral("$3,988,555");
    QStringList missing;
    for (const QString& needle : std::as_const(expected)) {
        if (!text.contains(needle))
            missing << needle;
    }
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 lacks: %2\ntext begins: %3")
                                               .arg(written.path, missing.join(QStringLiteral(" | ")), excerpt(text))));
}

void TestReport::everyPageHasContent_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<QPageSize>("paper");
    QTest::newRow("demo, A4") << kDemo << QPageSize(QPageSize::A4);
    QTest::newRow("2s10s, Letter") << kCurve << QPageSize(QPageSize::Letter);
}

void TestReport::everyPageHasContent()
{
    QFETCH(QString, example);
    QFETCH(QPageSize, paper);
    REQUIRE_TOOL("pdftoppm");
    const Written written = writeExample(m_directory, *m_window, example, paper);
    const QString prefix = m_directory.filePath(QFileInfo(example).completeBaseName() + QStringLiteral("-page"));
    QVERIFY2(runTool(QStringLiteral("pdftoppm"),
                     {QStringLiteral("-r"), QStringLiteral("30"), QStringLiteral("-png"), written.path, prefix}),
             qPrintable(QStringLiteral("pdftoppm failed on ") + written.path));
    const QStringList pages = QDir(m_directory.path())
                                  .entryList({QFileInfo(prefix).fileName() + QStringLiteral("-*.png")}, QDir::Files, QDir::Name);
    QVERIFY2(pages.size() == written.pages,
             qPrintable(QStringLiteral("%1 pages rendered, %2 written").arg(pages.size()).arg(written.pages)));
    for (const QString& page : pages) {
        const QImage image(m_directory.filePath(page));
        QVERIFY2(!image.isNull(), qPrintable(page));
        int ink = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                ink += qGray(image.pixel(x, y)) < 235 ? 1 : 0;
        }
        QVERIFY2(ink >= kMinInkPixels,
                 qPrintable(QStringLiteral("%1 has only %2 pixels of ink (%3x%4): blank?").arg(page).arg(ink).arg(image.width()).arg(image.height())));
    }
}

void TestReport::printingUsesTheSameRenderer()
{
    const Written written = writeExample(m_directory, *m_window, kDemo, QPageSize(QPageSize::Letter));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setPageSize(QPageSize(QPageSize::Letter));
    const QString path = m_directory.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(path);
    const int pages = windowReport(*m_window).print(printer);
    QVERIFY2(pages == written.pages && pdfPageCount(readAll(path)) == pages,
             qPrintable(QStringLiteral("printed %1 pages (%2 in the file), the PDF export has %3")
                            .arg(pages).arg(pdfPageCount(readAll(path))).arg(written.pages)));
}

void TestReport::printPreviewShowsEveryPage()
{
    const Written written = writeExample(m_directory, *m_window, kDemo, MarginReport::defaultPageSize());
    int previewPages = -1;
    QTimer::singleShot(0, m_window.get(), [&previewPages] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* dialog = qobject_cast<QPrintPreviewDialog*>(widget)) {
                auto* preview = dialog->findChild<QPrintPreviewWidget*>();
                QTRY_VERIFY(preview->pageCount() > 0);
                previewPages = preview->pageCount();
                dialog->reject();
            }
        }
    });
    previewReport(*m_window);
    QVERIFY2(previewPages == written.pages,
             qPrintable(QStringLiteral("the preview shows %1 pages, the PDF has %2").arg(previewPages).arg(written.pages)));
}

void TestReport::unwritablePathThrowsNamingTheFile()
{
    const QString path = m_directory.filePath(QStringLiteral("no-such-directory/report.pdf"));
    try {
        windowReport(*m_window).writePdf(path, QPageSize(QPageSize::A4));
        QFAIL(qPrintable(QStringLiteral("writing to %1 did not fail").arg(path)));
    } catch (const io::InputError& error) {
        QVERIFY2(QString::fromUtf8(error.what()).contains(path), error.what());
    }
    QVERIFY(!QFileInfo::exists(path));
}

void TestReport::fileMenuOffersReportAndPrint()
{
    for (const char* name : {"exportReportAction", "printAction", "printPreviewAction"}) {
        auto* action = qobject_cast<QAction*>(test::namedChild(*m_window, name));
        QVERIFY2(action && action->isEnabled() && !action->text().isEmpty(), name);
    }
}

void TestReport::commandLineWritesTheReport_data()
{
    QTest::addColumn<QStringList>("arguments");  // after --report FILE
    QTest::addColumn<QString>("heading");        // the portfolio and its as-of date, as the footer gives them
    QTest::newRow("the demo") << QStringList{} << QStringLiteral("Basis trade, 10y · as of 2025-07-11");
    QTest::newRow("--open 2s10s") << QStringList{QStringLiteral("--open"), portfolioPath(kCurve)}
                                  << QStringLiteral("Curve trade 2s10s across venues · as of 2025-07-11");
    QTest::newRow("a file, Letter, an as-of date")
        << QStringList{portfolioPath(kCurve), QStringLiteral("--page-size"), QStringLiteral("letter"),
                       QStringLiteral("--as-of"), QStringLiteral("2025-06-30")}
        << QStringLiteral("Curve trade 2s10s across venues · as of 2025-06-30");
}

void TestReport::commandLineWritesTheReport()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, heading);
    const QString path = m_directory.filePath(QStringLiteral("headless %1.pdf").arg(QTest::currentDataTag()));
    const test::ProcessResult result =
        test::runProcess(QStringLiteral(XMARGIN_DESKTOP_EXE), QStringList{QStringLiteral("--report"), path} + arguments);
    QVERIFY2(result.exitCode == 0 && !result.errorOutput.contains(QStringLiteral("xmargin:")),
             qPrintable(QStringLiteral("xmargin --report %1 %2 exited %3: %4")
                            .arg(path, arguments.join(QLatin1Char(' ')))
                            .arg(result.exitCode)
                            .arg(result.errorOutput)));
    const QByteArray pdf = readAll(path);
    QVERIFY2(pdf.startsWith("%PDF-"), qPrintable(path + QStringLiteral(" is not a PDF")));
    const int pages = pdfPageCount(pdf);
    QVERIFY2(pages >= kMinPages && pages <= kMaxPages, qPrintable(QStringLiteral("%1 pages").arg(pages)));
    if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        const QString text = pdfText(path);
        QVERIFY2(text.contains(heading), qPrintable(QStringLiteral("no \"%1\" in %2").arg(heading, excerpt(text))));
    }
}

void TestReport::commandLineReportFailsWithAMessage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");  // what the message must name
    const QString broken = test::writeFile(m_directory, QStringLiteral("broken.xmargin"), "{ \"format\": ");
    const QString unwritable = m_directory.filePath(QStringLiteral("missing-directory/report.pdf"));
    QTest::newRow("unwritable path") << QStringList{QStringLiteral("--report"), unwritable} << unwritable;
    QTest::newRow("bad portfolio") << QStringList{QStringLiteral("--report"), m_directory.filePath(QStringLiteral("bad.pdf")),
                                                  QStringLiteral("--open"), broken}
                                   << broken;
    QTest::newRow("missing portfolio") << QStringList{QStringLiteral("--report"), m_directory.filePath(QStringLiteral("bad.pdf")),
                                                      QStringLiteral("no-such.xmargin")}
                                       << QStringLiteral("no-such.xmargin");
    QTest::newRow("unknown paper") << QStringList{QStringLiteral("--report"), m_directory.filePath(QStringLiteral("bad.pdf")),
                                                  QStringLiteral("--page-size"), QStringLiteral("A5")}
                                   << QStringLiteral("A5");
    QTest::newRow("paper without report") << QStringList{QStringLiteral("--page-size"), QStringLiteral("A4")}
                                          << QStringLiteral("--page-size");
    QTest::newRow("report and screenshot")
        << QStringList{QStringLiteral("--report"), m_directory.filePath(QStringLiteral("bad.pdf")), QStringLiteral("--screenshot"),
                       m_directory.filePath(QStringLiteral("bad.png"))}
        << QStringLiteral("--screenshot");
    QTest::newRow("empty file name") << QStringList{QStringLiteral("--report"), QString()} << QStringLiteral("--report");
}

void TestReport::commandLineReportFailsWithAMessage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    const test::ProcessResult result = test::runProcess(QStringLiteral(XMARGIN_DESKTOP_EXE), arguments);
    QVERIFY2(result.exitCode == 1 && result.errorOutput.contains(QDir::toNativeSeparators(named)),
             qPrintable(QStringLiteral("xmargin %1 exited %2 with stderr \"%3\"; expected 1 and a message naming %4")
                            .arg(arguments.join(QLatin1Char(' ')))
                            .arg(result.exitCode)
                            .arg(result.errorOutput.trimmed(), named)));
    QVERIFY2(!QFileInfo::exists(m_directory.filePath(QStringLiteral("bad.pdf"))), "a report was written despite the error");
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
