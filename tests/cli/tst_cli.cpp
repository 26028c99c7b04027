#include "cli_runner.h"
#include "core/io/market_data_loader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Indices: 2 coupon, 4 maturity, 6 settle, 8 yield.
const QStringList kBondYieldArgs{u"bond"_s,     u"--coupon"_s,     u"4.25"_s,
                                 u"--maturity"_s, u"2034-11-15"_s, u"--settle"_s,
                                 u"2025-07-14"_s, u"--yield"_s,    u"4.40"_s};

} // namespace

class TestCli final : public QObject {
    Q_OBJECT

private slots:
    void bondFromYield();
    void bondFromPriceRoundTrips();
    void basketListsRealDeliverables();
    void basketAcceptsFuturesCode();
    void basketFlagsSyntheticDeliverable();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void badInputExitsOneNamingTheField_data();
    void badInputExitsOneNamingTheField();
    void helpAndVersion();
};

void TestCli::bondFromYield()
{
    const CliRun run = runCli(kBondYieldArgs);
    const QJsonObject bond = jsonOf(run);
    QVERIFY2(!bond.isEmpty(), qPrintable(run.describe()));
    for (const char* key : {"cleanPrice", "dirtyPrice", "accrued", "yield", "dv01", "modifiedDuration", "convexity",
                            "settle", "maturity", "coupon", "nextCoupon", "previousCoupon"})
        QVERIFY2(bond.contains(QLatin1StringView(key)), qPrintable(run.describe() + u"\nmissing key "_s + key));
    // A 4.25% bond with 9.3 years to run at 4.40%: a little below par (the exact golden is a core test).
    const double clean = bond[u"cleanPrice"].toDouble();
    QVERIFY2(clean > 98.0 && clean < 99.5, qPrintable(run.describe()));
    QVERIFY2(qAbs(bond[u"yield"].toDouble() - 4.40) < 1e-9, qPrintable(run.describe()));
    QVERIFY2(qAbs(bond[u"dirtyPrice"].toDouble() - clean - bond[u"accrued"].toDouble()) < 1e-9,
             qPrintable(run.describe()));
    QVERIFY2(bond[u"dv01"].toDouble() > 0.05 && bond[u"dv01"].toDouble() < 0.09, qPrintable(run.describe()));
    QCOMPARE(bond[u"previousCoupon"].toString(), u"2025-05-15"_s);
    QCOMPARE(bond[u"nextCoupon"].toString(), u"2025-11-15"_s);
    QCOMPARE(bond[u"settle"].toString(), u"2025-07-14"_s);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.describe()));
}

void TestCli::bondFromPriceRoundTrips()
{
    const CliRun fromYield = runCli(kBondYieldArgs);
    const QJsonObject priced = jsonOf(fromYield);
    QVERIFY2(!priced.isEmpty(), qPrintable(fromYield.describe()));
    const QString clean = QString::number(priced[u"cleanPrice"].toDouble(), 'g', 17);
    QStringList arguments = kBondYieldArgs.mid(0, 7);
    arguments << u"--price"_s << clean;
    const CliRun fromPrice = runCli(arguments);
    const QJsonObject yielded = jsonOf(fromPrice);
    QVERIFY2(!yielded.isEmpty(), qPrintable(fromPrice.describe()));
    QVERIFY2(qAbs(yielded[u"yield"].toDouble() - 4.40) < 1e-7, qPrintable(fromPrice.describe()));
}

void TestCli::basketListsRealDeliverables()
{
    const CliRun run = runCli({u"basket"_s, u"ZN"_s, u"2025-09"_s, u"--as-of"_s, u"2025-07-11"_s});
    const QJsonObject basket = jsonOf(run);
    QVERIFY2(!basket.isEmpty(), qPrintable(run.describe()));
    QCOMPARE(basket[u"symbol"].toString(), u"ZN"_s);
    QCOMPARE(basket[u"month"].toString(), u"2025-09"_s);
    QCOMPARE(basket[u"asOf"].toString(), u"2025-07-11"_s);
    QVERIFY2(basket[u"synthetic"].isBool() && !basket[u"synthetic"].toBool(), qPrintable(run.describe()));
    const double fairPrice = basket[u"fairPrice"].toDouble();
    QVERIFY2(fairPrice > 90.0 && fairPrice < 130.0, qPrintable(run.describe()));

    const xm::MarketData data = xm::io::loadBundledMarketData();
    const QJsonArray deliverables = basket[u"deliverables"].toArray();
    QVERIFY2(deliverables.size() >= 5, qPrintable(run.describe()));
    QStringList cusips;
    for (const QJsonValue& value : deliverables) {
        const QJsonObject d = value.toObject();
        const QString cusip = d[u"cusip"].toString();
        QVERIFY2(data.findSecurity(cusip.toStdString()), qPrintable(run.describe() + u"\nunknown CUSIP "_s + cusip));
        const double cf = d[u"cf"].toDouble();
        QVERIFY2(cf > 0.7 && cf < 1.0, qPrintable(run.describe() + u"\ncf of "_s + cusip));
        for (const char* key : {"coupon", "maturity", "spotClean", "forwardClean", "impliedRepo", "netBasis"})
            QVERIFY2(d.contains(QLatin1StringView(key)), qPrintable(run.describe() + u"\nmissing "_s + key));
        cusips << cusip;
    }
    QVERIFY2(cusips.contains(basket[u"ctd"].toString()), qPrintable(run.describe()));
}

void TestCli::basketAcceptsFuturesCode()
{
    const CliRun longForm = runCli({u"basket"_s, u"ZN"_s, u"2025-09"_s, u"--as-of"_s, u"2025-07-11"_s});
    const CliRun code = runCli({u"basket"_s, u"ZNU5"_s, u"--as-of=2025-07-11"_s});
    const CliRun monthCode = runCli({u"basket"_s, u"ZN"_s, u"U5"_s, u"--as-of"_s, u"2025-07-11"_s});
    QVERIFY2(longForm.exitCode == 0, qPrintable(longForm.describe()));
    QVERIFY2(code.out == longForm.out,
             qPrintable(code.describe() + u"\n--- differs from ---\n"_s + longForm.describe()));
    QVERIFY2(monthCode.out == longForm.out, qPrintable(monthCode.describe()));
}

void TestCli::basketFlagsSyntheticDeliverable()
{
    // The bundled list ends in 2024-11: no original-issue 10-year note fits TN's Mar-2026 window.
    const CliRun run = runCli({u"basket"_s, u"TN"_s, u"2026-03"_s, u"--as-of"_s, u"2025-07-11"_s});
    const QJsonObject basket = jsonOf(run);
    QVERIFY2(!basket.isEmpty(), qPrintable(run.describe()));
    QVERIFY2(basket[u"synthetic"].toBool(), qPrintable(run.describe()));
    QVERIFY2(basket[u"ctd"].isNull(), qPrintable(run.describe()));
    const QJsonArray deliverables = basket[u"deliverables"].toArray();
    QVERIFY2(deliverables.size() == 1 && deliverables[0].toObject()[u"cusip"].isNull(), qPrintable(run.describe()));
}

void TestCli::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no-command") << QStringList{};
    QTest::newRow("unknown-command") << QStringList{u"margins"_s};
    QTest::newRow("bond-missing-settle") << kBondYieldArgs.mid(0, 5) + kBondYieldArgs.mid(7);
    QTest::newRow("bond-missing-value") << kBondYieldArgs.mid(0, 8);
    QTest::newRow("bond-yield-and-price") << kBondYieldArgs + QStringList{u"--price"_s, u"99"_s};
    QTest::newRow("bond-unknown-option") << kBondYieldArgs + QStringList{u"--face"_s, u"100"_s};
    QTest::newRow("bond-repeated-option") << kBondYieldArgs + QStringList{u"--yield"_s, u"4"_s};
    QTest::newRow("basket-no-contract") << QStringList{u"basket"_s};
    QTest::newRow("basket-too-many") << QStringList{u"basket"_s, u"ZN"_s, u"U5"_s, u"x"_s};
}

void TestCli::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    const CliRun run = runCli(arguments);
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
    QVERIFY2(run.err.contains("Usage: xmargin-cli"), qPrintable(run.describe()));
}

void TestCli::badInputExitsOneNamingTheField_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");   // part of the stderr message

    QStringList badSettle = kBondYieldArgs;
    badSettle[6] = u"2025-13-01"_s;
    QTest::newRow("bond-bad-date") << badSettle << u"--settle: expected a date YYYY-MM-DD, got \"2025-13-01\""_s;
    QStringList badCoupon = kBondYieldArgs;
    badCoupon[2] = u"abc"_s;
    QTest::newRow("bond-bad-coupon") << badCoupon << u"--coupon: expected a coupon in percent, got \"abc\""_s;
    QStringList matured = kBondYieldArgs;
    matured[4] = u"2025-07-14"_s;
    QTest::newRow("bond-maturity-not-after-settle")
        << matured << u"--maturity: expected a date after --settle 2025-07-14"_s;
    QStringList badPrice = kBondYieldArgs.mid(0, 7);
    badPrice << u"--price"_s << u"-5"_s;
    QTest::newRow("bond-negative-price") << badPrice << u"--price: expected a clean price per 100 face above 0"_s;
    QTest::newRow("basket-unknown-symbol") << QStringList{u"basket"_s, u"XX"_s, u"2025-09"_s}
                                           << u"SYMBOL: expected one of ZT|Z3N|ZF|ZN|TN|TWE|ZB|UB, got \"XX\""_s;
    QTest::newRow("basket-bad-month") << QStringList{u"basket"_s, u"ZN"_s, u"2025-13"_s}
                                      << u"MONTH: expected a contract month YYYY-MM"_s;
    QTest::newRow("basket-bad-code") << QStringList{u"basket"_s, u"Z"_s}
                                     << u"CONTRACT: expected a futures code such as ZNU5"_s;
    QTest::newRow("basket-bad-as-of") << QStringList{u"basket"_s, u"ZNU5"_s, u"--as-of"_s, u"11/07/2025"_s}
                                      << u"--as-of: expected a date YYYY-MM-DD, got \"11/07/2025\""_s;
    QTest::newRow("basket-as-of-before-history") << QStringList{u"basket"_s, u"ZNU5"_s, u"--as-of"_s, u"1980-01-02"_s}
                                                 << u"--as-of: expected a date the history covers"_s;
}

void TestCli::badInputExitsOneNamingTheField()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const CliRun run = runCli(arguments);
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
    QVERIFY2(QString::fromUtf8(run.err).contains(expected),
             qPrintable(run.describe() + u"\nexpected stderr to contain: "_s + expected));
}

void TestCli::helpAndVersion()
{
    const CliRun help = runCli({u"--help"_s});
    QVERIFY2(help.exitCode == 0 && help.out.contains("xmargin-cli bond --coupon")
                 && help.out.contains("xmargin-cli basket SYMBOL"),
             qPrintable(help.describe()));
    const CliRun bondHelp = runCli({u"bond"_s, u"--help"_s});
    QVERIFY2(bondHelp.exitCode == 0 && bondHelp.out.contains("--yield Y | --price P"), qPrintable(bondHelp.describe()));
    const CliRun version = runCli({u"--version"_s});
    QVERIFY2(version.exitCode == 0 && version.out.startsWith("xmargin-cli 0."), qPrintable(version.describe()));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
