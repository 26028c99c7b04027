// Street-convention bond analytics against independent closed forms and hand-worked schedules.
#include "core/instruments/fixed_rate_bond.h"

#include <QtTest>

#include <cmath>

using xm::Date;
using xm::FixedRateBond;

namespace {

Date d(const char* iso)
{
    return *Date::parseIso(iso);
}

// Closed form of the street price with n coupons left and fraction w to the next one:
// dirty = v^w * [C (1 - v^n) / (1 - v) + 100 v^(n-1)],  v = 1 / (1 + y/2).
double closedFormDirty(double couponPct, int n, double w, double y)
{
    const double c = couponPct / 2.0;
    const double v = 1.0 / (1.0 + y / 2.0);
    return std::pow(v, w) * (c * (1.0 - std::pow(v, n)) / (1.0 - v) + 100.0 * std::pow(v, n - 1));
}

QString describe(double coupon, Date maturity, Date settle, double y)
{
    return QStringLiteral("coupon %1%, maturity %2, settle %3, yield %4")
        .arg(coupon)
        .arg(QString::fromStdString(maturity.toIso()), QString::fromStdString(settle.toIso()))
        .arg(y, 0, 'g', 10);
}

} // namespace

class TestFixedRateBond final : public QObject {
    Q_OBJECT

private slots:
    void cliExampleMatchesClosedForm();
    void closedForm_data();
    void closedForm();
    void accruedInterest_data();
    void accruedInterest();
    void finalPeriodUsesSimpleInterest();
    void roundTrip_data();
    void roundTrip();
    void riskMatchesFiniteDifferences_data();
    void riskMatchesFiniteDifferences();
    void shortFirstCouponPaysItsFraction();
    void rejectsBadInput();
};

void TestFixedRateBond::cliExampleMatchesClosedForm()
{
    // 4.25% of 2034-11-15 settling 2025-07-14 at 4.40%: previous coupon 2025-05-15 (60 days
    // earlier), period 2025-05-15..2025-11-15 = 184 days, w = 124/184, 19 coupons left.
    const FixedRateBond bond(4.25, d("2034-11-15"));
    const auto a = xm::analyticsFromYield(bond, d("2025-07-14"), 0.044);
    const double dirty = closedFormDirty(4.25, 19, 124.0 / 184.0, 0.044);
    const double accrued = 2.125 * 60.0 / 184.0;
    QVERIFY2(std::abs(a.accrued - accrued) < 1e-12, qPrintable(QString::number(a.accrued, 'g', 15)));
    QVERIFY2(std::abs(a.dirtyPrice - dirty) < 1e-9, qPrintable(QString::number(a.dirtyPrice, 'g', 15)));
    QVERIFY2(std::abs(a.cleanPrice - 98.85650110130365) < 1e-6, qPrintable(QString::number(a.cleanPrice, 'g', 15)));
    QCOMPARE(bond.previousCouponDate(d("2025-07-14")), d("2025-05-15"));
    QCOMPARE(bond.nextCouponDate(d("2025-07-14")), d("2025-11-15"));
    QCOMPARE(bond.remainingCoupons(d("2025-07-14")), 19);
}

void TestFixedRateBond::closedForm_data()
{
    QTest::addColumn<double>("coupon");
    QTest::addColumn<QString>("maturity");
    QTest::addColumn<QString>("settle");
    QTest::addColumn<double>("yield");
    QTest::addColumn<int>("couponsLeft");
    QTest::addColumn<double>("w");  // days to next coupon / days in the period, worked by hand

    // Feb/Aug 15 schedule; 2025-02-15..2025-08-15 = 181 days, settle 2025-03-03 is 16 days in.
    QTest::newRow("10y-feb-aug") << 4.0 << "2035-02-15" << "2025-03-03" << 0.045 << 20 << 165.0 / 181.0;
    // Month-end schedule: 2025-10-31..2026-04-30 = 181 days, settle 2025-11-03 is 3 days in.
    QTest::newRow("eom-apr-oct") << 3.875 << "2030-04-30" << "2025-11-03" << 0.039 << 9 << 178.0 / 181.0;
    // Settle on a coupon date: w = 1, the full schedule ahead.
    QTest::newRow("on-coupon") << 5.0 << "2030-05-15" << "2025-05-15" << 0.05 << 10 << 1.0;
    // Leap February: 2027-08-31..2028-02-29 = 182 days, settle 2028-02-28 is 181 days in.
    QTest::newRow("leap-eom") << 2.5 << "2029-08-31" << "2028-02-28" << 0.031 << 4 << 1.0 / 182.0;
    QTest::newRow("30y-high-yield") << 1.25 << "2050-05-15" << "2025-07-14" << 0.12 << 50 << 124.0 / 184.0;
    QTest::newRow("negative-yield") << 0.125 << "2030-11-15" << "2025-07-14" << -0.005 << 11 << 124.0 / 184.0;
}

void TestFixedRateBond::closedForm()
{
    QFETCH(double, coupon);
    QFETCH(QString, maturity);
    QFETCH(QString, settle);
    QFETCH(double, yield);
    QFETCH(int, couponsLeft);
    QFETCH(double, w);
    const FixedRateBond bond(coupon, d(qPrintable(maturity)), Date());
    const Date s = d(qPrintable(settle));
    QCOMPARE(bond.remainingCoupons(s), couponsLeft);
    const auto a = xm::analyticsFromYield(bond, s, yield);
    const double expected = closedFormDirty(coupon, couponsLeft, w, yield);
    QVERIFY2(std::abs(a.dirtyPrice - expected) < 1e-9,
             qPrintable(describe(coupon, bond.maturity(), s, yield)
                        + QStringLiteral(": dirty %1, closed form %2").arg(a.dirtyPrice, 0, 'g', 15).arg(expected, 0, 'g', 15)));
    QVERIFY2(std::abs(a.cleanPrice - (a.dirtyPrice - a.accrued)) < 1e-12, "clean = dirty - accrued");
}

void TestFixedRateBond::accruedInterest_data()
{
    QTest::addColumn<double>("coupon");
    QTest::addColumn<QString>("maturity");
    QTest::addColumn<QString>("dated");
    QTest::addColumn<QString>("settle");
    QTest::addColumn<double>("expected");

    QTest::newRow("cli-example") << 4.25 << "2034-11-15" << "" << "2025-07-14" << 2.125 * 60 / 184;
    QTest::newRow("on-coupon-date") << 4.25 << "2034-11-15" << "" << "2025-11-15" << 0.0;
    QTest::newRow("day-before-coupon") << 4.25 << "2034-11-15" << "" << "2025-11-14" << 2.125 * 183 / 184;
    QTest::newRow("day-after-coupon") << 4.25 << "2034-11-15" << "" << "2025-11-16" << 2.125 * 1 / 181;
    // End-of-month rule: an Apr-30 maturity pays on Oct 31, not Oct 30.
    QTest::newRow("eom-oct31") << 3.875 << "2030-04-30" << "" << "2025-11-03" << 1.9375 * 3 / 181;
    QTest::newRow("eom-feb28-to-aug31") << 4.125 << "2027-08-31" << "" << "2026-03-15" << 2.0625 * 15 / 184;
    QTest::newRow("eom-leap-feb29") << 2.5 << "2029-08-31" << "" << "2028-02-29" << 0.0;
    QTest::newRow("eom-leap-feb28") << 2.5 << "2029-08-31" << "" << "2028-02-28" << 1.25 * 181 / 182;
    // Short first coupon: accrual runs from the dated date, over the regular period's length.
    QTest::newRow("short-first") << 4.0 << "2030-11-15" << "2025-06-15" << "2025-07-15" << 2.0 * 30 / 184;
}

void TestFixedRateBond::accruedInterest()
{
    QFETCH(double, coupon);
    QFETCH(QString, maturity);
    QFETCH(QString, dated);
    QFETCH(QString, settle);
    QFETCH(double, expected);
    const FixedRateBond bond(coupon, d(qPrintable(maturity)), dated.isEmpty() ? Date() : d(qPrintable(dated)));
    const double actual = bond.accruedInterest(d(qPrintable(settle)));
    QVERIFY2(std::abs(actual - expected) < 1e-12,
             qPrintable(QStringLiteral("coupon %1 maturity %2 dated %3 settle %4: accrued %5, expected %6")
                            .arg(coupon)
                            .arg(maturity, dated, settle)
                            .arg(actual, 0, 'g', 15)
                            .arg(expected, 0, 'g', 15)));
}

void TestFixedRateBond::finalPeriodUsesSimpleInterest()
{
    // 2025-11-15 maturity settling 2025-07-14: one coupon left, w = 124/184.
    const FixedRateBond bond(4.0, d("2025-11-15"));
    const auto a = xm::analyticsFromYield(bond, d("2025-07-14"), 0.043);
    const double expected = 102.0 / (1.0 + (124.0 / 184.0) * 0.043 / 2.0);
    QVERIFY2(std::abs(a.dirtyPrice - expected) < 1e-12, qPrintable(QString::number(a.dirtyPrice, 'g', 15)));
}

void TestFixedRateBond::roundTrip_data()
{
    QTest::addColumn<double>("coupon");
    QTest::addColumn<QString>("maturity");
    QTest::addColumn<QString>("settle");
    QTest::addColumn<double>("yield");
    const char* maturities[] = {"2025-11-15", "2026-01-31", "2027-08-31", "2030-04-30", "2034-11-15", "2054-11-15"};
    const double coupons[] = {0.125, 4.25, 7.625};
    const double yields[] = {-0.002, 0.0001, 0.044, 0.15};
    for (const char* m : maturities) {
        for (double c : coupons) {
            for (double y : yields)
                QTest::addRow("%s-%g-%g", m, c, y) << c << QString::fromLatin1(m) << "2025-07-14" << y;
        }
    }
}

void TestFixedRateBond::roundTrip()
{
    QFETCH(double, coupon);
    QFETCH(QString, maturity);
    QFETCH(QString, settle);
    QFETCH(double, yield);
    const FixedRateBond bond(coupon, d(qPrintable(maturity)));
    const Date s = d(qPrintable(settle));
    const auto fromYield = xm::analyticsFromYield(bond, s, yield);
    const auto back = xm::analyticsFromCleanPrice(bond, s, fromYield.cleanPrice);
    QVERIFY2(std::abs(back.yield - yield) < 1e-10,
             qPrintable(describe(coupon, bond.maturity(), s, yield)
                        + QStringLiteral(": price %1 -> yield %2").arg(fromYield.cleanPrice, 0, 'g', 15).arg(back.yield, 0, 'g', 15)));
    QVERIFY2(std::abs(back.cleanPrice - fromYield.cleanPrice) < 1e-9, "price reproduced");
}

void TestFixedRateBond::riskMatchesFiniteDifferences_data()
{
    QTest::addColumn<double>("coupon");
    QTest::addColumn<QString>("maturity");
    QTest::addColumn<double>("yield");
    QTest::newRow("2y") << 3.875 << "2027-06-30" << 0.039;
    QTest::newRow("10y") << 4.25 << "2034-11-15" << 0.044;
    QTest::newRow("30y") << 4.625 << "2054-11-15" << 0.0496;
    QTest::newRow("final-period") << 4.0 << "2025-11-15" << 0.043;
}

void TestFixedRateBond::riskMatchesFiniteDifferences()
{
    QFETCH(double, coupon);
    QFETCH(QString, maturity);
    QFETCH(double, yield);
    const FixedRateBond bond(coupon, d(qPrintable(maturity)));
    const Date s = d("2025-07-14");
    const double h = 1e-5;
    const auto mid = xm::analyticsFromYield(bond, s, yield);
    const double up = xm::analyticsFromYield(bond, s, yield + h).dirtyPrice;
    const double down = xm::analyticsFromYield(bond, s, yield - h).dirtyPrice;
    const double dv01 = -(up - down) / (2 * h) * 1e-4;
    const double convexity = (up - 2 * mid.dirtyPrice + down) / (h * h) / mid.dirtyPrice;
    const QString inputs = describe(coupon, bond.maturity(), s, yield);
    // Central differences at h = 1e-5 carry ~h^2 P'''/6 truncation: about 1e-9 for a 30-year bond.
    QVERIFY2(std::abs(mid.dv01 - dv01) < 1e-8, qPrintable(inputs + QStringLiteral(": dv01 %1 vs %2").arg(mid.dv01, 0, 'g', 12).arg(dv01, 0, 'g', 12)));
    QVERIFY2(std::abs(mid.modifiedDuration - mid.dv01 * 1e4 / mid.dirtyPrice) < 1e-12, qPrintable(inputs));
    QVERIFY2(std::abs(mid.convexity - convexity) < 1e-3 * std::max(1.0, convexity),
             qPrintable(inputs + QStringLiteral(": convexity %1 vs %2").arg(mid.convexity).arg(convexity)));
}

void TestFixedRateBond::shortFirstCouponPaysItsFraction()
{
    const FixedRateBond bond(4.0, d("2030-11-15"), d("2025-06-15"));
    // Regular period 2025-05-15..2025-11-15 (184 days); the bond accrues from 2025-06-15 (153 days).
    QVERIFY(std::abs(bond.couponAmount(d("2025-11-15")) - 2.0 * 153 / 184) < 1e-12);
    QCOMPARE(bond.couponAmount(d("2026-05-15")), 2.0);
}

void TestFixedRateBond::rejectsBadInput()
{
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, FixedRateBond(-1.0, d("2030-01-01")));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, FixedRateBond(4.0, d("2030-01-01"), d("2031-01-01")));
    const FixedRateBond bond(4.0, d("2030-01-15"));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, xm::analyticsFromYield(bond, d("2030-01-15"), 0.04));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, xm::analyticsFromCleanPrice(bond, d("2025-01-15"), -5.0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, xm::analyticsFromYield(bond, d("2025-01-15"), std::nan("")));
}

QTEST_APPLESS_MAIN(TestFixedRateBond)
#include "tst_fixed_rate_bond.moc"
