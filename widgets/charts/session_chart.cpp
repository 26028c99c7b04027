#include "session_chart.h"

#include "widgets/date_conversion.h"
#include "widgets/margin_session.h"

#include <QTimer>

namespace xm {

SessionChart::SessionChart(MarginSession& session, Refresh refresh, std::chrono::milliseconds debounce,
                           const QString& title, const QString& exportStem, QWidget* parent)
    : ChartFrame(title, exportStem, parent)
    , m_session(session)
    , m_refresh(refresh)
    , m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(debounce);
    connect(m_debounce, &QTimer::timeout, this, &SessionChart::refreshIfDue);
    connect(&m_session, &MarginSession::resultChanged, this, &SessionChart::invalidate);
    invalidate();
}

SessionChart::~SessionChart() = default;

const MarginSession& SessionChart::session() const
{
    return m_session;
}

void SessionChart::invalidate()
{
    m_stale = true;
    if (m_refresh == Refresh::Always || isVisible())
        m_debounce->start();
}

void SessionChart::refreshIfDue()
{
    if (m_refresh == Refresh::WhenVisible && !isVisible())
        return;
    refreshNow();
}

void SessionChart::refreshNow()
{
    if (!m_stale)
        return;
    m_stale = false;
    m_debounce->stop();
    hideReadout();
    updateHeading();
    refresh();
    queueReplot();
}

// The subtitle and the export name follow the document's name and as-of date.
void SessionChart::updateHeading()
{
    const QString name = QString::fromStdString(m_session.document().portfolio.name);
    const QDate date = toQDate(m_session.asOf());
    setExportDate(date);
    const QString asOf = date.toString(Qt::ISODate);
    setSubtitle(name.isEmpty() ? tr("As of %1").arg(asOf) : tr("%1 · as of %2").arg(name, asOf));
}

void SessionChart::setNote(const QString& note)
{
    setFootnote({tr("%1 · Model estimates, not a CCP statement").arg(note), note});
}

void SessionChart::prepareExport()
{
    refreshNow();
}

void SessionChart::showEvent(QShowEvent* event)
{
    ChartFrame::showEvent(event);
    if (m_stale)
        m_debounce->start();
}

} // namespace xm
