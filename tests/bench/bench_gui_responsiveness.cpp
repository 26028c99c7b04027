// GUI responsiveness (issue #4): median wall time from one edit of a position to the summary,
// the trace and the shown chart being redrawn in the real main window (offscreen), on the
// demo portfolio and on 1,000 positions; and the event loop's longest pause while 10,000
// positions are added. Not a test: it prints figures for the README's Performance section.
#include "core/io/market_data_loader.h"
#include "core/io/model_parameters_loader.h"
#include "document_controller.h"
#include "main_window.h"
#include "tests/support/random_portfolio.h"
#include "widgets/chart_deck.h"
#include "widgets/charts/session_chart.h"
#include "widgets/margin_session.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace xm;

namespace {

constexpr int kDemoEdits = 201;
constexpr int kLargeEdits = 101;
constexpr int kLargePositions = 1000;
constexpr int kImportPositions = 10000;
constexpr int kSettleMs = 500;
constexpr qint64 kTimeoutNs = 10'000'000'000;

void settle(int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
}

double median(std::vector<double> values)
{
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2), values.end());
    return values[values.size() / 2];
}

// Milliseconds from each edit until the chart on screen has replotted and every pending
// event (the summary's and the trace's repaints) is processed: median and 90th percentile.
struct Latency {
    double medianMs = 0.0;
    double p90Ms = 0.0;
    double syncMedianMs = 0.0;  // of which the edit call itself: engine, result, synchronous views
};

Latency measureEdits(MainWindow& window, int edits, std::uint32_t seed)
{
    MarginSession& session = window.session();
    auto* chart = qobject_cast<ChartFrame*>(window.charts()->currentWidget());
    bool replotted = false;
    const QMetaObject::Connection connection = QObject::connect(chart, &ChartFrame::replotted, [&] { replotted = true; });
    std::mt19937 rng(seed);
    std::vector<double> times;
    std::vector<double> syncTimes;
    for (int i = 0; i < edits; ++i) {
        const auto row = static_cast<int>(std::uniform_int_distribution<std::size_t>(0, session.positions().size() - 1)(rng));
        Position position = session.positions()[static_cast<std::size_t>(row)];
        position.quantity *= i % 2 ? 1.0 / 1.05 : 1.05;
        replotted = false;
        QElapsedTimer clock;
        clock.start();
        session.updatePosition(row, position);
        syncTimes.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
        while (!replotted && clock.nsecsElapsed() < kTimeoutNs)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        QCoreApplication::processEvents();
        times.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
        settle(2);
    }
    QObject::disconnect(connection);
    std::vector<double> sorted = times;
    std::sort(sorted.begin(), sorted.end());
    return {median(times), sorted[sorted.size() * 9 / 10], median(syncTimes)};
}

void report(MainWindow& window, const char* portfolio, int edits, double targetMs)
{
    ChartDeck* deck = window.charts();
    for (int i = 0; i < ChartDeck::ChartCount; ++i) {
        SessionChart* chart = deck->chart(static_cast<ChartDeck::Chart>(i));
        deck->setCurrentWidget(chart);
        settle(kSettleMs);
        const Latency latency = measureEdits(window, edits, 7u + static_cast<std::uint32_t>(i));
        std::printf("%-10s edit -> summary, trace and \"%s\" redrawn: median %.1f ms (edit call %.1f ms), p90 %.1f ms   "
                    "[target <= %.0f ms]\n",
                    portfolio, qPrintable(chart->title()), latency.medianMs, latency.syncMedianMs, latency.p90Ms, targetMs);
    }
    deck->setCurrentIndex(0);
}

io::PortfolioDocument randomDocument(const MarketData& data, int positions)
{
    const test::PortfolioUniverse universe = test::bundledUniverse(data, data.parYields.lastDate());
    test::RandomPortfolioGenerator generator(universe, 20260430);
    io::PortfolioDocument document;
    document.portfolio = generator.portfolio({positions, positions, false});
    document.portfolio.account = generator.account(true);
    document.portfolio.name = "Random " + std::to_string(positions);
    return document;
}

// The event loop's longest pause while `positions` positions are added in one step and drawn.
double longestPauseAdding(MainWindow& window, const MarketData& data, int positions)
{
    std::vector<Position> added = randomDocument(data, positions).portfolio.positions;
    for (Position& p : added)
        p.id.clear();
    QElapsedTimer sinceTick;
    qint64 longest = 0;
    QTimer heartbeat;
    heartbeat.setInterval(1);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] { longest = std::max(longest, sinceTick.restart()); });
    sinceTick.start();
    heartbeat.start();
    QTimer::singleShot(20, [&] { window.session().addPositions(std::move(added)); });
    settle(kSettleMs + 500);
    return static_cast<double>(longest);
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const MarketData data = io::loadBundledMarketData();
    MainWindow window(data, io::loadBundledModelParameters());
    window.documents()->loadDemo();
    window.resize(1400, 900);
    window.show();
    settle(kSettleMs);

    report(window, "demo", kDemoEdits, 16.0);
    window.session().setDocument(randomDocument(data, kLargePositions));
    settle(kSettleMs);
    report(window, "1,000 pos.", kLargeEdits, 50.0);

    window.documents()->loadDemo();
    settle(kSettleMs);
    std::printf("adding %d positions in one step (import): longest event-loop pause %.0f ms\n", kImportPositions,
                longestPauseAdding(window, data, kImportPositions));
    return 0;
}
