#include "core/market/date.h"

#include <QTest>

#include <stdexcept>

using xm::Date;
using xm::Weekday;

namespace {

Date iso(const QString& text)
{
    return Date::parseIso(text.toStdString()).value();
}

QString str(Date date)
{
    return QString::fromStdString(date.toIso());
}

} // namespace

class TestDate : public QObject {
    Q_OBJECT

private slots:
    void parseIsoRoundTrip_data();
    void parseIsoRoundTrip();
    void parseIsoRejects_data();
    void parseIsoRejects();
    void fromYmdRejectsImpossibleDates_data();
    void fromYmdRejectsImpossibleDates();
    void nullDateAndEpoch();
    void weekday_data();
    void weekday();
    void leapYear_data();
    void leapYear();
    void addMonths_data();
    void addMonths();
    void addYearsClipsLeapDay();
    void endOfMonth_data();
    void endOfMonth();
    void wholeMonthsBetween_data();
    void wholeMonthsBetween();
    void serialDifference_data();
    void serialDifference();
};

void TestDate::parseIsoRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");

    QTest::newRow("epoch") << "1970-01-01" << 1970 << 1 << 1;
    QTest::newRow("before epoch") << "1969-12-31" << 1969 << 12 << 31;
    QTest::newRow("leap day 2024") << "2024-02-29" << 2024 << 2 << 29;
    QTest::newRow("leap day 2000") << "2000-02-29" << 2000 << 2 << 29;
    QTest::newRow("history end") << "2025-07-11" << 2025 << 7 << 11;
    QTest::newRow("first year") << "0001-01-01" << 1 << 1 << 1;
    QTest::newRow("last year") << "9999-12-31" << 9999 << 12 << 31;
}

void TestDate::parseIsoRoundTrip()
{
    QFETCH(QString, text);
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, day);

    const auto parsed = Date::parseIso(text.toStdString());
    QVERIFY2(parsed.has_value(), qPrintable(QStringLiteral("parseIso(\"%1\") rejected a valid date").arg(text)));
    QVERIFY2(parsed->year() == year && parsed->month() == month && parsed->day() == day,
             qPrintable(QStringLiteral("parseIso(\"%1\") gave %2-%3-%4")
                            .arg(text).arg(parsed->year()).arg(parsed->month()).arg(parsed->day())));
    QVERIFY2(*parsed == Date::fromYmd(year, month, day),
             qPrintable(QStringLiteral("parseIso(\"%1\") != fromYmd(%2, %3, %4)").arg(text).arg(year).arg(month).arg(day)));
    QVERIFY2(str(*parsed) == text, qPrintable(QStringLiteral("toIso(parseIso(\"%1\")) = \"%2\"").arg(text, str(*parsed))));
    QVERIFY2(Date::fromSerial(parsed->serial()) == *parsed,
             qPrintable(QStringLiteral("fromSerial(serial) does not round-trip %1").arg(text)));
}

void TestDate::parseIsoRejects_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("29 Feb in a common year") << "2025-02-29";
    QTest::newRow("29 Feb 1900 (century)") << "1900-02-29";
    QTest::newRow("month 13") << "2024-13-01";
    QTest::newRow("month 0") << "2024-00-10";
    QTest::newRow("31 April") << "2025-04-31";
    QTest::newRow("day 0") << "2025-04-00";
    QTest::newRow("year 0") << "0000-01-01";
    QTest::newRow("one-digit month") << "2025-1-01";
    QTest::newRow("empty") << "";
    QTest::newRow("slashes") << "2025/01/01";
    QTest::newRow("no separators") << "20250101";
    QTest::newRow("trailing space") << "2025-01-01 ";
    QTest::newRow("signed month") << "2025--1-01";
    QTest::newRow("signed year") << "+025-01-01";
    QTest::newRow("letter in day") << "2025-01-1a";
    QTest::newRow("US format") << "07/11/2025";
}

void TestDate::parseIsoRejects()
{
    QFETCH(QString, text);
    const auto parsed = Date::parseIso(text.toStdString());
    QVERIFY2(!parsed.has_value(),
             qPrintable(QStringLiteral("parseIso(\"%1\") accepted it as %2").arg(text, str(parsed.value_or(Date())))));
}

void TestDate::fromYmdRejectsImpossibleDates_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");

    QTest::newRow("2025-02-29") << 2025 << 2 << 29;
    QTest::newRow("2024-13-01") << 2024 << 13 << 1;
    QTest::newRow("2025-06-31") << 2025 << 6 << 31;
    QTest::newRow("2025-01-00") << 2025 << 1 << 0;
}

void TestDate::fromYmdRejectsImpossibleDates()
{
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, day);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Date::fromYmd(year, month, day));
}

void TestDate::nullDateAndEpoch()
{
    const Date null;
    QVERIFY(null.isNull());
    QVERIFY(null.toIso().empty());
    QVERIFY(!Date::fromYmd(1970, 1, 1).isNull());
    QCOMPARE(Date::fromYmd(1970, 1, 1).serial(), 0);
}

void TestDate::weekday_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<int>("weekday");  // 1 = Monday .. 7 = Sunday

    QTest::newRow("epoch Thursday") << "1970-01-01" << 4;
    QTest::newRow("day before epoch") << "1969-12-31" << 3;
    QTest::newRow("1969-12-28 Sunday") << "1969-12-28" << 7;
    QTest::newRow("1963-11-22 Friday") << "1963-11-22" << 5;
    QTest::newRow("1900-01-01 Monday") << "1900-01-01" << 1;
    QTest::newRow("2000-01-01 Saturday") << "2000-01-01" << 6;
    QTest::newRow("2001-09-11 Tuesday") << "2001-09-11" << 2;
    QTest::newRow("2024-02-29 Thursday") << "2024-02-29" << 4;
    QTest::newRow("2025-07-04 Friday") << "2025-07-04" << 5;
    QTest::newRow("2025-07-11 Friday") << "2025-07-11" << 5;
    QTest::newRow("2025-12-28 Sunday") << "2025-12-28" << 7;
    QTest::newRow("2026-07-04 Saturday") << "2026-07-04" << 6;
}

void TestDate::weekday()
{
    QFETCH(QString, date);
    QFETCH(int, weekday);
    const Date d = iso(date);
    const int actual = static_cast<int>(d.weekday());
    QVERIFY2(actual == weekday, qPrintable(QStringLiteral("weekday(%1) = %2, expected %3").arg(date).arg(actual).arg(weekday)));
    QVERIFY2(d.isWeekend() == (weekday >= 6), qPrintable(QStringLiteral("isWeekend(%1) = %2").arg(date).arg(d.isWeekend())));
}

void TestDate::leapYear_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<bool>("leap");

    QTest::newRow("1900 century") << 1900 << false;
    QTest::newRow("1996") << 1996 << true;
    QTest::newRow("2000 divisible by 400") << 2000 << true;
    QTest::newRow("2024") << 2024 << true;
    QTest::newRow("2025") << 2025 << false;
    QTest::newRow("2100 century") << 2100 << false;
    QTest::newRow("2400 divisible by 400") << 2400 << true;
}

void TestDate::leapYear()
{
    QFETCH(int, year);
    QFETCH(bool, leap);
    QVERIFY2(Date::isLeapYear(year) == leap, qPrintable(QStringLiteral("isLeapYear(%1) = %2").arg(year).arg(!leap)));
    const int february = Date::daysInMonth(year, 2);
    QVERIFY2(february == (leap ? 29 : 28), qPrintable(QStringLiteral("daysInMonth(%1, 2) = %2").arg(year).arg(february)));
}

void TestDate::addMonths_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<int>("months");
    QTest::addColumn<QString>("expected");

    QTest::newRow("Jan 31 +1 clips to leap Feb 29") << "2024-01-31" << 1 << "2024-02-29";
    QTest::newRow("Jan 31 +1 clips to Feb 28") << "2025-01-31" << 1 << "2025-02-28";
    QTest::newRow("Aug 31 -6 clips to Feb 28") << "2025-08-31" << -6 << "2025-02-28";
    QTest::newRow("Mar 31 -1 clips to Feb 28") << "2025-03-31" << -1 << "2025-02-28";
    QTest::newRow("May 31 +4 clips to Sep 30") << "2025-05-31" << 4 << "2025-09-30";
    QTest::newRow("leap day +12") << "2024-02-29" << 12 << "2025-02-28";
    QTest::newRow("leap day -48") << "2024-02-29" << -48 << "2020-02-29";
    QTest::newRow("across year end") << "2025-12-15" << 1 << "2026-01-15";
    QTest::newRow("back across year end") << "2025-01-15" << -1 << "2024-12-15";
    QTest::newRow("zero") << "2025-06-30" << 0 << "2025-06-30";
    QTest::newRow("ZT window end (+24 from Sep 30)") << "2025-09-30" << 24 << "2027-09-30";
    QTest::newRow("TWE window end (+239 from Sep 1)") << "2025-09-01" << 239 << "2045-08-01";
}

void TestDate::addMonths()
{
    QFETCH(QString, start);
    QFETCH(int, months);
    QFETCH(QString, expected);
    const QString actual = str(iso(start).addMonths(months));
    QVERIFY2(actual == expected,
             qPrintable(QStringLiteral("%1.addMonths(%2) = %3, expected %4").arg(start).arg(months).arg(actual, expected)));
}

void TestDate::addYearsClipsLeapDay()
{
    QCOMPARE(str(iso("2024-02-29").addYears(1)), QStringLiteral("2025-02-28"));
    QCOMPARE(str(iso("2024-02-29").addYears(4)), QStringLiteral("2028-02-29"));
    QCOMPARE(str(iso("2025-07-11").addYears(-35)), QStringLiteral("1990-07-11"));
}

void TestDate::endOfMonth_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("endOfMonth");

    QTest::newRow("leap February") << "2024-02-10" << "2024-02-29";
    QTest::newRow("common February") << "2025-02-01" << "2025-02-28";
    QTest::newRow("century February") << "1900-02-05" << "1900-02-28";
    QTest::newRow("30-day month") << "2025-04-15" << "2025-04-30";
    QTest::newRow("already month end") << "2025-12-31" << "2025-12-31";
}

void TestDate::endOfMonth()
{
    QFETCH(QString, date);
    QFETCH(QString, endOfMonth);
    const Date d = iso(date);
    const QString actual = str(d.endOfMonth());
    QVERIFY2(actual == endOfMonth, qPrintable(QStringLiteral("endOfMonth(%1) = %2, expected %3").arg(date, actual, endOfMonth)));
    QVERIFY2(d.isEndOfMonth() == (date == endOfMonth), qPrintable(QStringLiteral("isEndOfMonth(%1) wrong").arg(date)));
    QVERIFY2(d.endOfMonth().isEndOfMonth(), qPrintable(QStringLiteral("endOfMonth(%1) is not a month end").arg(date)));
    const QString first = str(d.firstOfMonth());
    QVERIFY2(first == date.left(8) + "01", qPrintable(QStringLiteral("firstOfMonth(%1) = %2").arg(date, first)));
}

void TestDate::wholeMonthsBetween_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("months");

    QTest::newRow("same date") << "2025-09-01" << "2025-09-01" << 0;
    QTest::newRow("day reached") << "2025-01-15" << "2025-02-15" << 1;
    QTest::newRow("day not reached") << "2025-01-15" << "2025-02-14" << 0;
    QTest::newRow("Jan 31 -> Feb 28 (month end)") << "2025-01-31" << "2025-02-28" << 1;
    QTest::newRow("Jan 31 -> leap Feb 28 (not month end)") << "2024-01-31" << "2024-02-28" << 0;
    QTest::newRow("Jan 31 -> leap Feb 29") << "2024-01-31" << "2024-02-29" << 1;
    QTest::newRow("Jan 31 -> Mar 30") << "2025-01-31" << "2025-03-30" << 1;
    QTest::newRow("Jan 31 -> Mar 31") << "2025-01-31" << "2025-03-31" << 2;
    QTest::newRow("Aug 31 -> Sep 30") << "2025-08-31" << "2025-09-30" << 1;
    QTest::newRow("Aug 30 -> Sep 29") << "2025-08-30" << "2025-09-29" << 0;
    QTest::newRow("Mar 31 -> Apr 30") << "2025-03-31" << "2025-04-30" << 1;
    QTest::newRow("5Y from leap day") << "2024-02-29" << "2029-02-28" << 60;
    QTest::newRow("30Y bond") << "2000-05-15" << "2030-05-15" << 360;
    QTest::newRow("delivery month to Aug-2035") << "2025-09-01" << "2035-08-15" << 119;
    QTest::newRow("two years month end") << "2025-09-30" << "2027-09-30" << 24;
}

void TestDate::wholeMonthsBetween()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, months);
    const int actual = xm::wholeMonthsBetween(iso(from), iso(to));
    QVERIFY2(actual == months,
             qPrintable(QStringLiteral("wholeMonthsBetween(%1, %2) = %3, expected %4").arg(from, to).arg(actual).arg(months)));
}

void TestDate::serialDifference_data()
{
    QTest::addColumn<QString>("later");
    QTest::addColumn<QString>("earlier");
    QTest::addColumn<int>("days");

    QTest::newRow("one week") << "2025-07-11" << "2025-07-04" << 7;
    QTest::newRow("leap year") << "2025-01-01" << "2024-01-01" << 366;
    QTest::newRow("common year") << "2026-01-01" << "2025-01-01" << 365;
    QTest::newRow("over leap day 2000") << "2000-03-01" << "2000-02-28" << 2;
    QTest::newRow("over 1900 (no leap day)") << "1900-03-01" << "1900-02-28" << 1;
    QTest::newRow("history span") << "2025-07-11" << "1990-01-02" << 12974;
    QTest::newRow("2025-07-11 since epoch") << "2025-07-11" << "1970-01-01" << 20280;
    QTest::newRow("1900-01-01 before epoch") << "1900-01-01" << "1970-01-01" << -25567;
}

void TestDate::serialDifference()
{
    QFETCH(QString, later);
    QFETCH(QString, earlier);
    QFETCH(int, days);
    const Date a = iso(later);
    const Date b = iso(earlier);
    QVERIFY2(a - b == days, qPrintable(QStringLiteral("%1 - %2 = %3, expected %4").arg(later, earlier).arg(a - b).arg(days)));
    QVERIFY2(b.addDays(days) == a, qPrintable(QStringLiteral("%1 + %2 days = %3").arg(earlier).arg(days).arg(str(b.addDays(days)))));
    QVERIFY2((days > 0) == (a > b), qPrintable(QStringLiteral("ordering of %1 and %2").arg(later, earlier)));
}

QTEST_APPLESS_MAIN(TestDate)
#include "tst_date.moc"
