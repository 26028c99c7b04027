#pragma once

#include <QAbstractItemModel>

#include <vector>

namespace xm {

class MarginSession;
struct EligibilityCheck;
struct Position;
struct PositionResult;

// Why each part of the portfolio is or is not cross-margined, as a tree over the session's
// current result: the account with its rules, then every position (session order) with its
// product rules, its allocation and, on the position's row, where it ends up. Each rule row
// says pass (✓) or fail (✗), in plain language, with its source. Follows every change: rows
// come and go at once; changed texts are announced while the model is live (a hidden
// explainer costs an edit nothing) and all together when it becomes live again.
class EligibilityExplainerModel final : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { RuleColumn, ExplanationColumn, SourceColumn, ColumnCount };
    enum Role {
        UrlRole = Qt::UserRole + 1,  // the first source's address (QString), when it has one
        PositionRowRole,             // top-level position rows: the row in MarginSession::positions()
        PassedRole,                  // bool: the rule passes, the account is eligible, the position is cross-margined
        DetailsRole,                 // rich text: the explanation with every source and its link
    };

    explicit EligibilityExplainerModel(const MarginSession& session, QObject* parent = nullptr);

    // The top-level row of a position, and back (-1 for the account row).
    QModelIndex positionIndex(int positionRow) const;
    static int positionRowOf(const QModelIndex& index);
    // The whole tree as indented plain text: status, rule, explanation and sources.
    QString plainText() const;
    // Whether dataChanged() follows each result (default) or waits until live again.
    void setLive(bool live);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // What one row says, whatever its kind.
    struct Line {
        QString rule;
        QString explanation;
        QStringList citations;
        QStringList urls;
        bool passed = false;
        bool muted = false;  // an eligible position outside the cross-margining account
    };

    void refresh();
    void announceChangedTexts();
    std::vector<int> childCounts() const;
    Line line(int topRow, int childRow) const;  // childRow -1: the top-level row
    Line accountLine(int childRow) const;
    Line positionLine(int positionRow, int childRow) const;
    static Line checkLine(const EligibilityCheck& check);

    const MarginSession& m_session;
    std::vector<int> m_childCounts;  // per top-level row
    bool m_live = true;
    bool m_textsStale = false;
};

} // namespace xm
