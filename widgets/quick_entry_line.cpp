#include "quick_entry_line.h"

#include "margin_session.h"

#include <QKeyEvent>

namespace xm {

QuickEntryLine::QuickEntryLine(MarginSession& session, QWidget* parent)
    : QLineEdit(parent)
    , m_session(session)
{
    setPlaceholderText(tr("Quick entry: ZNU5 -950 · 91282CLF6 +100mm · UST 4.25 2034-11-15 25m · REPO 91282CLF6 100mm 90d"));
    setToolTip(tr("Type a position and press Enter. Futures: ZN -950, ZNU5 -950, ZN 2025-09 -950. "
                  "Cash: a CUSIP or UST coupon maturity, then the face (100mm, 25m, 1.5bn). "
                  "Repo: REPO or REVREPO, the security, the face and a term (90d, 13w, 3m) or end date. "
                  "Up and Down recall earlier lines."));
    setClearButtonEnabled(true);
    connect(this, &QLineEdit::returnPressed, this, &QuickEntryLine::enter);
    connect(this, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty())
            setError({});
    });
}

void QuickEntryLine::enter()
{
    const QString line = text().trimmed();
    if (line.isEmpty())
        return;
    const QuickEntryResult read = parseQuickEntry(line.toStdString(), m_session.quickEntryContext());
    if (m_history.isEmpty() || m_history.back() != line)
        m_history << line;
    m_historyIndex = static_cast<int>(m_history.size());
    m_draft.clear();
    if (!read.position) {
        setError(QString::fromStdString(read.error));
        return;
    }
    setError({});
    m_session.addPosition(*read.position);
    clear();
}

void QuickEntryLine::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Up) {
        recall(-1);
        return;
    }
    if (event->key() == Qt::Key_Down) {
        recall(1);
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void QuickEntryLine::recall(int step)
{
    const int index = std::clamp(m_historyIndex + step, 0, static_cast<int>(m_history.size()));
    if (index == m_historyIndex)
        return;
    if (m_historyIndex == static_cast<int>(m_history.size()))
        m_draft = text();
    m_historyIndex = index;
    setText(index == static_cast<int>(m_history.size()) ? m_draft : m_history[index]);
}

void QuickEntryLine::setError(const QString& error)
{
    m_error = error;
    emit errorChanged(m_error);
}

} // namespace xm
