#pragma once

#include "../message.h"
#include "margin_engine.h"

#include <string>
#include <string_view>
#include <vector>

namespace xm {

// What a stress scenario does to the portfolio (issue #5 "Teach and present").
enum class StressKind {
    Historical,  // a past window replayed with today's positions (MarginEngine::history)
    Parallel,    // every par yield of the as-of curve moves by the same amount
    Twist,       // the short end and the long end move apart (steepener) or together (flattener)
    Volatility,  // every historical scenario change and scan range scaled
};
std::string_view toString(StressKind kind);  // "historical", "parallel", "twist", "volatility"

struct StressScenario {
    StressKind kind = StressKind::Parallel;
    std::string id;     // "2008", "2020", "2022", "parallel+100", "twist-25+25", "volatility2"
    std::string name;   // "March 2020 dash for cash", "Parallel +100bp"
    DateWindow window;  // Historical
    MarketShock shock;  // Parallel, Twist, Volatility
    Provenance provenance = Provenance::Assumed;
    Message source;      // why these dates or this size
};

// The stress windows of the parameter file (with their provenance), then the 2022 rate-hike
// selloff (assumed) unless the file already has a window starting in 2022; id = first year.
std::vector<StressScenario> historicalScenarios(const ModelParameters& parameters);
StressScenario parallelScenario(double bp);
// The short end (to 2Y) moves by shortBp, the long end (from 10Y) by longBp (twistShock).
StressScenario twistScenario(double shortBp, double longBp);
StressScenario volatilityScenario(double multiplier);
// Each historical window; parallel +100, -100 and +200bp; a steepener and a flattener of
// 25bp at each end; volatility x1.5 and x2.
std::vector<StressScenario> standardScenarios(const ModelParameters& parameters);

struct StressDay {
    Date date;
    RequirementSummary requirements;
};

// The profit or loss of one position when the curve moves: what it pays or receives as
// variation margin (futures) or mark-to-market (cash and repo at FICC).
struct LegPnl {
    std::string id;
    std::string description;
    Venue venue = Venue::Ficc;
    double pnl = 0.0;   // USD, negative: a loss
    std::string error;  // cannot be valued: no P&L
};

struct StressResult {
    StressScenario scenario;
    StressDay before;     // the as-of date (shocks), or the last business day before the window
    StressDay after;      // the shocked as-of date, or the window's peak: its highest cross-margined day
    StressDay windowEnd;  // the window's last business day (shocks: the same as `after`)
    // The par-yield move behind the P&L: the shock, or the window's observed change from the
    // day before to its last day, applied to today's curve.
    FactorVector parMoveBp{};
    std::vector<LegPnl> legs;  // in the engine's position order
    double pnl = 0.0;
    // What the scenario models and what it leaves out (English, for the CLI).
    std::vector<std::string> notes;
};

// Runs one scenario on the engine's portfolio: one history replay, or one engine on the
// shocked market, plus one engine on the moved curve for the P&L. Throws
// std::invalid_argument when the history does not cover a window or the shock is invalid.
StressResult runStress(const MarginEngine& engine, const StressScenario& scenario);

} // namespace xm
