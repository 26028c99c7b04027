#pragma once

#include "session_chart.h"

#include "core/margin/model_parameters.h"
#include "core/portfolio/margin_result.h"

#include <vector>

class QComboBox;

namespace xm {

// Today's portfolio margined on every past business day: duplicated versus cross-margined,
// with the stress windows of FICC's scenario set shaded. The replay runs only while the chart
// is visible, after edits pause; the period picker, dragging and the wheel move the window
// without recomputing.
class MarginHistoryChart final : public SessionChart {
    Q_OBJECT

public:
    explicit MarginHistoryChart(MarginSession& session, QWidget* parent = nullptr);

    void showHistory(const std::vector<HistoryPoint>& points, const std::vector<DateWindow>& stressWindows);
    bool hasData() const override;
    QComboBox* periodPicker() const;

protected:
    void refresh() override;
    std::optional<Readout> readoutAt(const QPointF& pixel) const override;

private:
    void showStressWindows(const std::vector<DateWindow>& windows);
    void applyPeriod();
    void fitToVisibleRange(const QCPRange& range);

    QComboBox* m_periodPicker;
    QCPGraph* m_duplicated;
    QCPGraph* m_crossMargined;
    QCPBars* m_stressKey;  // no data: the legend entry of the shaded windows
    std::vector<QCPItemRect*> m_stressBands;
    std::vector<QCPItemText*> m_stressLabels;
    std::vector<HistoryPoint> m_points;
    std::vector<DateWindow> m_windows;
};

} // namespace xm
