#pragma once

#include "histogram.h"
#include "session_chart.h"

#include <array>
#include <vector>

namespace xm {

struct MarginResult;

// The scenario P&L behind FICC's VaR: the FICC leg and the CME leg each on its own and both
// together in the cross-margining account, as histograms on shared bins, with each one's VaR
// marked where its loss tail is cut.
class PnlDistributionChart final : public SessionChart {
    Q_OBJECT

public:
    explicit PnlDistributionChart(MarginSession& session, QWidget* parent = nullptr);

    void showResult(const MarginResult& result, double confidence, int horizonDays);
    bool hasData() const override;

protected:
    void refresh() override;
    std::optional<Readout> readoutAt(const QPointF& pixel) const override;

private:
    enum Series { FiccLeg, CmeLeg, Combined, SeriesCount };
    struct Distribution {
        QCPGraph* graph = nullptr;
        QCPItemStraightLine* varLine = nullptr;
        QCPItemText* varLabel = nullptr;
        std::vector<int> counts;
        double var = 0.0;
        bool shown = false;
    };

    Distribution addDistribution(const QString& name, const QColor& color);
    void showSeries(Series series, const std::vector<double>& pnl, double var, const QString& varText);
    void placeVarLabels();

    std::array<Distribution, SeriesCount> m_series;
    HistogramBins m_bins;
};

} // namespace xm
