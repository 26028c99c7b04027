#pragma once

#include "session_chart.h"
#include "waterfall_steps.h"

#include <vector>

namespace xm {

// From the duplicated requirement through each CCP's offset (with the part the cap withholds
// hatched) and the regular account to the cross-margined requirement; every bar labelled.
class MarginWaterfallChart final : public SessionChart {
    Q_OBJECT

public:
    explicit MarginWaterfallChart(MarginSession& session, QWidget* parent = nullptr);

    void showResult(const MarginResult& result, const CrossMarginParameters& parameters);
    bool hasData() const override;
    const std::vector<WaterfallStep>& steps() const;

protected:
    void refresh() override;
    std::optional<Readout> readoutAt(const QPointF& pixel) const override;

private:
    QCPBars* addBars(const QString& name, const QBrush& brush, const QPen& pen);
    QString categoryLabel(const WaterfallStep& step) const;
    QString stepText(const WaterfallStep& step) const;
    void updateBars();
    void updateLegend();
    void updateLabels();

    // Stacked from the bottom: an invisible base lifts the visible part of each bar.
    QCPBars* m_base;
    QCPBars* m_capped;
    QCPBars* m_offset;
    QCPBars* m_added;
    QCPBars* m_total;
    std::vector<QCPItemText*> m_valueLabels;
    std::vector<QCPItemLine*> m_connectors;
    std::vector<QCPItemText*> m_capLabels;
    std::vector<WaterfallStep> m_steps;
    double m_cap = 0.0;
};

} // namespace xm
