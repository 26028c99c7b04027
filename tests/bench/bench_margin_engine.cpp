// Offset-core benchmarks (issue #3): medians over repeated runs on this machine.
// Not a test: it prints figures for the README's Performance section.
#include "core/io/market_data_loader.h"
#include "core/io/model_parameters_loader.h"
#include "core/portfolio/margin_engine.h"
#include "core/portfolio/stress.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <random>
#include <vector>

using namespace xm;
using Clock = std::chrono::steady_clock;

namespace {

// Median wall time of `run` in microseconds over `repeats` runs (after one warm-up run).
double medianMicros(int repeats, const std::function<void()>& run)
{
    run();
    std::vector<double> times;
    for (int i = 0; i < repeats; ++i) {
        const auto start = Clock::now();
        run();
        times.push_back(std::chrono::duration<double, std::micro>(Clock::now() - start).count());
    }
    std::nth_element(times.begin(), times.begin() + repeats / 2, times.end());
    return times[static_cast<std::size_t>(repeats / 2)];
}

Account eligibleCustomer()
{
    Account a;
    a.type = AccountType::Customer;
    a.firm = {true, true, true, true};
    a.optIn = true;
    return a;
}

// $100mm of the 3.875% Aug-2034 against DV01-neutral ZN Sep-25 (the demo's shape).
Portfolio basisTrade()
{
    Portfolio p;
    p.account = eligibleCustomer();
    Position cash;
    cash.id = "cash";
    cash.cusip = "91282CLF6";
    cash.quantity = 100e6;
    Position future;
    future.id = "future";
    future.venue = Venue::Cme;
    future.type = PositionType::Future;
    future.symbol = "ZN";
    future.month = ContractMonth{2025, 9};
    future.quantity = -1073;
    p.positions = {cash, future};
    return p;
}

// 10,000 positions: cash and repo on live securities, futures across contracts and months.
Portfolio largePortfolio(const MarketData& data, Date asOf, int count)
{
    std::mt19937 rng(20260430);
    std::vector<const TreasurySecurity*> live;
    for (const auto& s : data.securities) {
        if (s.maturity > asOf.addYears(1))
            live.push_back(&s);
    }
    const char* symbols[] = {"ZT", "Z3N", "ZF", "ZN", "TN", "ZB", "UB", "SR3"};
    Portfolio p;
    p.account = eligibleCustomer();
    std::uniform_int_distribution<std::size_t> pickSecurity(0, live.size() - 1);
    std::uniform_int_distribution<int> pickSymbol(0, 7), pickKind(0, 9);
    std::uniform_real_distribution<double> size(-50e6, 50e6), contracts(-500, 500);
    for (int i = 0; i < count; ++i) {
        Position q;
        q.id = "p" + std::to_string(i + 1);
        const int kind = pickKind(rng);
        if (kind < 5) {
            q.cusip = live[pickSecurity(rng)]->cusip;
            q.quantity = std::round(size(rng));
        } else if (kind == 5) {
            q.type = PositionType::Repo;
            q.cusip = live[pickSecurity(rng)]->cusip;
            q.end = asOf.addDays(90);
            q.quantity = std::abs(std::round(size(rng)));
        } else {
            q.venue = Venue::Cme;
            q.type = PositionType::Future;
            q.symbol = symbols[pickSymbol(rng)];
            q.month = ContractMonth{2025, kind % 2 ? 9 : 12};
            q.quantity = std::round(contracts(rng));
        }
        p.positions.push_back(q);
    }
    return p;
}

} // namespace

int main()
{
    const MarketData data = io::loadBundledMarketData();
    const ModelParameters parameters = io::loadBundledModelParameters();
    const Date asOf = data.parYields.lastDate();

    const auto buildStart = Clock::now();
    MarginEngine engine(data, parameters, asOf);
    const double buildMs = std::chrono::duration<double, std::milli>(Clock::now() - buildStart).count();
    std::printf("engine construction (market, scenarios, scan ranges): %.1f ms\n", buildMs);

    const Portfolio demo = basisTrade();
    double sink = 0.0;
    const double demoFull = medianMicros(2001, [&] {
        engine.setPortfolio(demo);
        sink += engine.result().crossMargined;
    });
    std::printf("demo portfolio full recompute (setPortfolio + result): %.1f us   [target <= 200 us]\n", demoFull);

    const Portfolio large = largePortfolio(data, asOf, 10000);
    engine.setPortfolio(large);  // values each distinct instrument once
    const double largeFull = medianMicros(21, [&] {
        engine.setPortfolio(large);
        sink += engine.result().crossMargined;
    });
    std::printf("10,000 positions full recompute: %.2f ms   [target <= 20 ms]\n", largeFull / 1000.0);

    std::mt19937 rng(7);
    std::uniform_int_distribution<std::size_t> pick(0, large.positions.size() - 1);
    const double largeEdit = medianMicros(2001, [&] {
        const std::size_t i = pick(rng);
        Position p = engine.positions()[i];
        p.quantity *= 1.01;
        engine.updatePosition(i, p);
        sink += engine.result().crossMargined;
    });
    std::printf("10,000 positions one-position edit + result: %.1f us   [target <= 100 us]\n", largeEdit);

    engine.setPortfolio(demo);
    const double sweep = medianMicros(201, [&] { sink += engine.sweep(1, 0.0, 1.5, 201).back().requirements.crossMargined; });
    std::printf("201-point hedge sweep (demo): %.2f ms   [target <= 5 ms]\n", sweep / 1000.0);

    std::size_t days = 0;
    const double history = medianMicros(11, [&] {
        const auto points = engine.history(Date(), Date());
        days = points.size();
        sink += points.back().requirements.crossMargined;
    });
    std::printf("history replay, %zu business days each with its own window: %.1f ms   [target <= 1000 ms]\n", days,
                history / 1000.0);

    // The stress test (issue #5): one scenario of each kind on the demo; the desktop runs one
    // when the stress window is visible and edits pause.
    engine.setPortfolio(demo);
    const std::vector<StressScenario> windows = historicalScenarios(parameters);
    for (const StressScenario& scenario : {windows.front(), parallelScenario(100.0), twistScenario(-25.0, 25.0),
                                           volatilityScenario(1.5)}) {
        const double stress = medianMicros(11, [&] { sink += runStress(engine, scenario).after.requirements.crossMargined; });
        std::printf("stress scenario %s (demo): %.1f ms\n", scenario.id.c_str(), stress / 1000.0);
    }
    return sink == 0.0 ? 1 : 0;
}
