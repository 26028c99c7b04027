#pragma once

#include "hedge_leg.h"
#include "session_chart.h"

#include <optional>
#include <string>
#include <vector>

class QComboBox;
class QSlider;

namespace xm {

// Margin as one leg's quantity runs from no hedge to 150% of DV01-neutral: duplicated and
// cross-margined (with each CCP's standalone requirement thin), the current hedge marked and
// the DV01-neutral line drawn. The leg defaults to the largest CME position; a picker offers
// every position. The sweep runs only while the chart is visible, after edits pause. A slider
// moves the hedge: it asks for the leg's quantity at the chosen ratio (hedgeMoved).
class HedgeRatioChart final : public SessionChart {
    Q_OBJECT

public:
    explicit HedgeRatioChart(MarginSession& session, QWidget* parent = nullptr);

    // `current`: the requirements at the leg's current quantity.
    void showSweep(const HedgeLeg& leg, const QString& legName, const std::vector<SweepPoint>& points,
                   const RequirementSummary& current);
    bool hasData() const override;
    QComboBox* legPicker() const;
    QSlider* hedgeSlider() const;
    const std::vector<SweepPoint>& points() const;

signals:
    // The user moved the hedge: the position in `row` should now hold `quantity`.
    void hedgeMoved(int row, double quantity);

protected:
    void refresh() override;
    std::optional<Readout> readoutAt(const QPointF& pixel) const override;

private:
    void setupMarkers();
    void updateLegPicker();
    void pickLeg(int row);
    void moveHedge(int ratioPct);
    void showHedgeOnSlider();
    void clear(const QString& message);
    void placeMarkerLabels(double currentPct, double current, double lowestPct, double lowest);
    double ratioPct(const SweepPoint& point) const;

    QComboBox* m_legPicker;
    QSlider* m_hedgeSlider;
    QCPGraph* m_duplicated;
    QCPGraph* m_crossMargined;
    QCPGraph* m_ficc;
    QCPGraph* m_cme;
    QCPGraph* m_current;
    QCPGraph* m_lowest;
    QCPItemStraightLine* m_neutralLine = nullptr;
    QCPItemText* m_neutralLabel = nullptr;
    QCPItemTracer* m_currentAnchor = nullptr;
    QCPItemTracer* m_lowestAnchor = nullptr;
    QCPItemText* m_currentLabel = nullptr;
    QCPItemText* m_lowestLabel = nullptr;
    std::optional<HedgeLeg> m_leg;
    std::vector<SweepPoint> m_points;
    std::string m_legId;  // the picked position, kept across edits; empty: the default leg
};

} // namespace xm
