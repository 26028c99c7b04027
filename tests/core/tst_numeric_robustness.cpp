// Extreme portfolios at the input limits (position_rules.h: |face| <= 1e13 USD, |contracts| <=
// 1e7) give finite, sensible numbers everywhere the application shows or writes them: every
// requirement, per-position figures, incremental margins, a hedge sweep and a history replay.
#include "core/io/model_parameters_loader.h"
#include "core/portfolio/margin_engine.h"
#include "core/portfolio/position_rules.h"
#include "tests/support/bundled_market.h"
#include "tests/support/result_numbers.h"

#include <QtTest>

#include <cmath>

using namespace xm;
using test::isoDate;

namespace {

constexpr double kMaxFace = 1e13;
constexpr double kMaxContracts = 1e7;
constexpr int kManyPositions = 2000;

Position cash(double face, const char* cusip = "91282CLF6")
{
    Position p;
    p.venue = Venue::Ficc;
    p.type = PositionType::Cash;
    p.cusip = cusip;
    p.quantity = face;
    return p;
}

Position repo(double face)
{
    Position p = cash(face);
    p.type = PositionType::Repo;
    p.end = isoDate("2025-10-10");
    return p;
}

Position future(double contracts, const char* symbol = "ZN")
{
    Position p;
    p.venue = Venue::Cme;
    p.type = PositionType::Future;
    p.symbol = symbol;
    p.month = ContractMonth{2025, 9};
    p.quantity = contracts;
    return p;
}

Position ineligible(PositionType type, double quantity)
{
    if (type == PositionType::Option) {
        Position p = future(quantity, "OZN");
        p.type = type;
        return p;
    }
    Position p = cash(quantity);
    p.cusip.clear();
    p.type = type;
    p.maturity = isoDate("2025-12-26");
    return p;
}

std::vector<Position> copies(const Position& position, int count)
{
    return std::vector<Position>(static_cast<std::size_t>(count), position);
}

Portfolio portfolioOf(std::vector<Position> positions)
{
    Portfolio p;
    p.asOf = isoDate("2025-07-11");
    p.account.type = AccountType::Customer;
    p.account.firm = {true, true, true, true};
    p.account.optIn = true;
    p.positions = std::move(positions);
    for (std::size_t i = 0; i < p.positions.size(); ++i)
        p.positions[i].id = "p" + std::to_string(i + 1);
    return p;
}

// The first number of `values` that is not finite, by name; empty when all are.
QByteArray firstNonFinite(const std::vector<std::pair<std::string, double>>& values)
{
    for (const auto& [name, value] : values) {
        if (!std::isfinite(value))
            return QByteArray::fromStdString(name) + " = " + QByteArray::number(value);
    }
    return {};
}

std::vector<std::pair<std::string, double>> positionNumbers(const std::vector<PositionResult>& positions)
{
    std::vector<std::pair<std::string, double>> out;
    for (const PositionResult& p : positions) {
        out.emplace_back(p.id + ".dv01", p.dv01);
        out.emplace_back(p.id + ".marketValue", p.marketValue);
        out.emplace_back(p.id + ".cmeContracts", p.cmeContracts);
        out.emplace_back(p.id + ".componentVar", p.componentVar);
        for (std::size_t k = 0; k < p.krd.size(); ++k)
            out.emplace_back(p.id + ".krd[" + std::to_string(k) + "]", p.krd[k]);
    }
    return out;
}

std::vector<std::pair<std::string, double>> summaryNumbers(const std::string& where, const RequirementSummary& s)
{
    return {{where + ".ficcStandalone", s.ficcStandalone}, {where + ".cmeStandalone", s.cmeStandalone},
            {where + ".duplicated", s.duplicated},         {where + ".crossMargined", s.crossMargined},
            {where + ".savings", s.savings},               {where + ".rF", s.rF},
            {where + ".rC", s.rC},                         {where + ".reduction", s.reduction}};
}

} // namespace

Q_DECLARE_METATYPE(Portfolio)
Q_DECLARE_METATYPE(Position)

class TestNumericRobustness final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void extremePortfoliosGiveFiniteNumbers_data();
    void extremePortfoliosGiveFiniteNumbers();
    void manyPositionsInOneCusipAddUp_data();
    void manyPositionsInOneCusipAddUp();
    void limitsAreTheDocumentedOnes();

private:
    std::unique_ptr<MarginEngine> m_engine;
};

void TestNumericRobustness::initTestCase()
{
    m_engine = std::make_unique<MarginEngine>(test::bundledMarket(), io::loadBundledModelParameters(),
                                              isoDate("2025-07-11"));
}

void TestNumericRobustness::extremePortfoliosGiveFiniteNumbers_data()
{
    QTest::addColumn<Portfolio>("portfolio");
    QTest::newRow("face at the limit") << portfolioOf({cash(kMaxFace)});
    QTest::newRow("face at minus the limit") << portfolioOf({cash(-kMaxFace)});
    QTest::newRow("contracts at the limit") << portfolioOf({future(kMaxContracts)});
    QTest::newRow("contracts at minus the limit") << portfolioOf({future(-kMaxContracts)});
    QTest::newRow("both venues at the limits") << portfolioOf({cash(kMaxFace), future(-kMaxContracts)});
    QTest::newRow("repo at the limit") << portfolioOf({repo(kMaxFace), future(-kMaxContracts, "ZB")});
    QTest::newRow("limits cancelling") << portfolioOf({cash(kMaxFace), cash(-kMaxFace), future(kMaxContracts),
                                                       future(-kMaxContracts)});
    QTest::newRow("one dollar against the contract limit") << portfolioOf({cash(1.0), future(-kMaxContracts)});
    QTest::newRow("one contract against the face limit") << portfolioOf({cash(kMaxFace), future(-1.0)});
    QTest::newRow("ineligible types at the limits")
        << portfolioOf({ineligible(PositionType::Bill, kMaxFace), ineligible(PositionType::Option, -kMaxContracts),
                        future(kMaxContracts, "SR3")});
    std::vector<Position> many = copies(cash(kMaxFace), kManyPositions);
    const std::vector<Position> hedges = copies(future(-kMaxContracts), kManyPositions);
    many.insert(many.end(), hedges.begin(), hedges.end());
    QTest::newRow("2,000 bonds and 2,000 futures at the limits") << portfolioOf(std::move(many));
}

void TestNumericRobustness::extremePortfoliosGiveFiniteNumbers()
{
    QFETCH(Portfolio, portfolio);
    m_engine->setPortfolio(portfolio);
    MarginResult result = m_engine->result();
    result.positions = m_engine->positionResults(result);

    std::vector<std::pair<std::string, double>> numbers;
    for (const test::ResultNumber& n : test::resultNumbers(result))
        numbers.emplace_back(n.label(), n.value);
    const auto perPosition = positionNumbers(result.positions);
    numbers.insert(numbers.end(), perPosition.begin(), perPosition.end());
    const std::vector<double> incremental = m_engine->incrementalMargins();
    for (std::size_t i = 0; i < incremental.size(); ++i)
        numbers.emplace_back("incremental[" + std::to_string(i) + "]", incremental[i]);
    for (const SweepPoint& point : m_engine->sweep(0, -2.0, 2.0, 5)) {
        const auto swept = summaryNumbers("sweep " + std::to_string(point.scale), point.requirements);
        numbers.insert(numbers.end(), swept.begin(), swept.end());
    }
    for (const HistoryPoint& day : m_engine->history(isoDate("2025-07-01"), isoDate("2025-07-11"))) {
        const auto replayed = summaryNumbers("history " + day.date.toIso(), day.requirements);
        numbers.insert(numbers.end(), replayed.begin(), replayed.end());
    }
    const QByteArray bad = firstNonFinite(numbers);
    QVERIFY2(bad.isEmpty(), bad.constData());

    for (const test::ResultNumber& n : test::resultNumbers(result, false)) {
        if (n.kind == test::NumberKind::Requirement)
            QVERIFY2(n.value >= 0.0, qPrintable(QStringLiteral("%1 = %2").arg(QString::fromStdString(n.label())).arg(n.value)));
    }
    // Savings are what the two totals say, and never more than the duplicated requirement.
    QVERIFY2(std::abs(result.savings - (result.duplicated - result.crossMargined)) <= 1e-9 * result.duplicated + 1e-6,
             qPrintable(QStringLiteral("savings %1, duplicated %2, cross-margined %3")
                            .arg(result.savings).arg(result.duplicated).arg(result.crossMargined)));
    QVERIFY2(result.savingsPct <= 1.0, qPrintable(QString::number(result.savingsPct)));
}

void TestNumericRobustness::manyPositionsInOneCusipAddUp_data()
{
    QTest::addColumn<Position>("position");
    QTest::newRow("bond at the face limit") << cash(kMaxFace);
    QTest::newRow("short futures at the contract limit") << future(-kMaxContracts);
}

// 2,000 copies of a position margin exactly like one position of 2,000 times its quantity
// (beyond the input limit, which the engine itself does not enforce).
void TestNumericRobustness::manyPositionsInOneCusipAddUp()
{
    QFETCH(Position, position);
    m_engine->setPortfolio(portfolioOf(copies(position, kManyPositions)));
    const MarginResult many = m_engine->result();
    Position one = position;
    one.quantity *= kManyPositions;
    m_engine->setPortfolio(portfolioOf({one}));
    const MarginResult single = m_engine->result();
    const std::vector<std::string> differences = test::compareResults(single, many, 1e-9, 1e-3);
    QVERIFY2(differences.empty(), test::joinDifferences(differences).c_str());
}

void TestNumericRobustness::limitsAreTheDocumentedOnes()
{
    QVERIFY(isSensibleQuantity(Venue::Ficc, kMaxFace));
    QVERIFY(isSensibleQuantity(Venue::Ficc, -kMaxFace));
    QVERIFY(!isSensibleQuantity(Venue::Ficc, std::nextafter(kMaxFace, 2 * kMaxFace)));
    QVERIFY(isSensibleQuantity(Venue::Cme, kMaxContracts));
    QVERIFY(!isSensibleQuantity(Venue::Cme, kMaxContracts + 1));
    QVERIFY(!isSensibleQuantity(Venue::Cme, 0.5));
    for (const double bad : {std::nan(""), HUGE_VAL, -HUGE_VAL}) {
        QVERIFY(!isSensibleQuantity(Venue::Ficc, bad));
        QVERIFY(!isSensibleQuantity(Venue::Cme, bad));
    }
}

QTEST_GUILESS_MAIN(TestNumericRobustness)
#include "tst_numeric_robustness.moc"
