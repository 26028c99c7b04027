#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace xm {

class MarginSession;
class StressChart;

// The stress tab: the scenario picker and the before/after bars (StressChart), the reading in
// one or two plain sentences, the requirements before and after (FICC, CME, duplicated,
// cross-margined, savings) with their change, each leg's P&L, and what the scenario models.
class StressPanel final : public QWidget {
    Q_OBJECT

public:
    explicit StressPanel(MarginSession& session, QWidget* parent = nullptr);

    StressChart* chart() const { return m_chart; }
    QString readingText() const;
    QTableWidget* requirementsTable() const { return m_requirements; }
    QTableWidget* pnlTable() const { return m_pnl; }

private:
    void showResult();
    void showRequirements();
    void showPnl();

    StressChart* m_chart;
    QLabel* m_reading;
    QTableWidget* m_requirements;
    QTableWidget* m_pnl;
    QLabel* m_method;
};

} // namespace xm
