#pragma once

#include "core/instruments/contract_month.h"
#include "core/io/portfolio_document.h"
#include "core/margin/model_parameters.h"
#include "core/market_data.h"
#include "core/portfolio/margin_engine.h"
#include "core/portfolio/quick_entry.h"
#include "core/portfolio/stress.h"

#include <QObject>
#include <QString>

#include <map>
#include <memory>
#include <vector>

class QUndoStack;

namespace xm {

// The open document on the shared offset core: the portfolio document, the MarginEngine
// built for its as-of date and parameters, and the undo stack. Every edit goes through an
// undo command; after each one the engine updates incrementally and resultChanged() fires,
// so models, the summary and the charts follow the user's typing (ARCHITECTURE.md data flow).
// Widgets see MarginResult and friends, never the engine's internals.
class MarginSession final : public QObject {
    Q_OBJECT

public:
    // `data` must outlive the session. Starts with an empty portfolio at the last history date.
    MarginSession(const MarketData& data, ModelParameters parameters, QObject* parent = nullptr);
    ~MarginSession() override;

    const MarketData& marketData() const { return m_data; }
    const ModelParameters& parameters() const { return m_parameters; }
    // Positions, account, as-of date and name always as the user sees them; unknown keys kept.
    const io::PortfolioDocument& document() const { return m_document; }
    const std::vector<Position>& positions() const;
    const Account& account() const;
    Date asOf() const;
    QUndoStack* undoStack() const { return m_undoStack; }
    // Bundled securities, front contract month and as-of date for the quick-entry line.
    QuickEntryContext quickEntryContext() const;
    // The first quarterly contract month not yet delivered on the as-of date.
    ContractMonth frontMonth() const { return m_engine->frontMonth(); }

    // The current requirements with per-position detail (positions filled, one per row of
    // positions() at every signal) and trace.
    const MarginResult& result() const { return m_result; }
    // Cross-margined with each position minus without it, by row (computed on demand, cached
    // until the next change).
    const std::vector<double>& incrementalMargins() const;
    std::vector<SweepPoint> sweep(int row, double from, double to, int steps) const;
    std::vector<HistoryPoint> history(Date from = {}, Date to = {}) const;
    // The current portfolio under a stress scenario (throws std::invalid_argument when the
    // history does not cover its window).
    StressResult stress(const StressScenario& scenario) const;
    const std::map<std::string, ScanRange>& scanRanges() const;

    // Replaces the document (new/open): rebuilds the engine, clears the undo stack. A document
    // without an as-of date gets the last history date. Throws std::invalid_argument (and
    // changes nothing) when the history cannot value its as-of date.
    void setDocument(io::PortfolioDocument document);

    // Undoable edits. Rows are indices into positions(). Ids are assigned when missing.
    void addPosition(Position position);
    void addPositions(std::vector<Position> positions);   // one undo step (paste, import)
    void updatePosition(int row, Position position);      // consecutive quantity edits of a row merge
    void removePositions(std::vector<int> rows);          // one undo step
    void setAccount(const Account& account);
    // Both rebuild the engine; they throw std::invalid_argument (and change nothing) when the
    // history cannot value the date or the parameters are invalid.
    void setAsOf(Date asOf);
    void setParameters(ModelParameters parameters);
    void setName(const QString& name);                    // consecutive renames merge

signals:
    // Row-level changes for item models (all emitted before resultChanged()). Removals and
    // resets are announced while positions() still holds the rows; insertions come after.
    void positionsAboutToBeReset();
    void positionsReset();
    void positionsInserted(int first, int last);
    void positionsAboutToBeRemoved(int first, int last);
    void positionsRemoved(int first, int last);
    void positionChanged(int row);
    // After every change: the result, incremental margins and trace are current.
    void resultChanged();
    // Document-level state for the window title and the unsaved-changes prompt.
    void documentChanged();

private:
    // What the as-of and parameter commands swap; either rebuilds the engine.
    struct EngineSettings {
        Date asOf;
        ModelParameters parameters;
    };

    friend class SessionCommand;
    // Applied by undo commands: no undo bookkeeping of their own. Each leaves result() stale
    // until finishChange(), its positions kept row-aligned (blank entries for new rows).
    void applyInsert(int row, const std::vector<Position>& positions,
                     const std::map<std::string, QJsonObject>& extras);
    void applyRemove(int first, int last);
    void applyUpdate(int row, const Position& position);
    void applyAccount(const Account& account);
    void applyEngineSettings(const EngineSettings& settings);
    void applyName(const std::string& name);
    void finishChange();
    EngineSettings engineSettings() const;
    void pushEngineSettings(EngineSettings settings, const QString& text);
    std::unique_ptr<MarginEngine> buildEngine(const EngineSettings& settings) const;
    void recompute();

    const MarketData& m_data;
    ModelParameters m_parameters;
    io::PortfolioDocument m_document;
    std::unique_ptr<MarginEngine> m_engine;
    MarginResult m_result;
    mutable std::vector<double> m_incremental;
    mutable bool m_incrementalValid = false;
    QUndoStack* m_undoStack;
};

} // namespace xm
