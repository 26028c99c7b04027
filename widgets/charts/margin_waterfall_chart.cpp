#include "margin_waterfall_chart.h"

#include "usd_text.h"

#include "widgets/amount_format.h"
#include "widgets/chart_palette.h"
#include "widgets/margin_session.h"

#include <algorithm>
#include <cmath>

namespace xm {

namespace {

using Kind = WaterfallStep::Kind;

constexpr int kMaxSteps = 5;
constexpr double kBarWidth = 0.6;
constexpr double kHeadroom = 1.15;

bool isTotal(const WaterfallStep& step)
{
    return step.kind == Kind::Duplicated || step.kind == Kind::CrossMargined;
}

double top(const WaterfallStep& step)
{
    return std::max(step.from, step.to);
}

double bottom(const WaterfallStep& step)
{
    return std::min(step.from, step.to) - step.capped;
}

} // namespace

MarginWaterfallChart::MarginWaterfallChart(MarginSession& session, QWidget* parent)
    : SessionChart(session, Refresh::Always, std::chrono::milliseconds(0),
                   tr("From duplicated to cross-margined margin"), QStringLiteral("margin-waterfall"), parent)
    , m_base(addBars(QString(), Qt::NoBrush, Qt::NoPen))
    , m_capped(addBars(QString(), QBrush(palette::kSaving, Qt::BDiagPattern), QPen(palette::kSaving, 1, Qt::DashLine)))
    , m_offset(addBars(tr("Offset"), palette::kSaving, Qt::NoPen))
    , m_added(addBars(tr("Added by the regular account"), palette::kCost, Qt::NoPen))
    , m_total(addBars(tr("Requirement"), palette::kTotal, Qt::NoPen))
{
    m_base->removeFromLegend();
    m_capped->moveAbove(m_base);
    m_offset->moveAbove(m_capped);
    m_added->moveAbove(m_offset);
    m_total->moveAbove(m_added);

    plot()->yAxis->setLabel(tr("Initial margin (USD)"));
    setUsdAxis(plot()->yAxis);
    plot()->xAxis->setTickLabelFont(chartFont(0.5, true));

    for (int i = 0; i < kMaxSteps; ++i) {
        QCPItemText* label = addText(1.0, true);
        label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        label->setPadding(QMargins(0, 0, 0, 4));
        m_valueLabels.push_back(label);
        QCPItemText* capLabel = addText(-0.5);
        capLabel->setColor(palette::kSaving);
        capLabel->setPositionAlignment(Qt::AlignHCenter | Qt::AlignTop);
        capLabel->setPadding(QMargins(0, 4, 0, 0));
        m_capLabels.push_back(capLabel);
        if (i + 1 < kMaxSteps) {
            auto* connector = new QCPItemLine(plot());
            connector->setPen(QPen(palette::kAxis, 1, Qt::DotLine));
            m_connectors.push_back(connector);
        }
    }
    setNote(tr("Offset = reduction r × the leg's margin in the cross-margining account"));
}

QCPBars* MarginWaterfallChart::addBars(const QString& name, const QBrush& brush, const QPen& pen)
{
    auto* bars = new QCPBars(plot()->xAxis, plot()->yAxis);
    bars->setName(name);
    bars->setWidth(kBarWidth);
    bars->setBrush(brush);
    bars->setPen(pen);
    bars->setStackingGap(0);
    return bars;
}

const std::vector<WaterfallStep>& MarginWaterfallChart::steps() const
{
    return m_steps;
}

bool MarginWaterfallChart::hasData() const
{
    return !m_steps.empty() && (m_steps.front().to > 0.0 || m_steps.back().to > 0.0);
}

void MarginWaterfallChart::refresh()
{
    showResult(session().result(), session().parameters().xm);
}

void MarginWaterfallChart::showResult(const MarginResult& result, const CrossMarginParameters& parameters)
{
    m_steps = waterfallSteps(result, parameters);
    m_cap = result.cap;
    m_capped->setName(tr("Withheld by the %1 cap").arg(formatPercent(m_cap)));

    QStringList categories;
    for (const WaterfallStep& step : m_steps)
        categories.append(categoryLabel(step));
    setCategories(plot()->xAxis, categories);

    double highest = 0.0;
    for (const WaterfallStep& step : m_steps)
        highest = std::max(highest, top(step));
    plot()->yAxis->setRange(0.0, highest > 0.0 ? highest * kHeadroom : 1.0);

    updateBars();
    updateLegend();
    updateLabels();
    setEmptyMessage(hasData() ? QString() : tr("No margin: add positions to the portfolio"));
}

QString MarginWaterfallChart::categoryLabel(const WaterfallStep& step) const
{
    switch (step.kind) {
    case Kind::Duplicated:
        return tr("Duplicated");
    case Kind::FiccOffset:
        return tr("FICC offset\n%1 × %2").arg(formatPercent(step.reduction), usdCompact(step.margin));
    case Kind::CmeOffset:
        return tr("CME offset\n%1 × %2").arg(formatPercent(step.reduction), usdCompact(step.margin));
    case Kind::RegularAccount:
        return tr("Regular\naccount");
    case Kind::CrossMargined:
        return tr("Cross-margined");
    }
    return {};
}

void MarginWaterfallChart::updateBars()
{
    QVector<double> baseKeys, baseValues, cappedKeys, cappedValues, offsetKeys, offsetValues, addedKeys, addedValues,
        totalKeys, totalValues;
    for (std::size_t i = 0; i < m_steps.size(); ++i) {
        const WaterfallStep& step = m_steps[i];
        const double key = static_cast<double>(i) + 1.0;
        if (isTotal(step)) {
            totalKeys.append(key);
            totalValues.append(step.to);
            continue;
        }
        baseKeys.append(key);
        baseValues.append(bottom(step));
        cappedKeys.append(key);
        cappedValues.append(step.capped);
        // A regular account that lowers the requirement is drawn as an offset.
        QVector<double>& keys = step.to <= step.from ? offsetKeys : addedKeys;
        QVector<double>& values = step.to <= step.from ? offsetValues : addedValues;
        keys.append(key);
        values.append(std::abs(step.to - step.from));
    }
    m_base->setData(baseKeys, baseValues, true);
    m_capped->setData(cappedKeys, cappedValues, true);
    m_offset->setData(offsetKeys, offsetValues, true);
    m_added->setData(addedKeys, addedValues, true);
    m_total->setData(totalKeys, totalValues, true);
}

// Only the kinds of bar the chart shows, always in the same order.
void MarginWaterfallChart::updateLegend()
{
    const bool capped = std::any_of(m_steps.begin(), m_steps.end(), [](const WaterfallStep& s) { return s.capped > 0.0; });
    for (QCPBars* bars : {m_total, m_offset, m_capped, m_added})
        bars->removeFromLegend();
    m_total->addToLegend();
    m_offset->addToLegend();
    if (capped)
        m_capped->addToLegend();
    if (!m_added->data()->isEmpty())
        m_added->addToLegend();
}

void MarginWaterfallChart::updateLabels()
{
    for (std::size_t i = 0; i < m_valueLabels.size(); ++i) {
        QCPItemText* label = m_valueLabels[i];
        QCPItemText* capLabel = m_capLabels[i];
        label->setVisible(i < m_steps.size() && hasData());
        capLabel->setVisible(label->visible() && m_steps[i].capped > 0.0);
        if (!label->visible())
            continue;
        const WaterfallStep& step = m_steps[i];
        const double key = static_cast<double>(i) + 1.0;
        label->position->setCoords(key, top(step));
        label->setText(isTotal(step) ? usdCompact(step.to) : usdSignedCompact(step.to - step.from));
        label->setColor(isTotal(step) ? palette::kText : step.to <= step.from ? palette::kSaving : palette::kCost);
        capLabel->position->setCoords(key, bottom(step));
        capLabel->setText(tr("%1 withheld").arg(usdCompact(step.capped)));
    }
    for (std::size_t i = 0; i < m_connectors.size(); ++i) {
        QCPItemLine* connector = m_connectors[i];
        connector->setVisible(i + 1 < m_steps.size() && hasData());
        if (!connector->visible())
            continue;
        const double level = m_steps[i].to;
        const double key = static_cast<double>(i) + 1.0;
        connector->start->setCoords(key + kBarWidth / 2.0, level);
        connector->end->setCoords(key + 1.0 - kBarWidth / 2.0, level);
    }
}

QString MarginWaterfallChart::stepText(const WaterfallStep& step) const
{
    switch (step.kind) {
    case Kind::Duplicated:
        return tr("Duplicated requirement:  %1\nEach CCP margins its own positions").arg(usdExact(step.to));
    case Kind::FiccOffset:
    case Kind::CmeOffset: {
        const QString leg = step.kind == Kind::FiccOffset ? tr("FICC") : tr("CME");
        QString text = tr("%1 offset:  %2\n%3 × %4 margin in the account %5")
                           .arg(leg, usdExact(step.to - step.from), formatPercent(step.reduction), leg,
                                usdExact(step.margin));
        if (step.capped > 0.0)
            text += tr("\nWithout the %1 cap: %2 offset, %3 more")
                        .arg(formatPercent(m_cap), formatPercent(step.uncappedReduction), usdExact(step.capped));
        return text;
    }
    case Kind::RegularAccount:
        return tr("Regular account:  %1\nIneligible or unallocated positions, margined on their own\n"
                  "instead of netting with the cross-margined ones")
            .arg(usdExact(step.to - step.from));
    case Kind::CrossMargined:
        return tr("Cross-margined requirement:  %1").arg(usdExact(step.to));
    }
    return {};
}

std::optional<ChartFrame::Readout> MarginWaterfallChart::readoutAt(const QPointF& pixel) const
{
    const double key = plot()->xAxis->pixelToCoord(pixel.x());
    const long index = std::lround(key) - 1;
    if (!hasData() || index < 0 || index >= static_cast<long>(m_steps.size()) || std::abs(key - (index + 1)) > kBarWidth / 2.0)
        return std::nullopt;
    const WaterfallStep& step = m_steps[static_cast<std::size_t>(index)];
    return Readout{QPointF(static_cast<double>(index) + 1.0, top(step)), stepText(step), QColor()};
}

} // namespace xm
