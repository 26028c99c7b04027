#include "misconceptions_panel.h"

#include "amount_format.h"
#include "charts/usd_text.h"
#include "date_conversion.h"
#include "margin_session.h"
#include "position_text.h"

#include "core/io/preset_catalog.h"

#include <QCoreApplication>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace xm {
namespace {

// The stress replay waits for typing to pause, like the History chart.
constexpr int kStressDelayMs = 300;
// The replay starts this long before the window, for the level the stress started from.
constexpr int kDaysBeforeWindow = 31;

const char* const kPresets[MisconceptionsPanel::TopicCount] = {"bond-basis-not-bd-fcm", "options-hedge", "costs-more",
                                                               "stress-2020"};

QString bullet(const QString& line)
{
    return QStringLiteral("• ") + line;
}

QString dateText(Date date)
{
    return toQDate(date).toString(Qt::ISODate);
}

// The latest stress window that starts on or before `asOf`, else the first one.
const DateWindow* stressWindowFor(const std::vector<DateWindow>& windows, Date asOf)
{
    const DateWindow* chosen = nullptr;
    for (const DateWindow& window : windows) {
        if (window.first <= asOf && (!chosen || window.first > chosen->first))
            chosen = &window;
    }
    return chosen || windows.empty() ? chosen : &windows.front();
}

} // namespace

MisconceptionsPanel::MisconceptionsPanel(const MarginSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_stressDelay(new QTimer(this))
{
    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("misconceptionsContent"));
    auto* layout = new QVBoxLayout(content);
    layout->setSpacing(10);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    addTopic(layout, Accounts, tr("Retail accounts do not get this"),
             tr("Customer cross-margining runs only through a dually registered broker-dealer and FCM that clears at "
                "both FICC and CME (an Eligible BD-FCM), and both the firm and the customer must opt in. A customer "
                "account anywhere else, such as a retail brokerage account or a futures account at an FCM that is not "
                "a broker-dealer, stays margined by each CCP separately."));
    addTopic(layout, Options, tr("Listed Treasury options are not in the program"),
             tr("Only Treasury notes and bonds, repo on them, and Treasury, SOFR and Fed funds futures are eligible. "
                "Options on Treasury futures are not, and options on Treasury ETFs such as TLT or IEF clear elsewhere "
                "altogether: they are margined on their own."));
    addTopic(layout, Netting, tr("Not everything nets against everything"),
             tr("Only eligible positions in the cross-margin account offset each other. Bills, TIPS, FRNs, STRIPS, "
                "repo on collateral with a year or less left, options, and futures the firm does not allocate stay in "
                "the regular account. When they hedged an eligible position, cross-margining can cost more."));
    addTopic(layout, Shocks, tr("Savings do not remove margin shocks"),
             tr("Cross-margining scales the requirement down; it does not stop it rising. In stress both CCPs' VaR and "
                "scan ranges widen, and the cross-margined requirement rises with them."));
    layout->addStretch(1);

    m_stressDelay->setSingleShot(true);
    m_stressDelay->setInterval(kStressDelayMs);
    connect(m_stressDelay, &QTimer::timeout, this, [this] {
        if (isVisible())
            replayStress();
    });
    connect(&session, &MarginSession::resultChanged, this, &MisconceptionsPanel::showResult);
    showResult();
}

void MisconceptionsPanel::addTopic(QVBoxLayout* layout, Topic topic, const QString& heading, const QString& fact)
{
    auto* box = new QFrame;
    box->setFrameShape(QFrame::StyledPanel);
    auto* boxLayout = new QVBoxLayout(box);
    auto* title = new QLabel(heading);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setWordWrap(true);
    auto* factLabel = new QLabel(fact);
    factLabel->setWordWrap(true);
    auto* live = new QLabel;
    live->setObjectName(QStringLiteral("misconceptionLive%1").arg(topic));
    live->setWordWrap(true);
    live->setTextInteractionFlags(Qt::TextSelectableByMouse);
    live->setFrameShape(QFrame::Panel);
    live->setBackgroundRole(QPalette::AlternateBase);
    live->setAutoFillBackground(true);
    live->setMargin(6);
    m_live[topic] = live;

    const QString preset = presetFor(topic);
    const io::Preset* shown = io::findPreset(preset);
    auto* button = new QPushButton(tr("Show me: %1").arg(shown ? QCoreApplication::translate("xm::Presets", shown->title) : preset));
    button->setObjectName(QStringLiteral("misconceptionPreset%1").arg(topic));
    connect(button, &QPushButton::clicked, this, [this, preset] { emit presetRequested(preset); });

    boxLayout->addWidget(title);
    boxLayout->addWidget(factLabel);
    boxLayout->addWidget(live);
    boxLayout->addWidget(button, 0, Qt::AlignLeft);
    layout->addWidget(box);
}

QString MisconceptionsPanel::presetFor(Topic topic)
{
    return QString::fromLatin1(kPresets[topic]);
}

QString MisconceptionsPanel::liveText(Topic topic) const
{
    return m_live[topic]->text();
}

void MisconceptionsPanel::refreshNow()
{
    m_stressDelay->stop();
    replayStress();
}

void MisconceptionsPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stressStale)
        m_stressDelay->start();
}

void MisconceptionsPanel::showResult()
{
    m_live[Accounts]->setText(accountText());
    m_live[Options]->setText(optionsText());
    m_live[Netting]->setText(nettingText());
    m_stressStale = true;
    m_live[Shocks]->setText(tr("This portfolio: replaying the latest stress window… (the History chart shows every day)"));
    m_stressDelay->start();
}

QString MisconceptionsPanel::accountText() const
{
    const Account& account = m_session.account();
    const bool eligible = m_session.result().account.eligible;
    if (account.type == AccountType::House)
        return eligible ? tr("This account: house account of a firm that clears at both FICC and CME → eligible.")
                        : tr("This account: house account of a firm that does not clear at both FICC and CME → not "
                             "eligible.");
    if (eligible)
        return tr("This account: customer of an Eligible BD-FCM, both opted in → eligible.");
    QStringList missing{tr("This account: customer → not eligible:")};
    const ClearingFirm& firm = account.firm;
    if (!firm.brokerDealer)
        missing << bullet(tr("the firm is not a registered broker-dealer"));
    if (!firm.fcm)
        missing << bullet(tr("the firm is not an FCM"));
    if (!firm.ficcMember || !firm.cmeMember)
        missing << bullet(tr("the firm is not a member of both FICC and CME"));
    if (!account.optIn)
        missing << bullet(tr("the customer and the firm have not both opted in"));
    return missing.join(QLatin1Char('\n'));
}

QString MisconceptionsPanel::optionsText() const
{
    const std::vector<Position>& positions = m_session.positions();
    const auto options = static_cast<int>(
        std::count_if(positions.begin(), positions.end(), [](const Position& p) { return p.type == PositionType::Option; }));
    if (options == 0)
        return tr("This portfolio holds no options.");
    return tr("This portfolio holds %n option position(s): not cross-margined, margined on their own.", "", options);
}

QString MisconceptionsPanel::nettingText() const
{
    const MarginResult& result = m_session.result();
    const std::vector<Position>& positions = m_session.positions();
    if (positions.empty())
        return tr("This portfolio is empty.");
    if (!result.account.eligible)
        return tr("This account is not eligible: every position is margined by its own CCP.");
    QStringList outside;
    for (std::size_t i = 0; i < positions.size() && i < result.positions.size(); ++i) {
        const Book book = result.positions[i].book;
        if (book == Book::FiccXm || book == Book::CmeXm)
            continue;
        const Position& p = positions[i];
        const QString instrument = instrumentText(p);
        outside << bullet(p.type == PositionType::Future && !p.allocateXM
                              ? tr("%1 (future, not allocated)").arg(instrument)
                              : tr("%1 (%2)").arg(instrument, positionTypeText(p.type)));
    }
    if (outside.isEmpty())
        return tr("This portfolio: every position sits in the cross-margin account.");
    QStringList lines{tr("This portfolio: %n position(s) outside the cross-margin account, margined on their own:", "",
                         static_cast<int>(outside.size()))};
    lines << outside;
    if (result.savings < 0.0)
        lines << tr("Here cross-margining costs %1 more than margining separately.").arg(usdExact(-result.savings));
    return lines.join(QLatin1Char('\n'));
}

void MisconceptionsPanel::replayStress()
{
    m_stressStale = false;
    const MarginResult& today = m_session.result();
    const DateWindow* window = stressWindowFor(m_session.parameters().ficc.stressWindows, m_session.asOf());
    if (!window) {
        m_live[Shocks]->setText(tr("No stress window is configured: see the History chart."));
        return;
    }
    if (today.duplicated <= 0.0) {
        m_live[Shocks]->setText(tr("Add positions to see how the requirement moves in stress."));
        return;
    }
    const std::vector<HistoryPoint> points = m_session.history(window->first.addDays(-kDaysBeforeWindow), window->last);
    const HistoryPoint* before = nullptr;
    const HistoryPoint* peak = nullptr;
    for (const HistoryPoint& point : points) {
        if (point.date < window->first)
            before = &point;
        else if (!peak || point.requirements.crossMargined > peak->requirements.crossMargined)
            peak = &point;
    }
    if (!peak) {
        m_live[Shocks]->setText(tr("The stress window lies outside the history: see the History chart."));
        return;
    }
    const double peakXm = peak->requirements.crossMargined;
    const double beforeXm = before ? before->requirements.crossMargined : 0.0;
    const double change = beforeXm > 0.0 ? peakXm / beforeXm - 1.0 : 0.0;
    QString text = beforeXm > 0.0
        ? tr("This portfolio in the stress window %1 – %2: cross-margined %3 before it, peaking at %4 on %5 (%6).")
              .arg(dateText(window->first), dateText(window->last), usdExact(beforeXm), usdExact(peakXm),
                   dateText(peak->date), change >= 0.0 ? tr("+%1").arg(formatPercent(change)) : formatPercent(change))
        : tr("This portfolio in the stress window %1 – %2: cross-margined peaking at %3 on %4.")
              .arg(dateText(window->first), dateText(window->last), usdExact(peakXm), dateText(peak->date));
    text += QLatin1Char('\n')
        + tr("On %1: %2 cross-margined. The History chart shows every day.").arg(dateText(m_session.asOf()), usdExact(today.crossMargined));
    m_live[Shocks]->setText(text);
}

} // namespace xm
