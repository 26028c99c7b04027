#pragma once

#include <QTabWidget>

#include <array>

namespace xm {

class MarginSession;
class SessionChart;

// The six margin charts of the open portfolio, one per tab. Each follows the session by
// itself; the costly ones (hedge sweep, history) compute only while their tab is shown.
class ChartDeck final : public QTabWidget {
    Q_OBJECT

public:
    enum Chart { Comparison, Waterfall, HedgeRatio, KeyRateLadder, PnlDistribution, History, ChartCount };

    explicit ChartDeck(MarginSession& session, QWidget* parent = nullptr);

    SessionChart* chart(Chart which) const;

private:
    std::array<SessionChart*, ChartCount> m_charts{};
};

} // namespace xm
