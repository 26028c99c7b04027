#include "history_date_edit.h"

#include "date_conversion.h"

#include <QSignalBlocker>

namespace xm {

HistoryDateEdit::HistoryDateEdit(const ParYieldHistory& history, std::size_t initialIndex, QWidget* parent)
    : QDateEdit(parent)
    , m_history(history)
    , m_index(initialIndex)
{
    setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    setCalendarPopup(true);
    // Snap once the user has finished typing, not at every keystroke.
    setKeyboardTracking(false);
    setDateRange(toQDate(history.firstDate()), toQDate(history.lastDate()));
    setDate(toQDate(history.row(initialIndex).date));
    connect(this, &QDateEdit::dateChanged, this, &HistoryDateEdit::snap);
}

std::size_t HistoryDateEdit::historyIndex() const
{
    return m_index;
}

void HistoryDateEdit::stepBy(int steps)
{
    m_stepDirection = steps;
    QDateEdit::stepBy(steps);
    m_stepDirection = 0;
}

void HistoryDateEdit::snap(QDate requested)
{
    const Date wanted = toDate(requested);
    std::size_t index = m_history.indexOnOrBefore(wanted).value_or(0);
    if (m_stepDirection > 0 && m_history.row(index).date < wanted && index + 1 < m_history.size())
        ++index;

    const QDate shown = toQDate(m_history.row(index).date);
    if (shown != requested) {
        const QSignalBlocker blocker(this);
        setDate(shown);
    }
    if (index != m_index) {
        m_index = index;
        emit historyIndexChanged(index);
    }
}

} // namespace xm
