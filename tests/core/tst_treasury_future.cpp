// Treasury futures on the bundled securities and curve: real baskets, CTD, implied repo,
// DV01 and key-rate DV01 per contract, synthetic deliverables.
#include "core/instruments/conversion_factor.h"
#include "core/instruments/fixed_rate_bond.h"
#include "core/instruments/treasury_future.h"
#include "core/market_environment.h"
#include "tests/support/bundled_market.h"

#include <QtTest>

#include <cmath>

using xm::ContractMonth;
using xm::test::bundledMarket;
using xm::test::isoDate;

class TestTreasuryFuture final : public QObject {
    Q_OBJECT

private slots:
    void zn2025SepBasketIsTheRealNotes();
    void contractInvariants_data();
    void contractInvariants();
    void emptyBasketUsesFlaggedSyntheticDeliverable();
    void forwardPriceCarriesAtRepo();
    void deliveredContractIsRefused();
};

void TestTreasuryFuture::zn2025SepBasketIsTheRealNotes()
{
    const auto& data = bundledMarket();
    const xm::MarketEnvironment env(data, isoDate("2025-07-11"));
    const auto v = xm::valueTreasuryFuture(*data.findSpec("ZN"), ContractMonth{2025, 9}, data.securities,
                                           env.futuresMarket());
    // Notes in the list maturing 2032-03-01 .. 2035-09-01 (6.5 to 10 years from 2025-09-01)
    // with an original term of at most 10 years.
    const QStringList expected{"91282CEP2", "91282CFF3", "91282CFV8", "91282CGM7", "91282CHC8", "91282CHT1",
                               "91282CJJ1", "91282CJZ5", "91282CKQ3", "91282CLF6", "91282CLW9"};
    QStringList actual;
    for (const auto& d : v.basket)
        actual << QString::fromStdString(d.security.cusip);
    QCOMPARE(actual, expected);
    QVERIFY(!v.synthetic);
    QCOMPARE(v.deliveryDate, isoDate("2025-09-30"));
    QVERIFY2(v.repoRate > 0.04 && v.repoRate < 0.05, qPrintable(QString::number(v.repoRate)));
    QVERIFY(QString::fromStdString(env.repo().source).startsWith("SOFR 2025-07-11"));
    // The 2.875% May-2032 (shortest duration with yields below the 6% notional) is cheapest.
    QCOMPARE(QString::fromStdString(v.ctd().security.cusip), QStringLiteral("91282CEP2"));
    // CF of 2.875% 2032-05-15 into Sep-2025: n = 6, z = 8 -> 6 (quarter), v = 3.
    QCOMPARE(v.ctd().conversionFactor, xm::conversionFactor(2.875, xm::CfTerm{6, 6}, xm::CfTermRounding::Quarter));
    // A 6.5-year CTD at ~4% yields: fair price ~111 (ZNU5 settled near 111-04 on 2025-07-11),
    // DV01 ~ $65-70 per contract.
    QVERIFY2(v.fairPrice > 108.0 && v.fairPrice < 114.0, qPrintable(QString::number(v.fairPrice)));
    QVERIFY2(v.dv01PerContract > 55.0 && v.dv01PerContract < 80.0, qPrintable(QString::number(v.dv01PerContract)));
}

void TestTreasuryFuture::contractInvariants_data()
{
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<QString>("asOf");
    QTest::addColumn<double>("dv01Low");   // USD per bp per contract, a generous band around
    QTest::addColumn<double>("dv01High");  // the CTD's converted DV01 at 2024-25 yield levels
    struct Contract {
        const char* symbol;
        double low;
        double high;
    };
    const Contract contracts[] = {{"ZT", 25, 60},  {"Z3N", 35, 90},  {"ZF", 30, 70},   {"ZN", 45, 100},
                                  {"TN", 60, 120}, {"TWE", 100, 220}, {"ZB", 100, 260}, {"UB", 180, 420}};
    for (const auto& c : contracts) {
        for (const auto& [asOf, y, m] : {std::tuple{"2025-07-11", 2025, 9}, std::tuple{"2025-07-11", 2025, 12},
                                         std::tuple{"2024-11-22", 2024, 12}, std::tuple{"2024-11-22", 2025, 3}})
            QTest::addRow("%s-%d-%02d-asof-%s", c.symbol, y, m, asOf)
                << QString::fromLatin1(c.symbol) << y << m << QString::fromLatin1(asOf) << c.low << c.high;
    }
}

void TestTreasuryFuture::contractInvariants()
{
    QFETCH(QString, symbol);
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(QString, asOf);
    QFETCH(double, dv01Low);
    QFETCH(double, dv01High);
    const auto& data = bundledMarket();
    const xm::MarketEnvironment env(data, isoDate(qPrintable(asOf)));
    const auto v = xm::valueTreasuryFuture(*data.findSpec(symbol.toStdString()), ContractMonth{year, month},
                                           data.securities, env.futuresMarket());
    const QString inputs = QStringLiteral("%1 %2-%3 as of %4").arg(symbol).arg(year).arg(month).arg(asOf);
    QVERIFY2(!v.basket.empty() && v.ctdIndex >= 0, qPrintable(inputs));

    double bestRepo = -1.0;
    for (const auto& d : v.basket) {
        const QString who = inputs + " " + QString::fromStdString(d.security.cusip);
        QVERIFY2(d.conversionFactor > 0.3 && d.conversionFactor < 1.5, qPrintable(who));
        QVERIFY2(d.netBasis >= -1e-9, qPrintable(who + QStringLiteral(" net basis %1").arg(d.netBasis)));
        bestRepo = std::max(bestRepo, d.impliedRepo);
    }
    // The CTD has the highest implied repo, and at the fair price it earns exactly the repo rate.
    QVERIFY2(v.ctd().impliedRepo == bestRepo, qPrintable(inputs));
    QVERIFY2(std::abs(v.ctd().impliedRepo - v.repoRate) < 1e-10,
             qPrintable(inputs + QStringLiteral(": CTD implied repo %1, repo %2").arg(v.ctd().impliedRepo).arg(v.repoRate)));
    QVERIFY2(std::abs(v.ctd().netBasis) < 1e-9, qPrintable(inputs));

    double krdSum = 0.0;
    for (double k : v.krdPerContract)
        krdSum += k;
    QVERIFY2(std::abs(-krdSum - v.dv01PerContract) < 1e-9, qPrintable(inputs));
    QVERIFY2(v.dv01PerContract > dv01Low && v.dv01PerContract < dv01High,
             qPrintable(inputs + QStringLiteral(": DV01 %1 outside [%2, %3]").arg(v.dv01PerContract).arg(dv01Low).arg(dv01High)));

    // Futures DV01 = the CTD's converted DV01, carried forward: close to its spot DV01 x face/100 / CF.
    const auto& spec = *data.findSpec(symbol.toStdString());
    const xm::FixedRateBond ctd(v.ctd().security.couponPct, v.ctd().security.maturity, v.ctd().security.datedDate);
    const auto price = [&](const xm::YieldCurve& c) { return ctd.dirtyPriceFromCurve(c, env.spotDate()); };
    const double spotDv01 = (price(env.curve().shifted(-1.0)) - price(env.curve().shifted(1.0))) / 2.0;
    const double converted = spotDv01 * spec.faceValueUsd / 100.0 / v.ctd().conversionFactor;
    QVERIFY2(std::abs(v.dv01PerContract / converted - 1.0) < 0.05,
             qPrintable(inputs + QStringLiteral(": futures DV01 %1, converted spot DV01 %2").arg(v.dv01PerContract).arg(converted)));
}

void TestTreasuryFuture::emptyBasketUsesFlaggedSyntheticDeliverable()
{
    const auto& data = bundledMarket();
    const xm::MarketEnvironment env(data, isoDate("2025-07-11"));
    // The bundled list ends 2024-11: nothing matures 9y5m-10y after Dec-2027 among original 10y notes.
    const auto v = xm::valueTreasuryFuture(*data.findSpec("TN"), ContractMonth{2027, 12}, data.securities,
                                           env.futuresMarket());
    QVERIFY(v.synthetic);
    QCOMPARE(v.basket.size(), std::size_t(1));
    const auto& s = v.ctd().security;
    QVERIFY(s.cusip.empty());
    const auto window = xm::deliveryWindow(*data.findSpec("TN"), ContractMonth{2027, 12});
    QVERIFY(s.maturity > window.earliestMaturity && s.maturity < window.latestMaturity);
    QVERIFY(std::abs(s.couponPct - env.curve().parYield(env.curve().time(s.maturity)) * 100.0) < 1e-12);
    QVERIFY(v.dv01PerContract > 60.0);
}

void TestTreasuryFuture::forwardPriceCarriesAtRepo()
{
    // A par bond financed at its own yield carries flat-ish; financed at 0% it gains the coupon accrual.
    const auto& data = bundledMarket();
    const xm::MarketEnvironment env(data, isoDate("2025-07-11"));
    xm::TreasurySecurity s;
    s.couponPct = 4.25;
    s.maturity = isoDate("2034-11-15");
    const xm::Date delivery = isoDate("2025-09-30");
    const xm::FixedRateBond bond(s.couponPct, s.maturity);
    const double spotDirty = bond.dirtyPriceFromCurve(env.curve(), env.spotDate());
    const double atZero = xm::forwardCleanPrice(s, env.curve(), delivery, 0.0);
    // No coupon between 2025-07-14 and 2025-09-30: forward clean = spot dirty - accrued at delivery.
    QVERIFY(std::abs(atZero - (spotDirty - bond.accruedInterest(delivery))) < 1e-12);
    const double atRepo = xm::forwardCleanPrice(s, env.curve(), delivery, 0.05);
    const double days = delivery - env.spotDate();
    QVERIFY(std::abs(atRepo - atZero - spotDirty * 0.05 * days / 360.0) < 1e-12);
}

void TestTreasuryFuture::deliveredContractIsRefused()
{
    const auto& data = bundledMarket();
    const xm::MarketEnvironment env(data, isoDate("2025-07-11"));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             xm::valueTreasuryFuture(*data.findSpec("ZN"), ContractMonth{2025, 6}, data.securities,
                                                     env.futuresMarket()));
}

QTEST_GUILESS_MAIN(TestTreasuryFuture)
#include "tst_treasury_future.moc"
