// The market on an as-of date: curve row, T+1 spot, repo source, plain-language notes.
#include "core/market_environment.h"
#include "tests/support/bundled_market.h"

#include <QtTest>

using xm::test::bundledMarket;
using xm::test::isoDate;

class TestMarketEnvironment final : public QObject {
    Q_OBJECT

private slots:
    void defaultAsOf();
    void weekendUsesPreviousCurveAndSaysSo();
    void gapFilledTenorIsNoted();
    void repoFallsBackTo3MBeforeSofr();
};

void TestMarketEnvironment::defaultAsOf()
{
    const xm::MarketEnvironment env(bundledMarket(), bundledMarket().parYields.lastDate());
    QCOMPARE(env.asOf(), isoDate("2025-07-11"));
    QCOMPARE(env.spotDate(), isoDate("2025-07-14"));
    QCOMPARE(env.curve().parYieldsPct()[7], 4.43);
    QVERIFY(std::abs(env.repo().rate - 0.0431) < 1e-12);  // SOFR 4.31% on 2025-07-11
    QVERIFY(env.notes().empty());
}

void TestMarketEnvironment::weekendUsesPreviousCurveAndSaysSo()
{
    const xm::MarketEnvironment env(bundledMarket(), isoDate("2025-07-12"));
    QCOMPARE(env.curveDate(), isoDate("2025-07-11"));
    QCOMPARE(env.spotDate(), isoDate("2025-07-14"));
    QCOMPARE(env.notes().size(), std::size_t(1));
}

void TestMarketEnvironment::gapFilledTenorIsNoted()
{
    const xm::MarketEnvironment env(bundledMarket(), isoDate("2008-12-10"));
    QCOMPARE(env.notes().size(), std::size_t(1));
    QVERIFY(QString::fromStdString(env.notes().front()).startsWith("3M par yield not published"));
    QCOMPARE(env.curve().parYieldsPct()[0], 0.21);  // flat from 6M
}

void TestMarketEnvironment::repoFallsBackTo3MBeforeSofr()
{
    const xm::MarketEnvironment env(bundledMarket(), isoDate("2015-06-30"));
    QVERIFY(QString::fromStdString(env.repo().source).startsWith("3M Treasury par yield 2015-06-30"));
    QCOMPARE(env.repo().rate, env.curve().parYieldsPct()[0] / 100.0);
}

QTEST_GUILESS_MAIN(TestMarketEnvironment)
#include "tst_market_environment.moc"
