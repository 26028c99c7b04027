#include "core/instruments/contract_month.h"
#include "core/instruments/futures_spec.h"

#include <QTest>

#include <stdexcept>

using xm::ContractMonth;
using xm::Date;
using xm::FuturesSpec;
using xm::TermAnchor;

namespace {

constexpr int kReferenceYear = 2025;

Date iso(const QString& text)
{
    return Date::parseIso(text.toStdString()).value();
}

QString str(Date date)
{
    return QString::fromStdString(date.toIso());
}

ContractMonth contractMonth(const QString& text)
{
    return ContractMonth::parseIso(text.toStdString()).value();
}

// The deliverable-grade columns of resources/data/treasury_futures_specs.csv. Unset fields keep
// the struct defaults: bounds measured from the first day of the delivery month, inclusive.
FuturesSpec spec(const QString& symbol)
{
    FuturesSpec s;
    s.symbol = symbol.toStdString();
    if (symbol == "ZT") {
        s.originalTermMaxMonths = 63;
        s.remainingMinMonths = 21;
        s.remainingMaxMonths = 24;
        s.remainingMaxFrom = TermAnchor::LastDayOfDeliveryMonth;
    } else if (symbol == "Z3N") {
        s.originalTermMaxMonths = 84;
        s.remainingMinMonths = 33;
        s.remainingMaxMonths = 36;
        s.remainingMaxFrom = TermAnchor::LastDayOfDeliveryMonth;
    } else if (symbol == "ZF") {
        s.originalTermMaxMonths = 63;
        s.remainingMinMonths = 50;
    } else if (symbol == "ZN") {
        s.originalTermMaxMonths = 120;
        s.remainingMinMonths = 78;
        s.remainingMaxMonths = 120;
    } else if (symbol == "TN") {
        s.originalTermMaxMonths = 120;
        s.originalIssueTenorYears = {10};
        s.remainingMinMonths = 113;
        s.remainingMaxMonths = 120;
    } else if (symbol == "TWE") {
        s.originalTermMaxMonths = 360;
        s.originalIssueTenorYears = {20, 30};
        s.remainingMinMonths = 230;
        s.remainingMaxMonths = 239;
        s.remainingMaxInclusive = false;
    } else if (symbol == "ZB") {
        s.remainingMinMonths = 180;
        s.remainingMaxMonths = 300;
        s.remainingMaxInclusive = false;
    } else if (symbol == "UB") {
        s.remainingMinMonths = 300;
    } else {
        throw std::invalid_argument("no spec for " + s.symbol);
    }
    return s;
}

} // namespace

class TestContractMonth : public QObject {
    Q_OBJECT

private slots:
    void parseIso_data();
    void parseIso();
    void parseIsoRejects_data();
    void parseIsoRejects();
    void parseCode_data();
    void parseCode();
    void parseCodeRejects_data();
    void parseCodeRejects();
    void parseFuturesCode_data();
    void parseFuturesCode();
    void parseFuturesCodeRejects_data();
    void parseFuturesCodeRejects();
    void monthCode_data();
    void monthCode();
    void firstAndLastDay();
    void deliveryWindow_data();
    void deliveryWindow();
    void isDeliverable_data();
    void isDeliverable();
};

void TestContractMonth::parseIso_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");

    QTest::newRow("2025-09") << "2025-09" << 2025 << 9;
    QTest::newRow("2026-03") << "2026-03" << 2026 << 3;
    QTest::newRow("1999-12") << "1999-12" << 1999 << 12;
    QTest::newRow("1900-01 (earliest accepted)") << "1900-01" << 1900 << 1;
}

void TestContractMonth::parseIso()
{
    QFETCH(QString, text);
    QFETCH(int, year);
    QFETCH(int, month);
    const auto parsed = ContractMonth::parseIso(text.toStdString());
    QVERIFY2(parsed && parsed->year == year && parsed->month == month,
             qPrintable(QStringLiteral("parseIso(\"%1\") = %2").arg(text, parsed ? QString::fromStdString(parsed->toIso())
                                                                                : QStringLiteral("nothing"))));
    QCOMPARE(QString::fromStdString(parsed->toIso()), text);
}

void TestContractMonth::parseIsoRejects_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("month 13") << "2025-13";
    QTest::newRow("month 0") << "2025-00";
    QTest::newRow("one-digit month") << "2025-9";
    QTest::newRow("two-digit year") << "25-09";
    QTest::newRow("slash") << "2025/09";
    QTest::newRow("full date") << "2025-09-01";
    QTest::newRow("before 1900") << "1899-12";
    QTest::newRow("futures code") << "U5";
    QTest::newRow("empty") << "";
}

void TestContractMonth::parseIsoRejects()
{
    QFETCH(QString, text);
    const auto parsed = ContractMonth::parseIso(text.toStdString());
    QVERIFY2(!parsed, qPrintable(QStringLiteral("parseIso(\"%1\") accepted it as %2")
                                     .arg(text, parsed ? QString::fromStdString(parsed->toIso()) : QString())));
}

void TestContractMonth::parseCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("referenceYear");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");

    QTest::newRow("U5 in 2025") << "U5" << 2025 << 2025 << 9;
    QTest::newRow("u5 lower case") << "u5" << 2025 << 2025 << 9;
    QTest::newRow("Z9 in 2025: 2029") << "Z9" << 2025 << 2029 << 12;
    QTest::newRow("Z4 in 2025: last year's, 2024") << "Z4" << 2025 << 2024 << 12;
    QTest::newRow("H3 in 2025: next decade, 2033") << "H3" << 2025 << 2033 << 3;
    QTest::newRow("H1 in 2029: 2031") << "H1" << 2029 << 2031 << 3;
    QTest::newRow("Z0 in 2029: 2030") << "Z0" << 2029 << 2030 << 12;
    QTest::newRow("M0 in 2031: 2030") << "M0" << 2031 << 2030 << 6;
    QTest::newRow("H6 in 2020: 2026, not 2016") << "H6" << 2020 << 2026 << 3;
    QTest::newRow("F6 in 2025") << "F6" << 2025 << 2026 << 1;
    QTest::newRow("U25 two digits") << "U25" << 2025 << 2025 << 9;
    QTest::newRow("H30 two digits") << "H30" << 2025 << 2030 << 3;
    QTest::newRow("Z24 in 2025: 2024") << "Z24" << 2025 << 2024 << 12;
    QTest::newRow("Z99 in 2025: 2099") << "Z99" << 2025 << 2099 << 12;
}

void TestContractMonth::parseCode()
{
    QFETCH(QString, code);
    QFETCH(int, referenceYear);
    QFETCH(int, year);
    QFETCH(int, month);
    const auto parsed = ContractMonth::parseCode(code.toStdString(), referenceYear);
    QVERIFY2(parsed && parsed->year == year && parsed->month == month,
             qPrintable(QStringLiteral("parseCode(\"%1\", %2) = %3, expected %4-%5")
                            .arg(code).arg(referenceYear)
                            .arg(parsed ? QString::fromStdString(parsed->toIso()) : QStringLiteral("nothing"))
                            .arg(year).arg(month, 2, 10, QLatin1Char('0'))));
}

void TestContractMonth::parseCodeRejects_data()
{
    QTest::addColumn<QString>("code");

    QTest::newRow("empty") << "";
    QTest::newRow("letter only") << "U";
    QTest::newRow("not a month code") << "A5";
    QTest::newRow("letter year") << "UX";
    QTest::newRow("three digits") << "U125";
    QTest::newRow("trailing letter") << "U5x";
    QTest::newRow("digit first") << "5U";
}

void TestContractMonth::parseCodeRejects()
{
    QFETCH(QString, code);
    const auto parsed = ContractMonth::parseCode(code.toStdString(), kReferenceYear);
    QVERIFY2(!parsed, qPrintable(QStringLiteral("parseCode(\"%1\") accepted it as %2")
                                     .arg(code, parsed ? QString::fromStdString(parsed->toIso()) : QString())));
}

void TestContractMonth::parseFuturesCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<QString>("month");

    QTest::newRow("ZNU5") << "ZNU5" << "ZN" << "2025-09";
    QTest::newRow("Z3NH6 (digit inside symbol)") << "Z3NH6" << "Z3N" << "2026-03";
    QTest::newRow("Z3NH26 (digit inside symbol, two-digit year)") << "Z3NH26" << "Z3N" << "2026-03";
    QTest::newRow("SR3Z5 (symbol ends in a digit)") << "SR3Z5" << "SR3" << "2025-12";
    QTest::newRow("ZNU25 (two-digit year)") << "ZNU25" << "ZN" << "2025-09";
    QTest::newRow("SR3Z25 (symbol digit, two-digit year)") << "SR3Z25" << "SR3" << "2025-12";
    QTest::newRow("UBZ5") << "UBZ5" << "UB" << "2025-12";
    QTest::newRow("twez5 (lower case)") << "twez5" << "TWE" << "2025-12";
    QTest::newRow("ZQF6") << "ZQF6" << "ZQ" << "2026-01";
}

void TestContractMonth::parseFuturesCode()
{
    QFETCH(QString, code);
    QFETCH(QString, symbol);
    QFETCH(QString, month);
    const auto parsed = xm::parseFuturesCode(code.toStdString(), kReferenceYear);
    const QString actual = parsed ? QStringLiteral("%1 %2").arg(QString::fromStdString(parsed->symbol),
                                                               QString::fromStdString(parsed->month.toIso()))
                                  : QStringLiteral("nothing");
    QVERIFY2(actual == symbol + ' ' + month,
             qPrintable(QStringLiteral("parseFuturesCode(\"%1\", %2) = %3, expected %4 %5")
                            .arg(code).arg(kReferenceYear).arg(actual, symbol, month)));
}

void TestContractMonth::parseFuturesCodeRejects_data()
{
    QTest::addColumn<QString>("code");

    QTest::newRow("no month") << "ZN";
    QTest::newRow("not a month code") << "ZNA5";
    QTest::newRow("empty") << "";
    QTest::newRow("month without symbol") << "U5";
    QTest::newRow("no year") << "ZNU";
    QTest::newRow("trailing letter") << "ZNU5X";
}

void TestContractMonth::parseFuturesCodeRejects()
{
    QFETCH(QString, code);
    const auto parsed = xm::parseFuturesCode(code.toStdString(), kReferenceYear);
    QVERIFY2(!parsed, qPrintable(QStringLiteral("parseFuturesCode(\"%1\") accepted it as %2 %3")
                                     .arg(code, parsed ? QString::fromStdString(parsed->symbol) : QString(),
                                          parsed ? QString::fromStdString(parsed->month.toIso()) : QString())));
}

void TestContractMonth::monthCode_data()
{
    QTest::addColumn<int>("month");
    QTest::addColumn<QString>("code");

    const QString codes = QStringLiteral("FGHJKMNQUVXZ");
    for (int m = 1; m <= 12; ++m)
        QTest::addRow("month %d", m) << m << QString(codes[m - 1]);
}

void TestContractMonth::monthCode()
{
    QFETCH(int, month);
    QFETCH(QString, code);
    const QChar actual = QLatin1Char(ContractMonth{2025, month}.monthCode());
    QVERIFY2(actual == code[0], qPrintable(QStringLiteral("monthCode(%1) = %2, expected %3").arg(month).arg(actual).arg(code)));
    const QString withYear = code + "5";
    const auto parsed = ContractMonth::parseCode(withYear.toStdString(), kReferenceYear);
    QVERIFY2(parsed && parsed->month == month,
             qPrintable(QStringLiteral("parseCode(\"%1\") does not give month %2").arg(withYear).arg(month)));
}

void TestContractMonth::firstAndLastDay()
{
    QCOMPARE(str(contractMonth("2025-09").firstDay()), QStringLiteral("2025-09-01"));
    QCOMPARE(str(contractMonth("2025-09").lastDay()), QStringLiteral("2025-09-30"));
    QCOMPARE(str(contractMonth("2024-02").lastDay()), QStringLiteral("2024-02-29"));
    QVERIFY(contractMonth("2025-09") < contractMonth("2025-12"));
    QVERIFY(contractMonth("2025-12") < contractMonth("2026-03"));
}

void TestContractMonth::deliveryWindow_data()
{
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<QString>("month");
    QTest::addColumn<QString>("earliest");
    QTest::addColumn<bool>("earliestInclusive");
    QTest::addColumn<QString>("latest");
    QTest::addColumn<bool>("latestInclusive");

    // ZT: >= 21 months from the first day, <= 24 months from the last day of the month.
    QTest::newRow("ZT 2025-09") << "ZT" << "2025-09" << "2027-06-01" << true << "2027-09-30" << true;
    QTest::newRow("ZT 2025-12") << "ZT" << "2025-12" << "2027-09-01" << true << "2027-12-31" << true;
    // Z3N: >= 33 months from the first day, <= 36 months from the last day.
    QTest::newRow("Z3N 2025-09") << "Z3N" << "2025-09" << "2028-06-01" << true << "2028-09-30" << true;
    // ZF: >= 50 months; no remaining maximum, so the 63-month original-term cap bounds it.
    QTest::newRow("ZF 2025-12") << "ZF" << "2025-12" << "2030-02-01" << true << "2031-03-01" << true;
    // ZN: >= 78 and <= 120 months from the first day.
    QTest::newRow("ZN 2025-09") << "ZN" << "2025-09" << "2032-03-01" << true << "2035-09-01" << true;
    // TN: >= 113 and <= 120 months.
    QTest::newRow("TN 2025-09") << "TN" << "2025-09" << "2035-02-01" << true << "2035-09-01" << true;
    // TWE: >= 230 and < 239 months.
    QTest::newRow("TWE 2025-09") << "TWE" << "2025-09" << "2044-11-01" << true << "2045-08-01" << false;
    // ZB: >= 180 and < 300 months.
    QTest::newRow("ZB 2025-09") << "ZB" << "2025-09" << "2040-09-01" << true << "2050-09-01" << false;
    // UB: >= 300 months; neither a maximum nor a cap, so 30 years.
    QTest::newRow("UB 2025-09") << "UB" << "2025-09" << "2050-09-01" << true << "2055-09-01" << true;
}

void TestContractMonth::deliveryWindow()
{
    QFETCH(QString, symbol);
    QFETCH(QString, month);
    QFETCH(QString, earliest);
    QFETCH(bool, earliestInclusive);
    QFETCH(QString, latest);
    QFETCH(bool, latestInclusive);
    const xm::DeliveryWindow w = xm::deliveryWindow(spec(symbol), contractMonth(month));
    const auto bound = [](Date d, bool inclusive) { return str(d) + (inclusive ? " incl" : " excl"); };
    const QString actual = bound(w.earliestMaturity, w.earliestInclusive) + " .. " + bound(w.latestMaturity, w.latestInclusive);
    const QString expected = bound(iso(earliest), earliestInclusive) + " .. " + bound(iso(latest), latestInclusive);
    QVERIFY2(actual == expected,
             qPrintable(QStringLiteral("deliveryWindow(%1, %2) = %3, expected %4").arg(symbol, month, actual, expected)));
}

void TestContractMonth::isDeliverable_data()
{
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<QString>("month");
    QTest::addColumn<int>("originalTermYears");
    QTest::addColumn<QString>("maturity");
    QTest::addColumn<QString>("datedDate");  // empty: unknown (user-entered security)
    QTest::addColumn<bool>("deliverable");

    // Rows named by CUSIP are from treasury_securities.csv; the others are hypothetical.
    QTest::newRow("ZT 2025-09 91282CKV2 3Y") << "ZT" << "2025-09" << 3 << "2027-06-15" << "2024-06-15" << true;
    QTest::newRow("ZT 2025-09 91282CFM8 5Y on the latest bound") << "ZT" << "2025-09" << 5 << "2027-09-30" << "2022-09-30" << true;
    QTest::newRow("ZT 2025-09 2Y on the earliest bound") << "ZT" << "2025-09" << 2 << "2027-06-01" << "2025-06-01" << true;
    QTest::newRow("ZT 2025-09 91282CET4 too short") << "ZT" << "2025-09" << 5 << "2027-05-31" << "2022-05-31" << false;
    QTest::newRow("ZT 2025-09 91282CLQ2 too long") << "ZT" << "2025-09" << 3 << "2027-10-15" << "2024-10-15" << false;
    QTest::newRow("ZT 2025-09 91282CAD3 7Y over 63-month cap") << "ZT" << "2025-09" << 7 << "2027-07-31" << "2020-07-31" << false;
    QTest::newRow("ZT 2025-09 912810FA1 30Y bond") << "ZT" << "2025-09" << 30 << "2027-08-15" << "1997-08-15" << false;

    QTest::newRow("Z3N 2025-09 91282CCH2 7Y at 84-month cap") << "Z3N" << "2025-09" << 7 << "2028-06-30" << "2021-06-30" << true;
    QTest::newRow("Z3N 2025-09 91282CHK0 5Y") << "Z3N" << "2025-09" << 5 << "2028-06-30" << "2023-06-30" << true;

    QTest::newRow("ZF 2024-12 91282CKD2 5Y from leap day") << "ZF" << "2024-12" << 5 << "2029-02-28" << "2024-02-29" << true;
    QTest::newRow("ZF 2024-12 91282CJW2 too short") << "ZF" << "2024-12" << 5 << "2029-01-31" << "2024-01-31" << false;
    QTest::newRow("ZF 2024-12 91282CEB3 7Y over cap") << "ZF" << "2024-12" << 7 << "2029-02-28" << "2022-02-28" << false;
    QTest::newRow("ZF 2024-12 912828Z94 10Y over cap") << "ZF" << "2024-12" << 10 << "2030-02-15" << "2020-02-15" << false;
    QTest::newRow("ZF 2025-12 5Y Nov-2030") << "ZF" << "2025-12" << 5 << "2030-11-30" << "2025-11-30" << true;
    QTest::newRow("ZF 2025-12 5Y3M on the cap bound") << "ZF" << "2025-12" << 5 << "2031-03-01" << "2025-12-01" << true;
    QTest::newRow("ZF 2025-12 one day past the cap bound") << "ZF" << "2025-12" << 5 << "2031-03-02" << "2025-12-02" << false;

    QTest::newRow("ZN 2025-09 91282CEP2") << "ZN" << "2025-09" << 10 << "2032-05-15" << "2022-05-15" << true;
    QTest::newRow("ZN 2025-09 91282CDY4 under 78 months") << "ZN" << "2025-09" << 10 << "2032-02-15" << "2022-02-15" << false;
    QTest::newRow("ZN 2025-09 91282CLW9") << "ZN" << "2025-09" << 10 << "2034-11-15" << "2024-11-15" << true;
    QTest::newRow("ZN 2025-09 10Y on the 120-month bound") << "ZN" << "2025-09" << 10 << "2035-09-01" << "2025-09-01" << true;
    QTest::newRow("ZN 2025-09 20Y bond over 120-month cap") << "ZN" << "2025-09" << 20 << "2033-05-15" << "2013-05-15" << false;
    QTest::newRow("ZN 2025-09 unknown tenor") << "ZN" << "2025-09" << 0 << "2035-05-15" << "" << true;

    QTest::newRow("TN 2025-03 91282CLF6") << "TN" << "2025-03" << 10 << "2034-08-15" << "2024-08-15" << true;
    QTest::newRow("TN 2025-03 91282CLW9") << "TN" << "2025-03" << 10 << "2034-11-15" << "2024-11-15" << true;
    QTest::newRow("TN 2025-09 91282CLW9 under 113 months") << "TN" << "2025-09" << 10 << "2034-11-15" << "2024-11-15" << false;
    QTest::newRow("TN 2025-09 10Y Feb-2035") << "TN" << "2025-09" << 10 << "2035-02-15" << "2025-02-15" << true;
    QTest::newRow("TN 2025-09 10Y Aug-2035") << "TN" << "2025-09" << 10 << "2035-08-15" << "2025-08-15" << true;
    QTest::newRow("TN 2025-09 unknown tenor: not original-issue 10Y") << "TN" << "2025-09" << 0 << "2035-05-15" << "" << false;

    QTest::newRow("TWE 2025-09 912810RJ9 30Y at 230 months") << "TWE" << "2025-09" << 30 << "2044-11-15" << "2014-11-15" << true;
    QTest::newRow("TWE 2025-09 912810RM2 30Y") << "TWE" << "2025-09" << 30 << "2045-05-15" << "2015-05-15" << true;
    QTest::newRow("TWE 2025-09 912810RH3 under 230 months") << "TWE" << "2025-09" << 30 << "2044-08-15" << "2014-08-15" << false;
    QTest::newRow("TWE 2025-09 912810RN0 at/over 239 months") << "TWE" << "2025-09" << 30 << "2045-08-15" << "2015-08-15" << false;
    QTest::newRow("TWE 2025-09 20Y May-2045") << "TWE" << "2025-09" << 20 << "2045-05-15" << "2025-05-15" << true;
    QTest::newRow("TWE 2025-09 on the exclusive 239-month bound") << "TWE" << "2025-09" << 20 << "2045-08-01" << "2025-08-01" << false;
    QTest::newRow("TWE 2025-09 unknown tenor") << "TWE" << "2025-09" << 0 << "2045-02-15" << "" << false;

    QTest::newRow("ZB 2025-09 912810QK7 under 15 years") << "ZB" << "2025-09" << 30 << "2040-08-15" << "2010-08-15" << false;
    QTest::newRow("ZB 2025-09 912810QL5 30Y") << "ZB" << "2025-09" << 30 << "2040-11-15" << "2010-11-15" << true;
    QTest::newRow("ZB 2025-09 912810ST6 20Y") << "ZB" << "2025-09" << 20 << "2040-11-15" << "2020-11-15" << true;
    QTest::newRow("ZB 2025-09 912810SP4 under 25 years") << "ZB" << "2025-09" << 30 << "2050-08-15" << "2020-08-15" << true;
    QTest::newRow("ZB 2025-09 912810SS8 25 years or more") << "ZB" << "2025-09" << 30 << "2050-11-15" << "2020-11-15" << false;
    QTest::newRow("ZB 2025-09 20Y issued after the month") << "ZB" << "2025-09" << 20 << "2045-11-15" << "2025-11-15" << false;
    QTest::newRow("ZB 2025-12 same 20Y within the month") << "ZB" << "2025-12" << 20 << "2045-11-15" << "2025-11-15" << true;

    QTest::newRow("UB 2025-09 912810SS8") << "UB" << "2025-09" << 30 << "2050-11-15" << "2020-11-15" << true;
    QTest::newRow("UB 2025-09 912810UE6") << "UB" << "2025-09" << 30 << "2054-11-15" << "2024-11-15" << true;
    QTest::newRow("UB 2025-09 912810SP4 under 25 years") << "UB" << "2025-09" << 30 << "2050-08-15" << "2020-08-15" << false;
    QTest::newRow("UB 2025-09 30Y Aug-2055") << "UB" << "2025-09" << 30 << "2055-08-15" << "2025-08-15" << true;
    QTest::newRow("UB 2025-09 beyond 30 years") << "UB" << "2025-09" << 0 << "2055-11-15" << "" << false;
    QTest::newRow("UB 2025-12 30Y Nov-2055") << "UB" << "2025-12" << 30 << "2055-11-15" << "2025-11-15" << true;
}

void TestContractMonth::isDeliverable()
{
    QFETCH(QString, symbol);
    QFETCH(QString, month);
    QFETCH(int, originalTermYears);
    QFETCH(QString, maturity);
    QFETCH(QString, datedDate);
    QFETCH(bool, deliverable);

    xm::TreasurySecurity security;
    security.originalTermYears = originalTermYears;
    security.maturity = iso(maturity);
    if (!datedDate.isEmpty())
        security.datedDate = iso(datedDate);
    const bool actual = xm::isDeliverable(spec(symbol), security, contractMonth(month));
    QVERIFY2(actual == deliverable,
             qPrintable(QStringLiteral("isDeliverable(%1 %2, %3Y maturing %4 dated %5) = %6, expected %7")
                            .arg(symbol, month).arg(originalTermYears).arg(maturity, datedDate.isEmpty() ? "unknown" : datedDate)
                            .arg(actual).arg(deliverable)));
}

QTEST_APPLESS_MAIN(TestContractMonth)
#include "tst_contract_month.moc"
