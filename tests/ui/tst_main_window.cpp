#include "main_window.h"
#include "tests/support/bundled_market.h"
#include "widgets/curve_table_model.h"
#include "widgets/history_date_edit.h"
#include "widgets/yield_curve_chart.h"

#include <qcustomplot.h>

#include <QAbstractItemModelTester>
#include <QImage>
#include <QLabel>
#include <QProcess>
#include <QSet>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <limits>

using namespace xm;

namespace {

constexpr int kTenYearRow = 7;
constexpr int kThirtyYearRow = 9;
constexpr double kTolerance = 1e-9;

template <typename T>
T* child(const QWidget& parent, const char* name)
{
    auto* found = parent.findChild<T*>(QLatin1String(name));
    if (!found)
        qFatal("main window has no %s named \"%s\"", T::staticMetaObject.className(), name);
    return found;
}

QString cell(const QAbstractItemModel& model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
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

struct ProcessResult {
    int exitCode = -1;
    QString errorOutput;
};

ProcessResult runDesktop(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(XMARGIN_DESKTOP_EXE), arguments);
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return {-1, QStringLiteral("did not finish: ") + process.errorString()};
    }
    const int code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return {code, QString::fromLocal8Bit(process.readAllStandardError())};
}

} // namespace

class TestMainWindow final : public QObject {
    Q_OBJECT

private slots:
    void curveTableModelKeepsTheModelContract();
    void asOfDateUpdatesChartAndTable_data();
    void asOfDateUpdatesChartAndTable();
    void steppingForwardSkipsDaysWithoutACurve();
    void unpublishedTenorIsMarkedInterpolated();
    void chartHasDataAndAxisLabels();
    void dateChangesKeepThePlottables();
    void chartExportsPngAndPdf();
    void statusBarShowsDataRangeAndDisclaimer();
    void screenshotWritesPngOfRequestedSize();
    void badArgumentExitsWithMessage_data();
    void badArgumentExitsWithMessage();
};

void TestMainWindow::curveTableModelKeepsTheModelContract()
{
    MainWindow window(test::bundledMarket());
    QAbstractItemModel* model = child<QTableView>(window, "curveTable")->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    window.setDates(QDate(2020, 3, 9), QDate(2019, 3, 8));
    window.setDates(QDate(2003, 1, 2), QDate());
    QCOMPARE(model->rowCount(), kFactorCount);
    QCOMPARE(model->columnCount(), int(CurveTableModel::ColumnCount));
}

void TestMainWindow::asOfDateUpdatesChartAndTable_data()
{
    QTest::addColumn<QDate>("requested");
    QTest::addColumn<QDate>("shown");
    QTest::addColumn<QString>("tenYearText");
    QTest::addColumn<double>("tenYearPct");

    QTest::newRow("2020-03-09 (Covid low)") << QDate(2020, 3, 9) << QDate(2020, 3, 9) << "0.54" << 0.54;
    QTest::newRow("2025-07-11 (last day)") << QDate(2025, 7, 11) << QDate(2025, 7, 11) << "4.43" << 4.43;
    QTest::newRow("Saturday 2020-03-07 -> Friday") << QDate(2020, 3, 7) << QDate(2020, 3, 6) << "0.74" << 0.74;
}

void TestMainWindow::asOfDateUpdatesChartAndTable()
{
    QFETCH(QDate, requested);
    QFETCH(QDate, shown);
    QFETCH(QString, tenYearText);
    QFETCH(double, tenYearPct);
    const QString iso = shown.toString(Qt::ISODate);

    MainWindow window(test::bundledMarket());
    window.setDates(QDate(2010, 6, 1), QDate(2009, 6, 1));   // start elsewhere so the edit really changes
    auto* asOfEdit = child<HistoryDateEdit>(window, "asOfEdit");
    asOfEdit->setDate(requested);
    QVERIFY2(asOfEdit->date() == shown, qPrintable(QStringLiteral("requested %1: edit shows %2, expected %3")
                                                        .arg(requested.toString(Qt::ISODate),
                                                             asOfEdit->date().toString(Qt::ISODate), iso)));

    const QAbstractItemModel& model = *child<QTableView>(window, "curveTable")->model();
    QVERIFY2(cell(model, kTenYearRow, CurveTableModel::TenorColumn) == QLatin1String("10Y"), "row 7 is not 10Y");
    QVERIFY2(cell(model, kTenYearRow, CurveTableModel::AsOfColumn) == tenYearText,
             qPrintable(QStringLiteral("as of %1: table 10Y shows \"%2\", expected \"%3\"")
                            .arg(iso, cell(model, kTenYearRow, CurveTableModel::AsOfColumn), tenYearText)));
    const QString header = model.headerData(CurveTableModel::AsOfColumn, Qt::Horizontal).toString();
    QVERIFY2(header.contains(iso), qPrintable(QStringLiteral("as-of header \"%1\" lacks %2").arg(header, iso)));

    const auto& plot = *child<QCustomPlot>(window, "yieldCurvePlot");
    const QList<const QCPGraph*> graphs = graphsDated(plot, iso);
    QVERIFY2(graphs.size() == 2, qPrintable(QStringLiteral("as of %1: %2 chart graphs carry the date, expected 2 (line, markers)")
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
    MainWindow window(test::bundledMarket());
    auto* asOfEdit = child<HistoryDateEdit>(window, "asOfEdit");
    asOfEdit->setDate(QDate(2025, 7, 3));
    asOfEdit->setCurrentSection(QDateTimeEdit::DaySection);
    asOfEdit->stepBy(1);   // 2025-07-04 is Independence Day, then a weekend
    QVERIFY2(asOfEdit->date() == QDate(2025, 7, 7),
             qPrintable(QStringLiteral("one day up from 2025-07-03 gave %1, expected 2025-07-07")
                            .arg(asOfEdit->date().toString(Qt::ISODate))));
    asOfEdit->stepBy(-1);
    QVERIFY2(asOfEdit->date() == QDate(2025, 7, 3),
             qPrintable(QStringLiteral("one day down from 2025-07-07 gave %1, expected 2025-07-03")
                            .arg(asOfEdit->date().toString(Qt::ISODate))));
}

void TestMainWindow::unpublishedTenorIsMarkedInterpolated()
{
    // Treasury published no 30Y between 2002-02-19 and 2006-02-08.
    MainWindow window(test::bundledMarket());
    window.setDates(QDate(2003, 1, 2), QDate(2002, 1, 2));
    const QAbstractItemModel& model = *child<QTableView>(window, "curveTable")->model();
    const QModelIndex thirtyYear = model.index(kThirtyYearRow, CurveTableModel::AsOfColumn);
    QVERIFY2(model.data(thirtyYear, Qt::FontRole).value<QFont>().italic(), "30Y on 2003-01-02 is not shown in italics");
    QVERIFY2(!cell(model, kThirtyYearRow, CurveTableModel::AsOfColumn, Qt::ToolTipRole).isEmpty(),
             "30Y on 2003-01-02 has no tooltip explaining the interpolation");
    QVERIFY2(!model.data(model.index(kTenYearRow, CurveTableModel::AsOfColumn), Qt::FontRole).value<QFont>().italic(),
             "10Y on 2003-01-02 was published but is shown as interpolated");

    const auto& plot = *child<QCustomPlot>(window, "yieldCurvePlot");
    for (const QCPGraph* graph : graphsDated(plot, QStringLiteral("2003-01-02"))) {
        if (graph->lineStyle() == QCPGraph::lsNone)
            QVERIFY2(std::isnan(valueAt(*graph, 30.0)), "a marker is drawn for the unpublished 30Y on 2003-01-02");
    }
}

void TestMainWindow::chartHasDataAndAxisLabels()
{
    MainWindow window(test::bundledMarket());
    const auto& plot = *child<QCustomPlot>(window, "yieldCurvePlot");
    QCOMPARE(plot.graphCount(), 4);
    for (int i = 0; i < plot.graphCount(); ++i) {
        const QCPGraph& graph = *plot.graph(i);
        QVERIFY2(graph.dataCount() >= kFactorCount,
                 qPrintable(QStringLiteral("graph %1 \"%2\" has %3 points").arg(i).arg(graph.name()).arg(graph.dataCount())));
    }
    QVERIFY2(!plot.xAxis->label().isEmpty(), "x axis has no label");
    QVERIFY2(!plot.yAxis->label().isEmpty(), "y axis has no label");
    QVERIFY2(plot.legend->visible() && plot.legend->itemCount() == 2,
             qPrintable(QStringLiteral("legend: visible %1, %2 items, expected 2")
                            .arg(plot.legend->visible())
                            .arg(plot.legend->itemCount())));
    const QCPRange yRange = plot.yAxis->range();
    QVERIFY2(yRange.contains(4.43) && yRange.contains(4.20),
             qPrintable(QStringLiteral("y range %1..%2 misses the default curves' 10Y yields 4.43 and 4.20")
                            .arg(yRange.lower)
                            .arg(yRange.upper)));
}

void TestMainWindow::dateChangesKeepThePlottables()
{
    MainWindow window(test::bundledMarket());
    const auto& plot = *child<QCustomPlot>(window, "yieldCurvePlot");
    QList<const QCPGraph*> before;
    for (int i = 0; i < plot.graphCount(); ++i)
        before.append(plot.graph(i));
    window.setDates(QDate(2008, 10, 10), QDate(2007, 10, 10));
    QCOMPARE(plot.graphCount(), before.size());
    for (int i = 0; i < plot.graphCount(); ++i)
        QVERIFY2(plot.graph(i) == before[i], qPrintable(QStringLiteral("graph %1 was recreated by a date change").arg(i)));
}

void TestMainWindow::chartExportsPngAndPdf()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    MainWindow window(test::bundledMarket());
    YieldCurveChart* chart = window.chart();
    const QString png = dir.filePath(QStringLiteral("chart.png"));
    const QString pdf = dir.filePath(QStringLiteral("chart.pdf"));
    QVERIFY2(chart->savePng(png, 800, 500), qPrintable(png));
    QVERIFY2(chart->savePdf(pdf, 800, 500), qPrintable(pdf));

    const QImage image(png);
    QVERIFY2(!image.isNull() && image.width() >= 800 && image.height() >= 500,
             qPrintable(QStringLiteral("%1 is %2x%3, expected at least 800x500").arg(png).arg(image.width()).arg(image.height())));
    QFile file(pdf);
    QVERIFY2(file.open(QIODevice::ReadOnly) && file.read(5) == "%PDF-", qPrintable(pdf + QStringLiteral(" is not a PDF")));
}

void TestMainWindow::statusBarShowsDataRangeAndDisclaimer()
{
    MainWindow window(test::bundledMarket());
    const QString range = child<QLabel>(window, "dataRangeLabel")->text();
    QVERIFY2(range.contains(QLatin1String("1990-01-02")) && range.contains(QLatin1String("2025-07-11"))
                 && range.contains(QLatin1String("8,887 days")),
             qPrintable(QStringLiteral("status bar reads \"%1\"").arg(range)));
    QCOMPARE(child<QLabel>(window, "disclaimerLabel")->text(), QStringLiteral("Model estimates, not a CCP statement"));
}

void TestMainWindow::screenshotWritesPngOfRequestedSize()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("shot.png"));
    const QStringList arguments{QStringLiteral("--screenshot"), path, QStringLiteral("--size"), QStringLiteral("1100x700"),
                                QStringLiteral("--as-of"), QStringLiteral("2020-03-09")};
    const ProcessResult result = runDesktop(arguments);
    QVERIFY2(result.exitCode == 0, qPrintable(QStringLiteral("xmargin %1 exited %2: %3")
                                                  .arg(arguments.join(QLatin1Char(' ')))
                                                  .arg(result.exitCode)
                                                  .arg(result.errorOutput)));
    QVERIFY2(QFileInfo(path).size() > 0, qPrintable(QStringLiteral("%1 is missing or empty").arg(path)));

    const QImage image(path);
    QVERIFY2(image.size() == QSize(1100, 700), qPrintable(QStringLiteral("screenshot is %1x%2, expected 1100x700")
                                                              .arg(image.width())
                                                              .arg(image.height())));
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
}

void TestMainWindow::badArgumentExitsWithMessage()
{
    QFETCH(QStringList, arguments);
    const ProcessResult result = runDesktop(arguments);
    QVERIFY2(result.exitCode == 1 && !result.errorOutput.trimmed().isEmpty(),
             qPrintable(QStringLiteral("xmargin %1 exited %2 with stderr \"%3\"; expected 1 and a message")
                            .arg(arguments.join(QLatin1Char(' ')))
                            .arg(result.exitCode)
                            .arg(result.errorOutput.trimmed())));
    QVERIFY2(!QFileInfo::exists(QStringLiteral("unused.png")), "a screenshot was written despite the bad argument");
}

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
