#include "session_fixture.h"

#include "widgets/chart_deck.h"
#include "widgets/charts/hedge_leg.h"
#include "widgets/charts/hedge_ratio_chart.h"
#include "widgets/charts/histogram.h"
#include "widgets/charts/margin_comparison_chart.h"
#include "widgets/charts/margin_history_chart.h"
#include "widgets/charts/margin_waterfall_chart.h"
#include "widgets/charts/usd_text.h"
#include "widgets/margin_session.h"

#include "core/io/bundled_portfolios.h"

#include <QComboBox>
#include <QSlider>
#include <QUndoStack>
#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <memory>
#include <numeric>

using namespace xm;
using xm::test::barValues;

namespace {

constexpr QSize kShotSize{900, 560};
constexpr int kDemoFutures = 1;  // the demo's row of the ZN position
constexpr double kUsdTolerance = 0.01;
constexpr int kHoverProbes = 24;

// Distinct colours in a coarse grid of the image: a blank or single-colour picture has one.
int colourCount(const QImage& image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    return static_cast<int>(colours.size());
}

QList<const QCPAbstractPlottable*> plottablesOf(QCustomPlot& plot)
{
    QList<const QCPAbstractPlottable*> plottables;
    for (int i = 0; i < plot.plottableCount(); ++i)
        plottables.append(plot.plottable(i));
    return plottables;
}

} // namespace

class TestCharts final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void usdCompactText_data();
    void usdCompactText();
    void histogramCountsEveryScenario();
    void waterfallStepsChainFromDuplicatedToCrossMargined();
    void hedgeLegIsDv01Neutral();
    void everyChartHasDataAfterTheDemoLoads();
    void usdAxisLabelsShareOneUnit();
    void everyChartHasAHoverReadout();
    void quantityChangeMovesTheHeadlineBars();
    void editsKeepThePlottables();
    void hiddenCostlyChartsWaitUntilShownOrExported();
    void pickingALegSweepsIt();
    void movingTheHedgeSliderSetsTheLegAndUndoes();
    void pickingAPeriodMovesTheHistoryWindow();
    void ineligibleAccountShowsNoOffset();
    void everyChartExportsPngAndPdf_data();
    void everyChartExportsPngAndPdf();

private:
    // Shows the deck and waits until every tab's chart has data of the loaded portfolio.
    void showEveryTab();
    SessionChart* chart(ChartDeck::Chart which) const;

    std::unique_ptr<MarginSession> m_session;
    std::unique_ptr<ChartDeck> m_deck;
};

void TestCharts::init()
{
    m_session = test::demoSession();
    m_deck = std::make_unique<ChartDeck>(*m_session);
    m_deck->resize(kShotSize);
}

void TestCharts::cleanup()
{
    m_deck.reset();
    m_session.reset();
}

SessionChart* TestCharts::chart(ChartDeck::Chart which) const
{
    return m_deck->chart(which);
}

void TestCharts::showEveryTab()
{
    m_deck->show();
    for (int i = 0; i < ChartDeck::ChartCount; ++i) {
        m_deck->setCurrentIndex(i);
        SessionChart* shown = chart(static_cast<ChartDeck::Chart>(i));
        QTRY_VERIFY2(shown->hasData(), qPrintable(QStringLiteral("\"%1\" has no data").arg(shown->title())));
    }
}

void TestCharts::usdCompactText_data()
{
    QTest::addColumn<double>("usd");
    QTest::addColumn<QString>("text");
    QTest::newRow("millions") << 3988554.86 << QStringLiteral("$3.99m");
    QTest::newRow("thousands") << 797710.97 << QStringLiteral("$798k");
    QTest::newRow("small") << 950.2 << QStringLiteral("$950");
    QTest::newRow("negative") << -1574834.0 << QStringLiteral("\u2212$1.57m");
    QTest::newRow("rounds up a unit") << 999999.0 << QStringLiteral("$1.00m");
    QTest::newRow("zero") << 0.2 << QStringLiteral("$0");
    QTest::newRow("billions") << 12.345e9 << QStringLiteral("$12.3bn");
}

void TestCharts::usdCompactText()
{
    QFETCH(double, usd);
    QFETCH(QString, text);
    QCOMPARE(usdCompact(usd), text);
}

void TestCharts::histogramCountsEveryScenario()
{
    const MarginResult& result = m_session->result();
    const HistogramBins bins = commonBins({&result.pnlFiccLeg, &result.pnlCombined}, 120);
    QVERIFY2(bins.count > 10, qPrintable(QStringLiteral("%1 bins").arg(bins.count)));
    for (const std::vector<double>* sample : {&result.pnlFiccLeg, &result.pnlCombined}) {
        const std::vector<int> counts = binCounts(bins, *sample);
        QCOMPARE(std::accumulate(counts.begin(), counts.end(), std::size_t{0}), sample->size());
        const auto [low, high] = std::minmax_element(sample->begin(), sample->end());
        QVERIFY(bins.first <= *low && *high < bins.first + bins.count * bins.width);
    }
}

void TestCharts::waterfallStepsChainFromDuplicatedToCrossMargined()
{
    // An unallocated ZN leg stays in CME's regular account: the waterfall shows its effect.
    Position unallocated = m_session->positions().at(kDemoFutures);
    unallocated.id.clear();
    unallocated.quantity = 400;
    unallocated.allocateXM = false;
    m_session->addPosition(unallocated);

    const MarginResult& result = m_session->result();
    const std::vector<WaterfallStep> steps = waterfallSteps(result, m_session->parameters().xm);
    QVERIFY2(steps.size() == 5, qPrintable(QStringLiteral("%1 steps, expected one for the regular account").arg(steps.size())));
    QCOMPARE(steps.front().kind, WaterfallStep::Kind::Duplicated);
    QCOMPARE(steps.back().kind, WaterfallStep::Kind::CrossMargined);
    QVERIFY(std::abs(steps.front().to - result.duplicated) < kUsdTolerance);
    QVERIFY(std::abs(steps.back().to - result.crossMargined) < kUsdTolerance);
    for (std::size_t i = 1; i + 1 < steps.size(); ++i)
        QVERIFY2(std::abs(steps[i].from - steps[i - 1].to) < kUsdTolerance,
                 qPrintable(QStringLiteral("step %1 starts at %2, the one before ends at %3")
                                .arg(i).arg(steps[i].from).arg(steps[i - 1].to)));
    QVERIFY(std::abs(steps[steps.size() - 2].to - result.crossMargined) < kUsdTolerance);
}

void TestCharts::hedgeLegIsDv01Neutral()
{
    const std::vector<Position>& positions = m_session->positions();
    const std::vector<PositionResult>& results = m_session->result().positions;
    QCOMPARE(defaultHedgeRow(positions, results), kDemoFutures);
    const std::optional<HedgeLeg> leg = hedgeLeg(positions, results, kDemoFutures);
    QVERIFY(leg.has_value());
    const double dv01PerContract = results[kDemoFutures].dv01 / positions[kDemoFutures].quantity;
    const double netAtNeutral = results[0].dv01 + leg->neutralQuantity * dv01PerContract;
    QVERIFY2(std::abs(netAtNeutral) < 1e-6,
             qPrintable(QStringLiteral("DV01 at q* = %1 is %2").arg(leg->neutralQuantity).arg(netAtNeutral)));
    // The demo is hedged DV01-neutral to within a contract.
    QVERIFY2(std::abs(leg->currentRatio - 1.0) < 1.0 / 1000.0, qPrintable(QString::number(leg->currentRatio)));
    QCOMPARE(leg->fromRatio, 0.0);
    QCOMPARE(leg->toRatio, 1.5);
    QCOMPARE(leg->steps, 151);
    QVERIFY(std::abs(leg->scaleAt(leg->currentRatio) - 1.0) < 1e-12);
}

void TestCharts::everyChartHasDataAfterTheDemoLoads()
{
    showEveryTab();
    for (int i = 0; i < ChartDeck::ChartCount; ++i) {
        const SessionChart* shown = chart(static_cast<ChartDeck::Chart>(i));
        const QCustomPlot& plot = *shown->plot();
        const QString name = shown->exportName();
        QVERIFY2(!shown->title().isEmpty(), qPrintable(name + QStringLiteral(": no title")));
        QVERIFY2(!plot.xAxis->label().isEmpty() || plot.xAxis->ticker().dynamicCast<QCPAxisTickerText>(),
                 qPrintable(name + QStringLiteral(": x axis has neither a label nor categories")));
        QVERIFY2(!plot.yAxis->label().isEmpty(), qPrintable(name + QStringLiteral(": y axis has no label")));
        QVERIFY2(plot.legend->visible() && plot.legend->itemCount() > 0, qPrintable(name + QStringLiteral(": no legend")));
    }
}

void TestCharts::usdAxisLabelsShareOneUnit()
{
    SessionChart* headline = chart(ChartDeck::Comparison);
    QTRY_VERIFY(headline->hasData());
    headline->plot()->replot();
    const QVector<QString> labels = headline->plot()->yAxis->tickVectorLabels();
    QVERIFY2(labels.size() >= 3, qPrintable(QStringList(labels.begin(), labels.end()).join(QLatin1Char(' '))));
    for (const QString& label : labels)
        QVERIFY2(label == QLatin1String("$0") || (label.startsWith(QLatin1Char('$')) && label.endsWith(QLatin1Char('m'))),
                 qPrintable(QStringLiteral("tick label \"%1\" of a margin in millions").arg(label)));
}

void TestCharts::everyChartHasAHoverReadout()
{
    showEveryTab();
    const QString dir = qEnvironmentVariable("XMARGIN_CHART_SCREENSHOTS");
    for (int i = 0; i < ChartDeck::ChartCount; ++i) {
        m_deck->setCurrentIndex(i);
        SessionChart* hovered = chart(static_cast<ChartDeck::Chart>(i));
        QCustomPlot* plot = hovered->plot();
        plot->replot();
        // Along the middle of the plot, left to right, until the read-out answers.
        const QRect area = plot->axisRect()->rect();
        QString text;
        for (int step = 1; step < kHoverProbes && text.isEmpty(); ++step) {
            const QPointF pos(area.left() + area.width() * step / kHoverProbes, area.center().y());
            QMouseEvent move(QEvent::MouseMove, pos, plot->mapToGlobal(pos), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
            QApplication::sendEvent(plot, &move);
            text = hovered->readoutText();
        }
        QVERIFY2(text.contains(QLatin1Char('$')) || text.contains(QLatin1Char('%')),
                 qPrintable(hovered->exportName() + QStringLiteral(": hover read-out \"%1\"").arg(text)));
        if (!dir.isEmpty())
            plot->grab().save(QDir(dir).filePath(hovered->exportName() + QStringLiteral("-hover.png")));
    }
}

void TestCharts::quantityChangeMovesTheHeadlineBars()
{
    auto* headline = static_cast<MarginComparisonChart*>(chart(ChartDeck::Comparison));
    QTRY_VERIFY(headline->hasData());
    const QCPBars* cme = headline->cmeBars();
    const QList<double> before = barValues(*cme);
    const QList<double> ficcBefore = barValues(*headline->ficcBars());
    QCOMPARE(before.size(), 2);
    QVERIFY2(before[0] > 0.0, "the demo's CME standalone margin is zero");

    Position futures = m_session->positions().at(kDemoFutures);
    futures.quantity *= 2.0;
    m_session->updatePosition(kDemoFutures, futures);
    QTRY_VERIFY2(barValues(*cme)[0] > 1.5 * before[0],
                 qPrintable(QStringLiteral("doubling the futures moved CME standalone from %1 to %2 only")
                                .arg(before[0])
                                .arg(barValues(*cme)[0])));
    QVERIFY2(headline->cmeBars() == cme, "the CME bars were recreated by an edit");
    QCOMPARE(barValues(*headline->ficcBars())[0], ficcBefore[0]);  // FICC standalone does not see futures
}

void TestCharts::editsKeepThePlottables()
{
    showEveryTab();
    QList<QList<const QCPAbstractPlottable*>> before;
    for (int i = 0; i < ChartDeck::ChartCount; ++i)
        before.append(plottablesOf(*chart(static_cast<ChartDeck::Chart>(i))->plot()));

    Position futures = m_session->positions().at(kDemoFutures);
    futures.quantity = -900;
    m_session->updatePosition(kDemoFutures, futures);
    for (int i = 0; i < ChartDeck::ChartCount; ++i) {
        SessionChart* edited = chart(static_cast<ChartDeck::Chart>(i));
        edited->refreshNow();
        QVERIFY2(plottablesOf(*edited->plot()) == before[i],
                 qPrintable(edited->exportName() + QStringLiteral(": plottables were recreated by an edit")));
    }
}

void TestCharts::hiddenCostlyChartsWaitUntilShownOrExported()
{
    // The deck is never shown: cheap charts follow the session, the sweep and the replay wait.
    QTRY_VERIFY(chart(ChartDeck::Comparison)->hasData());
    QTest::qWait(400);
    QVERIFY2(!chart(ChartDeck::HedgeRatio)->hasData(), "the hedge sweep ran for a hidden chart");
    QVERIFY2(!chart(ChartDeck::History)->hasData(), "the history replay ran for a hidden chart");

    QTemporaryDir dir;
    QVERIFY(chart(ChartDeck::History)->savePng(dir.filePath(QStringLiteral("history.png"))));
    QVERIFY2(chart(ChartDeck::History)->hasData(), "exporting did not bring the history up to date");
}

void TestCharts::pickingALegSweepsIt()
{
    m_deck->show();
    m_deck->setCurrentIndex(ChartDeck::HedgeRatio);
    auto* hedge = static_cast<HedgeRatioChart*>(chart(ChartDeck::HedgeRatio));
    QTRY_VERIFY(hedge->hasData());
    QCOMPARE(hedge->legPicker()->count(), static_cast<int>(m_session->positions().size()));
    QCOMPARE(hedge->legPicker()->currentIndex(), kDemoFutures);

    // Sweep the bond against the futures instead.
    hedge->legPicker()->setCurrentIndex(0);
    emit hedge->legPicker()->activated(0);
    QTRY_VERIFY2(hedge->title().contains(QLatin1String("91282CLF6")), qPrintable(hedge->title()));
    QVERIFY(hedge->hasData());
    const double lastQuantity = hedge->points().back().quantity;
    QVERIFY2(lastQuantity > 1.4 * m_session->positions().front().quantity,
             qPrintable(QStringLiteral("the bond sweep ends at %1 face").arg(lastQuantity)));
}

void TestCharts::movingTheHedgeSliderSetsTheLegAndUndoes()
{
    m_deck->show();
    m_deck->setCurrentIndex(ChartDeck::HedgeRatio);
    auto* hedge = static_cast<HedgeRatioChart*>(chart(ChartDeck::HedgeRatio));
    QTRY_VERIFY(hedge->hasData());
    QSlider* slider = hedge->hedgeSlider();
    QVERIFY(slider->isEnabled());
    QCOMPARE(slider->value(), 100);  // the demo is DV01-neutral to the contract
    const double before = m_session->positions().at(kDemoFutures).quantity;
    const double savedBefore = m_session->result().savings;
    const std::optional<HedgeLeg> leg = hedgeLeg(m_session->positions(), m_session->result().positions, kDemoFutures);
    QVERIFY(leg);

    slider->setValue(50);
    const double halfHedge = m_session->positions().at(kDemoFutures).quantity;
    QVERIFY2(halfHedge == std::round(leg->neutralQuantity / 2.0),
             qPrintable(QStringLiteral("50% of %1 contracts gave %2").arg(leg->neutralQuantity).arg(halfHedge)));
    QVERIFY2(m_session->result().savings < savedBefore,
             qPrintable(QStringLiteral("savings %1 at a half hedge, %2 at neutral").arg(m_session->result().savings).arg(savedBefore)));
    slider->setValue(0);
    QCOMPARE(m_session->positions().at(kDemoFutures).quantity, -1.0);  // one contract left, not an empty leg

    m_session->undoStack()->undo();
    QCOMPARE(m_session->positions().at(kDemoFutures).quantity, before);  // one drag, one undo step
}

void TestCharts::pickingAPeriodMovesTheHistoryWindow()
{
    m_deck->show();
    m_deck->setCurrentIndex(ChartDeck::History);
    auto* history = static_cast<MarginHistoryChart*>(chart(ChartDeck::History));
    QTRY_VERIFY(history->hasData());
    const auto firstYear = [&] {
        return QCPAxisTickerDateTime::keyToDateTime(history->plot()->xAxis->range().lower).toUTC().date().year();
    };
    QCOMPARE(firstYear(), 2005);  // the last 20 years of a history ending in 2025
    QComboBox* picker = history->periodPicker();
    picker->setCurrentIndex(picker->findData(0));  // all history
    QCOMPARE(firstYear(), 1990);
    const QCPRange values = history->plot()->yAxis->range();
    QVERIFY2(values.lower == 0.0 && values.upper > m_session->result().duplicated,
             qPrintable(QStringLiteral("value axis %1 to %2").arg(values.lower).arg(values.upper)));
}

void TestCharts::ineligibleAccountShowsNoOffset()
{
    m_session->setDocument(io::loadBundledPortfolio(QStringLiteral("ineligible_customer.xmargin")));
    auto* waterfall = static_cast<MarginWaterfallChart*>(chart(ChartDeck::Waterfall));
    waterfall->refreshNow();
    QVERIFY(waterfall->hasData());
    for (const WaterfallStep& step : waterfall->steps())
        QVERIFY2(step.kind == WaterfallStep::Kind::Duplicated || step.kind == WaterfallStep::Kind::CrossMargined
                     || std::abs(step.to - step.from) < kUsdTolerance,
                 "an ineligible account got an offset");
    chart(ChartDeck::PnlDistribution)->refreshNow();
    QVERIFY2(!chart(ChartDeck::PnlDistribution)->hasData(), "no cross-margining account, yet a P&L distribution");
}

void TestCharts::everyChartExportsPngAndPdf_data()
{
    QTest::addColumn<QString>("portfolio");
    QTest::addColumn<bool>("everyChartHasData");  // hedged and eligible: nothing to leave empty
    QTest::newRow("demo") << QStringLiteral("demo_basis_trade") << true;
    QTest::newRow("curve trade") << QStringLiteral("curve_trade_2s10s") << true;
    QTest::newRow("ineligible") << QStringLiteral("ineligible_customer") << false;
    QTest::newRow("unhedged") << QStringLiteral("unhedged_cash_10y") << false;
}

void TestCharts::everyChartExportsPngAndPdf()
{
    QFETCH(QString, portfolio);
    QFETCH(bool, everyChartHasData);
    m_session->setDocument(io::loadBundledPortfolio(portfolio + QStringLiteral(".xmargin")));
    QTemporaryDir temporary;
    QVERIFY(temporary.isValid());
    // XMARGIN_CHART_SCREENSHOTS=<dir> keeps the pictures for a look.
    const QString dir = qEnvironmentVariable("XMARGIN_CHART_SCREENSHOTS", temporary.path());
    for (int i = 0; i < ChartDeck::ChartCount; ++i) {
        SessionChart* exported = chart(static_cast<ChartDeck::Chart>(i));
        const QString base = QDir(dir).filePath(portfolio + QLatin1Char('-') + exported->exportName());
        QVERIFY2(exported->savePng(base + QStringLiteral(".png"), kShotSize.width(), kShotSize.height()), qPrintable(base));
        QVERIFY2(exported->savePdf(base + QStringLiteral(".pdf"), kShotSize.width(), kShotSize.height()), qPrintable(base));
        QFile pdf(base + QStringLiteral(".pdf"));
        QVERIFY2(pdf.open(QIODevice::ReadOnly) && pdf.read(5) == "%PDF-", qPrintable(base + QStringLiteral(".pdf is not a PDF")));
        const QImage image(base + QStringLiteral(".png"));
        QVERIFY2(!image.isNull(), qPrintable(base + QStringLiteral(".png does not load")));
        QCOMPARE(image.size(), 2 * kShotSize);
        QVERIFY2(colourCount(image) > 8, qPrintable(base + QStringLiteral(".png looks blank")));
        QVERIFY2(exported->hasData() || !everyChartHasData, qPrintable(base + QStringLiteral(": the chart has no data")));
    }
}

QTEST_MAIN(TestCharts)
#include "tst_widgets_charts.moc"
