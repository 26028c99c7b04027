// Stress scenarios (issue #5): historical windows against the history replay, parallel and
// twist shocks against independent street-convention repricing, the volatility multiplier,
// and the invariants (no shock = no change, cross-margined <= duplicated, monotone in the
// multiplier). Golden numbers are the demo portfolio's on 2025-07-11.
#include "core/instruments/fixed_rate_bond.h"
#include "core/instruments/treasury_future.h"
#include "core/io/bundled_portfolios.h"
#include "core/io/model_parameters_loader.h"
#include "core/io/portfolio_json.h"
#include "core/market/business_calendar.h"
#include "core/portfolio/stress.h"
#include "tests/support/bundled_market.h"

#include <QtTest>

#include <cmath>
#include <memory>

using namespace xm;
using xm::test::bundledMarket;
using xm::test::isoDate;

namespace {

constexpr double kRelative = 1e-9;  // engine against itself, summed in another order
constexpr double kPnlTolerance = 0.02;  // curve repricing against street yields: the bond's yield moves ~ the par shift
constexpr double kFuturesPnlTolerance = 0.03;
constexpr double kFaceZn = 100000.0;

QByteArray number(double v)
{
    return QByteArray::number(v, 'g', 12);
}

QByteArray portfolioPath(const char* name)
{
    return QByteArray(XMARGIN_SOURCE_DIR "/resources/portfolios/") + name;
}

// Every field of two summaries, exactly or to kRelative; empty when equal.
QByteArray difference(const RequirementSummary& e, const RequirementSummary& a, double relative)
{
    const std::pair<const char*, std::pair<double, double>> fields[] = {
        {"ficcStandalone", {e.ficcStandalone, a.ficcStandalone}}, {"cmeStandalone", {e.cmeStandalone, a.cmeStandalone}},
        {"duplicated", {e.duplicated, a.duplicated}},             {"crossMargined", {e.crossMargined, a.crossMargined}},
        {"savings", {e.savings, a.savings}},                      {"rF", {e.rF, a.rF}},
        {"rC", {e.rC, a.rC}},                                     {"reduction", {e.reduction, a.reduction}},
        {"ficcCrossMargined", {e.ficcCrossMargined, a.ficcCrossMargined}},
        {"cmeCrossMargined", {e.cmeCrossMargined, a.cmeCrossMargined}},
    };
    QByteArray out;
    for (const auto& [name, values] : fields) {
        const auto [x, y] = values;
        if (std::abs(x - y) > relative * std::max({std::abs(x), std::abs(y), e.duplicated}))
            out += QByteArray("\n  ") + name + ": expected " + number(x) + ", actual " + number(y);
    }
    if (e.capBinding != a.capBinding)
        out += "\n  capBinding differs";
    return out;
}

} // namespace

Q_DECLARE_METATYPE(StressScenario)

class TestStress final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void twistInterpolatesBetween2yAnd10y();
    void historicalWindows();
    void historicalEqualsHistoryPoints_data();
    void historicalEqualsHistoryPoints();
    void windowOutsideTheHistoryFails();
    void goldenDemo_data();
    void goldenDemo();
    void cashLegMatchesStreetRepricing_data();
    void cashLegMatchesStreetRepricing();
    void futuresLegMatchesCtdRepricing_data();
    void futuresLegMatchesCtdRepricing();
    void noShockChangesNothing_data();
    void noShockChangesNothing();
    void volatilityScalesVarAndScanRanges();
    void crossMarginedNeverAboveDuplicated_data();
    void crossMarginedNeverAboveDuplicated();
    void monotoneInTheVolatilityMultiplier();

private:
    std::unique_ptr<MarginEngine> engineFor(const char* portfolio, const MarketShock& shock = {}) const;

    ModelParameters m_parameters;
    Date m_asOf;
    std::unique_ptr<MarginEngine> m_demo;
};

void TestStress::initTestCase()
{
    m_parameters = io::loadBundledModelParameters();
    m_asOf = isoDate("2025-07-11");
    m_demo = engineFor("demo_basis_trade.xmargin");
}

std::unique_ptr<MarginEngine> TestStress::engineFor(const char* portfolio, const MarketShock& shock) const
{
    auto engine = std::make_unique<MarginEngine>(bundledMarket(), m_parameters, m_asOf, shock);
    engine->setPortfolio(io::loadPortfolioDocument(QString::fromUtf8(portfolioPath(portfolio))).portfolio);
    return engine;
}

void TestStress::twistInterpolatesBetween2yAnd10y()
{
    const MarketShock twist = twistShock(-25.0, 25.0);
    const double expected[kFactorCount] = {-25, -25, -25, -25, -18.75, -6.25, 6.25, 25, 25, 25};
    for (int k = 0; k < kFactorCount; ++k)
        QVERIFY2(std::abs(twist.parShiftBp[static_cast<std::size_t>(k)] - expected[k]) < 1e-12,
                 QByteArray(kFactorNames[static_cast<std::size_t>(k)].data()) + ": "
                     + number(twist.parShiftBp[static_cast<std::size_t>(k)]));
    QVERIFY(parallelShock(0.0).isNull());
    QVERIFY(!volatilityShock(1.5).isNull());
    QCOMPARE(QByteArray::fromStdString(parallelScenario(-100).id), QByteArray("parallel-100"));
    QCOMPARE(QByteArray::fromStdString(twistScenario(-25, 25).name), QByteArray("Steepener: 2Y -25bp, 10Y +25bp"));
}

void TestStress::historicalWindows()
{
    const std::vector<StressScenario> windows = historicalScenarios(m_parameters);
    QCOMPARE(windows.size(), std::size_t(3));
    QCOMPARE(QByteArray::fromStdString(windows[0].id), QByteArray("2008"));
    QCOMPARE(QByteArray::fromStdString(windows[1].id), QByteArray("2020"));
    QCOMPARE(QByteArray::fromStdString(windows[2].id), QByteArray("2022"));
    // The parameter file's windows keep their provenance; 2022 is ours.
    QVERIFY(windows[0].window.first == isoDate("2008-09-01") && windows[0].window.last == isoDate("2009-03-31"));
    QVERIFY(windows[2].provenance == Provenance::Assumed);
    QVERIFY2(windows[2].source.text.find("LDI") != std::string::npos, windows[2].source.text.c_str());
    for (const StressScenario& s : windows)
        QVERIFY2(s.provenance == Provenance::Assumed && !s.source.empty(), s.name.c_str());
    QCOMPARE(standardScenarios(m_parameters).size(), std::size_t(10));
}

void TestStress::historicalEqualsHistoryPoints_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("dayBefore");
    QTest::newRow("2008") << "2008" << "2008-08-29";
    QTest::newRow("2020") << "2020" << "2020-02-28";
    QTest::newRow("2022") << "2022" << "2022-02-28";
}

// Before, peak and end are history() points, exactly; the peak is the window's highest
// cross-margined day.
void TestStress::historicalEqualsHistoryPoints()
{
    QFETCH(QString, id);
    QFETCH(QString, dayBefore);
    const std::vector<StressScenario> windows = historicalScenarios(m_parameters);
    const auto it = std::find_if(windows.begin(), windows.end(), [&](const StressScenario& s) { return s.id == id.toStdString(); });
    QVERIFY(it != windows.end());
    const StressResult r = runStress(*m_demo, *it);
    QCOMPARE(QString::fromStdString(r.before.date.toIso()), dayBefore);

    const std::vector<HistoryPoint> points = m_demo->history(it->window.first.addDays(-10), it->window.last);
    const auto at = [&](Date date) {
        return std::find_if(points.begin(), points.end(), [&](const HistoryPoint& p) { return p.date == date; });
    };
    for (const StressDay* day : {&r.before, &r.after, &r.windowEnd}) {
        const auto point = at(day->date);
        QVERIFY2(point != points.end(), day->date.toIso().c_str());
        const QByteArray diff = difference(point->requirements, day->requirements, 0.0);
        QVERIFY2(diff.isEmpty(), (QByteArray::fromStdString(day->date.toIso()) + diff).constData());
    }
    double highest = 0.0;
    for (const HistoryPoint& p : points) {
        if (p.date >= it->window.first)
            highest = std::max(highest, p.requirements.crossMargined);
    }
    QCOMPARE(r.after.requirements.crossMargined, highest);
    QVERIFY(r.after.date >= it->window.first && r.after.date <= it->window.last);
    QVERIFY(r.windowEnd.date <= it->window.last && at(r.windowEnd.date) + 1 == points.end());
    // The P&L move is the window's observed par-yield change, applied to today's curve.
    const ParYieldHistory& h = bundledMarket().parYields;
    const FactorVector first = h.filledYieldsPct(*h.indexOf(r.before.date));
    const FactorVector last = h.filledYieldsPct(*h.indexOf(r.windowEnd.date));
    QVERIFY2(std::abs(r.parMoveBp[7] - (last[7] - first[7]) * 100.0) < 1e-9, number(r.parMoveBp[7]));
    QCOMPARE(r.legs.size(), std::size_t(2));
    QVERIFY2(std::abs(r.legs[0].pnl + r.legs[1].pnl - r.pnl) < 1e-6, number(r.pnl));
}

void TestStress::windowOutsideTheHistoryFails()
{
    StressScenario early;
    early.kind = StressKind::Historical;
    early.name = "before the data";
    early.window = {isoDate("1985-01-01"), isoDate("1985-06-30"), "before the data"};
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, runStress(*m_demo, early));
    // The first business days have no h-day scenario yet: the day before must be replayable.
    early.window = {isoDate("1990-01-03"), isoDate("1990-02-28"), "the first days"};
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, runStress(*m_demo, early));
}

void TestStress::goldenDemo_data()
{
    QTest::addColumn<StressScenario>("scenario");
    QTest::addColumn<QString>("afterDate");
    QTest::addColumn<double>("duplicatedBefore");
    QTest::addColumn<double>("crossMarginedBefore");
    QTest::addColumn<double>("duplicatedAfter");
    QTest::addColumn<double>("crossMarginedAfter");
    QTest::addColumn<double>("pnlCash");
    QTest::addColumn<double>("pnlFutures");
    const std::vector<StressScenario> w = historicalScenarios(m_parameters);
    const double dup = 3988554.8564984417, xm = 797710.9712996881;
    QTest::newRow("2008") << w[0] << "2009-03-18" << 3652680.9477045704 << 730536.189540914 << 4123151.852318625
                          << 824630.3704637247 << 8814042.667820781 << -8699347.019807607;
    QTest::newRow("March 2020") << w[1] << "2020-03-23" << 3029085.5274265967 << 605817.1054853193 << 3204904.978317363
                                << 640980.9956634725 << 3704946.438369766 << -3432041.334899664;
    QTest::newRow("2022") << w[2] << "2022-10-07" << 3031880.9219987746 << 606376.1843997547 << 3601287.795005639
                          << 720257.5590011277 << -15138174.192504257 << 16717704.133508489;
    QTest::newRow("+100bp") << parallelScenario(100) << "2025-07-11" << dup << xm << 3913456.150676839
                            << 782691.2301353676 << -7032569.236295357 << 7037804.927924663;
    QTest::newRow("-100bp") << parallelScenario(-100) << "2025-07-11" << dup << xm << 4291226.046305325
                            << 858245.2092610649 << 7688000.875719324 << -7340418.185134158;
    QTest::newRow("steepener 25") << twistScenario(-25, 25) << "2025-07-11" << dup << xm << 3972587.046701721
                                  << 794517.4093403439 << -1446540.7703158557 << 497097.1161971092;
    QTest::newRow("volatility x2") << volatilityScenario(2) << "2025-07-11" << dup << xm << 7977109.712996883
                                   << 1595421.9425993762 << 0.0 << 0.0;
}

// The demo portfolio's numbers (recorded from the engine; the independent checks below and
// the invariants say why they are right). A change means the model or the data changed.
void TestStress::goldenDemo()
{
    QFETCH(StressScenario, scenario);
    QFETCH(QString, afterDate);
    QFETCH(double, duplicatedBefore);
    QFETCH(double, crossMarginedBefore);
    QFETCH(double, duplicatedAfter);
    QFETCH(double, crossMarginedAfter);
    QFETCH(double, pnlCash);
    QFETCH(double, pnlFutures);
    const StressResult r = runStress(*m_demo, scenario);
    const auto near = [](double expected, double actual) {
        return std::abs(expected - actual) <= 1e-7 * std::max(1.0, std::abs(expected)) + 1e-6;
    };
    const QByteArray got = "before " + number(r.before.requirements.duplicated) + " / "
                           + number(r.before.requirements.crossMargined) + ", after ("
                           + QByteArray::fromStdString(r.after.date.toIso()) + ") "
                           + number(r.after.requirements.duplicated) + " / "
                           + number(r.after.requirements.crossMargined) + ", P&L " + number(r.legs[0].pnl) + " / "
                           + number(r.legs[1].pnl);
    QVERIFY2(QString::fromStdString(r.after.date.toIso()) == afterDate, got.constData());
    QVERIFY2(near(duplicatedBefore, r.before.requirements.duplicated), got.constData());
    QVERIFY2(near(crossMarginedBefore, r.before.requirements.crossMargined), got.constData());
    QVERIFY2(near(duplicatedAfter, r.after.requirements.duplicated), got.constData());
    QVERIFY2(near(crossMarginedAfter, r.after.requirements.crossMargined), got.constData());
    QVERIFY2(near(pnlCash, r.legs[0].pnl) && near(pnlFutures, r.legs[1].pnl), got.constData());
}

void TestStress::cashLegMatchesStreetRepricing_data()
{
    QTest::addColumn<double>("shiftBp");
    QTest::newRow("+100bp") << 100.0;
    QTest::newRow("-100bp") << -100.0;
    QTest::newRow("+200bp") << 200.0;
}

// The cash leg (100mm 3.875% 2034-08-15): its engine P&L on the shifted par curve against the
// street-convention price at its yield moved by the same shift. The bond's yield does not move
// exactly as much as the par curve, hence the tolerance.
void TestStress::cashLegMatchesStreetRepricing()
{
    QFETCH(double, shiftBp);
    const StressResult r = runStress(*m_demo, parallelScenario(shiftBp));
    const Position& cash = m_demo->positions()[0];
    const PositionResult base = m_demo->positionResults(m_demo->result())[0];
    const FixedRateBond bond(3.875, isoDate("2034-08-15"), isoDate("2024-08-15"));
    const Date settle = m_demo->environment().spotDate();
    const double dirty = base.marketValue / cash.quantity * 100.0;
    const YieldAnalytics before = analyticsFromCleanPrice(bond, settle, dirty - bond.accruedInterest(settle));
    const YieldAnalytics after = analyticsFromYield(bond, settle, before.yield + shiftBp / 1e4);
    const double expected = cash.quantity * (after.dirtyPrice - before.dirtyPrice) / 100.0;
    QVERIFY2(std::abs(r.legs[0].pnl - expected) <= kPnlTolerance * std::abs(expected),
             "engine " + number(r.legs[0].pnl) + ", street yield " + number(before.yield) + " -> "
                 + number(after.yield) + ": " + number(expected));
    // First order: the shift times the DV01, within the convexity.
    QVERIFY2(std::abs(r.legs[0].pnl + base.dv01 * shiftBp) < 0.05 * std::abs(shiftBp) / 100.0 * std::abs(base.dv01 * shiftBp),
             number(r.legs[0].pnl));
}

void TestStress::futuresLegMatchesCtdRepricing_data()
{
    QTest::addColumn<double>("shiftBp");
    QTest::addColumn<QString>("ctdAfter");
    QTest::newRow("+100bp") << 100.0 << "91282CLW9";
    QTest::newRow("-100bp") << -100.0 << "91282CEP2";
}

// The ZN leg: fair futures price = min over the basket of forward clean price / CF.
// Independently: each deliverable's street dirty price at its yield moved by the shift,
// carried to delivery at the repo rate moved by the 3M shift (interim coupons reinvested at
// it), less accrued, over its conversion factor. The cheapest one must be the engine's CTD
// (at +100bp it switches from the 2032 note to the longest one).
void TestStress::futuresLegMatchesCtdRepricing()
{
    QFETCH(double, shiftBp);
    QFETCH(QString, ctdAfter);
    const Position& future = m_demo->positions()[1];
    const FuturesSpec& spec = *bundledMarket().findSpec("ZN");
    const MarketEnvironment base(bundledMarket(), m_asOf);
    const MarketEnvironment moved(bundledMarket(), m_asOf, parallelShock(shiftBp).parShiftBp);
    const TreasuryFutureValuation v0 = valueTreasuryFuture(spec, *future.month, bundledMarket().securities, base.futuresMarket());
    const TreasuryFutureValuation v1 = valueTreasuryFuture(spec, *future.month, bundledMarket().securities, moved.futuresMarket());
    QVERIFY2(std::abs(moved.repo().rate - base.repo().rate - shiftBp / 1e4) < 1e-12, number(moved.repo().rate));
    QCOMPARE(QString::fromStdString(v1.ctd().security.cusip), ctdAfter);

    const Date settle = base.spotDate();
    const Date delivery = v0.deliveryDate;
    const auto forwardOverCf = [&](const DeliverableValuation& d, double yieldShift, double repo) {
        const FixedRateBond bond(d.security.couponPct, d.security.maturity, d.security.datedDate);
        const double y = analyticsFromCleanPrice(bond, settle, d.spotCleanPrice).yield + yieldShift;
        double forward = analyticsFromYield(bond, settle, y).dirtyPrice * (1.0 + repo * (delivery - settle) / 360.0);
        for (const Date paid : bond.couponDates(settle, delivery))
            forward -= bond.couponAmount(paid) * (1.0 + repo * (delivery - paid) / 360.0);
        return (forward - bond.accruedInterest(delivery)) / d.conversionFactor;
    };
    double f0 = 1e300, f1 = 1e300;
    std::string cheapest;
    for (const DeliverableValuation& d : v0.basket) {
        f0 = std::min(f0, forwardOverCf(d, 0.0, base.repo().rate));
        const double shifted = forwardOverCf(d, shiftBp / 1e4, moved.repo().rate);
        if (shifted < f1) {
            f1 = shifted;
            cheapest = d.security.cusip;
        }
    }
    QVERIFY2(std::abs(f0 - v0.fairPrice) < 0.02, "street " + number(f0) + ", engine " + number(v0.fairPrice));
    QCOMPARE(QString::fromStdString(cheapest), ctdAfter);
    const double expected = future.quantity * (f1 - f0) / 100.0 * kFaceZn;
    const StressResult r = runStress(*m_demo, parallelScenario(shiftBp));
    QVERIFY2(std::abs(r.legs[1].pnl - expected) <= kFuturesPnlTolerance * std::abs(expected),
             "engine " + number(r.legs[1].pnl) + ", street " + number(expected));
    QVERIFY2(std::abs(r.legs[1].pnl - future.quantity * (v1.fairPrice - v0.fairPrice) / 100.0 * kFaceZn) < 1e-6,
             number(r.legs[1].pnl));
}

void TestStress::noShockChangesNothing_data()
{
    QTest::addColumn<StressScenario>("scenario");
    QTest::newRow("parallel 0") << parallelScenario(0);
    QTest::newRow("twist 0") << twistScenario(0, 0);
    QTest::newRow("volatility x1") << volatilityScenario(1);
}

void TestStress::noShockChangesNothing()
{
    QFETCH(StressScenario, scenario);
    for (const char* portfolio : {"demo_basis_trade.xmargin", "curve_trade_2s10s.xmargin", "ineligible_customer.xmargin"}) {
        const auto engine = engineFor(portfolio);
        const StressResult r = runStress(*engine, scenario);
        const QByteArray diff = difference(r.before.requirements, r.after.requirements, 0.0);
        QVERIFY2(diff.isEmpty(), (QByteArray(portfolio) + diff).constData());
        QVERIFY2(r.pnl == 0.0, (QByteArray(portfolio) + " P&L " + number(r.pnl)).constData());
    }
}

// Sensitivity VaR and calibrated scan ranges are linear in the scenario changes.
void TestStress::volatilityScalesVarAndScanRanges()
{
    const auto doubled = engineFor("demo_basis_trade.xmargin", volatilityShock(2.0));
    const MarginResult a = m_demo->result();
    const MarginResult b = doubled->result();
    QVERIFY2(std::abs(b.ficcAll.var - 2.0 * a.ficcAll.var) < kRelative * a.ficcAll.var, number(b.ficcAll.var));
    QVERIFY2(std::abs(b.cmeAll.scan - 2.0 * a.cmeAll.scan) < kRelative * a.cmeAll.scan, number(b.cmeAll.scan));
    for (const auto& [symbol, range] : m_demo->cmeModel().scanRanges()) {
        const double scaled = doubled->cmeModel().scanRanges().at(symbol).usdPerContract;
        QVERIFY2(std::abs(scaled - 2.0 * range.usdPerContract) <= kRelative * range.usdPerContract,
                 (symbol + ": " + std::to_string(scaled)).c_str());
    }
    QVERIFY(b.ficcAll.floor == a.ficcAll.floor && b.ficcAll.haircut == a.ficcAll.haircut);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, engineFor("demo_basis_trade.xmargin", volatilityShock(0.0)));
}

void TestStress::crossMarginedNeverAboveDuplicated_data()
{
    QTest::addColumn<QString>("portfolio");
    QTest::newRow("basis trade") << "demo_basis_trade.xmargin";
    QTest::newRow("2s10s curve trade") << "curve_trade_2s10s.xmargin";
    QTest::newRow("ineligible customer") << "ineligible_customer.xmargin";
}

// Every position eligible (or none, for the ineligible account): cross-margined never exceeds
// duplicated, before or after any standard scenario.
void TestStress::crossMarginedNeverAboveDuplicated()
{
    QFETCH(QString, portfolio);
    const auto engine = engineFor(portfolio.toUtf8().constData());
    for (const StressScenario& s : standardScenarios(m_parameters)) {
        const StressResult r = runStress(*engine, s);
        for (const StressDay* day : {&r.before, &r.after, &r.windowEnd}) {
            const RequirementSummary& q = day->requirements;
            QVERIFY2(q.crossMargined <= q.duplicated * (1.0 + kRelative) && q.crossMargined >= 0.0,
                     (s.name + " " + day->date.toIso() + ": cross-margined " + std::to_string(q.crossMargined)
                      + " > duplicated " + std::to_string(q.duplicated))
                         .c_str());
        }
    }
}

void TestStress::monotoneInTheVolatilityMultiplier()
{
    for (const char* portfolio : {"demo_basis_trade.xmargin", "curve_trade_2s10s.xmargin", "unhedged_cash_10y.xmargin"}) {
        const auto engine = engineFor(portfolio);
        RequirementSummary previous = RequirementSummary::of(engine->result());
        for (double m : {0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0}) {
            const StressResult r = runStress(*engine, volatilityScenario(m));
            const RequirementSummary& q = r.after.requirements;
            if (m > 0.5) {
                QVERIFY2(q.duplicated >= previous.duplicated * (1.0 - kRelative)
                             && q.crossMargined >= previous.crossMargined * (1.0 - kRelative),
                         (std::string(portfolio) + " x" + std::to_string(m) + ": " + std::to_string(q.crossMargined)
                          + " after " + std::to_string(previous.crossMargined))
                             .c_str());
            }
            previous = q;
        }
    }
}

QTEST_GUILESS_MAIN(TestStress)
#include "tst_stress.moc"
