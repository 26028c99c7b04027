#include "stress_chart.h"

#include "usd_text.h"

#include "widgets/chart_palette.h"
#include "widgets/date_conversion.h"
#include "widgets/margin_session.h"
#include "widgets/stress_text.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace xm {

namespace {

constexpr std::chrono::milliseconds kDebounce{250};
constexpr double kBarWidth = 0.34;
constexpr double kSideOffset = 0.18;  // each bar's centre left or right of its category
constexpr double kHeadroom = 1.22;
enum Column { DuplicatedColumn, CrossMarginedColumn, ColumnCount };
enum Side { BeforeSide, AfterSide };
constexpr const char* kDefaultWindow = "2020";

// Spin box range, step, default and decimals per choice (shift in bp, or the multiplier).
struct SizeRange {
    double min, max, step, initial;
    int decimals;
};
constexpr SizeRange kSizeRanges[] = {
    {0.0, 0.0, 0.0, 0.0, 0},             // Window: no size
    {-500.0, 500.0, 25.0, 100.0, 0},     // Parallel, bp
    {-200.0, 200.0, 5.0, 25.0, 0},       // Twist: 2Y -size, 10Y +size, bp
    {0.25, 5.0, 0.25, 2.0, 2},           // Volatility multiplier
};

QCPBars* sideBars(QCustomPlot* plot, const QColor& color)
{
    auto* bars = new QCPBars(plot->xAxis, plot->yAxis);
    bars->setWidth(kBarWidth);
    bars->setPen(QPen(Qt::white, 1));
    bars->setBrush(color);
    return bars;
}

double keyOf(int column, int side)
{
    return column + 1.0 + (side == BeforeSide ? -kSideOffset : kSideOffset);
}

double value(const RequirementSummary& r, int column)
{
    return column == DuplicatedColumn ? r.duplicated : r.crossMargined;
}

} // namespace

StressChart::StressChart(MarginSession& session, QWidget* parent)
    : SessionChart(session, Refresh::WhenVisible, kDebounce, tr("Stress test: requirements before and after"),
                   QStringLiteral("stress-test"), parent)
    , m_picker(new QComboBox)
    , m_size(new QDoubleSpinBox)
{
    m_before = sideBars(plot(), palette::kAsOf);
    m_after = sideBars(plot(), palette::kComparison);
    setCategories(plot()->xAxis, {tr("Duplicated\n(each CCP on its own)"), tr("Cross-margined\n(FICC–CME arrangement)")});
    plot()->xAxis->setTickLabelFont(chartFont(1.0, true));
    plot()->yAxis->setLabel(tr("Initial margin (USD)"));
    setUsdAxis(plot()->yAxis);
    for (auto*& label : m_labels) {
        label = addText(0.5, true);
        label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        label->setPadding(QMargins(0, 0, 0, 3));
    }

    m_picker->setObjectName(QStringLiteral("stressScenarioPicker"));
    m_size->setObjectName(QStringLiteral("stressSizeBox"));
    m_size->setKeyboardTracking(false);
    for (int choice = Parallel; choice <= Volatility; ++choice)
        m_sizes[static_cast<std::size_t>(choice)] = kSizeRanges[choice].initial;
    addControl(tr("&Scenario:"), m_picker);
    m_sizeCaption = addControl(tr("Si&ze:"), m_size);
    fillPicker();
    pickWindow(kDefaultWindow);
    connect(m_picker, &QComboBox::currentIndexChanged, this, &StressChart::choiceChanged);
    connect(m_size, &QDoubleSpinBox::valueChanged, this, [this](double size) {
        m_sizes[static_cast<std::size_t>(m_picker->currentData().toInt())] = size;
        invalidate();
    });
    choiceChanged();
}

// The windows of the current parameters, then the three shocks; item data is the Choice,
// windows carry their index in m_windows as well.
void StressChart::fillPicker()
{
    const QSignalBlocker blocker(m_picker);
    const QString current = m_picker->currentText();
    m_windows = historicalScenarios(session().parameters());
    m_picker->clear();
    for (std::size_t i = 0; i < m_windows.size(); ++i)
        m_picker->addItem(StressText::name(m_windows[i]), QVariant::fromValue(static_cast<int>(Window)));
    m_picker->insertSeparator(m_picker->count());
    m_picker->addItem(tr("Parallel shift (bp)"), static_cast<int>(Parallel));
    m_picker->addItem(tr("Steepener (+) or flattener (−): 2Y −size, 10Y +size (bp)"), static_cast<int>(Twist));
    m_picker->addItem(tr("Volatility multiplier (scenario changes and scan ranges ×)"), static_cast<int>(Volatility));
    const int again = m_picker->findText(current);
    m_picker->setCurrentIndex(again >= 0 ? again : 0);
}

void StressChart::pickWindow(const std::string& id)
{
    const auto it = std::find_if(m_windows.begin(), m_windows.end(), [&](const StressScenario& s) { return s.id == id; });
    if (it != m_windows.end())
        m_picker->setCurrentIndex(static_cast<int>(it - m_windows.begin()));
}

void StressChart::pickShock(Choice choice, double size)
{
    m_sizes[static_cast<std::size_t>(choice)] = size;
    const int index = m_picker->findData(static_cast<int>(choice));
    if (index == m_picker->currentIndex())
        choiceChanged();
    else
        m_picker->setCurrentIndex(index);
}

void StressChart::choiceChanged()
{
    const int choice = m_picker->currentData().toInt();
    const SizeRange& range = kSizeRanges[choice];
    const bool sized = choice != Window;
    {
        const QSignalBlocker blocker(m_size);
        m_size->setDecimals(range.decimals);
        m_size->setRange(range.min, range.max);
        m_size->setSingleStep(range.step);
        m_size->setSuffix(choice == Volatility ? tr(" ×") : tr(" bp"));
        m_size->setValue(m_sizes[static_cast<std::size_t>(choice)]);
    }
    m_size->setVisible(sized);
    m_sizeCaption->setVisible(sized);
    invalidate();
}

StressScenario StressChart::scenario() const
{
    const int choice = m_picker->currentData().toInt();
    const double size = m_sizes[static_cast<std::size_t>(choice)];
    switch (choice) {
    case Parallel:
        return parallelScenario(size);
    case Twist:
        return twistScenario(-size, size);
    case Volatility:
        return volatilityScenario(size);
    default:
        break;
    }
    return m_windows.at(static_cast<std::size_t>(std::clamp(m_picker->currentIndex(), 0, static_cast<int>(m_windows.size()) - 1)));
}

void StressChart::refresh()
{
    const std::vector<StressScenario> windows = historicalScenarios(session().parameters());
    const bool sameWindows = std::equal(windows.begin(), windows.end(), m_windows.begin(), m_windows.end(),
                                        [](const StressScenario& a, const StressScenario& b) {
                                            return a.name == b.name && a.window.first == b.window.first
                                                   && a.window.last == b.window.last;
                                        });
    if (!sameWindows)
        fillPicker();
    const StressScenario s = scenario();
    setTitle(tr("Stress test: %1").arg(StressText::name(s)), tr("Stress test"));
    try {
        m_result = session().stress(s);
        setEmptyMessage(hasData() ? QString() : tr("No margin: add positions to the portfolio"));
    } catch (const std::invalid_argument& error) {
        m_result.reset();
        setEmptyMessage(tr("This scenario cannot run: %1").arg(QString::fromUtf8(error.what())));
    }
    showResult();
    emit resultShown();
}

void StressChart::showResult()
{
    QVector<double> before, after;
    if (m_result) {
        const RequirementSummary& b = m_result->before.requirements;
        const RequirementSummary& a = m_result->after.requirements;
        before = {b.duplicated, b.crossMargined};
        after = {a.duplicated, a.crossMargined};
        const bool historical = m_result->scenario.kind == StressKind::Historical;
        const QString beforeDate = toQDate(m_result->before.date).toString(Qt::ISODate);
        const QString afterDate = toQDate(m_result->after.date).toString(Qt::ISODate);
        m_before->setName(historical ? tr("Before the window (%1)").arg(beforeDate) : tr("Today (%1)").arg(beforeDate));
        m_after->setName(historical ? tr("At its highest (%1)").arg(afterDate) : tr("Stressed"));
        setNote(historical ? tr("Today's positions; each day with its own lookback and scan ranges")
                           : m_result->scenario.kind == StressKind::Volatility
                               ? tr("Scenario changes and scan ranges scaled; haircuts and floors unchanged")
                               : tr("Instantaneous curve move; today's historical scenarios"));
    } else {
        before = after = {0.0, 0.0};
    }
    m_before->setData({keyOf(DuplicatedColumn, BeforeSide), keyOf(CrossMarginedColumn, BeforeSide)}, before, true);
    m_after->setData({keyOf(DuplicatedColumn, AfterSide), keyOf(CrossMarginedColumn, AfterSide)}, after, true);
    const double top = std::max({before[0], before[1], after[0], after[1]});
    plot()->yAxis->setRange(0.0, top > 0.0 ? top * kHeadroom : 1.0);
    placeLabels();
}

void StressChart::placeLabels()
{
    for (int column = 0; column < ColumnCount; ++column) {
        for (int side : {BeforeSide, AfterSide}) {
            QCPItemText* label = m_labels[static_cast<std::size_t>(2 * column + side)];
            label->setVisible(m_result.has_value() && hasData());
            if (!m_result)
                continue;
            const double x = keyOf(column, side);
            const double before = value(m_result->before.requirements, column);
            const double amount = side == BeforeSide ? before : value(m_result->after.requirements, column);
            label->position->setCoords(x, amount);
            const QString change = StressText::change(before, amount);
            label->setText(side == BeforeSide || change.isEmpty() ? usdCompact(amount)
                                                                   : tr("%1\n%2").arg(usdCompact(amount), change));
        }
    }
}

bool StressChart::hasData() const
{
    return m_result && (m_result->before.requirements.duplicated > 0.0 || m_result->after.requirements.duplicated > 0.0);
}

std::optional<ChartFrame::Readout> StressChart::readoutAt(const QPointF& pixel) const
{
    if (!hasData())
        return std::nullopt;
    const double key = plot()->xAxis->pixelToCoord(pixel.x());
    for (int side : {BeforeSide, AfterSide}) {
        for (int column = 0; column < ColumnCount; ++column) {
            const double x = keyOf(column, side);
            if (std::abs(key - x) > kBarWidth / 2.0)
                continue;
            const bool before = side == BeforeSide;
            const QCPBars* bars = before ? m_before : m_after;
            const RequirementSummary& r = before ? m_result->before.requirements : m_result->after.requirements;
            const bool duplicated = column == DuplicatedColumn;
            const double ficc = duplicated ? r.ficcStandalone : r.ficcCrossMargined;
            const double cme = duplicated ? r.cmeStandalone : r.cmeCrossMargined;
            const QString what = duplicated ? tr("Duplicated") : tr("Cross-margined");
            const QString text = tr("%1 · %2\nFICC:  %3\nCME:  %4\nTotal:  %5")
                                     .arg(what, bars->name(), usdExact(ficc), usdExact(cme), usdExact(ficc + cme));
            return Readout{QPointF(x, ficc + cme), text, QColor()};
        }
    }
    return std::nullopt;
}

} // namespace xm
