#include "yield_curve_chart.h"

#include "chart_palette.h"
#include "yield_format.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace xm {

namespace {

// Log-scale maturity axis: the tenors from 3M to 30Y spread evenly enough to label each one.
constexpr double kMinYears = 0.2;
constexpr double kMaxYears = 37.0;

} // namespace

YieldCurveChart::YieldCurveChart(QWidget* parent)
    : ChartFrame(tr("U.S. Treasury par yield curve"), QStringLiteral("par-curve"), parent)
{
    plot()->setObjectName(QStringLiteral("yieldCurvePlot"));
    setupAxes();
    m_series[AsOf] = addSeries(palette::kAsOf, QCPScatterStyle::ssCircle);
    m_series[Comparison] = addSeries(palette::kComparison, QCPScatterStyle::ssSquare);
    setFootnote({tr("Markers: published par yields · Lines: par curve interpolated in maturity · "
                    "Source: U.S. Department of the Treasury"),
                 tr("Source: U.S. Department of the Treasury")});
}

void YieldCurveChart::setupAxes()
{
    QCPAxis* x = plot()->xAxis;
    QCPAxis* y = plot()->yAxis;

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
}

YieldCurveChart::Series YieldCurveChart::addSeries(const QColor& color, QCPScatterStyle::ScatterShape shape)
{
    Series series;
    series.color = color;
    series.line = plot()->addGraph();
    series.line->setPen(QPen(color, 2.2));
    series.line->setAdaptiveSampling(false);

    series.points = plot()->addGraph();
    series.points->setLineStyle(QCPGraph::lsNone);
    series.points->setScatterStyle(QCPScatterStyle(shape, QPen(Qt::white, 1.5), QBrush(color), 9));
    series.points->removeFromLegend();
    return series;
}

void YieldCurveChart::setCurves(const ParCurve& asOf, const ParCurve& comparison)
{
    m_curves[AsOf] = asOf;
    m_curves[Comparison] = comparison;
    setExportDate(asOf.date);
    updateSeries(AsOf, tr("As of %1").arg(asOf.date.toString(Qt::ISODate)));
    updateSeries(Comparison, tr("Comparison %1").arg(comparison.date.toString(Qt::ISODate)));
    updateValueRange();
    hideReadout();
    queueReplot();
}

bool YieldCurveChart::hasData() const
{
    return !m_curves[AsOf].sampleYears.isEmpty();
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
    plot()->yAxis->setRange(low - pad, high + pad);
}

std::optional<ChartFrame::Readout> YieldCurveChart::readoutAt(const QPointF& pos) const
{
    if (!hasData())
        return std::nullopt;

    int factor = 0;
    double nearestX = std::numeric_limits<double>::infinity();
    for (int k = 0; k < kFactorCount; ++k) {
        const double distance = std::abs(plot()->xAxis->coordToPixel(kFactorYears[k]) - pos.x());
        if (distance < nearestX) {
            nearestX = distance;
            factor = k;
        }
    }
    const auto distanceY = [&](Role role) {
        return std::abs(plot()->yAxis->coordToPixel(m_curves[role].yieldsPct[factor]) - pos.y());
    };
    const Role role = distanceY(AsOf) <= distanceY(Comparison) ? AsOf : Comparison;
    return Readout{QPointF(kFactorYears[factor], m_curves[role].yieldsPct[factor]), readoutText(factor),
                   m_series[role].color};
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

} // namespace xm
