#include "core/io/market_data_loader.h"
#include "core/market/business_calendar.h"
#include "core/market/us_government_bond_holidays.h"

#include <QStringList>
#include <QTest>

#include <algorithm>
#include <optional>
#include <stdexcept>
#include <vector>

using xm::BusinessCalendar;
using xm::Date;

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

class TestBusinessCalendar : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void holidayRules_data();
    void holidayRules();
    void easterSunday_data();
    void easterSunday();
    void rulesMatchTreasuryPublicationDays();
    void historyDaysAreTheBusinessDays();
    void advance_data();
    void advance();
    void followingAndPreceding();
    void lastBusinessDayOfMonth_data();
    void lastBusinessDayOfMonth();
    void rejectsUnsortedHistory();

private:
    bool published(Date date) const { return std::binary_search(m_history.begin(), m_history.end(), date); }

    std::vector<Date> m_history;
    std::optional<BusinessCalendar> m_calendar;
};

void TestBusinessCalendar::initTestCase()
{
    m_history = xm::io::loadBundledMarketData().parYields.dates();
    QVERIFY2(!m_history.empty(), "the bundled par-yield history is empty");
    // The tests below rely on this exact range (1990-01-02 .. 2025-07-11, data/README.md).
    QCOMPARE(str(m_history.front()), QStringLiteral("1990-01-02"));
    QCOMPARE(str(m_history.back()), QStringLiteral("2025-07-11"));
    m_calendar.emplace(m_history);
}

void TestBusinessCalendar::holidayRules_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<bool>("holiday");

    // 2025
    QTest::newRow("2025 New Year (Wed)") << "2025-01-01" << true;
    QTest::newRow("2025 MLK (3rd Mon Jan)") << "2025-01-20" << true;
    QTest::newRow("2025 Presidents (3rd Mon Feb)") << "2025-02-17" << true;
    QTest::newRow("2025 Good Friday (Apr 18)") << "2025-04-18" << true;
    QTest::newRow("2025 Memorial (last Mon May)") << "2025-05-26" << true;
    QTest::newRow("2025 Juneteenth (Thu)") << "2025-06-19" << true;
    QTest::newRow("2025 Independence (Fri)") << "2025-07-04" << true;
    QTest::newRow("2025 Labor (1st Mon Sep)") << "2025-09-01" << true;
    QTest::newRow("2025 Columbus (2nd Mon Oct)") << "2025-10-13" << true;
    QTest::newRow("2025 Veterans (Tue)") << "2025-11-11" << true;
    QTest::newRow("2025 Thanksgiving (4th Thu Nov)") << "2025-11-27" << true;
    QTest::newRow("2025 Christmas (Thu)") << "2025-12-25" << true;
    // 2026
    QTest::newRow("2026 New Year (Thu)") << "2026-01-01" << true;
    QTest::newRow("2026 MLK") << "2026-01-19" << true;
    QTest::newRow("2026 Presidents") << "2026-02-16" << true;
    QTest::newRow("2026 Memorial") << "2026-05-25" << true;
    QTest::newRow("2026 Juneteenth (Fri)") << "2026-06-19" << true;
    QTest::newRow("2026 Independence observed Fri Jul 3") << "2026-07-03" << true;
    QTest::newRow("2026 Labor") << "2026-09-07" << true;
    QTest::newRow("2026 Columbus") << "2026-10-12" << true;
    QTest::newRow("2026 Veterans (Wed)") << "2026-11-11" << true;
    QTest::newRow("2026 Thanksgiving") << "2026-11-26" << true;
    QTest::newRow("2026 Christmas (Fri)") << "2026-12-25" << true;
    // 2027
    QTest::newRow("2027 New Year (Fri)") << "2027-01-01" << true;
    QTest::newRow("2027 MLK") << "2027-01-18" << true;
    QTest::newRow("2027 Presidents") << "2027-02-15" << true;
    QTest::newRow("2027 Good Friday (Mar 26)") << "2027-03-26" << true;
    QTest::newRow("2027 Memorial (May 31)") << "2027-05-31" << true;
    QTest::newRow("2027 Juneteenth observed Fri Jun 18") << "2027-06-18" << true;
    QTest::newRow("2027 Independence observed Mon Jul 5") << "2027-07-05" << true;
    QTest::newRow("2027 Labor") << "2027-09-06" << true;
    QTest::newRow("2027 Columbus") << "2027-10-11" << true;
    QTest::newRow("2027 Veterans (Thu)") << "2027-11-11" << true;
    QTest::newRow("2027 Thanksgiving") << "2027-11-25" << true;
    QTest::newRow("2027 Christmas observed Fri Dec 24") << "2027-12-24" << true;
    // 2028
    QTest::newRow("2028 MLK") << "2028-01-17" << true;
    QTest::newRow("2028 Presidents") << "2028-02-21" << true;
    QTest::newRow("2028 Good Friday (Apr 14)") << "2028-04-14" << true;
    QTest::newRow("2028 Memorial") << "2028-05-29" << true;
    QTest::newRow("2028 Juneteenth (Mon)") << "2028-06-19" << true;
    QTest::newRow("2028 Independence (Tue)") << "2028-07-04" << true;
    QTest::newRow("2028 Labor") << "2028-09-04" << true;
    QTest::newRow("2028 Columbus") << "2028-10-09" << true;
    QTest::newRow("2028 Thanksgiving") << "2028-11-23" << true;
    QTest::newRow("2028 Christmas (Mon)") << "2028-12-25" << true;

    // Open days
    QTest::newRow("2026 Good Friday Apr 3 = first Friday (early close only)") << "2026-04-03" << false;
    QTest::newRow("2027 New Year's Eve (Sat New Year not moved back)") << "2027-12-31" << false;
    QTest::newRow("2028 Jan 3 (Sat New Year not moved forward)") << "2028-01-03" << false;
    QTest::newRow("2028 Veterans on Sat: Fri Nov 10 open") << "2028-11-10" << false;
    QTest::newRow("2026 Mon Jul 6 after Sat Independence") << "2026-07-06" << false;
    QTest::newRow("2025 day after Thanksgiving") << "2025-11-28" << false;
    QTest::newRow("2026 day after Thanksgiving") << "2026-11-27" << false;
    QTest::newRow("2025 Christmas Eve (Wed)") << "2025-12-24" << false;
    QTest::newRow("2026 Christmas Eve (Thu)") << "2026-12-24" << false;
    QTest::newRow("2025 Fri before Columbus") << "2025-10-10" << false;
    QTest::newRow("2025 Tue after Columbus") << "2025-10-14" << false;
    QTest::newRow("2028 Tue after Columbus") << "2028-10-10" << false;
    QTest::newRow("2025 Jan 9 (Carter mourning: early close only)") << "2025-01-09" << false;
    QTest::newRow("2025 Thu before Good Friday") << "2025-04-17" << false;
    QTest::newRow("2025 Easter Monday") << "2025-04-21" << false;
    // Weekends are not holidays: the function only speaks about weekdays.
    QTest::newRow("2026 Sat Independence") << "2026-07-04" << false;
    QTest::newRow("2027 Sat Christmas") << "2027-12-25" << false;
}

void TestBusinessCalendar::holidayRules()
{
    QFETCH(QString, date);
    QFETCH(bool, holiday);
    const bool actual = xm::isUsGovernmentBondHoliday(iso(date));
    QVERIFY2(actual == holiday,
             qPrintable(QStringLiteral("isUsGovernmentBondHoliday(%1) = %2, expected %3").arg(date).arg(actual).arg(holiday)));
}

void TestBusinessCalendar::easterSunday_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("easter");

    QTest::newRow("1994") << 1994 << "1994-04-03";
    QTest::newRow("2000") << 2000 << "2000-04-23";
    QTest::newRow("2025") << 2025 << "2025-04-20";
    QTest::newRow("2026") << 2026 << "2026-04-05";
    QTest::newRow("2027") << 2027 << "2027-03-28";
    QTest::newRow("2028") << 2028 << "2028-04-16";
    QTest::newRow("2038 (latest possible, Apr 25)") << 2038 << "2038-04-25";
    QTest::newRow("2285 (earliest possible, Mar 22)") << 2285 << "2285-03-22";
}

void TestBusinessCalendar::easterSunday()
{
    QFETCH(int, year);
    QFETCH(QString, easter);
    const QString actual = str(xm::easterSunday(year));
    QVERIFY2(actual == easter, qPrintable(QStringLiteral("easterSunday(%1) = %2, expected %3").arg(year).arg(actual, easter)));
}

void TestBusinessCalendar::rulesMatchTreasuryPublicationDays()
{
    // Good Friday 1994 fell on the first Friday of April, yet the market closed (no row).
    const Date goodFriday1994 = iso("1994-04-01");
    const BusinessCalendar rules({});
    QVERIFY2(!published(goodFriday1994) && rules.isBusinessDay(goodFriday1994),
             "1994-04-01 is no longer a rule/history mismatch: update the documented exception");

    QStringList mismatches;
    int weekdays = 0;
    for (Date d = iso("1991-01-01"); d <= iso("2025-07-11"); d = d.addDays(1)) {
        if (d.isWeekend())
            continue;
        ++weekdays;
        if (d != goodFriday1994 && rules.isBusinessDay(d) != published(d))
            mismatches << QStringLiteral("%1 (%2)").arg(str(d), published(d) ? "published, rules say closed"
                                                                              : "not published, rules say open");
    }
    QCOMPARE(weekdays, 9009);
    QVERIFY2(mismatches.isEmpty(),
             qPrintable(QStringLiteral("%1 weekday(s) where the holiday rules disagree with Treasury's publication days: %2")
                            .arg(mismatches.size()).arg(mismatches.join(", "))));
}

void TestBusinessCalendar::historyDaysAreTheBusinessDays()
{
    QStringList wrong;
    for (Date d = m_history.front(); d <= m_history.back(); d = d.addDays(1)) {
        if (m_calendar->isBusinessDay(d) != published(d))
            wrong << str(d);
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("isBusinessDay differs from history membership on: %1").arg(wrong.join(", "))));
    QCOMPARE(m_calendar->historyStart(), m_history.front());
    QCOMPARE(m_calendar->historyEnd(), m_history.back());
}

void TestBusinessCalendar::advance_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("expected");

    // T+1 settlement (days = 1) inside the history
    QTest::newRow("T+1 Thu -> Fri") << "2025-07-10" << 1 << "2025-07-11";
    QTest::newRow("T+1 over Christmas 2024") << "2024-12-24" << 1 << "2024-12-26";
    QTest::newRow("T+1 over Juneteenth 2025") << "2025-06-18" << 1 << "2025-06-20";
    QTest::newRow("T+1 over Jul 4 2025 and weekend") << "2025-07-03" << 1 << "2025-07-07";
    QTest::newRow("T+1 into Carter mourning day (open)") << "2025-01-08" << 1 << "2025-01-09";
    QTest::newRow("T+1 over 11-12 Sep 2001") << "2001-09-10" << 1 << "2001-09-13";
    QTest::newRow("T+1 over Hurricane Sandy closure") << "2012-10-29" << 1 << "2012-10-31";
    QTest::newRow("T+1 over Good Friday 1994 (closed)") << "1994-03-31" << 1 << "1994-04-04";
    // T+1 from the history's last day and beyond: holiday rules
    QTest::newRow("T+1 Fri history end -> Mon") << "2025-07-11" << 1 << "2025-07-14";
    QTest::newRow("T+1 over Labor Day 2025") << "2025-08-29" << 1 << "2025-09-02";
    QTest::newRow("T+1 over Thanksgiving 2025") << "2025-11-26" << 1 << "2025-11-28";
    QTest::newRow("T+1 over Christmas 2025") << "2025-12-24" << 1 << "2025-12-26";
    QTest::newRow("T+1 over New Year 2026") << "2025-12-31" << 1 << "2026-01-02";
    QTest::newRow("T+1 into Good Friday 2026 (open)") << "2026-04-02" << 1 << "2026-04-03";
    QTest::newRow("T+1 over observed Jul 3 2026") << "2026-07-02" << 1 << "2026-07-06";
    QTest::newRow("T+1 over observed Christmas 2027") << "2027-12-23" << 1 << "2027-12-27";
    QTest::newRow("T+1 into New Year's Eve 2027 (open)") << "2027-12-30" << 1 << "2027-12-31";
    // Other distances
    QTest::newRow("zero days from a Saturday") << "2025-07-12" << 0 << "2025-07-12";
    QTest::newRow("T+2 over Jul 4 2025") << "2025-07-03" << 2 << "2025-07-08";
    QTest::newRow("5 days from history end") << "2025-07-11" << 5 << "2025-07-18";
    QTest::newRow("back 1 into the history") << "2025-07-14" << -1 << "2025-07-11";
    QTest::newRow("back 2 over Jul 4 2025") << "2025-07-07" << -2 << "2025-07-02";
    QTest::newRow("back 1 from a holiday") << "2025-01-01" << -1 << "2024-12-31";
}

void TestBusinessCalendar::advance()
{
    QFETCH(QString, from);
    QFETCH(int, days);
    QFETCH(QString, expected);
    const QString actual = str(m_calendar->advance(iso(from), days));
    QVERIFY2(actual == expected,
             qPrintable(QStringLiteral("advance(%1, %2) = %3, expected %4").arg(from).arg(days).arg(actual, expected)));
    if (days == 1) {
        const QString settlement = str(m_calendar->settlementDate(iso(from)));
        QVERIFY2(settlement == expected,
                 qPrintable(QStringLiteral("settlementDate(%1) = %2, expected %3").arg(from, settlement, expected)));
    }
}

void TestBusinessCalendar::followingAndPreceding()
{
    QCOMPARE(str(m_calendar->following(iso("2025-07-04"))), QStringLiteral("2025-07-07"));
    QCOMPARE(str(m_calendar->preceding(iso("2025-07-04"))), QStringLiteral("2025-07-03"));
    QCOMPARE(str(m_calendar->following(iso("2025-07-10"))), QStringLiteral("2025-07-10"));
    QCOMPARE(str(m_calendar->following(iso("2025-07-12"))), QStringLiteral("2025-07-14"));
    QCOMPARE(str(m_calendar->preceding(iso("2026-07-05"))), QStringLiteral("2026-07-02"));
}

void TestBusinessCalendar::lastBusinessDayOfMonth_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<QString>("expected");

    QTest::newRow("1994-03 (history)") << 1994 << 3 << "1994-03-31";
    QTest::newRow("2023-12 (Dec 30-31 weekend)") << 2023 << 12 << "2023-12-29";
    QTest::newRow("2024-08 (Aug 31 Sat)") << 2024 << 8 << "2024-08-30";
    QTest::newRow("2025-02") << 2025 << 2 << "2025-02-28";
    QTest::newRow("2025-05 (May 31 Sat)") << 2025 << 5 << "2025-05-30";
    QTest::newRow("2025-06 (history)") << 2025 << 6 << "2025-06-30";
    QTest::newRow("2025-08 (Aug 30-31 weekend)") << 2025 << 8 << "2025-08-29";
    QTest::newRow("2025-09") << 2025 << 9 << "2025-09-30";
    QTest::newRow("2025-11 (Nov 29-30 weekend)") << 2025 << 11 << "2025-11-28";
    QTest::newRow("2026-05 (May 30-31 weekend)") << 2026 << 5 << "2026-05-29";
    QTest::newRow("2026-12") << 2026 << 12 << "2026-12-31";
    QTest::newRow("2027-12 (Sat New Year not moved back)") << 2027 << 12 << "2027-12-31";
    QTest::newRow("2028-06") << 2028 << 6 << "2028-06-30";
}

void TestBusinessCalendar::lastBusinessDayOfMonth()
{
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(QString, expected);
    const QString actual = str(m_calendar->lastBusinessDayOfMonth(year, month));
    QVERIFY2(actual == expected, qPrintable(QStringLiteral("lastBusinessDayOfMonth(%1, %2) = %3, expected %4")
                                                .arg(year).arg(month).arg(actual, expected)));
}

void TestBusinessCalendar::rejectsUnsortedHistory()
{
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, BusinessCalendar({iso("2025-07-11"), iso("2025-07-10")}));
}

QTEST_GUILESS_MAIN(TestBusinessCalendar)
#include "tst_business_calendar.moc"
