// The bootstrapped curve on real Treasury par yields: par bonds reprice at par, key-rate
// DV01s add up to the parallel DV01, time runs in coupon periods.
#include "core/instruments/fixed_rate_bond.h"
#include "core/market/yield_curve.h"
#include "core/market_environment.h"
#include "tests/support/bundled_market.h"

#include <QtTest>

#include <cmath>

using xm::Date;
using xm::FixedRateBond;
using xm::YieldCurve;
using xm::test::bundledMarket;
using xm::test::isoDate;

class TestYieldCurve final : public QObject {
    Q_OBJECT

private slots:
    void parBondsPriceAtPar_data();
    void parBondsPriceAtPar();
    void stubBondsPriceNearPar();
    void timeCountsCouponPeriods();
    void discountFactorsArePositiveAndFinite_data();
    void discountFactorsArePositiveAndFinite();
    void bumpMovesOneFactor();
    void keyRateDv01sSumToParallel_data();
    void keyRateDv01sSumToParallel();
    void hatWeightsSumToOne();
    void rejectsMissingYields();
};

namespace {

void addDates()
{
    QTest::addColumn<QString>("asOf");
    QTest::addColumn<double>("years");
    // 1990: no 20Y published (gap-filled); 2008-12-10: no 3M; 2020: near-zero front end;
    // 2023: inverted; 2025: the default as-of date.
    for (const char* asOf : {"1990-01-02", "2008-12-10", "2020-03-09", "2023-10-19", "2025-07-11"}) {
        for (double years : {1.0, 1.5, 2.0, 3.0, 4.0, 5.0, 7.0, 8.5, 10.0, 12.0, 20.0, 25.0, 30.0})
            QTest::addRow("%s-%gy", asOf, years) << QString::fromLatin1(asOf) << years;
    }
}

} // namespace

void TestYieldCurve::parBondsPriceAtPar_data()
{
    addDates();
}

void TestYieldCurve::parBondsPriceAtPar()
{
    QFETCH(QString, asOf);
    QFETCH(double, years);
    const xm::MarketEnvironment env(bundledMarket(), isoDate(qPrintable(asOf)));
    const YieldCurve& curve = env.curve();
    const Date spot = env.spotDate();
    const Date maturity = spot.addMonths(static_cast<int>(std::lround(years * 12)));
    const double coupon = curve.parYield(curve.time(maturity)) * 100.0;
    // Issued at spot: off-grid maturities get a short first coupon.
    const FixedRateBond bond(coupon, maturity, spot);
    const double price = bond.dirtyPriceFromCurve(curve, spot);
    QVERIFY2(std::abs(price - 100.0) < 0.005,
             qPrintable(QStringLiteral("as of %1, %2y par bond (coupon %3%, maturity %4) prices %5")
                            .arg(asOf)
                            .arg(years)
                            .arg(coupon, 0, 'f', 6)
                            .arg(QString::fromStdString(maturity.toIso()))
                            .arg(price, 0, 'f', 6)));
}

void TestYieldCurve::stubBondsPriceNearPar()
{
    // A bond maturing a quarter off the half-year grid has a short first coupon whose
    // Actual/Actual accrual (e.g. 92/183 of a period) is not the curve's half period: it
    // reprices within a couple of cents, not exactly.
    const xm::MarketEnvironment env(bundledMarket(), isoDate("2025-07-11"));
    const Date spot = env.spotDate();
    for (int months : {27, 99, 243}) {
        const Date maturity = spot.addMonths(months);
        const double coupon = env.curve().parYield(env.curve().time(maturity)) * 100.0;
        const double price = FixedRateBond(coupon, maturity, spot).dirtyPriceFromCurve(env.curve(), spot);
        QVERIFY2(std::abs(price - 100.0) < 0.02,
                 qPrintable(QStringLiteral("%1 months: price %2").arg(months).arg(price, 0, 'f', 6)));
    }
}

void TestYieldCurve::timeCountsCouponPeriods()
{
    const Date spot = isoDate("2025-07-14");
    const YieldCurve curve(spot, {4.41, 4.31, 4.09, 3.90, 3.86, 3.99, 4.19, 4.43, 4.96, 4.96});
    QCOMPARE(curve.time(spot), 0.0);
    for (int k = 1; k <= 60; ++k)
        QVERIFY2(std::abs(curve.time(spot.addMonths(6 * k)) - 0.5 * k) < 1e-15, qPrintable(QString::number(k)));
    // 2025-07-14 + 92 days of the 184-day half-year to 2026-01-14.
    QVERIFY(std::abs(curve.time(isoDate("2025-10-14")) - 0.5 * 92.0 / 184.0) < 1e-15);
    QVERIFY(curve.time(isoDate("2025-07-13")) < 0.0);
}

void TestYieldCurve::discountFactorsArePositiveAndFinite_data()
{
    addDates();
}

void TestYieldCurve::discountFactorsArePositiveAndFinite()
{
    QFETCH(QString, asOf);
    QFETCH(double, years);
    const xm::MarketEnvironment env(bundledMarket(), isoDate(qPrintable(asOf)));
    const double df = env.curve().discount(years);
    QVERIFY2(std::isfinite(df) && df > 0.0 && df <= 1.05, qPrintable(QStringLiteral("D(%1) = %2 on %3").arg(years).arg(df).arg(asOf)));
    QVERIFY(std::isfinite(env.curve().discount(45.0)));
}

void TestYieldCurve::bumpMovesOneFactor()
{
    const YieldCurve base(isoDate("2025-07-14"), {4.41, 4.31, 4.09, 3.90, 3.86, 3.99, 4.19, 4.43, 4.96, 4.96});
    for (int k = 0; k < xm::kFactorCount; ++k) {
        const YieldCurve up = base.bumped(k, 1.0);
        for (int j = 0; j < xm::kFactorCount; ++j) {
            const double t = xm::kFactorYears[static_cast<std::size_t>(j)];
            const double moved = (up.parYield(t) - base.parYield(t)) * 1e4;
            QVERIFY2(std::abs(moved - (j == k ? 1.0 : 0.0)) < 1e-9,
                     qPrintable(QStringLiteral("bump %1, tenor %2 moved %3bp").arg(k).arg(t).arg(moved)));
        }
    }
}

void TestYieldCurve::keyRateDv01sSumToParallel_data()
{
    QTest::addColumn<QString>("asOf");
    QTest::addColumn<double>("coupon");
    QTest::addColumn<QString>("maturity");
    QTest::newRow("2y-2025") << "2025-07-11" << 3.875 << "2027-06-30";
    QTest::newRow("10y-2025") << "2025-07-11" << 4.25 << "2034-11-15";
    QTest::newRow("30y-2025") << "2025-07-11" << 4.625 << "2054-11-15";
    QTest::newRow("7y-2020") << "2020-03-09" << 1.5 << "2027-02-15";
    QTest::newRow("20y-2008") << "2008-12-10" << 4.5 << "2028-05-15";
}

void TestYieldCurve::keyRateDv01sSumToParallel()
{
    QFETCH(QString, asOf);
    QFETCH(double, coupon);
    QFETCH(QString, maturity);
    const xm::MarketEnvironment env(bundledMarket(), isoDate(qPrintable(asOf)));
    const FixedRateBond bond(coupon, isoDate(qPrintable(maturity)));
    const Date spot = env.spotDate();
    const auto price = [&](const YieldCurve& c) { return bond.dirtyPriceFromCurve(c, spot); };
    const xm::FactorVector krd = env.curves().keyRateSensitivities(price);
    double sum = 0.0;
    for (double k : krd)
        sum += k;
    const double parallel = (price(env.curve().shifted(1.0)) - price(env.curve().shifted(-1.0))) / 2.0;
    QVERIFY2(parallel < 0.0, "a long bond loses when yields rise");
    QVERIFY2(std::abs(sum - parallel) <= 0.01 * std::abs(parallel),
             qPrintable(QStringLiteral("%1 %2% %3: sum of KRDs %4, parallel %5")
                            .arg(asOf).arg(coupon).arg(maturity).arg(sum, 0, 'g', 10).arg(parallel, 0, 'g', 10)));
}

void TestYieldCurve::hatWeightsSumToOne()
{
    for (double t = 0.0; t <= 35.0; t += 0.125) {
        const xm::FactorVector w = xm::factorInterpolationWeights(t);
        double sum = 0.0;
        int nonZero = 0;
        for (double x : w) {
            QVERIFY(x >= 0.0);
            sum += x;
            nonZero += x > 0.0 ? 1 : 0;
        }
        QVERIFY2(std::abs(sum - 1.0) < 1e-15 && nonZero <= 2, qPrintable(QString::number(t)));
    }
}

void TestYieldCurve::rejectsMissingYields()
{
    xm::FactorVector yields{4.41, 4.31, 4.09, 3.90, 3.86, 3.99, 4.19, 4.43, 4.96, 4.96};
    yields[3] = std::nan("");
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, YieldCurve(isoDate("2025-07-14"), yields));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, xm::MarketEnvironment(bundledMarket(), isoDate("1989-12-29")));
}

QTEST_GUILESS_MAIN(TestYieldCurve)
#include "tst_yield_curve.moc"
