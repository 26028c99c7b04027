#include "stress.h"

#include "../instruments/short_rate_future.h"

#include <algorithm>
#include <cstdio>
#include <stdexcept>

namespace xm {
namespace {

// Not a VaR stress window of the model, so it lives here rather than in the parameter file.
constexpr const char* k2022Name = "2022 rate-hike selloff";
constexpr const char* k2022Source = XM_TRANSLATE_NOOP(
    "xm::CoreMessage",
    "Our choice: from the first rise of the Federal Reserve's 2022 hiking cycle (FOMC, 16 March 2022) through "
    "the UK LDI gilt crisis (23 September to 14 October 2022) and the 10-year Treasury yield's 2022 high "
    "(24 October)");
constexpr const char* kShockSource = XM_TRANSLATE_NOOP(
    "xm::CoreMessage",
    "Hypothetical, sizes our choice: instantaneous parallel, steepener and flattener moves as in standard rate "
    "stress tests (e.g. BCBS interest rate risk in the banking book, 2016)");
constexpr const char* kVolatilitySource = XM_TRANSLATE_NOOP(
    "xm::CoreMessage", "Hypothetical, multiplier our choice: scan ranges scaled as CCP stress add-ons do");

std::string signedBp(double bp)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%+gbp", bp);
    return buffer;
}

std::string plain(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", value);
    return buffer;
}

Portfolio portfolioOf(const MarginEngine& engine)
{
    Portfolio p;
    p.asOf = engine.environment().asOf();
    p.account = engine.account();
    p.positions = engine.positions();
    return p;
}

std::unique_ptr<MarginEngine> shockedEngine(const MarginEngine& engine, const MarketShock& shock)
{
    auto shocked = std::make_unique<MarginEngine>(engine.environment().data(), engine.parameters(),
                                                  engine.environment().asOf(), shock);
    shocked->setPortfolio(portfolioOf(engine));
    return shocked;
}

// Each position's revaluation on the moved curve. Short-rate futures (and options on them)
// carry their notional, not a price, in the engine; their price is linear in the rate, so
// their P&L is exact from the key-rate DV01s.
void addPnl(StressResult& out, const MarginEngine& base, const MarginEngine& moved)
{
    const std::vector<PositionResult> before = base.positionResults(base.result());
    const std::vector<PositionResult> after = moved.positionResults(moved.result());
    const std::vector<Position>& positions = base.positions();
    for (std::size_t i = 0; i < positions.size(); ++i) {
        LegPnl leg;
        leg.id = positions[i].id;
        leg.description = before[i].description;
        leg.venue = positions[i].venue;
        leg.error = before[i].error.empty() ? after[i].error : before[i].error;
        if (leg.error.empty()) {
            if (shortRateFutureKind(positions[i].symbol)) {
                for (std::size_t k = 0; k < before[i].krd.size(); ++k)
                    leg.pnl += before[i].krd[k] * out.parMoveBp[k];
            } else {
                leg.pnl = after[i].marketValue - before[i].marketValue;
            }
        }
        out.pnl += leg.pnl;
        out.legs.push_back(std::move(leg));
    }
}

void runHistorical(StressResult& out, const MarginEngine& engine)
{
    const DateWindow& window = out.scenario.window;
    const ParYieldHistory& h = engine.environment().data().parYields;
    const auto beforeIndex = h.indexOnOrBefore(window.first.addDays(-1));
    const auto lastIndex = h.indexOnOrBefore(window.last);
    const auto uncovered = [&] {
        return std::invalid_argument("the par-yield history (" + h.firstDate().toIso() + " to " + h.lastDate().toIso()
                                     + ") does not cover " + window.name + " (" + window.first.toIso() + " to "
                                     + window.last.toIso() + ") and the day before it");
    };
    if (!beforeIndex || !lastIndex || h.row(*lastIndex).date < window.first)
        throw uncovered();
    const Date beforeDate = h.row(*beforeIndex).date;
    const std::vector<HistoryPoint> points = engine.history(beforeDate, window.last);
    if (points.size() < 2 || points.front().date != beforeDate)
        throw uncovered();

    out.before = {points.front().date, points.front().requirements};
    const auto peak = std::max_element(points.begin() + 1, points.end(), [](const HistoryPoint& a, const HistoryPoint& b) {
        return a.requirements.crossMargined < b.requirements.crossMargined;
    });
    out.after = {peak->date, peak->requirements};
    out.windowEnd = {points.back().date, points.back().requirements};

    const FactorVector first = h.filledYieldsPct(*beforeIndex);
    const FactorVector last = h.filledYieldsPct(*lastIndex);
    for (std::size_t k = 0; k < out.parMoveBp.size(); ++k)
        out.parMoveBp[k] = (last[k] - first[k]) * 100.0;
    MarketShock move;
    move.parShiftBp = out.parMoveBp;
    addPnl(out, engine, *shockedEngine(engine, move));

    out.notes = {
        "Requirements: today's positions and sensitivities on every business day of the window, each day with its "
        "own lookback (plus the stress windows it lacks) and recalibrated scan ranges (MarginEngine history replay).",
        "Before: " + out.before.date.toIso() + ", the last business day before the window; peak: "
            + out.after.date.toIso() + ", the window's highest cross-margined requirement; end: "
            + out.windowEnd.date.toIso() + ".",
        "P&L: today's positions revalued on today's curve moved by the window's par-yield change from "
            + out.before.date.toIso() + " to " + out.windowEnd.date.toIso() + ".",
        "Not modelled: the positions, futures months, CTDs and repo terms of that time; basis, spread and repo "
        "specialness moves; liquidity.",
    };
}

void runShock(StressResult& out, const MarginEngine& engine)
{
    const MarketShock& shock = out.scenario.shock;
    const Date asOf = engine.environment().asOf();
    const auto shocked = shockedEngine(engine, shock);
    out.before = {asOf, RequirementSummary::of(engine.result())};
    out.after = {asOf, RequirementSummary::of(shocked->result())};
    out.windowEnd = out.after;
    out.parMoveBp = shock.parShiftBp;
    addPnl(out, engine, *shocked);

    const bool curveMoves = !MarketShock{shock.parShiftBp, 1.0}.isNull();
    if (curveMoves)
        out.notes.push_back("Instantaneous move of the " + asOf.toIso() + " par curve (" + MarketShock{shock.parShiftBp, 1.0}.describe()
                            + "); the repo rate for futures carry moves with the 3M yield. Every position is revalued "
                              "(P&L) and its sensitivities, the CTD of each future and the scan ranges are "
                              "recomputed on the moved curve.");
    if (shock.volatilityMultiplier != 1.0)
        out.notes.push_back("Every historical scenario change and every scan range scaled by "
                            + plain(shock.volatilityMultiplier)
                            + ": VaR and SPAN scan risk grow with it; haircuts, floors and calendar-spread charges "
                              "do not.");
    if (curveMoves && shock.volatilityMultiplier == 1.0)
        out.notes.push_back("The scenarios are today's historical changes: a level shift alone barely moves VaR "
                            "(only through convexity and the CTD); combine it with a volatility stress for that.");
    out.notes.push_back("Not modelled: volatility rising with the move (unless scaled), basis, spread and repo "
                        "specialness moves, liquidity; positions and futures months stay as they are.");
}

} // namespace

std::string_view toString(StressKind kind)
{
    switch (kind) {
    case StressKind::Historical:
        return "historical";
    case StressKind::Parallel:
        return "parallel";
    case StressKind::Twist:
        return "twist";
    case StressKind::Volatility:
        break;
    }
    return "volatility";
}

std::vector<StressScenario> historicalScenarios(const ModelParameters& parameters)
{
    const auto record = std::find_if(parameters.records.begin(), parameters.records.end(),
                                     [](const ParameterRecord& r) { return r.key == "ficc.stressWindows"; });
    std::vector<StressScenario> out;
    bool has2022 = false;
    for (const DateWindow& window : parameters.ficc.stressWindows) {
        StressScenario s;
        s.kind = StressKind::Historical;
        s.id = std::to_string(window.first.year());
        s.name = window.name;
        s.window = window;
        if (record != parameters.records.end()) {
            s.provenance = record->provenance;
            s.source = Message::format(XM_TRANSLATE_NOOP("xm::CoreMessage", "Model parameter ficc.stressWindows: %1"),
                                       {record->source});
        }
        has2022 = has2022 || window.first.year() == 2022;
        out.push_back(std::move(s));
    }
    if (!has2022) {
        StressScenario s;
        s.kind = StressKind::Historical;
        s.id = "2022";
        s.name = k2022Name;
        s.window = {Date::fromYmd(2022, 3, 1), Date::fromYmd(2022, 10, 31), k2022Name};
        s.provenance = Provenance::Assumed;
        s.source = Message::format(k2022Source);
        out.push_back(std::move(s));
    }
    return out;
}

StressScenario parallelScenario(double bp)
{
    StressScenario s;
    s.kind = StressKind::Parallel;
    const std::string text = signedBp(bp);
    s.id = "parallel" + text.substr(0, text.size() - 2);
    s.name = "Parallel " + signedBp(bp);
    s.shock = parallelShock(bp);
    s.source = Message::format(kShockSource);
    return s;
}

StressScenario twistScenario(double shortBp, double longBp)
{
    StressScenario s;
    s.kind = StressKind::Twist;
    const std::string shortText = signedBp(shortBp);
    const std::string longText = signedBp(longBp);
    s.id = "twist" + shortText.substr(0, shortText.size() - 2) + longText.substr(0, longText.size() - 2);
    const char* shape = longBp > shortBp ? "Steepener" : longBp < shortBp ? "Flattener" : "Twist";
    s.name = std::string(shape) + ": 2Y " + shortText + ", 10Y " + longText;
    s.shock = twistShock(shortBp, longBp);
    s.source = Message::format(kShockSource);
    return s;
}

StressScenario volatilityScenario(double multiplier)
{
    StressScenario s;
    s.kind = StressKind::Volatility;
    s.id = "volatility" + plain(multiplier);
    s.name = "Volatility x" + plain(multiplier);
    s.shock = volatilityShock(multiplier);
    s.source = Message::format(kVolatilitySource);
    return s;
}

std::vector<StressScenario> standardScenarios(const ModelParameters& parameters)
{
    std::vector<StressScenario> out = historicalScenarios(parameters);
    for (double bp : {100.0, -100.0, 200.0})
        out.push_back(parallelScenario(bp));
    out.push_back(twistScenario(-25.0, 25.0));
    out.push_back(twistScenario(25.0, -25.0));
    for (double multiplier : {1.5, 2.0})
        out.push_back(volatilityScenario(multiplier));
    return out;
}

StressResult runStress(const MarginEngine& engine, const StressScenario& scenario)
{
    StressResult out;
    out.scenario = scenario;
    if (scenario.kind == StressKind::Historical)
        runHistorical(out, engine);
    else
        runShock(out, engine);
    return out;
}

} // namespace xm
