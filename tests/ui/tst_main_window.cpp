#include "core/io/portfolio_json.h"
#include "document_controller.h"
#include "main_window.h"
#include "tests/support/bundled_market.h"
#include "window_fixture.h"
#include "widgets/account_panel.h"
#include "widgets/chart_deck.h"
#include "widgets/charts/margin_comparison_chart.h"
#include "widgets/charts/session_chart.h"
#include "widgets/charts/usd_text.h"
#include "widgets/curve_table_model.h"
#include "widgets/history_date_edit.h"
#include "widgets/margin_session.h"
#include "widgets/par_curve_page.h"
#include "widgets/portfolio_editor.h"
#include "widgets/portfolio_table_model.h"
#include "widgets/quick_entry_line.h"
#include "widgets/summary_panel.h"
#include "widgets/trace_panel.h"
#include "widgets/yield_curve_chart.h"

#include <qcustomplot.h>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QSet>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

#include <cmath>
#include <limits>

using namespace xm;

namespace {

constexpr int kTenYearRow = 7;
constexpr int kThirtyYearRow = 9;
constexpr double kTolerance = 1e-9;

QString cell(const QAbstractItemModel& model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}

const QAbstractItemModel& curveTable(const MainWindow& window)
{
    return *qobject_cast<QTableView*>(test::namedChild(window, "curveTable"))->model();
}

const QCustomPlot& curvePlot(const MainWindow& window)
{
    return *qobject_cast<QCustomPlot*>(test::namedChild(window, "yieldCurvePlot"));
}

// The value of the graph's data point at `key`, NaN if there is none.
double valueAt(const QCPGraph& graph, double key)
{
    const auto it = graph.data()->findBegin(key, false);
    if (it == graph.data()->constEnd() || std::abs(it->key - key) > kTolerance)
        return std::numeric_limits<double>::quiet_NaN();
    return it->value;
}

// The chart graphs (line and markers) of the curve dated `isoDate`.
QList<const QCPGraph*> graphsDated(const QCustomPlot& plot, const QString& isoDate)
{
    QList<const QCPGraph*> graphs;
    for (int i = 0; i < plot.graphCount(); ++i) {
        if (plot.graph(i)->name().contains(isoDate))
            graphs.append(plot.graph(i));
    }
    return graphs;
}

// A window on an empty portfolio, which any history date can value (old curves).
std::unique_ptr<MainWindow> emptyWindow()
{
    auto window = test::demoWindow();
    window->documents()->newDocument();
    return window;
}

test::ProcessResult runDesktop(const QStringList& arguments)
{
    return test::runProcess(QStringLiteral(XMARGIN_DESKTOP_EXE), arguments);
}

} // namespace

class TestMainWindow final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void windowOpensWithTheDemoAndEveryPanelHasContent();
    void basisTradeFromTheQuickEntryLineSavesAndReopens();
    void asOfPickerRevaluesThePortfolioUndoably();
    void curveTableModelKeepsTheModelContract();
    void asOfDateUpdatesParCurve_data();
    void asOfDateUpdatesParCurve();
    void steppingForwardSkipsDaysWithoutACurve();
    void unpublishedTenorIsMarkedInterpolated();
    void curveChartHasDataAndAxisLabels();
    void dateChangesKeepThePlottables();
    void curveChartExportsPngAndPdf();
    void statusBarShowsDataRangeModelAndDisclaimer();
    void screenshotOpensTheGivenFileAtTheRequestedSize_data();
    void screenshotOpensTheGivenFileAtTheRequestedSize();
    void badArgumentExitsWithMessage_data();
    void badArgumentExitsWithMessage();

private:
    QTemporaryDir m_settings;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_settings.isValid());
    test::isolateSettings(m_settings);
}

void TestMainWindow::windowOpensWithTheDemoAndEveryPanelHasContent()
{
    auto window = test::demoWindow();
    window->resize(1400, 900);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));

    QCOMPARE(window->windowTitle(), QStringLiteral("XMargin — Basis trade, 10y[*]"));
    QVERIFY2(!window->isWindowModified(), "the freshly opened demo counts as modified");
    QCOMPARE(window->editor()->model()->rowCount(), 2);

    const MarginResult& result = window->session().result();
    QVERIFY2(result.duplicated > 0.0 && result.crossMargined > 0.0 && result.savings > 0.0,
             qPrintable(QStringLiteral("demo: duplicated %1, cross-margined %2, savings %3")
                            .arg(result.duplicated).arg(result.crossMargined).arg(result.savings)));
    for (SummaryPanel::Figure figure : {SummaryPanel::FiccStandalone, SummaryPanel::CmeStandalone, SummaryPanel::Duplicated,
                                        SummaryPanel::CrossMargined, SummaryPanel::Savings, SummaryPanel::Eligibility}) {
        const QString text = window->summary()->text(figure);
        QVERIFY2(!text.isEmpty() && text != QLatin1String("$0"),
                 qPrintable(QStringLiteral("summary figure %1 reads \"%2\"").arg(figure).arg(text)));
    }

    ChartDeck* deck = window->charts();
    for (int i = 0; i < ChartDeck::ChartCount; ++i) {
        SessionChart* chart = deck->chart(static_cast<ChartDeck::Chart>(i));
        deck->setCurrentWidget(chart);
        QTRY_VERIFY2_WITH_TIMEOUT(chart->hasData(), qPrintable(QStringLiteral("chart \"%1\" shows no data").arg(chart->title())),
                                  20000);
    }
    deck->setCurrentWidget(window->curvePage());
    QVERIFY(curvePlot(*window).graph(0)->dataCount() > 0);

    QTRY_VERIFY(window->trace()->tree()->topLevelItemCount() > 5);
    QVERIFY2(!window->trace()->tree()->topLevelItem(0)->text(1).isEmpty(), "the trace's first line has no value");
    QCOMPARE(qobject_cast<AccountPanel*>(test::namedChild(*window, "accountPanel"))->typeBox()->currentText(),
             QStringLiteral("Customer"));
    QCOMPARE(window->asOfEdit()->date(), QDate(2025, 7, 11));
}

// What issue 4 asks of a newcomer, end to end: a basis trade typed into the quick-entry line,
// the summary and the headline chart following each line, saved and reopened unchanged.
void TestMainWindow::basisTradeFromTheQuickEntryLineSavesAndReopens()
{
    auto window = emptyWindow();
    window->resize(1400, 900);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto* headline = static_cast<MarginComparisonChart*>(window->charts()->chart(ChartDeck::Comparison));
    const auto headlineBars = [&] {
        // Duplicated and cross-margined bars, FICC part then CME part.
        QList<double> values;
        for (const QCPBars* bars : {headline->ficcBars(), headline->cmeBars()})
            for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
                values.append(it->value);
        return values;
    };
    const auto type = [&](const char* line) {
        QuickEntryLine* entry = window->editor()->quickEntry();
        entry->setFocus();
        QTest::keyClicks(entry, line);
        QTest::keyClick(entry, Qt::Key_Return);
        QVERIFY2(entry->text().isEmpty(), qPrintable(QStringLiteral("\"%1\" was not accepted: %2").arg(line, entry->toolTip())));
    };

    type("91282CLF6 +100mm");
    const MarginResult cashOnly = window->session().result();
    QVERIFY2(cashOnly.ficcStandalone > 0.0 && cashOnly.cmeStandalone == 0.0 && std::abs(cashOnly.savings) < 0.5,
             qPrintable(QStringLiteral("cash alone: FICC %1, CME %2, savings %3")
                            .arg(cashOnly.ficcStandalone).arg(cashOnly.cmeStandalone).arg(cashOnly.savings)));
    QTRY_VERIFY(headline->hasData());
    const QList<double> barsCashOnly = headlineBars();

    type("ZNU5 -1073");
    const MarginResult hedged = window->session().result();
    QVERIFY2(hedged.savings > 0.5 * hedged.duplicated,
             qPrintable(QStringLiteral("hedged: duplicated %1, savings %2").arg(hedged.duplicated).arg(hedged.savings)));
    QCOMPARE(window->summary()->text(SummaryPanel::Savings), usdExact(hedged.savings));
    QCOMPARE(window->editor()->model()->rowCount(), 2);
    QTRY_VERIFY2(headlineBars() != barsCashOnly, "the headline chart did not follow the hedge");

    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(QStringLiteral("basis.xmargin"));
    QVERIFY(window->documents()->saveTo(path));
    QVERIFY(!window->isWindowModified());
    auto reopened = test::demoWindow();
    reopened->documents()->load(path);
    const MarginResult back = reopened->session().result();
    QVERIFY2(std::abs(back.crossMargined - hedged.crossMargined) < 0.01 && std::abs(back.duplicated - hedged.duplicated) < 0.01,
             qPrintable(QStringLiteral("reopened: duplicated %1, cross-margined %2; saved %3, %4")
                            .arg(back.duplicated).arg(back.crossMargined).arg(hedged.duplicated).arg(hedged.crossMargined)));
}

void TestMainWindow::asOfPickerRevaluesThePortfolioUndoably()
{
    auto window = test::demoWindow();
    const double before = window->session().result().crossMargined;
    window->asOfEdit()->setDate(QDate(2025, 6, 2));
    QCOMPARE(window->session().asOf(), test::isoDate("2025-06-02"));
    QVERIFY2(window->session().result().crossMargined != before, "the requirement did not move with the as-of date");
    QVERIFY(window->isWindowModified());

    window->session().undoStack()->undo();
    QCOMPARE(window->session().asOf(), test::isoDate("2025-07-11"));
    QCOMPARE(window->asOfEdit()->date(), QDate(2025, 7, 11));
    QVERIFY(!window->isWindowModified());
}

void TestMainWindow::curveTableModelKeepsTheModelContract()
{
    auto window = emptyWindow();
    QAbstractItemModelTester tester(const_cast<QAbstractItemModel*>(&curveTable(*window)),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    window->asOfEdit()->setDate(QDate(2020, 3, 9));
    window->curvePage()->setComparisonDate(QDate(2019, 3, 8));
    window->curvePage()->setComparisonDate(QDate(2003, 1, 2));
    QCOMPARE(curveTable(*window).rowCount(), kFactorCount);
    QCOMPARE(curveTable(*window).columnCount(), int(CurveTableModel::ColumnCount));
}

void TestMainWindow::asOfDateUpdatesParCurve_data()
{
    QTest::addColumn<QDate>("requested");
    QTest::addColumn<QDate>("shown");
    QTest::addColumn<QString>("tenYearText");
    QTest::addColumn<double>("tenYearPct");

    QTest::newRow("2020-03-09 (Covid low)") << QDate(2020, 3, 9) << QDate(2020, 3, 9) << "0.54" << 0.54;
    QTest::newRow("2025-07-11 (last day)") << QDate(2025, 7, 11) << QDate(2025, 7, 11) << "4.43" << 4.43;
    QTest::newRow("Saturday 2020-03-07 -> Friday") << QDate(2020, 3, 7) << QDate(2020, 3, 6) << "0.74" << 0.74;
}

void TestMainWindow::asOfDateUpdatesParCurve()
{
    QFETCH(QDate, requested);
    QFETCH(QDate, shown);
    QFETCH(QString, tenYearText);
    QFETCH(double, tenYearPct);
    const QString iso = shown.toString(Qt::ISODate);

    auto window = emptyWindow();
    window->asOfEdit()->setDate(QDate(2010, 6, 1));  // start elsewhere so the edit really changes
    window->asOfEdit()->setDate(requested);
    QVERIFY2(window->asOfEdit()->date() == shown,
             qPrintable(QStringLiteral("requested %1: edit shows %2, expected %3")
                            .arg(requested.toString(Qt::ISODate), window->asOfEdit()->date().toString(Qt::ISODate), iso)));
    QCOMPARE(window->session().asOf().toIso(), iso.toStdString());

    const QAbstractItemModel& model = curveTable(*window);
    QVERIFY2(cell(model, kTenYearRow, CurveTableModel::TenorColumn) == QLatin1String("10Y"), "row 7 is not 10Y");
    QVERIFY2(cell(model, kTenYearRow, CurveTableModel::AsOfColumn) == tenYearText,
             qPrintable(QStringLiteral("as of %1: table 10Y shows \"%2\", expected \"%3\"")
                            .arg(iso, cell(model, kTenYearRow, CurveTableModel::AsOfColumn), tenYearText)));
    const QList<const QCPGraph*> graphs = graphsDated(curvePlot(*window), iso);
    QVERIFY2(graphs.size() == 2, qPrintable(QStringLiteral("as of %1: %2 chart graphs carry the date, expected 2")
                                                .arg(iso).arg(graphs.size())));
    for (const QCPGraph* graph : graphs) {
        const double value = valueAt(*graph, 10.0);
        QVERIFY2(std::abs(value - tenYearPct) < kTolerance,
                 qPrintable(QStringLiteral("as of %1: chart graph \"%2\" has 10Y %3, expected %4")
                                .arg(iso, graph->name()).arg(value, 0, 'g', 12).arg(tenYearPct)));
    }
}

void TestMainWindow::steppingForwardSkipsDaysWithoutACurve()
{
    auto window = test::demoWindow();
    HistoryDateEdit* asOfEdit = window->asOfEdit();
    asOfEdit->setDate(QDate(2025, 7, 3));
    asOfEdit->setCurrentSection(QDateTimeEdit::DaySection);
    asOfEdit->stepBy(1);  // 2025-07-04 is Independence Day, then a weekend
    QCOMPARE(asOfEdit->date(), QDate(2025, 7, 7));
    QCOMPARE(window->session().asOf(), test::isoDate("2025-07-07"));
    asOfEdit->stepBy(-1);
    QCOMPARE(asOfEdit->date(), QDate(2025, 7, 3));
}

void TestMainWindow::unpublishedTenorIsMarkedInterpolated()
{
    // Treasury published no 30Y between 2002-02-19 and 2006-02-08.
    auto window = emptyWindow();
    window->asOfEdit()->setDate(QDate(2003, 1, 2));
    const QAbstractItemModel& model = curveTable(*window);
    const QModelIndex thirtyYear = model.index(kThirtyYearRow, CurveTableModel::AsOfColumn);
    QVERIFY2(model.data(thirtyYear, Qt::FontRole).value<QFont>().italic(), "30Y on 2003-01-02 is not shown in italics");
    QVERIFY2(!cell(model, kThirtyYearRow, CurveTableModel::AsOfColumn, Qt::ToolTipRole).isEmpty(),
             "30Y on 2003-01-02 has no tooltip explaining the interpolation");
    QVERIFY2(!model.data(model.index(kTenYearRow, CurveTableModel::AsOfColumn), Qt::FontRole).value<QFont>().italic(),
             "10Y on 2003-01-02 was published but is shown as interpolated");
    for (const QCPGraph* graph : graphsDated(curvePlot(*window), QStringLiteral("2003-01-02"))) {
        if (graph->lineStyle() == QCPGraph::lsNone)
            QVERIFY2(std::isnan(valueAt(*graph, 30.0)), "a marker is drawn for the unpublished 30Y on 2003-01-02");
    }
}

void TestMainWindow::curveChartHasDataAndAxisLabels()
{
    auto window = test::demoWindow();
    const QCustomPlot& plot = curvePlot(*window);
    QCOMPARE(plot.graphCount(), 4);
    for (int i = 0; i < plot.graphCount(); ++i)
        QVERIFY2(plot.graph(i)->dataCount() >= kFactorCount,
                 qPrintable(QStringLiteral("graph %1 has %2 points").arg(i).arg(plot.graph(i)->dataCount())));
    QVERIFY2(!plot.xAxis->label().isEmpty() && !plot.yAxis->label().isEmpty(), "an axis has no label");
    const QCPRange yRange = plot.yAxis->range();
    QVERIFY2(yRange.contains(4.43) && yRange.contains(4.20),
             qPrintable(QStringLiteral("y range %1..%2 misses the default curves' 10Y yields 4.43 and 4.20")
                            .arg(yRange.lower).arg(yRange.upper)));
}

void TestMainWindow::dateChangesKeepThePlottables()
{
    auto window = test::demoWindow();
    const QCustomPlot& plot = curvePlot(*window);
    QList<const QCPGraph*> before;
    for (int i = 0; i < plot.graphCount(); ++i)
        before.append(plot.graph(i));
    window->curvePage()->setComparisonDate(QDate(2007, 10, 10));
    window->asOfEdit()->setDate(QDate(2025, 6, 2));
    QCOMPARE(plot.graphCount(), before.size());
    for (int i = 0; i < plot.graphCount(); ++i)
        QVERIFY2(plot.graph(i) == before[i], qPrintable(QStringLiteral("graph %1 was recreated by a date change").arg(i)));
}

void TestMainWindow::curveChartExportsPngAndPdf()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto window = test::demoWindow();
    YieldCurveChart* chart = window->curvePage()->chart();
    const QString png = dir.filePath(QStringLiteral("chart.png"));
    const QString pdf = dir.filePath(QStringLiteral("chart.pdf"));
    QVERIFY2(chart->savePng(png, 800, 500), qPrintable(png));
    QVERIFY2(chart->savePdf(pdf, 800, 500), qPrintable(pdf));
    const QImage image(png);
    QVERIFY2(!image.isNull() && image.width() >= 800 && image.height() >= 500,
             qPrintable(QStringLiteral("%1 is %2x%3").arg(png).arg(image.width()).arg(image.height())));
    QFile file(pdf);
    QVERIFY2(file.open(QIODevice::ReadOnly) && file.read(5) == "%PDF-", qPrintable(pdf + QStringLiteral(" is not a PDF")));
}

void TestMainWindow::statusBarShowsDataRangeModelAndDisclaimer()
{
    auto window = test::demoWindow();
    const QString range = qobject_cast<QLabel*>(test::namedChild(*window, "dataRangeLabel"))->text();
    QVERIFY2(range.contains(QLatin1String("1990-01-02")) && range.contains(QLatin1String("2025-07-11"))
                 && range.contains(QLatin1String("8,887 days")),
             qPrintable(QStringLiteral("status bar reads \"%1\"").arg(range)));
    const QString model = qobject_cast<QLabel*>(test::namedChild(*window, "modelLabel"))->text();
    QVERIFY2(model.contains(QLatin1String("xm-2026.1")) && model.contains(QLatin1String("SPAN")),
             qPrintable(QStringLiteral("model label reads \"%1\"").arg(model)));
    QCOMPARE(qobject_cast<QLabel*>(test::namedChild(*window, "disclaimerLabel"))->text(),
             QStringLiteral("Model estimates, not a CCP statement"));
}

void TestMainWindow::screenshotOpensTheGivenFileAtTheRequestedSize_data()
{
    QTest::addColumn<bool>("positional");
    QTest::addColumn<QSize>("size");
    QTest::newRow("--open, 1280x720") << false << QSize(1280, 720);
    QTest::newRow("positional file, 1400x900") << true << QSize(1400, 900);
}

void TestMainWindow::screenshotOpensTheGivenFileAtTheRequestedSize()
{
    QFETCH(bool, positional);
    QFETCH(QSize, size);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A small curve trade, so the shot shows the given file and not the demo.
    const QString portfolio = dir.filePath(QStringLiteral("curve.xmargin"));
    QFile file(portfolio);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "xmargin-portfolio", "version": 1, "name": "Curve trade", "asOf": "2025-06-02",
                  "account": {"type": "house", "clearingFirm": {"brokerDealer": true, "fcm": true, "ficcMember": true, "cmeMember": true}, "optIn": true, "riskProfile": "HRP"},
                  "positions": [{"venue": "CME", "type": "future", "symbol": "ZT", "month": "2025-09", "quantity": 400},
                                {"venue": "CME", "type": "future", "symbol": "ZN", "month": "2025-09", "quantity": -200}]})");
    file.close();

    const QString path = dir.filePath(QStringLiteral("shot.png"));
    QStringList arguments{QStringLiteral("--screenshot"), path, QStringLiteral("--size"),
                          QStringLiteral("%1x%2").arg(size.width()).arg(size.height())};
    arguments << (positional ? QStringList{portfolio} : QStringList{QStringLiteral("--open"), portfolio});
    const test::ProcessResult result = runDesktop(arguments);
    QVERIFY2(result.exitCode == 0, qPrintable(QStringLiteral("xmargin %1 exited %2: %3")
                                                  .arg(arguments.join(QLatin1Char(' ')))
                                                  .arg(result.exitCode)
                                                  .arg(result.errorOutput)));
    const QImage image(path);
    QVERIFY2(image.size() == size, qPrintable(QStringLiteral("screenshot is %1x%2, expected %3x%4")
                                                  .arg(image.width()).arg(image.height())
                                                  .arg(size.width()).arg(size.height())));
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 20, qPrintable(QStringLiteral("screenshot has only %1 colours: blank?").arg(colours.size())));
}

void TestMainWindow::badArgumentExitsWithMessage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("size 0x0") << QStringList{"--screenshot", "unused.png", "--size", "0x0"};
    QTest::newRow("size not WxH") << QStringList{"--screenshot", "unused.png", "--size", "large"};
    QTest::newRow("size without screenshot") << QStringList{"--size", "800x600"};
    QTest::newRow("impossible date") << QStringList{"--screenshot", "unused.png", "--as-of", "2025-02-30"};
    QTest::newRow("date after history") << QStringList{"--screenshot", "unused.png", "--as-of", "2030-01-02"};
    QTest::newRow("compare before history") << QStringList{"--screenshot", "unused.png", "--compare", "1980-01-02"};
    QTest::newRow("unknown option") << QStringList{"--screenshoot", "unused.png"};
    QTest::newRow("missing value") << QStringList{"--screenshot"};
    QTest::newRow("missing portfolio") << QStringList{"--screenshot", "unused.png", "--open", "no-such.xmargin"};
    QTest::newRow("two portfolios") << QStringList{"--screenshot", "unused.png", "a.xmargin", "b.xmargin"};
    QTest::newRow("--open and a file") << QStringList{"--screenshot", "unused.png", "--open", "a.xmargin", "b.xmargin"};
}

void TestMainWindow::badArgumentExitsWithMessage()
{
    QFETCH(QStringList, arguments);
    const test::ProcessResult result = runDesktop(arguments);
    QVERIFY2(result.exitCode == 1 && !result.errorOutput.trimmed().isEmpty(),
             qPrintable(QStringLiteral("xmargin %1 exited %2 with stderr \"%3\"; expected 1 and a message")
                            .arg(arguments.join(QLatin1Char(' ')))
                            .arg(result.exitCode)
                            .arg(result.errorOutput.trimmed())));
    QVERIFY2(!QFileInfo::exists(QStringLiteral("unused.png")), "a screenshot was written despite the bad argument");
}

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
