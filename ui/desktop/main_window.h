#pragma once

#include "core/market_data.h"

#include <QMainWindow>

namespace xm {

class CurveTableModel;
class HistoryDateEdit;
class YieldCurveChart;

// The desktop main window: date pickers and the par-yield table on the left, the curve chart
// in the centre, data range and disclaimer in the status bar. `data` must outlive the window.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(const MarketData& data, QWidget* parent = nullptr);

    // Both dates snap to the history day on or before them. A null as-of date keeps the
    // current one; a null comparison date means one year before the as-of date.
    void setDates(QDate asOf, QDate comparison);
    YieldCurveChart* chart() const;

private:
    QWidget* createSidePanel();
    void createMenus();
    void createStatusBar();
    void updateCurves();
    void exportChart();
    void showAbout();

    const MarketData& m_data;
    YieldCurveChart* m_chart;
    CurveTableModel* m_tableModel;
    HistoryDateEdit* m_asOfEdit = nullptr;
    HistoryDateEdit* m_comparisonEdit = nullptr;
};

} // namespace xm
