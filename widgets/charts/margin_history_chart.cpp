#include "margin_history_chart.h"

#include "date_axis_ticker.h"
#include "usd_text.h"

#include "widgets/amount_format.h"
#include "widgets/chart_palette.h"
#include "widgets/core_text.h"
#include "widgets/date_conversion.h"
#include "widgets/margin_session.h"

#include <QComboBox>

#include <algorithm>

namespace xm {

namespace {

constexpr std::chrono::milliseconds kDebounce{250};
constexpr double kHeadroom = 1.12;
constexpr int kDefaultPeriod = 2;        // index into kPeriodYears: the last 20 years
constexpr int kPeriodYears[] = {5, 10, 20, 0};  // 0: all the history
constexpr double kSecondsPerDay = 86400.0;

double keyOf(Date date)
{
    return QCPAxisTickerDateTime::dateTimeToKey(toQDate(date), Qt::UTC);
}

Date dateOf(double key)
{
    return toDate(QCPAxisTickerDateTime::keyToDateTime(key).toUTC().date());
}

const DateWindow* windowHolding(const std::vector<DateWindow>& windows, Date date)
{
    const auto it = std::find_if(windows.begin(), windows.end(),
                                 [&](const DateWindow& w) { return w.first <= date && date <= w.last; });
    return it == windows.end() ? nullptr : &*it;
}

} // namespace

MarginHistoryChart::MarginHistoryChart(MarginSession& session, QWidget* parent)
    : SessionChart(session, Refresh::WhenVisible, kDebounce, tr("Margin through history for this portfolio"),
                   QStringLiteral("margin-history"), parent)
    , m_periodPicker(new QComboBox)
    , m_duplicated(addLine(tr("Duplicated"), QPen(palette::kDuplicated, 1.6)))
    , m_crossMargined(addLine(tr("Cross-margined"), QPen(palette::kCrossMargined, 1.8)))
    , m_stressKey(new QCPBars(plot()->xAxis, plot()->yAxis))
{
    m_periodPicker->setObjectName(QStringLiteral("historyPeriodPicker"));
    for (int years : kPeriodYears)
        m_periodPicker->addItem(years > 0 ? tr("Last %1 years").arg(years) : tr("All history"), years);
    m_periodPicker->setCurrentIndex(kDefaultPeriod);
    addControl(tr("&Period:"), m_periodPicker);
    connect(m_periodPicker, &QComboBox::currentIndexChanged, this, &MarginHistoryChart::applyPeriod);

    m_crossMargined->setChannelFillGraph(m_duplicated);
    m_crossMargined->setBrush(palette::kSavingBand);

    m_stressKey->setName(tr("Stress window in FICC's scenarios"));
    m_stressKey->setPen(Qt::NoPen);
    m_stressKey->setBrush(palette::kStress);

    auto ticker = QSharedPointer<DateAxisTicker>::create();
    ticker->setTickCount(10);
    plot()->xAxis->setTicker(ticker);
    plot()->xAxis->setSubTicks(false);
    plot()->xAxis->setLabel(tr("Date"));
    plot()->yAxis->setLabel(tr("Initial margin (USD)"));
    setUsdAxis(plot()->yAxis);

    plot()->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot()->axisRect()->setRangeDrag(Qt::Horizontal);
    plot()->axisRect()->setRangeZoom(Qt::Horizontal);
    connect(plot()->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this,
            &MarginHistoryChart::fitToVisibleRange);
    setNote(tr("Today's positions and sensitivities; each day with its own lookback and scan ranges"));
}

QComboBox* MarginHistoryChart::periodPicker() const
{
    return m_periodPicker;
}

bool MarginHistoryChart::hasData() const
{
    return std::any_of(m_points.begin(), m_points.end(),
                       [](const HistoryPoint& p) { return p.requirements.duplicated > 0.0; });
}

void MarginHistoryChart::refresh()
{
    showHistory(session().history(), session().parameters().ficc.stressWindows);
}

void MarginHistoryChart::showHistory(const std::vector<HistoryPoint>& points, const std::vector<DateWindow>& stressWindows)
{
    m_points = points;
    QVector<double> keys, duplicated, crossMargined;
    keys.reserve(static_cast<int>(m_points.size()));
    for (const HistoryPoint& point : m_points) {
        keys.append(keyOf(point.date));
        duplicated.append(point.requirements.duplicated);
        crossMargined.append(point.requirements.crossMargined);
    }
    m_duplicated->setData(keys, duplicated, true);
    m_crossMargined->setData(keys, crossMargined, true);
    showStressWindows(stressWindows);
    applyPeriod();
    setEmptyMessage(hasData() ? QString() : tr("No margin history: add positions to the portfolio"));
}

void MarginHistoryChart::showStressWindows(const std::vector<DateWindow>& windows)
{
    m_windows = windows;
    while (m_stressBands.size() < windows.size()) {
        auto* band = new QCPItemRect(plot());
        band->setLayer(QStringLiteral("grid"));
        band->setPen(Qt::NoPen);
        band->setBrush(palette::kStress);
        band->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
        band->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
        m_stressBands.push_back(band);

        QCPItemText* label = addText(-1.0);
        label->setColor(palette::kMutedText);
        label->setClipToAxisRect(true);
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignTop);
        label->setPadding(QMargins(0, 4, 0, 0));
        m_stressLabels.push_back(label);
    }
    for (std::size_t i = 0; i < m_stressBands.size(); ++i) {
        const bool shown = i < windows.size();
        m_stressBands[i]->setVisible(shown);
        m_stressLabels[i]->setVisible(shown);
        if (!shown)
            continue;
        const double first = keyOf(windows[i].first);
        const double last = keyOf(windows[i].last) + kSecondsPerDay;
        m_stressBands[i]->topLeft->setCoords(first, 0.0);
        m_stressBands[i]->bottomRight->setCoords(last, 1.0);
        m_stressLabels[i]->position->setCoords((first + last) / 2.0, 0.0);
        m_stressLabels[i]->setText(CoreText::stressWindow(windows[i].name));
    }
    if (windows.empty())
        m_stressKey->removeFromLegend();
    else
        m_stressKey->addToLegend();
}

void MarginHistoryChart::applyPeriod()
{
    if (m_points.empty())
        return;
    const int years = m_periodPicker->currentData().toInt();
    const Date last = m_points.back().date;
    const Date first = years > 0 ? std::max(m_points.front().date, last.addYears(-years)) : m_points.front().date;
    plot()->xAxis->setRange(keyOf(first), keyOf(last) + kSecondsPerDay);
    queueReplot();
}

// The value axis from zero to the highest requirement in view.
void MarginHistoryChart::fitToVisibleRange(const QCPRange& range)
{
    bool found = false;
    const QCPRange values = m_duplicated->getValueRange(found, QCP::sdBoth, range);
    bool foundCross = false;
    const QCPRange cross = m_crossMargined->getValueRange(foundCross, QCP::sdBoth, range);
    const double highest = std::max(found ? values.upper : 0.0, foundCross ? cross.upper : 0.0);
    plot()->yAxis->setRange(0.0, highest > 0.0 ? highest * kHeadroom : 1.0);
}

std::optional<ChartFrame::Readout> MarginHistoryChart::readoutAt(const QPointF& pixel) const
{
    if (!hasData())
        return std::nullopt;
    const Date date = dateOf(plot()->xAxis->pixelToCoord(pixel.x()));
    const auto after = std::lower_bound(m_points.begin(), m_points.end(), date,
                                        [](const HistoryPoint& p, Date d) { return p.date < d; });
    const HistoryPoint& point = after == m_points.end() ? m_points.back() : *after;
    const RequirementSummary& r = point.requirements;
    QString text = tr("%1\nDuplicated:  %2\nCross-margined:  %3")
                       .arg(toQDate(point.date).toString(Qt::ISODate), usdExact(r.duplicated), usdExact(r.crossMargined));
    if (r.duplicated > 0.0)
        text += tr("\nSaving:  %1 (%2)").arg(usdExact(r.savings), formatPercent(r.savings / r.duplicated));
    if (const DateWindow* window = windowHolding(m_windows, point.date))
        text += tr("\nStress window: %1").arg(CoreText::stressWindow(window->name));
    return Readout{QPointF(keyOf(point.date), r.crossMargined), text, palette::kCrossMargined};
}

} // namespace xm
