#pragma once

#include "core/portfolio/position.h"

#include <QAbstractTableModel>

#include <vector>

class QTimer;

namespace xm {

class MarginSession;
struct PositionResult;

// The session's positions grouped by venue: FICC rows first, then CME rows, each group in
// the session's order (VenueDelegate names the venue once per group). Quantity,
// instrument and the CME allocation flag are editable; every edit is an undoable session
// change. Incremental margins cost about one requirement per position: above
// kDeferIncrementalAbove positions they show "…" until typing pauses.
class PortfolioTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        VenueColumn,
        InstrumentColumn,
        TypeColumn,
        QuantityColumn,
        Dv01Column,
        EligibleColumn,
        AllocateColumn,
        IncrementalColumn,
        ColumnCount
    };
    enum Role {
        VenueRole = Qt::UserRole + 1,  // int(Venue)
        PositionRowRole,               // the row in MarginSession::positions()
        EligibilityNoteRole,           // the Eligible tooltip without the hint to double-click
    };
    static constexpr int kDeferIncrementalAbove = 500;
    static constexpr int kIncrementalDelayMs = 400;

    explicit PortfolioTableModel(MarginSession& session, QObject* parent = nullptr);

    MarginSession& session() const { return m_session; }
    int positionRow(int row) const;
    int rowOfPosition(int positionRow) const;
    // Whether the incremental column shows numbers (false while waiting for a pause).
    bool incrementalReady() const { return m_incrementalReady; }
    // Shows the incremental margins now instead of after the pause (a report).
    void showIncremental();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

private:
    // Where position `positionRow` belongs in m_rows (FICC before CME, then session order).
    int sortedRow(int positionRow) const;
    void rebuildRows();
    void insertPositions(int first, int last);
    void removePositions(int first, int last);
    void shiftPositionRows(int from, int delta);
    void updatePosition(int positionRow);
    void resetPositions();
    void refreshResult();

    QVariant display(int row, int column, const Position& position, const PositionResult& result) const;
    QVariant toolTip(int column, const Position& position, const PositionResult& result) const;
    QString eligibilityNote(const Position& position, const PositionResult& result) const;
    QVariant foreground(int row, int column, const Position& position, const PositionResult& result) const;
    Venue venueAt(int row) const;
    double incrementalMargin(int row) const;

    MarginSession& m_session;
    std::vector<int> m_rows;  // model row -> session row
    QTimer* m_incrementalTimer;
    bool m_incrementalReady = true;
};

} // namespace xm
