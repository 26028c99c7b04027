#include "us_government_bond_holidays.h"

namespace xm {
namespace {

// n-th (1-based) given weekday of a month; n = -1 for the last one.
Date nthWeekday(int year, int month, Weekday weekday, int n)
{
    if (n > 0) {
        Date d = Date::fromYmd(year, month, 1);
        while (d.weekday() != weekday)
            d = d.addDays(1);
        return d.addDays(7 * (n - 1));
    }
    Date d = Date::fromYmd(year, month, 1).endOfMonth();
    while (d.weekday() != weekday)
        d = d.addDays(-1);
    return d;
}

// A fixed-date holiday observed on Friday when it falls on Saturday and on Monday when it
// falls on Sunday.
bool isObserved(Date date, int month, int day, bool saturdayToFriday = true)
{
    const Date holiday = Date::fromYmd(date.year(), month, day);
    if (date == holiday)
        return true;
    if (holiday.weekday() == Weekday::Sunday && date == holiday.addDays(1))
        return true;
    return saturdayToFriday && holiday.weekday() == Weekday::Saturday && date == holiday.addDays(-1);
}

// SIFMA recommends an early close instead of a full close when Good Friday coincides with
// the monthly employment report (first Friday of the month), as in 2015, 2021 and 2023.
bool isGoodFridayClosed(Date date)
{
    const Date goodFriday = easterSunday(date.year()).addDays(-2);
    return date == goodFriday && goodFriday.day() > 7;
}

// Unscheduled full closings recommended by SIFMA (and its predecessor PSA), as seen in
// Treasury's publication days: Nixon's funeral, 11-12 Sep 2001, Reagan's funeral,
// Hurricane Sandy, G. H. W. Bush's funeral.
bool isSpecialClosing(Date date)
{
    static const Date kClosings[] = {Date::fromYmd(1994, 4, 27), Date::fromYmd(2001, 9, 11),
                                     Date::fromYmd(2001, 9, 12), Date::fromYmd(2004, 6, 11),
                                     Date::fromYmd(2012, 10, 30), Date::fromYmd(2018, 12, 5)};
    for (const Date& closing : kClosings) {
        if (date == closing)
            return true;
    }
    return false;
}

} // namespace

Date easterSunday(int year)
{
    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return Date::fromYmd(year, month, day);
}

bool isUsGovernmentBondHoliday(Date date)
{
    if (date.isWeekend())
        return false;
    if (isSpecialClosing(date))
        return true;
    const int y = date.year();
    switch (date.month()) {
    case 1:
        // New Year's Day: a Saturday New Year is not moved back into the old year.
        return isObserved(date, 1, 1, false) || (y >= 1983 && date == nthWeekday(y, 1, Weekday::Monday, 3));
    case 2:
        return date == nthWeekday(y, 2, Weekday::Monday, 3);
    case 3:
    case 4:
        return isGoodFridayClosed(date);
    case 5:
        return date == nthWeekday(y, 5, Weekday::Monday, -1);
    case 6:
        return y >= 2022 && isObserved(date, 6, 19);
    case 7:
        return isObserved(date, 7, 4);
    case 9:
        return date == nthWeekday(y, 9, Weekday::Monday, 1);
    case 10:
        return date == nthWeekday(y, 10, Weekday::Monday, 2);
    case 11:
        // Veterans Day: a Saturday holiday is not observed on the Friday.
        return isObserved(date, 11, 11, false) || date == nthWeekday(y, 11, Weekday::Thursday, 4);
    case 12:
        return isObserved(date, 12, 25);
    default:
        return false;
    }
}

} // namespace xm
