#include "hedge_ratio_chart.h"

#include "usd_text.h"

#include "widgets/amount_format.h"
#include "widgets/chart_palette.h"
#include "widgets/margin_session.h"
#include "widgets/position_text.h"

#include <QComboBox>
#include <QSignalBlocker>
#include <QSlider>

#include <algorithm>
#include <cmath>

namespace xm {

namespace {

constexpr std::chrono::milliseconds kDebounce{100};
constexpr double kHeadroom = 1.12;
constexpr double kNeutralPct = 100.0;
constexpr double kDefaultMaxRatio = 1.5;
constexpr double kMarkerLabelsApartPct = 12.0;  // closer markers share one label
constexpr double kMarkerLabelOffset = 10.0;     // pixels between a marker and its label
constexpr double kLabelsAboveShare = 0.25;      // markers this low on the axis get their label above
constexpr int kSliderPageStepPct = 10;
constexpr int kSliderWidth = 220;
constexpr double kFaceLot = 1000.0;             // slider-set cash quantities round to whole thousands of face

QString positionName(const Position& position)
{
    return position.venue == Venue::Cme
        ? HedgeRatioChart::tr("%1 (%2 contracts)").arg(instrumentText(position), formatQuantity(position.quantity))
        : HedgeRatioChart::tr("%1 (%2 face)").arg(instrumentText(position), usdExact(position.quantity));
}

} // namespace

HedgeRatioChart::HedgeRatioChart(MarginSession& session, QWidget* parent)
    : SessionChart(session, Refresh::WhenVisible, kDebounce, tr("Margin versus hedge ratio"),
                   QStringLiteral("hedge-ratio"), parent)
    , m_legPicker(new QComboBox)
    , m_hedgeSlider(new QSlider(Qt::Horizontal))
    , m_duplicated(addLine(tr("Duplicated"), QPen(palette::kDuplicated, 2.2)))
    , m_crossMargined(addLine(tr("Cross-margined"), QPen(palette::kCrossMargined, 2.6)))
    , m_ficc(addLine(tr("FICC standalone"), QPen(palette::kFicc, 1.2, Qt::DashLine)))
    , m_cme(addLine(tr("CME standalone"), QPen(palette::kCme, 1.2, Qt::DashLine)))
    , m_current(addLine(tr("Current hedge"), Qt::NoPen))
    , m_lowest(addLine(tr("Lowest cross-margined"), Qt::NoPen))
{
    m_legPicker->setObjectName(QStringLiteral("hedgeLegPicker"));
    m_legPicker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_legPicker->setToolTip(tr("The position whose quantity the chart varies against the rest of the portfolio"));
    addControl(tr("Hedge &leg:"), m_legPicker);
    connect(m_legPicker, &QComboBox::activated, this, &HedgeRatioChart::pickLeg);
    m_hedgeSlider->setObjectName(QStringLiteral("hedgeSlider"));
    m_hedgeSlider->setPageStep(kSliderPageStepPct);
    m_hedgeSlider->setFixedWidth(kSliderWidth);
    m_hedgeSlider->setEnabled(false);
    m_hedgeSlider->setToolTip(tr("Move the hedge: sets the leg's quantity to this share of the DV01-neutral quantity "
                                 "(Edit > Undo takes it back)"));
    addControl(tr("Mo&ve hedge:"), m_hedgeSlider);
    connect(m_hedgeSlider, &QSlider::valueChanged, this, &HedgeRatioChart::moveHedge);

    // The saving: the band between the duplicated and the cross-margined requirement.
    m_crossMargined->setChannelFillGraph(m_duplicated);
    m_crossMargined->setBrush(palette::kSavingBand);

    plot()->xAxis->setLabel(tr("Hedge ratio (% of the DV01-neutral quantity)"));
    plot()->xAxis->setTicker(QSharedPointer<QCPAxisTickerFixed>::create());
    plot()->xAxis->ticker().staticCast<QCPAxisTickerFixed>()->setTickStep(25.0);
    plot()->yAxis->setLabel(tr("Initial margin (USD)"));
    setUsdAxis(plot()->yAxis);
    setupMarkers();
    setNote(tr("Other positions held as they are"));
}

void HedgeRatioChart::setupMarkers()
{
    m_current->setLineStyle(QCPGraph::lsNone);
    m_current->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(palette::kText, 2), QBrush(Qt::white), 10));
    m_lowest->setLineStyle(QCPGraph::lsNone);
    m_lowest->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssDiamond, QPen(Qt::white, 1.5), QBrush(palette::kCrossMargined), 13));
    // The markers say what they are in labels beside them, not in the legend.
    for (QCPGraph* marker : {m_current, m_lowest})
        marker->removeFromLegend();
    // Each label hangs a few pixels off an invisible anchor at its marker.
    for (auto [label, anchor] : {std::pair{&m_currentLabel, &m_currentAnchor}, std::pair{&m_lowestLabel, &m_lowestAnchor}}) {
        *anchor = new QCPItemTracer(plot());
        (*anchor)->setStyle(QCPItemTracer::tsNone);
        *label = addText(-0.5, true);
        (*label)->setBrush(QColor(255, 255, 255, 220));
        (*label)->setPadding(QMargins(3, 1, 3, 1));
        (*label)->position->setType(QCPItemPosition::ptAbsolute);
        (*label)->position->setParentAnchor((*anchor)->position);
    }
    m_lowestLabel->setColor(palette::kCrossMargined);

    m_neutralLine = new QCPItemStraightLine(plot());
    m_neutralLine->setPen(QPen(palette::kAxis, 1.2, Qt::DashLine));
    m_neutralLine->point1->setCoords(kNeutralPct, 0.0);
    m_neutralLine->point2->setCoords(kNeutralPct, 1.0);

    m_neutralLabel = addText(-0.5);
    m_neutralLabel->setColor(palette::kMutedText);
    m_neutralLabel->position->setTypeX(QCPItemPosition::ptPlotCoords);
    m_neutralLabel->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_neutralLabel->position->setCoords(kNeutralPct, 0.0);
    m_neutralLabel->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_neutralLabel->setPadding(QMargins(6, 4, 0, 0));
    m_neutralLabel->setText(tr("DV01-neutral"));
}

QComboBox* HedgeRatioChart::legPicker() const
{
    return m_legPicker;
}

QSlider* HedgeRatioChart::hedgeSlider() const
{
    return m_hedgeSlider;
}

// Futures move in whole contracts, cash in whole thousands of face; never to zero, which
// would leave no leg to sweep.
void HedgeRatioChart::moveHedge(int ratioPct)
{
    if (!m_leg)
        return;
    const double exact = m_leg->neutralQuantity * ratioPct / 100.0;
    const double lot = m_leg->venue == Venue::Cme ? 1.0 : kFaceLot;
    double quantity = std::round(exact / lot) * lot;
    if (quantity == 0.0)
        quantity = std::copysign(lot, m_leg->neutralQuantity);
    if (quantity != m_leg->quantity) {
        m_leg->quantity = quantity;
        emit hedgeMoved(m_leg->row, quantity);
    }
}

void HedgeRatioChart::showHedgeOnSlider()
{
    if (m_hedgeSlider->isSliderDown())
        return;  // the user is dragging it
    const QSignalBlocker blocker(m_hedgeSlider);
    m_hedgeSlider->setEnabled(m_leg.has_value());
    if (!m_leg)
        return;
    m_hedgeSlider->setRange(static_cast<int>(std::ceil(100.0 * m_leg->fromRatio)),
                            static_cast<int>(std::floor(100.0 * m_leg->toRatio)));
    m_hedgeSlider->setValue(
        static_cast<int>(std::lround(100.0 * std::clamp(m_leg->currentRatio, m_leg->fromRatio, m_leg->toRatio))));
}

const std::vector<SweepPoint>& HedgeRatioChart::points() const
{
    return m_points;
}

bool HedgeRatioChart::hasData() const
{
    return !m_points.empty();
}

void HedgeRatioChart::pickLeg(int row)
{
    m_legId = session().positions().at(static_cast<std::size_t>(row)).id;
    invalidate();
}

void HedgeRatioChart::updateLegPicker()
{
    const std::vector<Position>& positions = session().positions();
    const QSignalBlocker blocker(m_legPicker);
    m_legPicker->clear();
    int selected = -1;
    for (std::size_t row = 0; row < positions.size(); ++row) {
        m_legPicker->addItem(positionName(positions[row]));
        if (positions[row].id == m_legId)
            selected = static_cast<int>(row);
    }
    if (selected < 0) {
        m_legId.clear();
        selected = defaultHedgeRow(positions, session().result().positions);
    }
    m_legPicker->setCurrentIndex(selected);
}

void HedgeRatioChart::refresh()
{
    updateLegPicker();
    const int row = m_legPicker->currentIndex();
    const std::optional<HedgeLeg> leg = hedgeLeg(session().positions(), session().result().positions, row);
    if (!leg) {
        clear(row < 0 ? tr("No position with DV01 to vary: add positions to the portfolio")
                      : tr("Nothing to hedge: the leg or the rest of the portfolio has no DV01"));
        return;
    }
    const std::vector<SweepPoint> points
        = session().sweep(row, leg->scaleAt(leg->fromRatio), leg->scaleAt(leg->toRatio), leg->steps);
    showSweep(*leg, m_legPicker->currentText(), points, RequirementSummary::of(session().result()));
}

void HedgeRatioChart::clear(const QString& message)
{
    m_leg.reset();
    m_points.clear();
    for (QCPGraph* graph : {m_duplicated, m_crossMargined, m_ficc, m_cme, m_current, m_lowest})
        graph->data()->clear();
    m_currentLabel->setVisible(false);
    m_lowestLabel->setVisible(false);
    m_neutralLine->setVisible(false);
    m_neutralLabel->setVisible(false);
    plot()->xAxis->setRange(0.0, 100.0 * kDefaultMaxRatio);
    setTitle(tr("Margin versus hedge ratio"));
    setEmptyMessage(message);
    showHedgeOnSlider();
}

double HedgeRatioChart::ratioPct(const SweepPoint& point) const
{
    return 100.0 * point.quantity / m_leg->neutralQuantity;
}

void HedgeRatioChart::showSweep(const HedgeLeg& leg, const QString& legName, const std::vector<SweepPoint>& points,
                                const RequirementSummary& current)
{
    if (points.empty()) {
        clear(tr("The sweep has no points"));
        return;
    }
    m_leg = leg;
    m_points = points;
    QVector<double> ratios, duplicated, crossMargined, ficc, cme;
    double highest = 0.0;
    for (const SweepPoint& point : m_points) {
        const RequirementSummary& r = point.requirements;
        ratios.append(ratioPct(point));
        duplicated.append(r.duplicated);
        crossMargined.append(r.crossMargined);
        ficc.append(r.ficcStandalone);
        cme.append(r.cmeStandalone);
        highest = std::max({highest, r.duplicated, r.crossMargined});
    }
    m_duplicated->setData(ratios, duplicated, true);
    m_crossMargined->setData(ratios, crossMargined, true);
    m_ficc->setData(ratios, ficc, true);
    m_cme->setData(ratios, cme, true);

    const auto lowest = std::min_element(m_points.begin(), m_points.end(), [](const SweepPoint& a, const SweepPoint& b) {
        return a.requirements.crossMargined < b.requirements.crossMargined;
    });
    const double lowestPct = ratioPct(*lowest);
    m_lowest->setData({lowestPct}, {lowest->requirements.crossMargined}, true);

    const double currentPct = 100.0 * leg.currentRatio;
    m_current->setData({currentPct, currentPct}, {current.duplicated, current.crossMargined}, true);
    plot()->xAxis->setRange(100.0 * leg.fromRatio, 100.0 * leg.toRatio);
    plot()->yAxis->setRange(0.0, highest > 0.0 ? highest * kHeadroom : 1.0);
    placeMarkerLabels(currentPct, current.crossMargined, lowestPct, lowest->requirements.crossMargined);
    m_neutralLine->setVisible(true);
    m_neutralLabel->setVisible(true);
    setTitle(tr("Margin versus hedge ratio: %1").arg(legName), tr("Margin versus hedge ratio"));
    setEmptyMessage(QString());
    showHedgeOnSlider();
}

// Beside the cross-margined markers: below them, or above them near the axis; one label when
// the markers meet.
void HedgeRatioChart::placeMarkerLabels(double currentPct, double current, double lowestPct, double lowest)
{
    const double low = kLabelsAboveShare * plot()->yAxis->range().upper;
    const auto place = [&](QCPItemText* label, QCPItemTracer* anchor, double ratioPct, double value) {
        const bool above = value < low;
        anchor->position->setCoords(ratioPct, value);
        label->setPositionAlignment(Qt::AlignHCenter | (above ? Qt::AlignBottom : Qt::AlignTop));
        label->position->setCoords(0.0, above ? -kMarkerLabelOffset : kMarkerLabelOffset);
    };
    place(m_currentLabel, m_currentAnchor, currentPct, current);
    place(m_lowestLabel, m_lowestAnchor, lowestPct, lowest);
    const bool apart = std::abs(currentPct - lowestPct) >= kMarkerLabelsApartPct;
    m_currentLabel->setVisible(true);
    m_currentLabel->setText(apart ? tr("Now: %1").arg(usdCompact(current))
                                  : tr("Now: %1, the lowest").arg(usdCompact(current)));
    m_lowestLabel->setVisible(apart);
    m_lowestLabel->setText(tr("Lowest: %1 at %2%").arg(usdCompact(lowest), QString::number(lowestPct, 'f', 0)));
}

std::optional<ChartFrame::Readout> HedgeRatioChart::readoutAt(const QPointF& pixel) const
{
    if (m_points.empty())
        return std::nullopt;
    const double ratio = plot()->xAxis->pixelToCoord(pixel.x());
    const auto nearest = std::min_element(m_points.begin(), m_points.end(), [&](const SweepPoint& a, const SweepPoint& b) {
        return std::abs(ratioPct(a) - ratio) < std::abs(ratioPct(b) - ratio);
    });
    const RequirementSummary& r = nearest->requirements;
    QString text = tr("Hedge %1% of DV01-neutral: %2\nDuplicated:  %3\nCross-margined:  %4\nFICC standalone:  %5\nCME standalone:  %6")
                       .arg(QString::number(ratioPct(*nearest), 'f', 0),
                            m_leg->venue == Venue::Cme ? tr("%1 contracts").arg(formatQuantity(std::round(nearest->quantity)))
                                                       : tr("%1 face").arg(usdExact(nearest->quantity)),
                            usdExact(r.duplicated), usdExact(r.crossMargined), usdExact(r.ficcStandalone),
                            usdExact(r.cmeStandalone));
    if (r.duplicated > 0.0)
        text += tr("\nSaving:  %1 (%2)").arg(usdExact(r.savings), formatPercent(r.savings / r.duplicated));
    return Readout{QPointF(ratioPct(*nearest), r.crossMargined), text, palette::kCrossMargined};
}

} // namespace xm
