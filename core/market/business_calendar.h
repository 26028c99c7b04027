#pragma once

#include "date.h"

#include <vector>

namespace xm {

// Business days: inside the history's date range, exactly the publication days of the
// history; outside it, weekdays that are not U.S. government-bond holidays.
class BusinessCalendar final {
public:
    // `historyDates` ascending; may be empty (rules only).
    explicit BusinessCalendar(std::vector<Date> historyDates);

    bool isBusinessDay(Date date) const;
    // Moves `businessDays` business days forward (negative: backward) from `date`.
    Date advance(Date date, int businessDays) const;
    Date following(Date date) const;   // date itself if a business day, else the next one
    Date preceding(Date date) const;   // date itself if a business day, else the previous one
    Date lastBusinessDayOfMonth(int year, int month) const;
    // Settlement date for a trade on `tradeDate`: T+1 business day (MARGIN_MODEL.md §1).
    Date settlementDate(Date tradeDate) const { return advance(tradeDate, 1); }

    Date historyStart() const;
    Date historyEnd() const;

private:
    std::vector<Date> m_history;
};

} // namespace xm
