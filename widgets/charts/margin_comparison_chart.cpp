#include "margin_comparison_chart.h"

#include "usd_text.h"

#include "widgets/amount_format.h"
#include "widgets/chart_palette.h"
#include "widgets/margin_session.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace xm {

namespace {

constexpr double kBarWidth = 0.5;
constexpr double kHeadroom = 1.2;          // room above the taller bar for its total
constexpr double kLabelClearance = 4.0;    // pixels a segment needs beyond its label's height
constexpr double kMiddle = 1.5;            // between the two bars

QCPBars* stackBars(QCustomPlot* plot, const QString& name, const QColor& color)
{
    auto* bars = new QCPBars(plot->xAxis, plot->yAxis);
    bars->setName(name);
    bars->setWidth(kBarWidth);
    bars->setPen(QPen(Qt::white, 1));
    bars->setBrush(color);
    bars->setStackingGap(0);
    return bars;
}

} // namespace

double MarginComparisonChart::Stack::total() const
{
    return ficc + cme;
}

MarginComparisonChart::MarginComparisonChart(MarginSession& session, QWidget* parent)
    : SessionChart(session, Refresh::Always, std::chrono::milliseconds(0),
                   tr("Initial margin: cross-margined versus duplicated"), QStringLiteral("cross-margined-vs-duplicated"),
                   parent)
    , m_ficc(stackBars(plot(), tr("FICC (cash and repo)"), palette::kFicc))
    , m_cme(stackBars(plot(), tr("CME (futures)"), palette::kCme))
{
    m_cme->moveAbove(m_ficc);
    setCategories(plot()->xAxis, {tr("Duplicated\n(each CCP on its own)"), tr("Cross-margined\n(FICC–CME arrangement)")});
    plot()->xAxis->setTickLabelFont(chartFont(1.0, true));
    plot()->yAxis->setLabel(tr("Initial margin (USD)"));
    setUsdAxis(plot()->yAxis);

    for (int column = 0; column < ColumnCount; ++column) {
        m_totalLabels[column] = addText(2.0, true);
        m_totalLabels[column]->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        m_totalLabels[column]->setPadding(QMargins(0, 0, 0, 4));
        for (auto* labels : {&m_ficcLabels, &m_cmeLabels}) {
            QCPItemText* label = addText(0.5, true);
            label->setColor(Qt::white);
            (*labels)[column] = label;
        }
    }
    for (auto*& guide : m_guides) {
        guide = new QCPItemLine(plot());
        guide->setPen(QPen(palette::kAxis, 1, Qt::DashLine));
    }
    connect(plot(), &QCustomPlot::afterLayout, this, &MarginComparisonChart::fitSegmentLabels);
    m_arrow = new QCPItemLine(plot());
    m_arrow->setHead(QCPLineEnding(QCPLineEnding::esSpikeArrow, 10, 14));
    m_difference = addText(1.0, true);
    m_difference->setBrush(Qt::white);
    m_difference->setPadding(QMargins(6, 4, 6, 4));
}

const QCPBars* MarginComparisonChart::ficcBars() const
{
    return m_ficc;
}

const QCPBars* MarginComparisonChart::cmeBars() const
{
    return m_cme;
}

void MarginComparisonChart::refresh()
{
    showResult(session().result());
}

void MarginComparisonChart::showResult(const MarginResult& result)
{
    m_stacks[Duplicated] = {result.ficcStandalone, result.cmeStandalone};
    m_stacks[CrossMargined] = {result.ficcCrossMargined, result.cmeCrossMargined};
    m_reduction = result.applied.ficcReduction;
    m_accountEligible = result.account.eligible;

    m_ficc->setData({1.0, 2.0}, {m_stacks[Duplicated].ficc, m_stacks[CrossMargined].ficc}, true);
    m_cme->setData({1.0, 2.0}, {m_stacks[Duplicated].cme, m_stacks[CrossMargined].cme}, true);
    const double top = std::max(m_stacks[Duplicated].total(), m_stacks[CrossMargined].total());
    plot()->yAxis->setRange(0.0, top > 0.0 ? top * kHeadroom : 1.0);

    placeLabels();
    placeDifference();
    setEmptyMessage(hasData() ? QString() : tr("No margin: add positions to the portfolio"));
    const QString cap = formatPercent(result.cap);
    setNote(!m_accountEligible ? tr("The account is not eligible: each CCP margins its positions on its own")
            : result.applied.capBinding
                ? tr("Offset: %1 of the cross-margined positions' margin, held there by the %2 cap")
                      .arg(formatPercent(m_reduction), cap)
                : tr("Offset: %1 of the cross-margined positions' margin (cap %2)").arg(formatPercent(m_reduction), cap));
}

void MarginComparisonChart::placeLabels()
{
    for (int column = 0; column < ColumnCount; ++column) {
        const Stack& stack = m_stacks[column];
        const double x = column + 1.0;
        m_totalLabels[column]->position->setCoords(x, stack.total());
        m_totalLabels[column]->setText(usdCompact(stack.total()));
        m_totalLabels[column]->setVisible(hasData());

        const auto place = [&](QCPItemText* label, double bottom, double height) {
            label->position->setCoords(x, bottom + height / 2.0);
            label->setText(usdCompact(height));
        };
        place(m_ficcLabels[column], 0.0, stack.ficc);
        place(m_cmeLabels[column], stack.ficc, stack.cme);
    }
}

// Once the plot knows its size: a segment shows its amount only where the label fits inside.
void MarginComparisonChart::fitSegmentLabels()
{
    const QCPAxis* y = plot()->yAxis;
    for (int column = 0; column < ColumnCount; ++column) {
        const Stack& stack = m_stacks[column];
        const auto fit = [&](QCPItemText* label, double bottom, double height) {
            const double pixels = std::abs(y->coordToPixel(bottom) - y->coordToPixel(bottom + height));
            label->setVisible(hasData() && pixels >= QFontMetricsF(label->font()).height() + kLabelClearance);
        };
        fit(m_ficcLabels[column], 0.0, stack.ficc);
        fit(m_cmeLabels[column], stack.ficc, stack.cme);
    }
}

// An arrow from the duplicated total to the cross-margined one, broken by the difference;
// without a difference, why there is none.
void MarginComparisonChart::placeDifference()
{
    const double duplicated = m_stacks[Duplicated].total();
    const double crossMargined = m_stacks[CrossMargined].total();
    const double saving = duplicated - crossMargined;
    const bool arrow = hasData() && std::abs(saving) >= 0.5;
    m_arrow->setVisible(arrow);
    m_difference->setVisible(hasData());
    for (QCPItemLine* guide : m_guides)
        guide->setVisible(arrow);
    if (!arrow) {
        m_difference->setText(m_accountEligible ? tr("No saving:\nnothing to offset\nacross the CCPs")
                                                : tr("No saving:\nthe account is\nnot eligible"));
        m_difference->setColor(palette::kMutedText);
        m_difference->setPen(QPen(palette::kAxis, 1));
        m_difference->position->setCoords(kMiddle, duplicated / 2.0);
        return;
    }

    // Dashed guides from each bar's top to the arrow.
    m_guides[Duplicated]->start->setCoords(1.0 + kBarWidth / 2.0, duplicated);
    m_guides[Duplicated]->end->setCoords(kMiddle, duplicated);
    m_guides[CrossMargined]->start->setCoords(kMiddle, crossMargined);
    m_guides[CrossMargined]->end->setCoords(2.0 - kBarWidth / 2.0, crossMargined);

    const QColor color = saving > 0.0 ? palette::kSaving : palette::kCost;
    m_arrow->setPen(QPen(color, 2));
    m_arrow->start->setCoords(kMiddle, duplicated);
    m_arrow->end->setCoords(kMiddle, crossMargined);
    const QString share = duplicated > 0.0 ? formatPercent(std::abs(saving) / duplicated) : QString();
    m_difference->setText(saving > 0.0 ? tr("Saving\n%1\n%2 less").arg(usdCompact(saving), share)
                                       : tr("Extra margin\n%1\n%2 more").arg(usdCompact(-saving), share));
    m_difference->setColor(color);
    m_difference->setPen(QPen(color, 1));
    m_difference->position->setCoords(kMiddle, (duplicated + crossMargined) / 2.0);
}

bool MarginComparisonChart::hasData() const
{
    return m_stacks[Duplicated].total() > 0.0 || m_stacks[CrossMargined].total() > 0.0;
}

std::optional<ChartFrame::Readout> MarginComparisonChart::readoutAt(const QPointF& pixel) const
{
    const double key = plot()->xAxis->pixelToCoord(pixel.x());
    const int column = static_cast<int>(std::lround(key)) - 1;
    if (!hasData() || column < 0 || column >= ColumnCount || std::abs(key - (column + 1)) > kBarWidth / 2.0)
        return std::nullopt;

    const Stack& stack = m_stacks[column];
    const QString heading = column == Duplicated ? tr("Duplicated: each CCP margins its own positions")
                                                 : tr("Cross-margined: %1 offset on the eligible margin")
                                                       .arg(formatPercent(m_reduction));
    const QString text = tr("%1\nFICC:  %2\nCME:  %3\nTotal:  %4")
                             .arg(heading, usdExact(stack.ficc), usdExact(stack.cme), usdExact(stack.total()));
    return Readout{QPointF(column + 1.0, stack.total()), text, QColor()};
}

} // namespace xm
