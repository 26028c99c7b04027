#pragma once

#include <compare>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

namespace xm {

enum class Weekday { Monday = 1, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday };

// A calendar date (proleptic Gregorian) stored as days since 1970-01-01.
// A default-constructed Date is null; every other operation requires a valid date.
class Date final {
public:
    constexpr Date() = default;

    // Throws std::invalid_argument for an impossible date.
    static Date fromYmd(int year, int month, int day);
    static Date fromSerial(std::int32_t daysSinceEpoch);
    // Strict "YYYY-MM-DD"; nullopt if malformed or impossible.
    static std::optional<Date> parseIso(std::string_view text);

    static bool isLeapYear(int year);
    static int daysInMonth(int year, int month);

    bool isNull() const { return m_serial == kNull; }
    std::int32_t serial() const { return m_serial; }
    int year() const;
    int month() const;
    int day() const;
    Weekday weekday() const;
    bool isWeekend() const;
    bool isEndOfMonth() const;
    Date endOfMonth() const;
    Date firstOfMonth() const;

    Date addDays(int days) const { return fromSerial(m_serial + days); }
    // Adds calendar months; the day is clipped to the target month's length.
    Date addMonths(int months) const;
    Date addYears(int years) const { return addMonths(12 * years); }

    std::string toIso() const;

    friend constexpr auto operator<=>(Date, Date) = default;
    friend constexpr int operator-(Date a, Date b) { return a.m_serial - b.m_serial; }

private:
    static constexpr std::int32_t kNull = std::numeric_limits<std::int32_t>::min();
    constexpr explicit Date(std::int32_t serial) : m_serial(serial) {}

    std::int32_t m_serial = kNull;
};

// Whole calendar months from `from` to `to` (to >= from), counting a month only when the
// day of month has been reached (end-of-month aware: Jan 31 -> Feb 28 is one month).
int wholeMonthsBetween(Date from, Date to);

} // namespace xm
