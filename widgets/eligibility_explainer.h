#pragma once

#include <QWidget>

#include <string>

class QTextBrowser;
class QTreeView;

namespace xm {

class EligibilityExplainerModel;
class MarginSession;

// "Why (not) eligible?": the account's and every position's cross-margining rules, each
// passed (✓) or failed (✗) in plain language with its source, the allocation and where each
// position ends up (EligibilityExplainerModel). The selected rule is spelled out underneath
// with its sources as links; Copy as text puts the whole explanation on the clipboard.
class EligibilityExplainer final : public QWidget {
    Q_OBJECT

public:
    explicit EligibilityExplainer(const MarginSession& session, QWidget* parent = nullptr);

    EligibilityExplainerModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    // What the pane under the tree says about the current row (plain text).
    QString detailsText() const;

    // Selects position `positionRow` (a row of MarginSession::positions()) and opens its rules.
    void showPosition(int positionRow);
    void copyToClipboard() const;

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void showDetails();
    void restoreExpansion();
    void openSource(const QModelIndex& index);

    const MarginSession& m_session;
    EligibilityExplainerModel* m_model;
    QTreeView* m_view;
    QTextBrowser* m_details;
    std::string m_currentId;  // the id of the position last shown, kept across resets
};

} // namespace xm
