// h-day scenario changes of the ten factors from the real history, with gap filling.
#include "core/market/scenario_generator.h"
#include "tests/support/bundled_market.h"

#include <QtTest>

#include <cmath>

using xm::test::bundledMarket;
using xm::test::isoDate;

namespace {

// Column of a factor by name.
Eigen::Index col(const char* name)
{
    for (int k = 0; k < xm::kFactorCount; ++k) {
        if (xm::kFactorNames[static_cast<std::size_t>(k)] == name)
            return k;
    }
    throw std::invalid_argument(name);
}

} // namespace

class TestScenarioGenerator final : public QObject {
    Q_OBJECT

private slots:
    void lookbackHasOneScenarioPerBusinessDay();
    void changesAreHandComputedDifferences_data();
    void changesAreHandComputedDifferences();
    void missing20YInterpolatedFrom10YAnd30Y();
    void missing30YFlatFrom20Y();
    void missing3MCountsEveryAffectedScenario();
    void windowBoundsAreInclusive();
};

void TestScenarioGenerator::lookbackHasOneScenarioPerBusinessDay()
{
    const xm::ScenarioGenerator gen(bundledMarket().parYields);
    const auto set = gen.lookback(3, isoDate("2025-07-11"), 2520);
    QCOMPARE(set.size(), 2520);
    QCOMPARE(set.endDates.back(), isoDate("2025-07-11"));
    QCOMPARE(set.startDates.back(), isoDate("2025-07-08"));
    const auto& h = bundledMarket().parYields;
    const std::size_t last = *h.indexOf(isoDate("2025-07-11"));
    QCOMPARE(set.endDates.front(), h.row(last - 2519).date);
    QVERIFY(set.gapFillNotes().empty());
}

void TestScenarioGenerator::changesAreHandComputedDifferences_data()
{
    QTest::addColumn<QString>("end");
    QTest::addColumn<int>("horizon");
    QTest::addColumn<QString>("factor");
    QTest::addColumn<double>("expectedBp");
    // From treasury_par_yields.csv: 10Y 4.42 (2025-07-08) -> 4.43 (2025-07-11); 2Y 3.90 -> 3.90;
    // 30Y 4.94 -> 4.96; 1-day: 10Y 4.35 (07-10) -> 4.43.
    QTest::newRow("10Y-3d") << "2025-07-11" << 3 << "10Y" << 1.0;
    QTest::newRow("2Y-3d") << "2025-07-11" << 3 << "2Y" << 0.0;
    QTest::newRow("30Y-3d") << "2025-07-11" << 3 << "30Y" << 2.0;
    QTest::newRow("10Y-1d") << "2025-07-11" << 1 << "10Y" << 8.0;
    // 6M 0.28 (2008-12-08) -> 0.22 (2008-12-11).
    QTest::newRow("6M-2008") << "2008-12-11" << 3 << "6M" << -6.0;
}

void TestScenarioGenerator::changesAreHandComputedDifferences()
{
    QFETCH(QString, end);
    QFETCH(int, horizon);
    QFETCH(QString, factor);
    QFETCH(double, expectedBp);
    const xm::ScenarioGenerator gen(bundledMarket().parYields);
    const xm::Date e = isoDate(qPrintable(end));
    const auto set = gen.window(horizon, e, e);
    QCOMPARE(set.size(), 1);
    const double actual = set.changesBp(0, col(qPrintable(factor)));
    QVERIFY2(std::abs(actual - expectedBp) < 1e-9,
             qPrintable(QStringLiteral("%1 %2-day change to %3: %4bp, expected %5bp").arg(factor).arg(horizon).arg(end).arg(actual).arg(expectedBp)));
}

void TestScenarioGenerator::missing20YInterpolatedFrom10YAnd30Y()
{
    // 1992-06-01 -> 1992-06-04: 10Y 7.39 -> 7.34 (-5bp), 30Y 7.90 -> 7.88 (-2bp), no 20Y:
    // 20Y = -5 + (20-10)/(30-10) * (-2 - -5) = -3.5bp.
    const xm::ScenarioGenerator gen(bundledMarket().parYields);
    const auto set = gen.window(3, isoDate("1992-06-04"), isoDate("1992-06-04"));
    QCOMPARE(set.size(), 1);
    QVERIFY2(std::abs(set.changesBp(0, col("20Y")) + 3.5) < 1e-9, qPrintable(QString::number(set.changesBp(0, col("20Y")))));
    QCOMPARE(set.filledCount[static_cast<std::size_t>(col("20Y"))], 1);
    QCOMPARE(set.gapFillNotes().size(), std::size_t(1));
    QVERIFY(QString::fromStdString(set.gapFillNotes().front()).startsWith("20Y: 1 of 1"));
}

void TestScenarioGenerator::missing30YFlatFrom20Y()
{
    // 2003-03-04 -> 2003-03-07: 20Y 4.68 -> 4.67 (-1bp); 30Y suspended: flat from 20Y.
    const xm::ScenarioGenerator gen(bundledMarket().parYields);
    const auto set = gen.window(3, isoDate("2003-03-07"), isoDate("2003-03-07"));
    QVERIFY(std::abs(set.changesBp(0, col("30Y")) + 1.0) < 1e-9);
    QVERIFY(std::abs(set.changesBp(0, col("20Y")) + 1.0) < 1e-9);
}

void TestScenarioGenerator::missing3MCountsEveryAffectedScenario()
{
    // 3M is blank on 2008-12-10, 12-18 and 12-24; a 3-day change is filled whenever either end
    // is one of those days. Count them independently from the raw rows.
    const auto& h = bundledMarket().parYields;
    const xm::ScenarioGenerator gen(h);
    const auto set = gen.window(3, isoDate("2008-11-01"), isoDate("2009-01-31"));
    int expected = 0;
    for (std::size_t i = 0; i < static_cast<std::size_t>(set.size()); ++i) {
        const auto end = *h.indexOf(set.endDates[i]);
        if (std::isnan(h.row(end).yieldsPct[0]) || std::isnan(h.row(end - 3).yieldsPct[0]))
            ++expected;
    }
    QCOMPARE(expected, 6);
    QCOMPARE(set.filledCount[0], expected);
    for (int r = 0; r < set.size(); ++r) {
        for (int k = 0; k < xm::kFactorCount; ++k)
            QVERIFY(std::isfinite(set.changesBp(r, k)));
    }
}

void TestScenarioGenerator::windowBoundsAreInclusive()
{
    const xm::ScenarioGenerator gen(bundledMarket().parYields);
    // The March-2020 stress window of MARGIN_MODEL.md §2.
    const auto set = gen.window(3, isoDate("2020-03-02"), isoDate("2020-04-30"));
    QCOMPARE(set.endDates.front(), isoDate("2020-03-02"));
    QCOMPARE(set.endDates.back(), isoDate("2020-04-30"));
    QCOMPARE(set.size(), 43);  // business days from 2020-03-02 to 2020-04-30 (Good Friday 04-10 closed)
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, gen.window(0, isoDate("2020-03-02"), isoDate("2020-04-30")));
    QCOMPARE(gen.window(3, isoDate("2030-01-01"), isoDate("2030-12-31")).size(), 0);
}

QTEST_GUILESS_MAIN(TestScenarioGenerator)
#include "tst_scenario_generator.moc"
