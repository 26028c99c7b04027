#include "pnl_distribution_chart.h"

#include "usd_text.h"

#include "widgets/amount_format.h"
#include "widgets/chart_palette.h"
#include "widgets/margin_session.h"

#include <algorithm>

namespace xm {

namespace {

constexpr int kTargetBins = 120;
constexpr double kHeadroom = 1.3;  // room above the tallest bin for the VaR labels
constexpr int kFillAlpha = 45;
constexpr double kEmptyCountRange = 10.0;
constexpr double kCrowdedShare = 0.03;   // VaR lines closer than this share of the axis crowd their labels
constexpr double kLowerLabelRow = 0.35;  // axis-rect ratio where a third crowded label starts

bool anyNonZero(const std::vector<double>& values)
{
    return std::any_of(values.begin(), values.end(), [](double v) { return v != 0.0; });
}

} // namespace

PnlDistributionChart::PnlDistributionChart(MarginSession& session, QWidget* parent)
    : SessionChart(session, Refresh::Always, std::chrono::milliseconds(0),
                   tr("Scenario P&L: each leg alone and both in the cross-margining account"),
                   QStringLiteral("scenario-pnl"), parent)
{
    setTitle(title(), tr("Scenario P&L: each leg and both together"));
    m_series[FiccLeg] = addDistribution(tr("FICC leg"), palette::kFicc);
    m_series[CmeLeg] = addDistribution(tr("CME leg"), palette::kCme);
    m_series[Combined] = addDistribution(tr("Both legs together"), palette::kCrossMargined);
    // Only the combined distribution is filled: it is the one the arrangement margins.
    QColor fill = palette::kCrossMargined;
    fill.setAlpha(kFillAlpha);
    m_series[Combined].graph->setBrush(fill);

    plot()->yAxis->setLabel(tr("Scenarios (count)"));
    plot()->yAxis->setNumberFormat(QStringLiteral("f"));
    plot()->yAxis->setNumberPrecision(0);
    plot()->yAxis->setSubTicks(false);
    setUsdAxis(plot()->xAxis);
    plot()->xAxis->grid()->setZeroLinePen(QPen(palette::kAxis, 1));
}

PnlDistributionChart::Distribution PnlDistributionChart::addDistribution(const QString& name, const QColor& color)
{
    Distribution d;
    d.graph = plot()->addGraph();
    d.graph->setName(name);
    d.graph->setLineStyle(QCPGraph::lsStepCenter);
    d.graph->setPen(QPen(color, 1.6));
    d.graph->setAdaptiveSampling(false);

    d.varLine = new QCPItemStraightLine(plot());
    d.varLine->setPen(QPen(color, 1.6, Qt::DashLine));

    // Written upwards along the line, ending at the top (see placeVarLabels).
    d.varLabel = addText(-0.5, true);
    d.varLabel->setColor(color);
    d.varLabel->setRotation(-90.0);
    d.varLabel->position->setTypeX(QCPItemPosition::ptPlotCoords);
    d.varLabel->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    return d;
}

void PnlDistributionChart::refresh()
{
    const FiccParameters& ficc = session().parameters().ficc;
    showResult(session().result(), ficc.confidence, ficc.horizonDays);
}

void PnlDistributionChart::showResult(const MarginResult& result, double confidence, int horizonDays)
{
    m_bins = commonBins({&result.pnlFiccLeg, &result.pnlCmeLeg, &result.pnlCombined}, kTargetBins);
    const QString level = formatPercent(confidence);
    showSeries(FiccLeg, result.pnlFiccLeg, result.ficcLeg.var, level);
    showSeries(CmeLeg, result.pnlCmeLeg, result.ficcFuturesLeg.var, level);
    showSeries(Combined, result.pnlCombined, result.ficcCombined.var, level);

    int tallest = 0;
    double left = m_bins.first - m_bins.width;
    double right = m_bins.first + (m_bins.count + 1) * m_bins.width;
    for (const Distribution& d : m_series) {
        if (!d.shown)
            continue;
        tallest = std::max(tallest, *std::max_element(d.counts.begin(), d.counts.end()));
        left = std::min(left, -d.var - m_bins.width);
    }
    const double span = right - left;
    plot()->xAxis->setRange(left - 0.02 * span, right + 0.02 * span);
    plot()->yAxis->setRange(0.0, tallest > 0 ? tallest * kHeadroom : kEmptyCountRange);
    placeVarLabels();
    plot()->xAxis->setLabel(tr("Scenario P&L over %1 business days (USD)").arg(horizonDays));
    setNote(tr("%1 historical scenarios · CME leg in FICC's VaR model · VaR: the %2 loss quantile")
                .arg(result.pnlCombined.size())
                .arg(level));
    setEmptyMessage(hasData() ? QString() : tr("No positions in the cross-margining account"));
}

void PnlDistributionChart::showSeries(Series series, const std::vector<double>& pnl, double var, const QString& level)
{
    Distribution& d = m_series[static_cast<std::size_t>(series)];
    d.shown = m_bins.count > 0 && anyNonZero(pnl);
    d.var = var;
    d.counts = d.shown ? binCounts(m_bins, pnl) : std::vector<int>();
    QVector<double> keys, values;
    if (d.shown) {
        // An empty bin at each end closes the outline at zero.
        keys.append(m_bins.centre(-1));
        values.append(0.0);
        for (int bin = 0; bin < m_bins.count; ++bin) {
            keys.append(m_bins.centre(bin));
            values.append(d.counts[static_cast<std::size_t>(bin)]);
        }
        keys.append(m_bins.centre(m_bins.count));
        values.append(0.0);
    }
    d.graph->setData(keys, values, true);
    if (d.shown)
        d.graph->addToLegend();
    else
        d.graph->removeFromLegend();

    const bool line = d.shown && var > 0.0;
    d.varLine->setVisible(line);
    d.varLabel->setVisible(line);
    d.varLine->point1->setCoords(-var, 0.0);
    d.varLine->point2->setCoords(-var, 1.0);
    d.varLabel->setText(tr("%1 VaR %2").arg(level, usdCompact(var)));
}

// Each label runs along the left side of its line, unless the line before (to the left) is so
// close that their labels would touch: then it takes the right side, or, when that line's
// label already did, the left side lower down.
void PnlDistributionChart::placeVarLabels()
{
    std::vector<Distribution*> lines;
    for (Distribution& d : m_series) {
        if (d.varLine->visible())
            lines.push_back(&d);
    }
    std::sort(lines.begin(), lines.end(), [](const Distribution* a, const Distribution* b) { return a->var > b->var; });
    const double crowded = kCrowdedShare * plot()->xAxis->range().size();
    enum class Side { Left, Right, LeftLower } previous = Side::Left;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        Side side = Side::Left;
        if (i > 0 && lines[i - 1]->var - lines[i]->var < crowded)
            side = previous == Side::Left ? Side::Right : Side::LeftLower;
        QCPItemText* label = lines[i]->varLabel;
        const bool right = side == Side::Right;
        // Rotated a quarter turn: the unrotated bottom edge faces the line on the left side.
        label->setPositionAlignment(Qt::AlignRight | (right ? Qt::AlignTop : Qt::AlignBottom));
        label->setPadding(right ? QMargins(0, 3, 6, 0) : QMargins(0, 0, 6, 3));
        label->position->setCoords(-lines[i]->var, side == Side::LeftLower ? kLowerLabelRow : 0.0);
        previous = side;
    }
}

bool PnlDistributionChart::hasData() const
{
    return std::any_of(m_series.begin(), m_series.end(), [](const Distribution& d) { return d.shown; });
}

std::optional<ChartFrame::Readout> PnlDistributionChart::readoutAt(const QPointF& pixel) const
{
    if (!hasData())
        return std::nullopt;
    const double pnl = plot()->xAxis->pixelToCoord(pixel.x());
    if (pnl < m_bins.first || pnl >= m_bins.first + m_bins.count * m_bins.width)
        return std::nullopt;
    const int bin = m_bins.binOf(pnl);
    const double low = m_bins.first + bin * m_bins.width;
    QString text = tr("P&L %1 to %2").arg(usdCompact(low), usdCompact(low + m_bins.width));
    int tallest = 0;
    for (const Distribution& d : m_series) {
        if (!d.shown)
            continue;
        const int count = d.counts[static_cast<std::size_t>(bin)];
        tallest = std::max(tallest, count);
        text += tr("\n%1:  %2 scenarios").arg(d.graph->name()).arg(count);
    }
    return Readout{QPointF(m_bins.centre(bin), tallest), text, QColor()};
}

} // namespace xm
