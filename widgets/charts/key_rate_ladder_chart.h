#pragma once

#include "session_chart.h"

#include "core/market/risk_factors.h"

#include <array>

namespace xm {

// The key-rate DV01 ladder: per par-yield tenor, the FICC leg, the CME leg and the net, in
// the trader's sign (positive: gains when that yield falls, as for a long bond).
class KeyRateLadderChart final : public SessionChart {
    Q_OBJECT

public:
    explicit KeyRateLadderChart(MarginSession& session, QWidget* parent = nullptr);

    // Ladders as the engine reports them: USD P&L per +1bp.
    void showLadders(const FactorVector& ficc, const FactorVector& cme, const FactorVector& net);
    bool hasData() const override;

protected:
    void refresh() override;
    std::optional<Readout> readoutAt(const QPointF& pixel) const override;

private:
    enum Series { Ficc, Cme, Net, SeriesCount };

    QCPBars* addBars(const QColor& color);

    QCPBarsGroup* m_group;
    std::array<QCPBars*, SeriesCount> m_bars{};
    std::array<FactorVector, SeriesCount> m_dv01{};  // trader's sign
};

} // namespace xm
