// MarginEngine's incremental books against a state built from scratch, and the derived views
// (sweep, history, incremental margins, component VaR) against direct recomputation
// (issue #3 item 6). Random portfolios and edits are seeded; failures print the seed and step.
#include "core/io/model_parameters_loader.h"
#include "core/portfolio/margin_engine.h"
#include "tests/support/bundled_market.h"
#include "tests/support/random_portfolio.h"
#include "tests/support/result_numbers.h"

#include <QtTest>

#include <cmath>
#include <memory>

using namespace xm;
using xm::test::bundledMarket;
using xm::test::describe;
using xm::test::isoDate;

namespace {

constexpr double kRelative = 1e-9;
constexpr double kAbsoluteUsd = 1e-6;

bool near(double a, double b, double scale)
{
    return std::abs(a - b) <= kRelative * std::max({std::abs(a), std::abs(b), scale}) + kAbsoluteUsd;
}

QByteArray number(double v)
{
    return QByteArray::number(v, 'g', 17);
}

Portfolio portfolioOf(const MarginEngine& e)
{
    Portfolio p;
    p.account = e.account();
    p.positions = e.positions();
    return p;
}

// Empty when equal to 1e-9 relative (ratios: absolute, as they are O(1)) with the same cap
// status; else one line per differing number.
QByteArray summaryDifference(const RequirementSummary& expected, const RequirementSummary& actual)
{
    struct Field {
        const char* name;
        double RequirementSummary::*member;
        bool ratio;
    };
    static constexpr Field kFields[] = {
        {"ficcStandalone", &RequirementSummary::ficcStandalone, false},
        {"cmeStandalone", &RequirementSummary::cmeStandalone, false},
        {"duplicated", &RequirementSummary::duplicated, false},
        {"crossMargined", &RequirementSummary::crossMargined, false},
        {"savings", &RequirementSummary::savings, false},
        {"rF", &RequirementSummary::rF, true},
        {"rC", &RequirementSummary::rC, true},
        {"reduction", &RequirementSummary::reduction, true},
    };
    QByteArray out;
    for (const Field& f : kFields) {
        const double e = expected.*f.member, a = actual.*f.member;
        // Savings is a difference of requirements: its tolerance is relative to duplicated.
        const double scale = f.member == &RequirementSummary::savings ? expected.duplicated : 0.0;
        const bool ok = f.ratio ? std::abs(e - a) <= kRelative : near(e, a, scale);
        if (!ok)
            out += QByteArray("\n  ") + f.name + ": expected " + number(e) + ", actual " + number(a);
    }
    if (expected.capBinding != actual.capBinding)
        out += QByteArray("\n  capBinding: expected ") + (expected.capBinding ? "true" : "false");
    return out;
}

} // namespace

#define CHECK(condition, message)                                                                                      \
    do {                                                                                                               \
        if (!(condition))                                                                                              \
            QFAIL(QByteArray(message).constData());                                                                    \
    } while (false)

Q_DECLARE_METATYPE(XmRule)
Q_DECLARE_METATYPE(CmeModel)
Q_DECLARE_METATYPE(Date)

class TestMarginEngine final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void incrementalEditsMatchFromScratch_data();
    void incrementalEditsMatchFromScratch();
    void badIndexLeavesTheEngineUnchanged();
    void sweepEndpointsMatchRecomputation();
    void sweepNeedsTwoPoints();
    void historyOnTheAsOfDateEqualsResult_data();
    void historyOnTheAsOfDateEqualsResult();
    void historyCoversEveryBusinessDay();
    void incrementalMarginIsWithMinusWithout();
    void componentVarsAddUpToTheCombinedVar();

private:
    std::unique_ptr<MarginEngine> makeEngine(Date asOf, XmRule rule = XmRule::Min, CmeModel cme = CmeModel::Span) const;

    ModelParameters m_bundled;
    Date m_asOf;
    test::PortfolioUniverse m_universe;
    std::unique_ptr<MarginEngine> m_engine;   // the engine under test
    std::unique_ptr<MarginEngine> m_scratch;  // rebuilt from scratch for comparison
};

void TestMarginEngine::initTestCase()
{
    m_bundled = io::loadBundledModelParameters();
    m_asOf = isoDate("2025-07-11");
    m_universe = test::bundledUniverse(bundledMarket(), m_asOf);
    m_engine = makeEngine(m_asOf);
    m_scratch = makeEngine(m_asOf);
}

std::unique_ptr<MarginEngine> TestMarginEngine::makeEngine(Date asOf, XmRule rule, CmeModel cme) const
{
    ModelParameters p = m_bundled;
    p.xm.rule = rule;
    p.cme.model = cme;
    return std::make_unique<MarginEngine>(bundledMarket(), std::move(p), asOf);
}

void TestMarginEngine::incrementalEditsMatchFromScratch_data()
{
    QTest::addColumn<std::uint32_t>("seed");
    QTest::addColumn<int>("initialPositions");
    QTest::addColumn<int>("edits");
    QTest::addColumn<int>("addWeight");  // of 100; the rest updates, removes and account changes
    QTest::addColumn<XmRule>("rule");
    QTest::addColumn<CmeModel>("cmeModel");
    QTest::newRow("grow from 60 to ~300") << 11u << 60 << 330 << 80 << XmRule::Min << CmeModel::Span;
    QTest::newRow("edit 280 positions") << 12u << 280 << 200 << 30 << XmRule::Min << CmeModel::Span;
    QTest::newRow("edit 40, legacy") << 13u << 40 << 200 << 35 << XmRule::Legacy << CmeModel::Span;
    QTest::newRow("edit 40, each, HVaR") << 14u << 40 << 200 << 35 << XmRule::Each << CmeModel::HVaR;
}

void TestMarginEngine::incrementalEditsMatchFromScratch()
{
    QFETCH(std::uint32_t, seed);
    QFETCH(int, initialPositions);
    QFETCH(int, edits);
    QFETCH(int, addWeight);
    QFETCH(XmRule, rule);
    QFETCH(CmeModel, cmeModel);
    const auto engine = makeEngine(m_asOf, rule, cmeModel);
    const auto scratch = makeEngine(m_asOf, rule, cmeModel);
    test::RandomPortfolioGenerator g(m_universe, seed);
    engine->setPortfolio(g.portfolio({initialPositions, initialPositions, false}));

    for (int step = 0; step < edits; ++step) {
        const std::size_t n = engine->positions().size();
        const int roll = g.uniform(0, 99);
        const std::size_t i = n ? static_cast<std::size_t>(g.uniform(0, static_cast<int>(n) - 1)) : 0;
        std::string edit;
        if (n == 0 || roll < addWeight) {
            const Position p = g.position(false);
            edit = "add " + describe(p);
            engine->addPosition(p);
        } else if (roll < addWeight + (100 - addWeight) * 3 / 10) {
            Position p = engine->positions()[i];
            const int kind = g.uniform(0, 3);
            p.quantity = kind == 0 ? 0.0 : kind == 1 ? -p.quantity : p.quantity * g.uniform(1, 40) / 8.0;
            edit = "update quantity of #" + std::to_string(i) + " to " + describe(p);
            engine->updatePosition(i, p);
        } else if (roll < addWeight + (100 - addWeight) * 4 / 10) {
            Position p = engine->positions()[i];
            p.allocateXM = !p.allocateXM;
            edit = "toggle allocateXM of #" + std::to_string(i) + " to " + describe(p);
            engine->updatePosition(i, p);
        } else if (roll < addWeight + (100 - addWeight) * 6 / 10) {
            Position p = g.position(false);
            p.id = engine->positions()[i].id;
            edit = "replace the instrument of #" + std::to_string(i) + " by " + describe(p);
            engine->updatePosition(i, p);
        } else if (roll < addWeight + (100 - addWeight) * 9 / 10) {
            edit = "remove #" + std::to_string(i) + " " + describe(engine->positions()[i]);
            engine->removePosition(i);
        } else {
            const Account a = g.account(false);
            edit = "set account: " + describe(Portfolio{"", {}, a, {}}).substr(0, 80);
            engine->setAccount(a);
        }
        scratch->setPortfolio(portfolioOf(*engine));
        const auto differences = test::compareResults(scratch->result(), engine->result(), kRelative, kAbsoluteUsd);
        CHECK(differences.empty(), "seed " + QByteArray::number(seed) + ", edit " + QByteArray::number(step) + " ("
                                       + QByteArray::fromStdString(edit) + "), " + QByteArray::number(int(n))
                                       + " positions before it: incremental result differs from scratch:"
                                       + QByteArray::fromStdString(test::joinDifferences(differences)));
    }
    QVERIFY2(engine->positions().size() >= std::size_t(addWeight > 50 ? 250 : 20),
             QByteArray::number(int(engine->positions().size())) + " positions at the end");
}

void TestMarginEngine::badIndexLeavesTheEngineUnchanged()
{
    test::RandomPortfolioGenerator g(m_universe, 5);
    const Portfolio p = g.portfolio({10, 10, false});
    m_engine->setPortfolio(p);
    const MarginResult before = m_engine->result();
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, m_engine->removePosition(10));
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, m_engine->updatePosition(10, p.positions[0]));
    QCOMPARE(m_engine->positions(), p.positions);
    QVERIFY(test::compareResults(before, m_engine->result(), 0.0, 0.0).empty());
}

void TestMarginEngine::sweepEndpointsMatchRecomputation()
{
    for (std::uint32_t seed = 100; seed < 130; ++seed) {
        test::RandomPortfolioGenerator g(m_universe, seed);
        const Portfolio p = g.portfolio({1, 40, false});
        const std::size_t index = static_cast<std::size_t>(g.uniform(0, static_cast<int>(p.positions.size()) - 1));
        m_engine->setPortfolio(p);
        const std::vector<SweepPoint> points = m_engine->sweep(index, 0.0, 2.0, 201);
        QCOMPARE(points.size(), std::size_t(201));
        const QByteArray where = "seed " + QByteArray::number(seed) + ", sweep of #" + QByteArray::number(int(index))
                                 + " (" + describe(p.positions[index]).c_str() + ")";

        // Scale 1 is the portfolio itself.
        QCOMPARE(points[100].scale, 1.0);
        QCOMPARE(points[100].quantity, p.positions[index].quantity);
        const QByteArray atOne = summaryDifference(RequirementSummary::of(m_engine->result()), points[100].requirements);
        CHECK(atOne.isEmpty(), where + " at scale 1 differs from result():" + atOne);

        // Scales 0, 0.5 and 2 are the portfolio with that quantity (scale 0: without the position).
        for (const int k : {0, 50, 200}) {
            Portfolio scaled = p;
            if (k == 0)
                scaled.positions.erase(scaled.positions.begin() + static_cast<std::ptrdiff_t>(index));
            else
                scaled.positions[index].quantity *= points[static_cast<std::size_t>(k)].scale;
            m_scratch->setPortfolio(scaled);
            const QByteArray diff = summaryDifference(RequirementSummary::of(m_scratch->result()),
                                                      points[static_cast<std::size_t>(k)].requirements);
            CHECK(diff.isEmpty(), where + " at scale " + QByteArray::number(points[static_cast<std::size_t>(k)].scale)
                                      + " differs from a recomputation:" + diff + "\n" + describe(p).c_str());
        }
    }
}

void TestMarginEngine::sweepNeedsTwoPoints()
{
    m_engine->setPortfolio(test::RandomPortfolioGenerator(m_universe, 1).portfolio({3, 3, false}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, m_engine->sweep(0, 0.0, 2.0, 1));
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, m_engine->sweep(3, 0.0, 2.0, 11));
}

void TestMarginEngine::historyOnTheAsOfDateEqualsResult_data()
{
    QTest::addColumn<Date>("asOf");
    QTest::addColumn<CmeModel>("cmeModel");
    QTest::newRow("2025-07-11, SPAN: 2008 window added") << isoDate("2025-07-11") << CmeModel::Span;
    QTest::newRow("2025-07-11, HVaR") << isoDate("2025-07-11") << CmeModel::HVaR;
    QTest::newRow("2018-12-31: 2008 window half in the lookback") << isoDate("2018-12-31") << CmeModel::Span;
    QTest::newRow("2018-12-31, HVaR") << isoDate("2018-12-31") << CmeModel::HVaR;
    QTest::newRow("2012-06-29: 30Y gap filled in the lookback") << isoDate("2012-06-29") << CmeModel::Span;
    QTest::newRow("2009-01-15: inside the 2008 window") << isoDate("2009-01-15") << CmeModel::Span;
}

void TestMarginEngine::historyOnTheAsOfDateEqualsResult()
{
    QFETCH(Date, asOf);
    QFETCH(CmeModel, cmeModel);
    const auto engine = makeEngine(asOf, XmRule::Min, cmeModel);
    const test::PortfolioUniverse universe = test::bundledUniverse(bundledMarket(), asOf);
    for (std::uint32_t seed = 200; seed < 206; ++seed) {
        const Portfolio p = test::RandomPortfolioGenerator(universe, seed).portfolio({1, 30, false});
        engine->setPortfolio(p);
        const std::vector<HistoryPoint> history = engine->history(asOf, asOf);
        QCOMPARE(history.size(), std::size_t(1));
        QCOMPARE(history.front().date, asOf);
        const QByteArray diff = summaryDifference(RequirementSummary::of(engine->result()), history.front().requirements);
        CHECK(diff.isEmpty(), "seed " + QByteArray::number(seed) + " as of " + asOf.toIso().c_str()
                                  + ": history differs from result():" + diff + "\n" + describe(p).c_str());
    }
}

void TestMarginEngine::historyCoversEveryBusinessDay()
{
    m_engine->setPortfolio(test::RandomPortfolioGenerator(m_universe, 7).portfolio({10, 10, false}));
    const Date from = isoDate("2025-05-30");
    const std::vector<HistoryPoint> history = m_engine->history(from, m_asOf);
    std::vector<Date> expected;
    for (const Date d : bundledMarket().parYields.dates()) {
        if (d >= from && d <= m_asOf)
            expected.push_back(d);
    }
    QCOMPARE(history.size(), expected.size());
    for (std::size_t i = 0; i < history.size(); ++i)
        QCOMPARE(history[i].date, expected[i]);
    const QByteArray diff = summaryDifference(RequirementSummary::of(m_engine->result()), history.back().requirements);
    QVERIFY2(diff.isEmpty(), diff.constData());
}

void TestMarginEngine::incrementalMarginIsWithMinusWithout()
{
    for (std::uint32_t seed = 300; seed < 320; ++seed) {
        const Portfolio p = test::RandomPortfolioGenerator(m_universe, seed).portfolio({1, 40, false});
        m_engine->setPortfolio(p);
        const double with = m_engine->result().crossMargined;
        const std::vector<double> incremental = m_engine->incrementalMargins();
        QCOMPARE(incremental.size(), p.positions.size());
        // Remove, recompute, re-add (at the end). Going from the last index down keeps every
        // position still to be visited at its original index.
        m_scratch->setPortfolio(p);
        for (std::size_t i = p.positions.size(); i-- > 0;) {
            QCOMPARE(m_scratch->positions()[i], p.positions[i]);
            m_scratch->removePosition(i);
            const double without = m_scratch->result().crossMargined;
            m_scratch->addPosition(p.positions[i]);
            CHECK(near(incremental[i], with - without, with),
                  "seed " + QByteArray::number(seed) + ", #" + QByteArray::number(int(i)) + " ("
                      + describe(p.positions[i]).c_str() + "): incremental " + number(incremental[i])
                      + ", with - without " + number(with - without) + "\n" + describe(p).c_str());
        }
    }
}

void TestMarginEngine::componentVarsAddUpToTheCombinedVar()
{
    int withVar = 0;
    for (std::uint32_t seed = 400; seed < 600; ++seed) {
        const Portfolio p = test::RandomPortfolioGenerator(m_universe, seed).portfolio({1, 40, false});
        m_engine->setPortfolio(p);
        const MarginResult r = m_engine->result();
        const std::vector<PositionResult> positions = m_engine->positionResults(r);
        QCOMPARE(positions.size(), p.positions.size());
        double componentSum = 0.0, scale = 0.0;
        FactorVector ladder{};
        for (const auto& pr : positions) {
            const bool xmAccount = pr.book == Book::FiccXm || pr.book == Book::CmeXm;
            CHECK(xmAccount || pr.componentVar == 0.0,
                  "seed " + QByteArray::number(seed) + ": " + pr.id.c_str() + " outside the XM account has component VaR "
                      + number(pr.componentVar));
            componentSum += pr.componentVar;
            scale += std::abs(pr.componentVar);
            for (std::size_t k = 0; k < ladder.size(); ++k)
                ladder[k] += pr.krd[k];
        }
        const QByteArray where = "seed " + QByteArray::number(seed) + ": component VaRs sum to " + number(componentSum)
                                 + ", combined VaR " + number(r.ficcCombined.var) + "\n" + describe(p).c_str();
        if (r.ficcCombined.var > 0.0) {
            ++withVar;
            CHECK(near(componentSum, r.ficcCombined.var, scale), where);
        } else {
            CHECK(componentSum == 0.0, where);
        }
        for (std::size_t k = 0; k < ladder.size(); ++k)
            CHECK(near(ladder[k], r.netLadder[k], 0.0), "seed " + QByteArray::number(seed) + ": position KRDs at factor "
                                                           + QByteArray::number(int(k)) + " sum to " + number(ladder[k])
                                                           + ", net ladder " + number(r.netLadder[k]));
    }
    QVERIFY2(withVar > 50, QByteArray::number(withVar) + " of 200 random portfolios have an XM-account VaR");
}

QTEST_GUILESS_MAIN(TestMarginEngine)
#include "tst_margin_engine.moc"
