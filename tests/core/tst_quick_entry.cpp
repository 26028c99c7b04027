// Quick entry (FORMATS.md): every accepted form, the quantity suffixes shared with the
// position CSV, and errors that name the failed word and what was expected there.
#include "core/portfolio/quantity_text.h"
#include "core/portfolio/quick_entry.h"
#include "tests/support/bundled_market.h"

#include <QLocale>
#include <QTest>

#include <cmath>
#include <set>
#include <string>

using namespace Qt::StringLiterals;
using namespace xm;

namespace {

const Date kAsOf = Date::fromYmd(2025, 7, 11);
const ContractMonth kFront{2025, 9};

QuickEntryContext context(Date asOf = kAsOf)
{
    static const std::set<std::string, std::less<>> known{"91282CLF6", "91282CLW9"};
    return {asOf, kFront, [](std::string_view cusip) { return known.count(cusip) > 0; }};
}

QString number(double value)
{
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

// One line per position, e.g. "FICC repo 91282CLF6 end 2025-10-09 qty 100000000".
QString describe(const Position& p)
{
    QStringList parts{QString::fromUtf8(toString(p.venue)), QString::fromUtf8(toString(p.type))};
    if (p.venue == Venue::Cme) {
        parts << QString::fromStdString(p.symbol) << QString::fromStdString(p.month ? p.month->toIso() : "no month");
    } else if (!p.cusip.empty()) {
        parts << QString::fromStdString(p.cusip);
    } else {
        parts << (p.couponPct ? number(*p.couponPct) : QString()) + u'@' + QString::fromStdString(p.maturity.toIso());
    }
    if (!p.end.isNull())
        parts << u"end"_s << QString::fromStdString(p.end.toIso());
    parts << u"qty"_s << number(p.quantity);
    return parts.join(u' ');
}

} // namespace

class TestQuickEntry : public QObject {
    Q_OBJECT

private slots:
    void accepts_data();
    void accepts();
    void rejects_data();
    void rejects();
    void repoTermNeedsAsOf();
    void bundledCusips();
    void quantity_data();
    void quantity();
    void quantityRejects_data();
    void quantityRejects();
};

void TestQuickEntry::accepts_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("expected");  // describe() of the position

    QTest::newRow("front month") << "ZN -950" << "CME future ZN 2025-09 qty -950";
    QTest::newRow("futures code") << "ZNU5 -950" << "CME future ZN 2025-09 qty -950";
    QTest::newRow("symbol and month") << "ZN 2025-09 -950" << "CME future ZN 2025-09 qty -950";
    QTest::newRow("lower case, plus sign") << "zn 2025-12 +25" << "CME future ZN 2025-12 qty 25";
    QTest::newRow("December code") << "ZNZ5 10" << "CME future ZN 2025-12 qty 10";
    QTest::newRow("two-digit year code") << "ZBH26 -3" << "CME future ZB 2026-03 qty -3";
    QTest::newRow("digit in symbol") << "Z3NU5 5" << "CME future Z3N 2025-09 qty 5";
    QTest::newRow("SOFR code") << "SR3Z5 -100" << "CME future SR3 2025-12 qty -100";
    QTest::newRow("fed funds front") << "ZQ 3" << "CME future ZQ 2025-09 qty 3";
    QTest::newRow("contracts with k") << "ZT 1k" << "CME future ZT 2025-09 qty 1000";
    QTest::newRow("option") << "OZN 2025-09 10" << "CME option OZN 2025-09 qty 10";
    QTest::newRow("option code") << "OZNU5 -10" << "CME option OZN 2025-09 qty -10";
    QTest::newRow("UST coupon maturity") << "UST 4.25 2034-11-15 +100mm" << "FICC cash 4.25@2034-11-15 qty 100000000";
    QTest::newRow("UST percent sign, bn") << "UST 4.25% 2034-11-15 1.5BN" << "FICC cash 4.25@2034-11-15 qty 1500000000";
    QTest::newRow("UST by CUSIP") << "UST 91282CLF6 -25m" << "FICC cash 91282CLF6 qty -25000000";
    QTest::newRow("CUSIP alone") << "91282CLF6 +100mm" << "FICC cash 91282CLF6 qty 100000000";
    QTest::newRow("CUSIP lower case, k") << "91282clf6 10k" << "FICC cash 91282CLF6 qty 10000";
    QTest::newRow("repo days") << "REPO 91282CLF6 100mm 90d" << "FICC repo 91282CLF6 end 2025-10-09 qty 100000000";
    QTest::newRow("repo end date") << "REPO 91282CLF6 100mm 2025-10-11"
                                   << "FICC repo 91282CLF6 end 2025-10-11 qty 100000000";
    QTest::newRow("repo months") << "repo 91282CLF6 1.5bn 3m" << "FICC repo 91282CLF6 end 2025-10-11 qty 1500000000";
    QTest::newRow("reverse repo weeks") << "REVREPO 4.25 2034-11-15 50mm 13w"
                                        << "FICC reverse_repo 4.25@2034-11-15 end 2025-10-10 qty 50000000";
    QTest::newRow("bill") << "BILL 2025-12-26 10mm" << "FICC bill @2025-12-26 qty 10000000";
    QTest::newRow("TIPS") << "TIPS 1.875 2034-07-15 10mm" << "FICC tips 1.875@2034-07-15 qty 10000000";
    QTest::newRow("FRN") << "FRN 2027-04-30 -5mm" << "FICC frn @2027-04-30 qty -5000000";
    QTest::newRow("STRIPS") << "STRIPS 2035-05-15 25m" << "FICC strips @2035-05-15 qty 25000000";
    QTest::newRow("STRIPS by CUSIP") << "STRIPS 91282CLW9 1mm" << "FICC strips 91282CLW9 qty 1000000";
    QTest::newRow("extra spaces") << "  ZN    -950  " << "CME future ZN 2025-09 qty -950";
}

void TestQuickEntry::accepts()
{
    QFETCH(QString, line);
    QFETCH(QString, expected);
    const QuickEntryResult r = parseQuickEntry(line.toStdString(), context());
    QVERIFY2(r.position, qPrintable(u"\"%1\" refused: %2"_s.arg(line, QString::fromStdString(r.error))));
    QVERIFY2(r.error.empty(), qPrintable(line));
    QVERIFY2(r.position->id.empty(), qPrintable(line));
    QCOMPARE(describe(*r.position), expected);
}

void TestQuickEntry::rejects_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("word");      // how the message starts: the failed word
    QTest::addColumn<QString>("expected");  // part of what the message says was expected

    QTest::newRow("empty") << "" << "word 1:" << "but the line is empty";
    QTest::newRow("unknown first word") << "XYZ 5" << "word 1 \"XYZ\":" << "a CME symbol or code such as ZN";
    QTest::newRow("not a month code") << "ZNW5 5" << "word 1 \"ZNW5\":" << "UST, REPO";
    QTest::newRow("unknown CUSIP") << "912828ZZ9 +100mm" << "word 1 \"912828ZZ9\":"
                                   << "a CUSIP from the securities list";
    QTest::newRow("impossible maturity") << "UST 4.25 2034-13-15 +100mm" << "word 3 \"2034-13-15\":"
                                         << "expected a maturity date YYYY-MM-DD";
    QTest::newRow("coupon out of range") << "UST 25 2034-11-15 1mm" << "word 2 \"25\":" << "coupon in percent from 0 to 20";
    QTest::newRow("maturity without coupon") << "UST 2034-11-15 1mm" << "word 2 \"2034-11-15\":" << "a CUSIP or a coupon";
    QTest::newRow("bill with a coupon") << "BILL 4.25 2025-12-26 10mm" << "word 2 \"4.25\":"
                                        << "a CUSIP or a maturity date YYYY-MM-DD";
    QTest::newRow("quantity missing") << "UST 4.25 2034-11-15" << "word 4:" << "a quantity such as -950, +100mm";
    QTest::newRow("bad suffix") << "UST 4.25 2034-11-15 100xx" << "word 4 \"100xx\":" << "a quantity such as";
    QTest::newRow("absurd face") << "91282CLF6 20000bn" << "word 2 \"20000bn\":" << "a face value in USD from -1e13 to 1e13";
    QTest::newRow("fractional contracts") << "ZN -950.5" << "word 2 \"-950.5\":" << "a whole number of contracts";
    QTest::newRow("absurd contracts") << "ZN 20000000" << "word 2 \"20000000\":" << "from -1e7 to 1e7";
    QTest::newRow("impossible month") << "ZN 2025-13 -950" << "word 2 \"2025-13\":" << "a contract month YYYY-MM";
    QTest::newRow("month without quantity") << "ZN 2025-09" << "word 3:" << "a quantity";
    QTest::newRow("word after quantity") << "ZN -950 now" << "word 3 \"now\":" << "nothing more on the line";
    QTest::newRow("repo term missing") << "REPO 91282CLF6 100mm" << "word 4:" << "a repo term such as 90d";
    QTest::newRow("repo term unit") << "REPO 91282CLF6 100mm 90x" << "word 4 \"90x\":" << "a repo term such as 90d";
    QTest::newRow("repo ends before as-of") << "REPO 91282CLF6 100mm 2025-07-01" << "word 4 \"2025-07-01\":"
                                            << "after the as-of date 2025-07-11";
    QTest::newRow("term after cash") << "91282CLF6 100mm 90d" << "word 3 \"90d\":" << "nothing more on the line";
}

void TestQuickEntry::rejects()
{
    QFETCH(QString, line);
    QFETCH(QString, word);
    QFETCH(QString, expected);
    const QuickEntryResult r = parseQuickEntry(line.toStdString(), context());
    const QString error = QString::fromStdString(r.error);
    QVERIFY2(!r.position, qPrintable(u"\"%1\" accepted as %2"_s.arg(line, describe(*r.position))));
    QVERIFY2(error.startsWith(word), qPrintable(u"\"%1\": %2"_s.arg(line, error)));
    QVERIFY2(error.contains(u"expected "_s + expected) || error.contains(expected),
             qPrintable(u"\"%1\": %2"_s.arg(line, error)));
}

void TestQuickEntry::repoTermNeedsAsOf()
{
    const QuickEntryResult r = parseQuickEntry("REPO 91282CLF6 100mm 90d", context(Date()));
    QVERIFY(!r.position);
    QCOMPARE(QString::fromStdString(r.error),
             u"word 4 \"90d\": expected an end date YYYY-MM-DD (there is no as-of date to count a term from)"_s);
    QVERIFY(parseQuickEntry("REPO 91282CLF6 100mm 2025-10-11", context(Date())).position);
}

void TestQuickEntry::bundledCusips()
{
    const QuickEntryContext c = quickEntryContext(test::bundledMarket(), kAsOf, kFront);
    const QuickEntryResult known = parseQuickEntry("91282CLW9 -25mm", c);
    QVERIFY2(known.position, known.error.c_str());
    QCOMPARE(describe(*known.position), u"FICC cash 91282CLW9 qty -25000000"_s);
    QVERIFY(!parseQuickEntry("912828ZZ9 -25mm", c).position);
}

void TestQuickEntry::quantity_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("expected");

    QTest::newRow("plain") << "950" << 950.0;
    QTest::newRow("negative") << "-950" << -950.0;
    QTest::newRow("plus") << "+3" << 3.0;
    QTest::newRow("mm") << "100mm" << 1e8;
    QTest::newRow("m") << "25m" << 2.5e7;
    QTest::newRow("bn") << "1.5bn" << 1.5e9;
    QTest::newRow("k") << "10k" << 1e4;
    QTest::newRow("upper case") << "-0.5MM" << -5e5;
    QTest::newRow("BN") << "+2BN" << 2e9;
    QTest::newRow("decimal") << "12.25" << 12.25;
    QTest::newRow("leading point") << ".5mm" << 5e5;
}

void TestQuickEntry::quantity()
{
    QFETCH(QString, text);
    QFETCH(double, expected);
    const std::optional<double> q = parseQuantity(text.toStdString());
    QVERIFY2(q, qPrintable(u"\"%1\" refused"_s.arg(text)));
    QVERIFY2(*q == expected, qPrintable(u"\"%1\" -> %2, expected %3"_s.arg(text, number(*q), number(expected))));
}

void TestQuickEntry::quantityRejects_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << "";
    QTest::newRow("sign only") << "-";
    QTest::newRow("suffix only") << "mm";
    QTest::newRow("exponent") << "1e6";
    QTest::newRow("two points") << "1.2.3";
    QTest::newRow("unknown suffix") << "100x";
    QTest::newRow("b alone") << "1b";
    QTest::newRow("inf") << "inf";
    QTest::newRow("nan") << "nan";
    QTest::newRow("double sign") << "--5";
    QTest::newRow("thousands comma") << "1,000";
    QTest::newRow("inner space") << "100 mm";
    QTest::newRow("suffix before number") << "mm100";
}

void TestQuickEntry::quantityRejects()
{
    QFETCH(QString, text);
    const std::optional<double> q = parseQuantity(text.toStdString());
    QVERIFY2(!q, qPrintable(u"\"%1\" accepted as %2"_s.arg(text, q ? number(*q) : QString())));
}

QTEST_GUILESS_MAIN(TestQuickEntry)
#include "tst_quick_entry.moc"
