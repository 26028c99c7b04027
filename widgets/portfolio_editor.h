#pragma once

#include <QWidget>

class QLabel;

namespace xm {

class MarginSession;
class PortfolioTableModel;
class PortfolioTableView;
class QuickEntryLine;

// The portfolio editor of issue #4: buttons to add a security or a future and to remove the
// selected rows, the table grouped by venue, and the quick-entry line with its messages (and
// those of paste and drop) in red underneath.
class PortfolioEditor final : public QWidget {
    Q_OBJECT

public:
    explicit PortfolioEditor(MarginSession& session, QWidget* parent = nullptr);

    PortfolioTableModel* model() const { return m_model; }
    PortfolioTableView* view() const { return m_view; }
    QuickEntryLine* quickEntry() const { return m_quickEntry; }
    // The red message under the quick-entry line (empty when there is none).
    QString message() const;

    void addSecurity();
    void addFuture();

private:
    void showMessage(const QString& message);

    MarginSession& m_session;
    PortfolioTableModel* m_model;
    PortfolioTableView* m_view;
    QuickEntryLine* m_quickEntry;
    QLabel* m_message;
};

} // namespace xm
