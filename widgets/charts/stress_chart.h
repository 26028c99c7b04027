#pragma once

#include "session_chart.h"

#include "core/portfolio/stress.h"

#include <array>
#include <optional>
#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QLabel;

namespace xm {

// The open portfolio under a stress scenario picked above the plot: a historical window
// (2008, March 2020, 2022), a parallel shift, a steepener or flattener, or a volatility
// multiplier. Grouped bars show the duplicated and cross-margined requirements before and
// after. The scenario runs only while the chart is visible, after edits pause.
class StressChart final : public SessionChart {
    Q_OBJECT

public:
    enum Choice { Window, Parallel, Twist, Volatility };

    explicit StressChart(MarginSession& session, QWidget* parent = nullptr);

    QComboBox* scenarioPicker() const { return m_picker; }
    QDoubleSpinBox* sizeBox() const { return m_size; }
    // The scenario the controls describe.
    StressScenario scenario() const;
    // Picks a historical window by id ("2020") or a shock of `size` (bp, or the multiplier).
    void pickWindow(const std::string& id);
    void pickShock(Choice choice, double size);

    // The last result shown; nullopt while there is none (the scenario could not run).
    const std::optional<StressResult>& result() const { return m_result; }
    bool hasData() const override;
    const QCPBars* beforeBars() const { return m_before; }
    const QCPBars* afterBars() const { return m_after; }

signals:
    // After every refresh: result() is the scenario's now.
    void resultShown();

protected:
    void refresh() override;
    std::optional<Readout> readoutAt(const QPointF& pixel) const override;

private:
    void fillPicker();
    void choiceChanged();
    void showResult();
    void placeLabels();

    QComboBox* m_picker;
    QDoubleSpinBox* m_size;
    QLabel* m_sizeCaption;
    std::vector<StressScenario> m_windows;
    std::array<double, 4> m_sizes{};  // the last size per choice
    QCPBars* m_before;
    QCPBars* m_after;
    std::array<QCPItemText*, 4> m_labels{};  // before/after x duplicated/cross-margined
    std::optional<StressResult> m_result;
};

} // namespace xm
