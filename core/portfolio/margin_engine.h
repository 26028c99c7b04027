#pragma once

#include "instrument_risk.h"
#include "margin_result.h"
#include "portfolio.h"
#include "../margin/cme_model.h"
#include "../margin/ficc_model.h"
#include "../margin/model_parameters.h"
#include "../market/market_shock.h"
#include "../market/scenario_generator.h"
#include "../market_environment.h"

#include <Eigen/Core>

#include <array>
#include <memory>
#include <vector>

namespace xm {

// The shared offset core (ARCHITECTURE.md data flow): holds a portfolio's positions with their
// cached risk, four additive books (FICC/CME x XM/regular) and their scenario P&L vectors.
// Editing one position updates its book in O(scenarios + factors) without re-pricing the
// others; result() recomputes every requirement from the books.
class MarginEngine final {
public:
    // Throws std::invalid_argument when the as-of date is outside the data or parameters are invalid.
    // A stress test passes a `shock`: the as-of curve moves, and every scenario change and
    // published scan range is scaled by its volatility multiplier.
    MarginEngine(const MarketData& data, ModelParameters parameters, Date asOf, const MarketShock& shock = {});
    ~MarginEngine();
    MarginEngine(const MarginEngine&) = delete;
    MarginEngine& operator=(const MarginEngine&) = delete;

    const MarketEnvironment& environment() const { return *m_env; }
    const MarketShock& shock() const { return m_shock; }
    const ModelParameters& parameters() const { return m_parameters; }
    const FiccModel& ficcModel() const { return *m_ficc; }
    const CmeMarginModel& cmeModel() const { return *m_cme; }
    // The contract month a bare futures symbol means at the as-of date.
    ContractMonth frontMonth() const { return m_risk->frontMonth(); }

    void setPortfolio(const Portfolio& portfolio);
    void setAccount(const Account& account);
    const Account& account() const { return m_account; }
    const std::vector<Position>& positions() const { return m_positions; }

    void addPosition(const Position& position);
    void updatePosition(std::size_t index, const Position& position);
    void removePosition(std::size_t index);

    // Every requirement of MARGIN_MODEL.md §4 from the current books (no per-position detail).
    MarginResult result() const;
    // Per-position detail for `result` (eligibility, book, KRDs, component VaR).
    std::vector<PositionResult> positionResults(const MarginResult& result) const;
    // Cross-margined requirement with each position minus without it (positive: it adds margin).
    std::vector<double> incrementalMargins() const;
    // Requirements with position `index`'s quantity scaled from `from` to `to` in `steps` points.
    std::vector<SweepPoint> sweep(std::size_t index, double from, double to, int steps) const;
    // Requirements on every business day in [from, to] with today's sensitivities, each day
    // with its own lookback (plus the stress windows it lacks) and recalibrated scan ranges.
    std::vector<HistoryPoint> history(Date from, Date to) const;

private:
    struct PositionState;
    struct BookState;
    // The ten model evaluations behind one result (MARGIN_MODEL.md §4).
    struct BookMargins {
        FiccMargin ficcLeg, ficcFuturesLeg, ficcCombined, ficcAll;
        double ficcRegular = 0.0;
        FiccAddOns ficcAddOns;
        CmeMargin cmeLeg, cmeCashLeg, cmeCombined, cmeAll;
        double cmeRegular = 0.0;
        BucketVector ficcClassDv01{};
        BucketVector cmeClassDv01{};
    };

    PositionState evaluate(const Position& position);
    // Adds (sign +1) or removes (-1) a position's exposure to/from its book in `books`.
    void apply(std::array<BookState, 4>& books, const PositionState& state, double sign) const;
    // The same without the scenario P&L (rebuilds compute it once per book).
    void applyExposure(std::array<BookState, 4>& books, const PositionState& state, double sign) const;
    void rebuildBooks();
    BookMargins marginsFrom(const std::array<BookState, 4>& books, Eigen::VectorXd* combinedPnl) const;
    // Requirements, reductions and savings from the model evaluations.
    MarginResult assemble(BookMargins margins) const;
    MarginResult resultFrom(const std::array<BookState, 4>& books) const;
    double initialMultiplier() const;
    double crossMarginedWithout(std::size_t index) const;

    const MarketData& m_data;
    ModelParameters m_parameters;
    MarketShock m_shock;
    std::unique_ptr<MarketEnvironment> m_env;
    std::unique_ptr<ScenarioGenerator> m_generator;
    std::unique_ptr<FiccModel> m_ficc;
    std::unique_ptr<CmeMarginModel> m_cme;
    std::unique_ptr<InstrumentRiskCache> m_risk;
    Account m_account;
    Eligibility m_accountEligibility;
    std::vector<Position> m_positions;
    std::vector<PositionState> m_states;
    std::unique_ptr<std::array<BookState, 4>> m_books;
};

} // namespace xm
