#include "key_rate_ladder_chart.h"

#include "usd_text.h"

#include "widgets/chart_palette.h"
#include "widgets/margin_session.h"
#include "widgets/par_curve.h"

#include <algorithm>
#include <cmath>

namespace xm {

namespace {

constexpr double kBarWidth = 0.26;
constexpr double kBarSpacing = 0.02;
constexpr double kHeadroom = 1.15;

} // namespace

KeyRateLadderChart::KeyRateLadderChart(MarginSession& session, QWidget* parent)
    : SessionChart(session, Refresh::Always, std::chrono::milliseconds(0), tr("Key-rate DV01 ladder"),
                   QStringLiteral("key-rate-dv01"), parent)
    , m_group(new QCPBarsGroup(plot()))
{
    m_group->setSpacingType(QCPBarsGroup::stPlotCoords);
    m_group->setSpacing(kBarSpacing);
    m_bars[Ficc] = addBars(palette::kFicc);
    m_bars[Cme] = addBars(palette::kCme);
    m_bars[Net] = addBars(palette::kNet);

    QStringList tenors;
    for (int k = 0; k < kFactorCount; ++k)
        tenors.append(tenorLabel(k));
    setCategories(plot()->xAxis, tenors);
    plot()->xAxis->setLabel(tr("Par-yield tenor (key rate)"));
    plot()->yAxis->setLabel(tr("DV01 (USD per bp)"));
    setUsdAxis(plot()->yAxis);
    plot()->yAxis->grid()->setZeroLinePen(QPen(palette::kAxis, 1));
    setNote(tr("DV01: USD gained when that par yield falls 1bp · Futures through their cheapest-to-deliver"));
}

QCPBars* KeyRateLadderChart::addBars(const QColor& color)
{
    auto* bars = new QCPBars(plot()->xAxis, plot()->yAxis);
    bars->setWidth(kBarWidth);
    bars->setPen(Qt::NoPen);
    bars->setBrush(color);
    bars->setBarsGroup(m_group);
    return bars;
}

void KeyRateLadderChart::refresh()
{
    const MarginResult& result = session().result();
    showLadders(result.ficcLadder, result.cmeLadder, result.netLadder);
}

void KeyRateLadderChart::showLadders(const FactorVector& ficc, const FactorVector& cme, const FactorVector& net)
{
    m_dv01 = {ficc, cme, net};
    const QString names[SeriesCount] = {tr("FICC leg"), tr("CME leg"), tr("Net")};
    double low = 0.0;
    double high = 0.0;
    for (int series = 0; series < SeriesCount; ++series) {
        QVector<double> keys, values;
        double total = 0.0;
        for (int k = 0; k < kFactorCount; ++k) {
            double& dv01 = m_dv01[series][k];
            dv01 = -dv01;  // P&L per +1bp -> trader's DV01
            keys.append(k + 1.0);
            values.append(dv01);
            total += dv01;
            low = std::min(low, dv01);
            high = std::max(high, dv01);
        }
        m_bars[series]->setData(keys, values, true);
        m_bars[series]->setName(tr("%1 (total %2)").arg(names[series], usdCompact(total)));
    }
    if (low == high)
        plot()->yAxis->setRange(-1.0, 1.0);
    else
        plot()->yAxis->setRange(low * kHeadroom, high * kHeadroom);
    setEmptyMessage(hasData() ? QString() : tr("No interest-rate risk: add positions to the portfolio"));
}

bool KeyRateLadderChart::hasData() const
{
    return std::any_of(m_dv01.begin(), m_dv01.end(), [](const FactorVector& ladder) {
        return std::any_of(ladder.begin(), ladder.end(), [](double dv01) { return dv01 != 0.0; });
    });
}

std::optional<ChartFrame::Readout> KeyRateLadderChart::readoutAt(const QPointF& pixel) const
{
    const long k = std::lround(plot()->xAxis->pixelToCoord(pixel.x())) - 1;
    if (!hasData() || k < 0 || k >= kFactorCount)
        return std::nullopt;
    const auto factor = static_cast<std::size_t>(k);
    const QString text = tr("%1 key rate, DV01 per bp\nFICC leg:  %2\nCME leg:  %3\nNet:  %4")
                             .arg(tenorLabel(static_cast<int>(k)), usdExact(m_dv01[Ficc][factor]),
                                  usdExact(m_dv01[Cme][factor]), usdExact(m_dv01[Net][factor]));
    const double top = std::max({0.0, m_dv01[Ficc][factor], m_dv01[Cme][factor], m_dv01[Net][factor]});
    return Readout{QPointF(k + 1.0, top), text, QColor()};
}

} // namespace xm
