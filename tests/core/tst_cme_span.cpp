// CME SPAN-like model (MARGIN_MODEL.md §3) on hand-worked examples: explicit scan ranges and an
// explicit inter-commodity spread table, every number worked out in the comments.
#include "core/margin/cme_model.h"

#include <QtTest>

#include <cmath>
#include <stdexcept>
#include <tuple>

using namespace xm;

namespace {

constexpr double kHrp = 1.10;

ContractMonth month(int year, int m)
{
    return {year, m};
}

CmeExposure exposure(std::initializer_list<std::tuple<const char*, ContractMonth, double>> contracts)
{
    CmeExposure e;
    for (const auto& [symbol, m, n] : contracts)
        e.contracts[{symbol, m}] = n;
    return e;
}

ScanRange official(double usd)
{
    return {usd, Provenance::Official, "test"};
}

// Scan ranges (USD per contract): ZN 1,700, TN 2,000, ZF 1,250, ZT 950, SR3 450.
std::map<std::string, ScanRange> scanRanges()
{
    return {{"ZN", official(1700)}, {"TN", official(2000)}, {"ZF", official(1250)}, {"ZT", official(950)},
            {"SR3", official(450)}};
}

// Spread table, listed out of order on purpose (the model applies it by priority):
//   1  ZN 3 : TN 2  80%      2  ZF 5 : TN 2  70%      3  ZN 1 : ZT 1  50%      4  ZT 5 : ZF 4  75%
CmeParameters parameters()
{
    CmeParameters p;
    p.model = CmeModel::Span;
    p.intraSpreadCharge = {{"ZN", 100}, {"TN", 150}, {"ZF", 60}, {"ZT", 40}, {"SR3", 25}};
    p.interSpreads = {
        {4, "ZT", 5, "ZF", 4, 0.75},
        {2, "ZF", 5, "TN", 2, 0.70},
        {3, "ZN", 1, "ZT", 1, 0.50},
        {1, "ZN", 3, "TN", 2, 0.80},
    };
    p.hrpMultiplier = kHrp;
    p.hvarConfidence = 0.99;
    return p;
}

const CommodityLine& line(const CmeMargin& m, const std::string& symbol)
{
    for (const auto& c : m.commodities) {
        if (c.symbol == symbol)
            return c;
    }
    throw std::logic_error("no commodity line " + symbol);
}

} // namespace

class TestCmeSpan final : public QObject {
    Q_OBJECT

private slots:
    void sixteenScenarios();
    void scanRiskIsTheWorstWeightedScenario_data();
    void scanRiskIsTheWorstWeightedScenario();
    void calendarSpreadsAcrossMonths();
    void creditsInPriorityOrderConsumeDeltas();
    void consumedLegLeavesLowerPriorityWithoutCredit();
    void sameSignLegsFormNoSpread();
    void creditAboveScanFloorsMaintenanceAtZero();
    void missingScanRangeThrows();
    void hvarIsTheThirdLargestLossOf250();
};

void TestCmeSpan::sixteenScenarios()
{
    const auto& s = spanScenarios();
    QCOMPARE(s.size(), std::size_t(16));
    double weightAtFullRange = 0.0, weightAtTwice = 0.0;
    for (const auto& sc : s) {
        if (std::abs(sc.priceMove) == 1.0)
            weightAtFullRange += sc.weight;
        if (std::abs(sc.priceMove) == 2.0)
            weightAtTwice += sc.weight;
    }
    QCOMPARE(weightAtFullRange, 4.0);  // +-1 range, volatility up and down, weight 1 each
    QCOMPARE(weightAtTwice, 0.70);     // +-2 ranges at 35%
}

void TestCmeSpan::scanRiskIsTheWorstWeightedScenario_data()
{
    QTest::addColumn<double>("contracts");
    QTest::addColumn<double>("scan");
    // 7 long ZN: a full range down loses 7 x 1,700 = 11,900; twice the range at 35% only
    // 2 x 11,900 x 0.35 = 8,330. So |net| x PSR, long or short alike.
    QTest::newRow("7 long") << 7.0 << 11'900.0;
    QTest::newRow("7 short") << -7.0 << 11'900.0;
    QTest::newRow("2.5 short") << -2.5 << 4'250.0;
    QTest::newRow("flat") << 0.0 << 0.0;
}

void TestCmeSpan::scanRiskIsTheWorstWeightedScenario()
{
    QFETCH(double, contracts);
    QFETCH(double, scan);
    const CmeMarginModel model(parameters(), scanRanges(), {});
    const CmeMargin m = model.margin(exposure({{"ZN", month(2025, 9), contracts}}), 1.0);
    QCOMPARE(m.scan, scan);
    QCOMPARE(m.maintenance, scan);
    QCOMPARE(m.initial, scan);
}

void TestCmeSpan::calendarSpreadsAcrossMonths()
{
    const CmeMarginModel model(parameters(), scanRanges(), {});
    // ZN: +40 Sep, -10 Dec -> long 40, short 10, net +30; 10 calendar spreads x $100 = 1,000.
    // SR3: +10 Sep, -4 Dec, -3 Mar -> long 10, short 7, net +3; 7 spreads x $25 = 175.
    // Scan: ZN 30 x 1,700 = 51,000; SR3 3 x 450 = 1,350; total 52,350.
    // No spread in the table pairs ZN with SR3: maintenance 52,350 + 1,175 = 53,525.
    const CmeMargin m = model.margin(exposure({{"ZN", month(2025, 9), 40},
                                               {"ZN", month(2025, 12), -10},
                                               {"SR3", month(2025, 9), 10},
                                               {"SR3", month(2025, 12), -4},
                                               {"SR3", month(2026, 3), -3}}),
                                     kHrp);
    const CommodityLine& zn = line(m, "ZN");
    QCOMPARE(zn.longContracts, 40.0);
    QCOMPARE(zn.shortContracts, 10.0);
    QCOMPARE(zn.netContracts, 30.0);
    QCOMPARE(zn.calendarSpreads, 10.0);
    QCOMPARE(zn.intraCharge, 1'000.0);
    QCOMPARE(zn.scanRisk, 51'000.0);
    const CommodityLine& sr3 = line(m, "SR3");
    QCOMPARE(sr3.calendarSpreads, 7.0);
    QCOMPARE(sr3.intraCharge, 175.0);
    QCOMPARE(sr3.scanRisk, 1'350.0);
    QCOMPARE(m.scan, 52'350.0);
    QCOMPARE(m.intraSpread, 1'175.0);
    QCOMPARE(m.interCredit, 0.0);
    QVERIFY(m.credits.empty());
    QCOMPARE(m.maintenance, 53'525.0);
    QCOMPARE(m.initial, 58'877.5);  // x 1.10 HRP
}

void TestCmeSpan::creditsInPriorityOrderConsumeDeltas()
{
    const CmeMarginModel model(parameters(), scanRanges(), {});
    const CmeExposure e = exposure({{"ZN", month(2025, 9), 40},
                                    {"ZN", month(2025, 12), -10},
                                    {"TN", month(2025, 9), -25},
                                    {"ZF", month(2025, 9), 30},
                                    {"ZF", month(2025, 12), 20},
                                    {"ZT", month(2025, 12), -12}});
    // Net deltas: ZN +30 (10 calendar spreads), TN -25, ZF +50 (both months long), ZT -12.
    // Scan: 30 x 1,700 + 25 x 2,000 + 50 x 1,250 + 12 x 950 = 51,000 + 50,000 + 62,500 + 11,400
    //     = 174,900. Intra: ZN 10 x 100 = 1,000.
    // Credits, by priority:
    //   1 ZN 3 : TN 2 at 80%: n = min(30/3, 25/2) = 10; credit = 0.80 x 10 x (3 x 1,700 + 2 x 2,000)
    //     = 0.80 x 10 x 9,100 = 72,800. Left: ZN 0, TN -5.
    //   2 ZF 5 : TN 2 at 70%: n = min(50/5, 5/2) = 2.5 (a fractional spread);
    //     credit = 0.70 x 2.5 x (5 x 1,250 + 2 x 2,000) = 0.70 x 2.5 x 10,250 = 17,937.5. Left: ZF 37.5, TN 0.
    //   3 ZN 1 : ZT 1 at 50%: ZN is used up by spread 1, so nothing (see the next test).
    //   4 ZT 5 : ZF 4 at 75%: n = min(12/5, 37.5/4) = min(2.4, 9.375) = 2.4;
    //     credit = 0.75 x 2.4 x (5 x 950 + 4 x 1,250) = 0.75 x 2.4 x 9,750 = 17,550. Left: ZT 0, ZF 27.9.
    // Credits 72,800 + 17,937.5 + 17,550 = 108,287.5.
    // Maintenance 174,900 + 1,000 - 108,287.5 = 67,612.5; initial x 1.10 = 74,373.75.
    const CmeMargin m = model.margin(e, kHrp);
    QCOMPARE(m.scan, 174'900.0);
    QCOMPARE(m.intraSpread, 1'000.0);
    QCOMPARE(line(m, "ZF").calendarSpreads, 0.0);

    struct Expected {
        int priority;
        const char* legA;
        const char* legB;
        double spreads, rate, credit;
    };
    const Expected expected[] = {
        {1, "ZN", "TN", 10.0, 0.80, 72'800.0},
        {2, "ZF", "TN", 2.5, 0.70, 17'937.5},
        {4, "ZT", "ZF", 2.4, 0.75, 17'550.0},
    };
    QCOMPARE(m.credits.size(), std::size(expected));
    for (std::size_t i = 0; i < m.credits.size(); ++i) {
        const CreditLine& c = m.credits[i];
        const Expected& x = expected[i];
        const QByteArray what = "credit line " + QByteArray::number(int(i)) + " (priority "
                                + QByteArray::number(c.priority) + "): ";
        QVERIFY2(c.priority == x.priority && c.legA == x.legA && c.legB == x.legB, what.constData());
        QVERIFY2(std::abs(c.spreads - x.spreads) < 1e-12,
                 (what + "spreads " + QByteArray::number(c.spreads, 'g', 17)).constData());
        QCOMPARE(c.rate, x.rate);
        QVERIFY2(std::abs(c.credit - x.credit) < 1e-9,
                 (what + "credit " + QByteArray::number(c.credit, 'g', 17)).constData());
    }
    QVERIFY(std::abs(m.interCredit - 108'287.5) < 1e-9);
    QVERIFY(std::abs(m.maintenance - 67'612.5) < 1e-9);
    QVERIFY(std::abs(m.initial - 74'373.75) < 1e-9);
    QVERIFY(std::abs(model.margin(e, 1.0).initial - 67'612.5) < 1e-9);  // non-HRP: initial = maintenance
}

void TestCmeSpan::consumedLegLeavesLowerPriorityWithoutCredit()
{
    const CmeMarginModel model(parameters(), scanRanges(), {});
    // ZN +30, ZT -12 alone: spread 3 (ZN 1 : ZT 1, 50%) forms n = min(30, 12) = 12 spreads,
    // credit = 0.50 x 12 x (1,700 + 950) = 15,900.
    const CmeMargin alone = model.margin(exposure({{"ZN", month(2025, 9), 30}, {"ZT", month(2025, 9), -12}}), 1.0);
    QCOMPARE(alone.credits.size(), std::size_t(1));
    QCOMPARE(alone.credits[0].priority, 3);
    QCOMPARE(alone.credits[0].spreads, 12.0);
    QCOMPARE(alone.interCredit, 15'900.0);
    // Scan 30 x 1,700 + 12 x 950 = 62,400; maintenance 62,400 - 15,900 = 46,500.
    QCOMPARE(alone.maintenance, 46'500.0);

    // Add TN -20: spread 1 (ZN 3 : TN 2) comes first, n = min(30/3, 20/2) = 10, and uses up all
    // 30 ZN, so spread 3 finds no ZN left and earns nothing.
    const CmeMargin withTn = model.margin(
        exposure({{"ZN", month(2025, 9), 30}, {"ZT", month(2025, 9), -12}, {"TN", month(2025, 9), -20}}), 1.0);
    QCOMPARE(withTn.credits.size(), std::size_t(1));
    QCOMPARE(withTn.credits[0].priority, 1);
    QCOMPARE(withTn.credits[0].spreads, 10.0);
    // 0.80 x 10 x 9,100 = 72,800; scan 62,400 + 40,000 = 102,400; maintenance 29,600.
    QCOMPARE(withTn.interCredit, 72'800.0);
    QCOMPARE(withTn.maintenance, 29'600.0);
}

void TestCmeSpan::sameSignLegsFormNoSpread()
{
    const CmeMarginModel model(parameters(), scanRanges(), {});
    // ZN +3 and TN +2 lose together: no credit; scan 5,100 + 4,000 = 9,100.
    const CmeMargin m = model.margin(exposure({{"ZN", month(2025, 9), 3}, {"TN", month(2025, 9), 2}}), 1.0);
    QVERIFY(m.credits.empty());
    QCOMPARE(m.maintenance, 9'100.0);
}

void TestCmeSpan::creditAboveScanFloorsMaintenanceAtZero()
{
    // A user table with a 120% credit rate on ZN 3 : TN 2.
    CmeParameters p = parameters();
    p.interSpreads = {{1, "ZN", 3, "TN", 2, 1.20}};
    const CmeMarginModel model(p, scanRanges(), {});
    // ZN +3, TN -2: one spread; scan 3 x 1,700 + 2 x 2,000 = 9,100; credit 1.20 x 1 x 9,100 = 10,920.
    // 9,100 - 10,920 = -1,820 -> maintenance 0, initial 0; the credit line still shows 10,920.
    const CmeMargin m = model.margin(exposure({{"ZN", month(2025, 9), 3}, {"TN", month(2025, 12), -2}}), kHrp);
    QCOMPARE(m.scan, 9'100.0);
    QCOMPARE(m.interCredit, 10'920.0);
    QCOMPARE(m.maintenance, 0.0);
    QCOMPARE(m.initial, 0.0);
}

void TestCmeSpan::missingScanRangeThrows()
{
    const CmeMarginModel model(parameters(), scanRanges(), {});
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, model.margin(exposure({{"UB", month(2025, 9), 1}}), 1.0));
}

void TestCmeSpan::hvarIsTheThirdLargestLossOf250()
{
    // 250 two-day scenarios moving only the 10Y factor by s - 125 bp (s = 0..249): a position
    // with KRD -100 USD/bp at 10Y loses 100 x (s - 125). At 99%, k = max(1, ceil(0.01 x 250))
    // = ceil(2.5) = 3: the third-largest loss, 100 x 122 = 12,200 (scenario 247).
    Eigen::MatrixXd scenarios = Eigen::MatrixXd::Zero(250, kFactorCount);
    for (int s = 0; s < 250; ++s)
        scenarios(s, 7) = s - 125;
    CmeParameters p = parameters();
    p.model = CmeModel::HVaR;
    const CmeMarginModel model(p, scanRanges(), scenarios);
    CmeExposure e = exposure({{"ZN", month(2025, 9), 1}});
    e.krd[7] = -100.0;
    const CmeMargin m = model.margin(e, kHrp);
    QVERIFY(m.model == CmeModel::HVaR);
    QCOMPARE(m.hvar, 12'200.0);
    QCOMPARE(m.quantileScenario, 247);
    QCOMPARE(m.maintenance, 12'200.0);
    QCOMPARE(m.initial, 13'420.0);
    QCOMPARE(m.scan, 0.0);  // no SPAN lines under HVaR
}

QTEST_GUILESS_MAIN(TestCmeSpan)
#include "tst_cme_span.moc"
