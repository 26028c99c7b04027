#pragma once

#include "session_chart.h"

#include <array>

namespace xm {

struct MarginResult;

// The headline chart: the duplicated requirement (each CCP on its own) next to the
// cross-margined one, each stacked by CCP, with totals and the saving (or the extra margin)
// called out in USD and percent.
class MarginComparisonChart final : public SessionChart {
    Q_OBJECT

public:
    explicit MarginComparisonChart(MarginSession& session, QWidget* parent = nullptr);

    void showResult(const MarginResult& result);
    bool hasData() const override;
    // The stacked bars (FICC below CME), for tests.
    const QCPBars* ficcBars() const;
    const QCPBars* cmeBars() const;

protected:
    void refresh() override;
    std::optional<Readout> readoutAt(const QPointF& pixel) const override;

private:
    enum Column { Duplicated, CrossMargined, ColumnCount };
    struct Stack {
        double ficc = 0.0;
        double cme = 0.0;
        double total() const;
    };

    void placeLabels();
    void fitSegmentLabels();
    void placeDifference();

    QCPBars* m_ficc;
    QCPBars* m_cme;
    std::array<Stack, ColumnCount> m_stacks{};
    double m_reduction = 0.0;
    bool m_accountEligible = true;
    std::array<QCPItemText*, ColumnCount> m_totalLabels{};
    std::array<QCPItemText*, ColumnCount> m_ficcLabels{};
    std::array<QCPItemText*, ColumnCount> m_cmeLabels{};
    std::array<QCPItemLine*, ColumnCount> m_guides{};
    QCPItemLine* m_arrow = nullptr;
    QCPItemText* m_difference = nullptr;
};

} // namespace xm
