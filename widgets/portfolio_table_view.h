#pragma once

#include <QTableView>

namespace xm {

class MarginSession;
class PortfolioTableModel;
struct PositionImport;

// The portfolio table: the model with its delegates, Delete to remove the selected rows,
// Ctrl+V to paste a position CSV or quick-entry lines, and .csv files dropped onto it. Each
// paste or drop is one undo step; a problem adds nothing and is reported by importFailed().
// A double-click on a row's eligibility, or "Why (not) eligible?" in its context menu, asks
// for that position's eligibility explanation (explainRequested()).
class PortfolioTableView final : public QTableView {
    Q_OBJECT

public:
    explicit PortfolioTableView(PortfolioTableModel* model, QWidget* parent = nullptr);

    PortfolioTableModel* portfolioModel() const { return m_model; }
    void removeSelected();
    // Pastes the clipboard's text.
    void paste();
    void importText(const QString& text, const QString& source);
    void importFiles(const QStringList& paths);

signals:
    void imported(int count);
    void importFailed(const QString& message);
    // `positionRow` is a row of MarginSession::positions().
    void explainRequested(int positionRow);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    MarginSession& session() const;
    void add(PositionImport read);

    PortfolioTableModel* m_model;
};

} // namespace xm
