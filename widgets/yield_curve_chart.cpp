#include "yield_curve_chart.h"

#include "chart_palette.h"
#include "yield_format.h"

#include <QEvent>
#include <QMouseEvent>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace xm {

namespace {

// QCustomPlot's built-in top layer; buffered on its own so hovering never redraws the curves.
constexpr auto kOverlayLayer = "overlay";
// Log-scale maturity axis: the tenors from 3M to 30Y spread evenly enough to label each one.
constexpr double kMinYears = 0.2;
constexpr double kMaxYears = 37.0;
constexpr double kPngExportScale = 2.0;
constexpr int kRightMargin = 28;
constexpr double kTinyStretch = 0.001;   // layout rows/columns that take only their minimum size

QFont scaledFont(const QFont& base, double deltaPt, bool bold = false)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() + deltaPt);
    font.setBold(bold);
    return font;
}

// A layout row that holds `element` at its minimum width, centred between two spacers.
QCPLayoutGrid* centred(QCustomPlot* plot, QCPLayoutElement* element)
{
    auto* row = new QCPLayoutGrid;
    row->addElement(0, 0, new QCPLayoutElement(plot));
    row->addElement(0, 1, element);
    row->addElement(0, 2, new QCPLayoutElement(plot));
    row->setColumnStretchFactors({1.0, kTinyStretch, 1.0});
    return row;
}

} // namespace

YieldCurveChart::YieldCurveChart(QWidget* parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);

    m_plot->setObjectName(QStringLiteral("yieldCurvePlot"));
    m_plot->setBackground(Qt::white);
    m_plot->setMouseTracking(true);
    m_plot->installEventFilter(this);

    setupAxes();
    m_series[AsOf] = addSeries(palette::kAsOf, QCPScatterStyle::ssCircle);
    m_series[Comparison] = addSeries(palette::kComparison, QCPScatterStyle::ssSquare);
    setupLayout();
    setupReadout();

    connect(m_plot, &QCustomPlot::mouseMove, this,
            [this](QMouseEvent* event) { showReadout(event->position()); });
    connect(m_plot, &QCustomPlot::afterReplot, this, &YieldCurveChart::replotted);
}

void YieldCurveChart::setupAxes()
{
    const QFont base = font();
    QCPAxis* x = m_plot->xAxis;
    QCPAxis* y = m_plot->yAxis;

    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int k = 0; k < kFactorCount; ++k)
        ticker->addTick(kFactorYears[k], tenorLabel(k));
    ticker->setSubTickCount(0);
    x->setTicker(ticker);
    x->setScaleType(QCPAxis::stLogarithmic);
    x->setRange(kMinYears, kMaxYears);
    x->setLabel(tr("Maturity (log scale)"));

    y->setLabel(tr("Par yield (%)"));
    y->setNumberFormat(QStringLiteral("f"));
    y->setNumberPrecision(2);
    y->ticker()->setTickCount(6);
    y->setSubTicks(false);

    for (QCPAxis* axis : {x, y}) {
        axis->setBasePen(QPen(palette::kAxis, 1));
        axis->setTickPen(QPen(palette::kAxis, 1));
        axis->setTickLengthIn(0);
        axis->setTickLengthOut(4);
        axis->setLabelColor(palette::kText);
        axis->setTickLabelColor(palette::kText);
        axis->setLabelFont(scaledFont(base, 0.5));
        axis->setTickLabelFont(scaledFont(base, 0.0));
        axis->setLabelPadding(8);
        axis->grid()->setPen(QPen(palette::kGrid, 1));
        axis->grid()->setZeroLinePen(Qt::NoPen);
    }
}

YieldCurveChart::Series YieldCurveChart::addSeries(const QColor& color, QCPScatterStyle::ScatterShape shape)
{
    Series series;
    series.color = color;
    series.line = m_plot->addGraph();
    series.line->setPen(QPen(color, 2.2));
    series.line->setAdaptiveSampling(false);

    series.points = m_plot->addGraph();
    series.points->setLineStyle(QCPGraph::lsNone);
    series.points->setScatterStyle(QCPScatterStyle(shape, QPen(Qt::white, 1.5), QBrush(color), 9));
    series.points->removeFromLegend();
    return series;
}

void YieldCurveChart::setupLayout()
{
    const QFont base = font();
    QCPLayoutGrid* layout = m_plot->plotLayout();
    QCPAxisRect* axisRect = m_plot->axisRect();
    layout->take(axisRect);
    layout->simplify();

    auto* title = new QCPTextElement(m_plot, tr("U.S. Treasury par yield curve"), scaledFont(base, 5.0, true));
    title->setTextColor(palette::kText);
    title->setMargins(QMargins(0, 10, 0, 0));
    layout->addElement(0, 0, title);

    QCPLegend* legend = m_plot->legend;
    axisRect->insetLayout()->take(legend);
    legend->setVisible(true);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setBorderPen(Qt::NoPen);
    legend->setBrush(Qt::NoBrush);
    legend->setFont(scaledFont(base, 1.0));
    legend->setTextColor(palette::kText);
    legend->setColumnSpacing(28);
    legend->setIconSize(34, 14);
    layout->addElement(1, 0, centred(m_plot, legend));

    layout->addElement(2, 0, axisRect);
    // Without a right axis the automatic margin would let the plot run into the widget edge.
    axisRect->setAutoMargins(QCP::msLeft | QCP::msTop | QCP::msBottom);
    axisRect->setMargins(QMargins(0, 0, kRightMargin, 0));

    auto* footnote = new QCPTextElement(
        m_plot,
        tr("Markers: published par yields · Lines: par curve interpolated in maturity · "
           "Source: U.S. Department of the Treasury"),
        scaledFont(base, -1.0));
    footnote->setTextColor(palette::kMutedText);
    footnote->setTextFlags(Qt::AlignRight | Qt::AlignVCenter);
    footnote->setMargins(QMargins(12, 2, kRightMargin, 8));
    layout->addElement(3, 0, footnote);

    layout->setRowStretchFactors({kTinyStretch, kTinyStretch, 1.0, kTinyStretch});
    layout->setRowSpacing(2);
}

void YieldCurveChart::setupReadout()
{
    m_plot->layer(kOverlayLayer)->setMode(QCPLayer::lmBuffered);

    m_tracer = new QCPItemTracer(m_plot);
    m_tracer->setLayer(kOverlayLayer);
    m_tracer->setStyle(QCPItemTracer::tsCircle);
    m_tracer->setSize(16);
    m_tracer->setBrush(Qt::NoBrush);
    m_tracer->position->setTypeX(QCPItemPosition::ptPlotCoords);
    m_tracer->position->setTypeY(QCPItemPosition::ptPlotCoords);
    m_tracer->setVisible(false);

    m_readout = new QCPItemText(m_plot);
    m_readout->setLayer(kOverlayLayer);
    m_readout->position->setType(QCPItemPosition::ptAbsolute);
    m_readout->position->setParentAnchor(m_tracer->position);
    m_readout->setFont(font());
    m_readout->setColor(palette::kText);
    m_readout->setTextAlignment(Qt::AlignLeft);
    m_readout->setPadding(QMargins(8, 6, 8, 6));
    m_readout->setPen(QPen(palette::kAxis, 1));
    m_readout->setBrush(QColor(255, 255, 255, 235));
    m_readout->setVisible(false);
}

void YieldCurveChart::setCurves(const ParCurve& asOf, const ParCurve& comparison)
{
    m_curves[AsOf] = asOf;
    m_curves[Comparison] = comparison;
    updateSeries(AsOf, tr("As of %1").arg(asOf.date.toString(Qt::ISODate)));
    updateSeries(Comparison, tr("Comparison %1").arg(comparison.date.toString(Qt::ISODate)));
    updateValueRange();
    hideReadout();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void YieldCurveChart::updateSeries(Role role, const QString& name)
{
    const ParCurve& curve = m_curves[role];
    Series& series = m_series[role];
    series.line->setName(name);
    series.line->setData(curve.sampleYears, curve.samplePct, true);

    QList<double> years;
    QList<double> yields;
    for (int k = 0; k < kFactorCount; ++k) {
        if (std::isnan(curve.publishedPct[k]))
            continue;
        years.append(kFactorYears[k]);
        yields.append(curve.publishedPct[k]);
    }
    series.points->setName(name);
    series.points->setData(years, yields, true);
}

void YieldCurveChart::updateValueRange()
{
    double low = std::numeric_limits<double>::infinity();
    double high = -low;
    for (const ParCurve& curve : m_curves) {
        for (double value : curve.samplePct) {
            low = std::min(low, value);
            high = std::max(high, value);
        }
    }
    if (low > high)
        return;
    // Room above and below so markers and the read-out never touch the frame.
    const double pad = std::max(0.15, 0.12 * (high - low));
    m_plot->yAxis->setRange(low - pad, high + pad);
}

void YieldCurveChart::showReadout(const QPointF& pos)
{
    const QCPAxisRect* axisRect = m_plot->axisRect();
    if (!axisRect->rect().contains(pos.toPoint()) || m_curves[AsOf].sampleYears.isEmpty()) {
        hideReadout();
        return;
    }

    int factor = 0;
    double nearestX = std::numeric_limits<double>::infinity();
    for (int k = 0; k < kFactorCount; ++k) {
        const double distance = std::abs(m_plot->xAxis->coordToPixel(kFactorYears[k]) - pos.x());
        if (distance < nearestX) {
            nearestX = distance;
            factor = k;
        }
    }
    const auto distanceY = [&](Role role) {
        return std::abs(m_plot->yAxis->coordToPixel(m_curves[role].yieldsPct[factor]) - pos.y());
    };
    const Role role = distanceY(AsOf) <= distanceY(Comparison) ? AsOf : Comparison;

    const double years = kFactorYears[factor];
    const double yieldPct = m_curves[role].yieldsPct[factor];
    m_tracer->position->setCoords(years, yieldPct);
    m_tracer->setPen(QPen(m_series[role].color, 2));
    m_tracer->setVisible(true);

    // Place the read-out on the side of the point facing the centre of the plot.
    const QPointF point(m_plot->xAxis->coordToPixel(years), m_plot->yAxis->coordToPixel(yieldPct));
    const bool left = point.x() > axisRect->center().x();
    const bool below = point.y() < axisRect->center().y();
    constexpr double offset = 14.0;
    m_readout->setPositionAlignment((left ? Qt::AlignRight : Qt::AlignLeft) | (below ? Qt::AlignTop : Qt::AlignBottom));
    m_readout->position->setCoords(left ? -offset : offset, below ? offset : -offset);
    m_readout->setText(readoutText(factor));
    m_readout->setVisible(true);
    m_plot->layer(kOverlayLayer)->replot();
}

QString YieldCurveChart::readoutText(int factor) const
{
    const auto line = [&](Role role) {
        const ParCurve& curve = m_curves[role];
        QString text = tr("%1:  %2 %").arg(curve.date.toString(Qt::ISODate), formatYieldPct(curve.yieldsPct[factor]));
        if (curve.filled[factor])
            text += tr(" (interpolated)");
        return text;
    };
    const QString change = formatChangeBp(m_curves[Comparison].yieldsPct[factor], m_curves[AsOf].yieldsPct[factor]);
    return tr("%1 par yield\n%2\n%3\nChange:  %4 bp").arg(tenorLabel(factor), line(AsOf), line(Comparison), change);
}

void YieldCurveChart::hideReadout()
{
    if (!m_tracer->visible())
        return;
    m_tracer->setVisible(false);
    m_readout->setVisible(false);
    m_plot->layer(kOverlayLayer)->replot();
}

bool YieldCurveChart::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_plot && event->type() == QEvent::Leave)
        hideReadout();
    return QWidget::eventFilter(watched, event);
}

bool YieldCurveChart::savePng(const QString& path, int width, int height)
{
    hideReadout();
    return m_plot->savePng(path, width, height, kPngExportScale);
}

bool YieldCurveChart::savePdf(const QString& path, int width, int height)
{
    hideReadout();
    return m_plot->savePdf(path, width, height, QCP::epNoCosmetic, QStringLiteral("XMargin"),
                           tr("U.S. Treasury par yield curve"));
}

} // namespace xm
