#include "chart_deck.h"

#include "charts/hedge_ratio_chart.h"
#include "charts/key_rate_ladder_chart.h"
#include "charts/margin_comparison_chart.h"
#include "charts/margin_history_chart.h"
#include "charts/margin_waterfall_chart.h"
#include "charts/pnl_distribution_chart.h"
#include "glossary.h"
#include "margin_session.h"

namespace xm {

ChartDeck::ChartDeck(MarginSession& session, QWidget* parent)
    : QTabWidget(parent)
{
    setDocumentMode(true);
    m_charts[Comparison] = new MarginComparisonChart(session);
    m_charts[Waterfall] = new MarginWaterfallChart(session);
    auto* hedge = new HedgeRatioChart(session);
    connect(hedge, &HedgeRatioChart::hedgeMoved, &session, [&session](int row, double quantity) {
        Position position = session.positions().at(static_cast<std::size_t>(row));
        position.quantity = quantity;
        session.updatePosition(row, std::move(position));
    });
    m_charts[HedgeRatio] = hedge;
    m_charts[KeyRateLadder] = new KeyRateLadderChart(session);
    m_charts[PnlDistribution] = new PnlDistributionChart(session);
    m_charts[History] = new MarginHistoryChart(session);
    const QString tabs[ChartCount] = {tr("Cross-margined vs duplicated"), tr("Waterfall"), tr("Hedge ratio"),
                                      tr("Key-rate DV01"), tr("Scenario P&&L"), tr("History")};
    using Term = Glossary::Term;
    const Term explained[ChartCount] = {Term::CrossMargining, Term::ReductionFactor, Term::HedgeRatio,
                                        Term::KeyRateDv01,    Term::Var,             Term::StressWindow};
    for (int i = 0; i < ChartCount; ++i) {
        addTab(m_charts[i], tabs[i]);
        setTabToolTip(i, Glossary::toolTip(explained[i]));
    }
}

SessionChart* ChartDeck::chart(Chart which) const
{
    return m_charts.at(which);
}

} // namespace xm
