#include "business_calendar.h"

#include "us_government_bond_holidays.h"

#include <algorithm>
#include <stdexcept>

namespace xm {

BusinessCalendar::BusinessCalendar(std::vector<Date> historyDates)
    : m_history(std::move(historyDates))
{
    if (!std::is_sorted(m_history.begin(), m_history.end()))
        throw std::invalid_argument("business calendar: history dates are not ascending");
}

bool BusinessCalendar::isBusinessDay(Date date) const
{
    if (!m_history.empty() && date >= m_history.front() && date <= m_history.back())
        return std::binary_search(m_history.begin(), m_history.end(), date);
    return !date.isWeekend() && !isUsGovernmentBondHoliday(date);
}

Date BusinessCalendar::advance(Date date, int businessDays) const
{
    const int step = businessDays >= 0 ? 1 : -1;
    int remaining = businessDays >= 0 ? businessDays : -businessDays;
    while (remaining > 0) {
        date = date.addDays(step);
        if (isBusinessDay(date))
            --remaining;
    }
    return date;
}

Date BusinessCalendar::following(Date date) const
{
    while (!isBusinessDay(date))
        date = date.addDays(1);
    return date;
}

Date BusinessCalendar::preceding(Date date) const
{
    while (!isBusinessDay(date))
        date = date.addDays(-1);
    return date;
}

Date BusinessCalendar::lastBusinessDayOfMonth(int year, int month) const
{
    return preceding(Date::fromYmd(year, month, 1).endOfMonth());
}

Date BusinessCalendar::historyStart() const
{
    return m_history.empty() ? Date() : m_history.front();
}

Date BusinessCalendar::historyEnd() const
{
    return m_history.empty() ? Date() : m_history.back();
}

} // namespace xm
