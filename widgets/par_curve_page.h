#pragma once

#include <QDate>
#include <QWidget>

#include <cstddef>

namespace xm {

class CurveTableModel;
class HistoryDateEdit;
class MarginSession;
class YieldCurveChart;

// The par-yield curve on the session's as-of date against a comparison date: the date
// picker and the tenor table on the left, the chart on the right. Follows the as-of date.
class ParCurvePage final : public QWidget {
    Q_OBJECT

public:
    explicit ParCurvePage(const MarginSession& session, QWidget* parent = nullptr);

    YieldCurveChart* chart() const { return m_chart; }
    HistoryDateEdit* comparisonEdit() const { return m_comparisonEdit; }
    // Snaps to the history day on or before `date`; a null date means one year before the as-of date.
    void setComparisonDate(QDate date);
    // Asks for a PNG or PDF file and saves the chart there.
    void exportWithDialog();

private:
    QWidget* createSidePanel();
    std::size_t asOfIndex() const;
    void followAsOf();
    void updateCurves();

    const MarginSession& m_session;
    YieldCurveChart* m_chart;
    CurveTableModel* m_tableModel;
    HistoryDateEdit* m_comparisonEdit = nullptr;
    std::size_t m_shownAsOf = 0;
};

} // namespace xm
