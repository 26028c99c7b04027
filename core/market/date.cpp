#include "date.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <stdexcept>

namespace xm {
namespace {

// Civil-date <-> day-count conversion (H. Hinnant, "chrono-compatible low-level date
// algorithms"): eras of 400 years starting on March 1st.
std::int32_t daysFromCivil(int y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

struct Ymd {
    int year;
    int month;
    int day;
};

Ymd civilFromDays(std::int32_t z)
{
    z += 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const int doe = z - era * 146097;
    const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int mp = (5 * doy + 2) / 153;
    const int d = doy - (153 * mp + 2) / 5 + 1;
    const int m = mp + (mp < 10 ? 3 : -9);
    return {yoe + era * 400 + (m <= 2 ? 1 : 0), m, d};
}

bool parseDigits(std::string_view text, int& out)
{
    const auto* end = text.data() + text.size();
    const auto result = std::from_chars(text.data(), end, out);
    return result.ec == std::errc() && result.ptr == end;
}

} // namespace

bool Date::isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int Date::daysInMonth(int year, int month)
{
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && isLeapYear(year))
        return 29;
    return kDays[month - 1];
}

Date Date::fromYmd(int year, int month, int day)
{
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        throw std::invalid_argument("invalid date " + std::to_string(year) + "-" + std::to_string(month) + "-"
                                    + std::to_string(day));
    return Date(daysFromCivil(year, month, day));
}

Date Date::fromSerial(std::int32_t daysSinceEpoch)
{
    return Date(daysSinceEpoch);
}

std::optional<Date> Date::parseIso(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    int y = 0, m = 0, d = 0;
    if (!parseDigits(text.substr(0, 4), y) || !parseDigits(text.substr(5, 2), m) || !parseDigits(text.substr(8, 2), d))
        return std::nullopt;
    if (y < 1 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m))
        return std::nullopt;
    return fromYmd(y, m, d);
}

int Date::year() const { return civilFromDays(m_serial).year; }
int Date::month() const { return civilFromDays(m_serial).month; }
int Date::day() const { return civilFromDays(m_serial).day; }

Weekday Date::weekday() const
{
    // 1970-01-01 was a Thursday.
    const int offset = ((m_serial % 7) + 7 + 3) % 7;  // 0 = Monday
    return static_cast<Weekday>(offset + 1);
}

bool Date::isWeekend() const
{
    const Weekday w = weekday();
    return w == Weekday::Saturday || w == Weekday::Sunday;
}

bool Date::isEndOfMonth() const
{
    const Ymd ymd = civilFromDays(m_serial);
    return ymd.day == daysInMonth(ymd.year, ymd.month);
}

Date Date::endOfMonth() const
{
    const Ymd ymd = civilFromDays(m_serial);
    return fromYmd(ymd.year, ymd.month, daysInMonth(ymd.year, ymd.month));
}

Date Date::firstOfMonth() const
{
    const Ymd ymd = civilFromDays(m_serial);
    return fromYmd(ymd.year, ymd.month, 1);
}

Date Date::addMonths(int months) const
{
    const Ymd ymd = civilFromDays(m_serial);
    const int total = ymd.year * 12 + (ymd.month - 1) + months;
    const int year = total / 12;
    const int month = total % 12 + 1;
    const int day = std::min(ymd.day, daysInMonth(year, month));
    return fromYmd(year, month, day);
}

std::string Date::toIso() const
{
    if (isNull())
        return {};
    const Ymd ymd = civilFromDays(m_serial);
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", ymd.year, ymd.month, ymd.day);
    return buffer;
}

int wholeMonthsBetween(Date from, Date to)
{
    int months = (to.year() - from.year()) * 12 + (to.month() - from.month());
    // A month counts once the day of month is reached; a month-end `to` reaches any later day.
    if (to.day() < from.day() && !to.isEndOfMonth())
        --months;
    return months;
}

} // namespace xm
