// MARGIN_MODEL.md §6 invariants on seeded random portfolios (issue #3 item 10). Every portfolio
// is RandomPortfolioGenerator(bundledUniverse(data, 2025-07-11), seed).portfolio(options): a
// failure prints the seed, the options and the portfolio so it can be replayed.
#include "core/io/model_parameters_loader.h"
#include "core/portfolio/margin_engine.h"
#include "tests/support/bundled_market.h"
#include "tests/support/random_portfolio.h"
#include "tests/support/result_numbers.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>

using namespace xm;
using xm::test::bundledMarket;
using xm::test::describe;
using xm::test::isoDate;

namespace {

// Portfolios per property on the default (SPAN) model; HVaR, which only changes CME's model,
// and the variants of a property get a quarter as many.
constexpr std::uint32_t kPortfolios = 1000;
constexpr std::uint32_t kFewerPortfolios = kPortfolios / 4;
// Positive homogeneity and shuffles: sums in another order or of doubled terms.
constexpr double kRelative = 1e-9;
constexpr double kAbsoluteUsd = 1e-6;

// How a random portfolio was drawn, for failure messages.
QByteArray drawn(std::uint32_t seed, const test::RandomPortfolioOptions& o, const Portfolio& p)
{
    return QByteArray("seed ") + QByteArray::number(seed) + " (positions " + QByteArray::number(o.minPositions)
           + ".." + QByteArray::number(o.maxPositions) + (o.eligibleOnly ? ", eligible only" : "") + ")\n"
           + QByteArray::fromStdString(describe(p));
}

bool containsWarning(const MarginResult& r, const std::string& text)
{
    return std::any_of(r.warnings.begin(), r.warnings.end(),
                       [&](const std::string& warning) { return warning.find(text) != std::string::npos; });
}

const std::string kCostsMoreWarning = "Cross-margining costs more than margining separately here";

} // namespace

// QVERIFY2 builds its message even when the check passes; these loops check thousands of
// numbers, so the message (with the whole portfolio) is built only on failure.
#define CHECK(condition, message)                                                                                      \
    do {                                                                                                               \
        if (!(condition))                                                                                              \
            QFAIL(QByteArray(message).constData());                                                                    \
    } while (false)

Q_DECLARE_METATYPE(Portfolio)

class TestMarginInvariants final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void everyNumberFiniteAndRequirementsNonNegative_data() { cmeModels(); }
    void everyNumberFiniteAndRequirementsNonNegative();
    void eligiblePortfolioBetweenCapFloorAndDuplicated_data() { cmeModels(); }
    void eligiblePortfolioBetweenCapFloorAndDuplicated();
    void reductionFactorsFollowTheirReading_data() { cmeModels(); }
    void reductionFactorsFollowTheirReading();
    void totalsAndSavingsAddUp_data();
    void totalsAndSavingsAddUp();
    void ineligibleAccountSavesNothing_data() { cmeModels(); }
    void ineligibleAccountSavesNothing();
    void zeroPortfolioIsZeroEverywhere_data();
    void zeroPortfolioIsZeroEverywhere();
    void positivelyHomogeneousWithoutAddOns_data();
    void positivelyHomogeneousWithoutAddOns();
    void orderOfPositionsDoesNotMatter_data() { cmeModels(); }
    void orderOfPositionsDoesNotMatter();
    void ineligibleHedgeCanCostMoreThanDuplicated_data();
    void ineligibleHedgeCanCostMoreThanDuplicated();

private:
    struct Setup {
        XmRule rule = XmRule::Min;
        CmeModel cme = CmeModel::Span;
        bool addOns = true;  // false: MLA off and every constant add-on 0
        friend auto operator<=>(const Setup&, const Setup&) = default;
    };
    // One engine per parameter set, reused through setPortfolio.
    MarginEngine& engine(const Setup& setup);
    // Rows "SPAN" (kPortfolios) and "HVaR" (kFewerPortfolios) on the min rule: every result
    // carries all four readings, which the tests check side by side.
    void cmeModels();
    MarginEngine& currentEngine();
    std::uint32_t currentCount() const;

    ModelParameters m_bundled;
    Date m_asOf;
    test::PortfolioUniverse m_universe;
    std::map<Setup, std::unique_ptr<MarginEngine>> m_engines;
};

Q_DECLARE_METATYPE(XmRule)
Q_DECLARE_METATYPE(CmeModel)

void TestMarginInvariants::initTestCase()
{
    m_bundled = io::loadBundledModelParameters();
    m_asOf = isoDate("2025-07-11");
    m_universe = test::bundledUniverse(bundledMarket(), m_asOf);
    QVERIFY(m_universe.securities.size() > 100);
}

MarginEngine& TestMarginInvariants::engine(const Setup& setup)
{
    auto& slot = m_engines[setup];
    if (!slot) {
        ModelParameters p = m_bundled;
        p.xm.rule = setup.rule;
        p.cme.model = setup.cme;
        if (setup.addOns) {
            // Non-zero constants so the add-on lines take part in every identity.
            p.ficc.backtestingCharge = 12'500.0;
            p.ficc.holidayCharge = 7'000.0;
            p.ficc.specialCharge = 3'250.0;
        } else {
            p.ficc.mlaEnabled = false;
            p.ficc.backtestingCharge = p.ficc.holidayCharge = p.ficc.specialCharge = 0.0;
        }
        slot = std::make_unique<MarginEngine>(bundledMarket(), std::move(p), m_asOf);
    }
    return *slot;
}

void TestMarginInvariants::cmeModels()
{
    QTest::addColumn<CmeModel>("cmeModel");
    QTest::addColumn<std::uint32_t>("portfolios");
    QTest::newRow("SPAN") << CmeModel::Span << kPortfolios;
    QTest::newRow("HVaR") << CmeModel::HVaR << kFewerPortfolios;
}

MarginEngine& TestMarginInvariants::currentEngine()
{
    QFETCH(CmeModel, cmeModel);
    return engine({XmRule::Min, cmeModel, true});
}

std::uint32_t TestMarginInvariants::currentCount() const
{
    QFETCH(std::uint32_t, portfolios);
    return portfolios;
}

void TestMarginInvariants::everyNumberFiniteAndRequirementsNonNegative()
{
    MarginEngine& e = currentEngine();
    const std::uint32_t count = currentCount();
    const test::RandomPortfolioOptions options{1, 30, false};
    for (std::uint32_t seed = 0; seed < count; ++seed) {
        const Portfolio p = test::RandomPortfolioGenerator(m_universe, seed).portfolio(options);
        e.setPortfolio(p);
        const MarginResult r = e.result();
        for (const auto& n : test::resultNumbers(r)) {
            CHECK(std::isfinite(n.value),
                  QByteArray::fromStdString(n.label()) + " is " + QByteArray::number(n.value) + " for "
                      + drawn(seed, options, p));
            CHECK(n.kind != test::NumberKind::Requirement || n.value >= 0.0,
                  QByteArray::fromStdString(n.label()) + " is negative: " + QByteArray::number(n.value, 'g', 17)
                      + " for " + drawn(seed, options, p));
        }
    }
}

void TestMarginInvariants::eligiblePortfolioBetweenCapFloorAndDuplicated()
{
    MarginEngine& e = currentEngine();
    const std::uint32_t count = currentCount();
    const test::RandomPortfolioOptions options{1, 30, true};
    for (std::uint32_t seed = 0; seed < count; ++seed) {
        const Portfolio p = test::RandomPortfolioGenerator(m_universe, seed).portfolio(options);
        e.setPortfolio(p);
        const MarginResult r = e.result();
        CHECK(r.account.eligible, drawn(seed, options, p));
        for (const auto& pr : e.positionResults(r)) {
            CHECK(pr.error.empty() && (pr.book == Book::FiccXm || pr.book == Book::CmeXm),
                  QByteArray::fromStdString("position " + pr.id + " (" + pr.description.text + ") is in the "
                                            + std::string(toString(pr.book)) + " " + pr.error + " for ")
                      + drawn(seed, options, p));
        }
        // Every reading: XM = its requirement + add-ons (no regular account here).
        const double sFsC = r.reduction.sF + r.reduction.sC;
        for (const XmReading& reading : r.readings) {
            const double xm = reading.requirement + r.ficcAddOns.total();
            const auto numbers = [&] {
                return "reading " + QByteArray(toString(reading.rule).data()) + ": XM " + QByteArray::number(xm, 'f', 4)
                       + ", duplicated " + QByteArray::number(r.duplicated, 'f', 4) + ", S_F + S_C "
                       + QByteArray::number(sFsC, 'f', 4) + ", cap " + QByteArray::number(r.cap) + " for ";
            };
            CHECK(xm <= r.duplicated * (1.0 + 1e-6), "XM above duplicated, " + numbers() + drawn(seed, options, p));
            CHECK(xm >= (1.0 - r.cap) * sFsC - kAbsoluteUsd,
                  "XM below (1 - cap)(S_F + S_C), " + numbers() + drawn(seed, options, p));
        }
        CHECK(r.crossMargined <= r.duplicated * (1.0 + 1e-6) && r.savings >= -1e-6 * r.duplicated,
              "applied XM " + QByteArray::number(r.crossMargined, 'f', 4) + " above duplicated "
                  + QByteArray::number(r.duplicated, 'f', 4) + " for " + drawn(seed, options, p));
        CHECK(!containsWarning(r, kCostsMoreWarning), "costs-more note on a saving portfolio: " + drawn(seed, options, p));
    }
}

void TestMarginInvariants::reductionFactorsFollowTheirReading()
{
    MarginEngine& e = currentEngine();
    const std::uint32_t count = currentCount();
    const test::RandomPortfolioOptions options{1, 30, false};
    const auto clamp = [&](double r) { return std::clamp(r, 0.0, e.parameters().xm.cap); };
    for (std::uint32_t seed = 0; seed < count; ++seed) {
        const Portfolio p = test::RandomPortfolioGenerator(m_universe, seed).portfolio(options);
        e.setPortfolio(p);
        const MarginResult r = e.result();
        const ReductionInputs& in = r.reduction;
        const auto where = [&](const XmReading& reading, const char* what) {
            return QByteArray(what) + " under reading " + QByteArray(toString(reading.rule).data()) + ": F "
                   + QByteArray::number(reading.ficcReduction, 'g', 17) + ", C "
                   + QByteArray::number(reading.cmeReduction, 'g', 17) + ", rF " + QByteArray::number(r.rF, 'g', 17)
                   + ", rC " + QByteArray::number(r.rC, 'g', 17) + " for " + drawn(seed, options, p);
        };
        QCOMPARE(r.readings.size(), std::size_t(4));
        QCOMPARE(r.cap, 0.80);
        for (const XmReading& reading : r.readings) {
            CHECK(reading.ficcReduction >= 0.0 && reading.ficcReduction <= r.cap,
                  where(reading, "FICC factor outside [0, cap]"));
            CHECK(reading.cmeReduction >= 0.0 && reading.cmeReduction <= r.cap,
                  where(reading, "CME factor outside [0, cap]"));
            const double requirement = (1.0 - reading.ficcReduction) * in.sF + (1.0 - reading.cmeReduction) * in.sC;
            CHECK(std::abs(reading.requirement - requirement) <= kRelative * requirement + kAbsoluteUsd,
                  where(reading, "requirement is not (1 - r_F') S_F + (1 - r_C') S_C"));
            double expectedF = 0.0, expectedC = 0.0;
            switch (reading.rule) {
            case XmRule::Min:
                expectedF = expectedC = clamp(std::min(r.rF, r.rC));
                break;
            case XmRule::Each:
                expectedF = clamp(r.rF);
                expectedC = clamp(r.rC);
                break;
            case XmRule::OnePot:
                expectedF = expectedC = in.sF + in.sC > 0.0 ? clamp(1.0 - in.xF / (in.sF + in.sC)) : 0.0;
                break;
            case XmRule::Legacy:
                expectedF = expectedC = reading.ficcReduction;  // worked by hand in tst_cross_margin
                QCOMPARE(reading.cmeReduction, reading.ficcReduction);
                break;
            }
            CHECK(reading.ficcReduction == expectedF && reading.cmeReduction == expectedC,
                  where(reading, "factor is not the clamped reading"));
        }
        QCOMPARE(r.rF, in.sF + in.sFPrime > 0.0 ? 1.0 - in.xF / (in.sF + in.sFPrime) : 0.0);
        QCOMPARE(r.rC, in.sC + in.sCPrime > 0.0 ? 1.0 - in.xC / (in.sC + in.sCPrime) : 0.0);
    }
}

void TestMarginInvariants::totalsAndSavingsAddUp_data()
{
    QTest::addColumn<XmRule>("rule");
    QTest::addColumn<CmeModel>("cmeModel");
    QTest::newRow("min, SPAN") << XmRule::Min << CmeModel::Span;
    QTest::newRow("each, SPAN") << XmRule::Each << CmeModel::Span;
    QTest::newRow("one pot, SPAN") << XmRule::OnePot << CmeModel::Span;
    QTest::newRow("legacy, SPAN") << XmRule::Legacy << CmeModel::Span;
    QTest::newRow("min, HVaR") << XmRule::Min << CmeModel::HVaR;
}

void TestMarginInvariants::totalsAndSavingsAddUp()
{
    QFETCH(XmRule, rule);
    QFETCH(CmeModel, cmeModel);
    MarginEngine& e = engine({rule, cmeModel, true});
    const test::RandomPortfolioOptions options{1, 30, false};
    // A quarter of the portfolios per configured rule: only the applied reading differs.
    for (std::uint32_t seed = 0; seed < kFewerPortfolios; ++seed) {
        const Portfolio p = test::RandomPortfolioGenerator(m_universe, seed).portfolio(options);
        e.setPortfolio(p);
        const MarginResult r = e.result();
        const XmReading& configured = r.readings.at(static_cast<std::size_t>(rule));
        QVERIFY(r.applied.rule == rule && configured.rule == rule);
        QCOMPARE(r.applied.ficcReduction, configured.ficcReduction);
        QCOMPARE(r.applied.cmeReduction, configured.cmeReduction);
        QCOMPARE(r.applied.requirement, configured.requirement);
        const auto near = [](double a, double b) { return std::abs(a - b) <= kRelative * std::abs(b) + kAbsoluteUsd; };
        const auto check = [&](bool ok, const char* identity, double lhs, double rhs) {
            return ok ? QByteArray()
                      : QByteArray(identity) + ": " + QByteArray::number(lhs, 'f', 6) + " vs "
                            + QByteArray::number(rhs, 'f', 6) + " for " + drawn(seed, options, p);
        };
        const double addOns = r.ficcAddOns.total();
        QByteArray failure;
        const auto verify = [&](const char* identity, double lhs, double rhs) {
            if (failure.isEmpty())
                failure = check(near(lhs, rhs), identity, lhs, rhs);
        };
        verify("ficcStandalone = ficcAll.varCharge + add-ons", r.ficcStandalone, r.ficcAll.varCharge + addOns);
        verify("cmeStandalone = cmeAll.initial", r.cmeStandalone, r.cmeAll.initial);
        verify("duplicated = FICC + CME standalone", r.duplicated, r.ficcStandalone + r.cmeStandalone);
        verify("FICC XM = (1 - r_F') S_F + add-ons + FICC regular", r.ficcCrossMargined,
               (1.0 - r.applied.ficcReduction) * r.reduction.sF + addOns + r.ficcRegular);
        verify("CME XM = (1 - r_C') S_C + CME regular", r.cmeCrossMargined,
               (1.0 - r.applied.cmeReduction) * r.reduction.sC + r.cmeRegular);
        verify("XM = applied requirement + add-ons + regular accounts", r.crossMargined,
               r.applied.requirement + addOns + r.ficcRegular + r.cmeRegular);
        verify("savings = duplicated - XM", r.savings, r.duplicated - r.crossMargined);
        verify("savingsPct = savings / duplicated", r.savingsPct, r.duplicated > 0.0 ? r.savings / r.duplicated : 0.0);
        verify("S_F = ficcLeg.varCharge", r.reduction.sF, r.ficcLeg.varCharge);
        verify("S_C = cmeLeg.initial", r.reduction.sC, r.cmeLeg.initial);
        for (const FiccMargin* m : {&r.ficcAll, &r.ficcLeg, &r.ficcFuturesLeg, &r.ficcCombined})
            verify("varCharge = max(VaR + haircut, floor)", m->varCharge, std::max(m->var + m->haircut, m->floor));
        for (const CmeMargin* m : {&r.cmeAll, &r.cmeLeg, &r.cmeCashLeg, &r.cmeCombined}) {
            const double maintenance = m->model == CmeModel::Span ? std::max(0.0, m->scan + m->intraSpread - m->interCredit)
                                                                  : m->hvar;
            verify("maintenance = max(0, scan + intra - credits) (SPAN) or HVaR", m->maintenance, maintenance);
            const double multiplier = p.account.riskProfile == RiskProfile::Hrp ? 1.10 : 1.0;
            verify("initial = maintenance x (1.10 HRP | 1.00)", m->initial, m->maintenance * multiplier);
        }
        CHECK(failure.isEmpty(), failure);
        CHECK(containsWarning(r, kCostsMoreWarning) == (r.savings < 0.0),
              "costs-more note does not match the sign of savings for " + drawn(seed, options, p));
    }
}

void TestMarginInvariants::ineligibleAccountSavesNothing()
{
    MarginEngine& e = currentEngine();
    const std::uint32_t count = currentCount();
    const test::RandomPortfolioOptions options{1, 30, false};
    int ineligible = 0;
    for (std::uint32_t seed = 0; seed < count; ++seed) {
        const Portfolio p = test::RandomPortfolioGenerator(m_universe, seed).portfolio(options);
        e.setPortfolio(p);
        const MarginResult r = e.result();
        if (r.account.eligible)
            continue;
        ++ineligible;
        CHECK(std::abs(r.savings) <= kRelative * r.duplicated + kAbsoluteUsd && r.reduction.sF == 0.0
                  && r.reduction.sC == 0.0,
              "savings " + QByteArray::number(r.savings) + " on an ineligible account for " + drawn(seed, options, p));
        CHECK(containsWarning(r, "The account is not eligible for cross-margining"),
              "no ineligible-account note for " + drawn(seed, options, p));
    }
    QVERIFY2(ineligible > int(count / 4), "the generator draws ineligible accounts too");
}

void TestMarginInvariants::zeroPortfolioIsZeroEverywhere_data()
{
    QTest::addColumn<CmeModel>("cmeModel");
    QTest::addColumn<bool>("empty");
    for (bool empty : {true, false}) {
        const char* what = empty ? "no positions" : "zero quantities";
        QTest::addRow("%s, SPAN", what) << CmeModel::Span << empty;
        QTest::addRow("%s, HVaR", what) << CmeModel::HVaR << empty;
    }
}

void TestMarginInvariants::zeroPortfolioIsZeroEverywhere()
{
    QFETCH(CmeModel, cmeModel);
    QFETCH(bool, empty);
    MarginEngine& e = engine({XmRule::Min, cmeModel, false});
    const test::RandomPortfolioOptions options{1, 30, false};
    for (std::uint32_t seed = 0; seed < (empty ? 1u : 200u); ++seed) {
        Portfolio p = test::RandomPortfolioGenerator(m_universe, seed).portfolio(options);
        if (empty)
            p.positions.clear();
        for (auto& position : p.positions)
            position.quantity = 0.0;
        e.setPortfolio(p);
        for (const auto& n : test::resultNumbers(e.result())) {
            if (n.name == "cap")
                continue;
            CHECK(n.value == 0.0, QByteArray::fromStdString(n.label()) + " = " + QByteArray::number(n.value, 'g', 17)
                                      + " for " + drawn(seed, options, p));
        }
        for (double m : e.incrementalMargins())
            QCOMPARE(m, 0.0);
    }
}

void TestMarginInvariants::positivelyHomogeneousWithoutAddOns_data()
{
    QTest::addColumn<CmeModel>("cmeModel");
    QTest::addColumn<double>("factor");
    QTest::addColumn<std::uint32_t>("portfolios");
    QTest::newRow("2x, SPAN") << CmeModel::Span << 2.0 << kPortfolios;
    QTest::newRow("2x, HVaR") << CmeModel::HVaR << 2.0 << kFewerPortfolios;
    QTest::newRow("0.37x, SPAN") << CmeModel::Span << 0.37 << kFewerPortfolios;
}

void TestMarginInvariants::positivelyHomogeneousWithoutAddOns()
{
    QFETCH(CmeModel, cmeModel);
    QFETCH(double, factor);
    QFETCH(std::uint32_t, portfolios);
    // Every reading's requirement is among the numbers compared, so one rule covers all four.
    MarginEngine& e = engine({XmRule::Min, cmeModel, false});
    const test::RandomPortfolioOptions options{1, 30, false};
    for (std::uint32_t seed = 0; seed < portfolios; ++seed) {
        const Portfolio p = test::RandomPortfolioGenerator(m_universe, seed).portfolio(options);
        Portfolio scaled = p;
        for (auto& position : scaled.positions)
            position.quantity *= factor;
        e.setPortfolio(p);
        const MarginResult base = e.result();
        e.setPortfolio(scaled);
        const auto differences = test::compareResults(base, e.result(), kRelative, kAbsoluteUsd, factor);
        CHECK(differences.empty(), "scaling every quantity by " + QByteArray::number(factor) + " for "
                                       + drawn(seed, options, p) + "\nchanged:"
                                       + QByteArray::fromStdString(test::joinDifferences(differences)));
    }
}

void TestMarginInvariants::orderOfPositionsDoesNotMatter()
{
    MarginEngine& e = currentEngine();
    const std::uint32_t count = currentCount();
    const test::RandomPortfolioOptions options{2, 40, false};
    for (std::uint32_t seed = 0; seed < count; ++seed) {
        test::RandomPortfolioGenerator generator(m_universe, seed);
        const Portfolio p = generator.portfolio(options);
        Portfolio shuffled = p;
        std::shuffle(shuffled.positions.begin(), shuffled.positions.end(), generator.engine());
        e.setPortfolio(p);
        const MarginResult base = e.result();
        e.setPortfolio(shuffled);
        const auto differences = test::compareResults(base, e.result(), kRelative, kAbsoluteUsd);
        CHECK(differences.empty(), "shuffling the positions of " + drawn(seed, options, p) + "\nchanged:"
                                       + QByteArray::fromStdString(test::joinDifferences(differences)));
    }
}

void TestMarginInvariants::ineligibleHedgeCanCostMoreThanDuplicated_data()
{
    QTest::addColumn<Portfolio>("portfolio");
    QTest::addColumn<QString>("hedgeId");
    QTest::addColumn<QString>("reason");

    Position note;
    note.id = "ust10y";
    note.cusip = "91282CLW9";  // 4.25% 2034-11-15, eligible
    note.quantity = 100e6;
    Position zn;
    zn.id = "zn";
    zn.venue = Venue::Cme;
    zn.type = PositionType::Future;
    zn.symbol = "ZN";
    zn.month = ContractMonth{2025, 9};
    zn.quantity = 1000;

    Portfolio house;
    house.account.type = AccountType::House;
    house.account.firm = {true, true, true, true};

    // Long an eligible note at FICC, short a TIPS of similar maturity (ineligible, regular account).
    Position tips;
    tips.id = "tips";
    tips.type = PositionType::Tips;
    tips.couponPct = 2.125;
    tips.maturity = isoDate("2035-01-15");
    tips.quantity = -100e6;
    Portfolio tipsHedge = house;
    tipsHedge.positions = {note, tips};
    QTest::newRow("long note, short TIPS") << tipsHedge << "tips" << "TIPS are excluded";

    // A customer of an eligible BD-FCM: long ZN futures (allocated), short calls on them (ineligible).
    Position calls;
    calls.id = "ozn";
    calls.venue = Venue::Cme;
    calls.type = PositionType::Option;
    calls.symbol = "OZN";
    calls.month = ContractMonth{2025, 9};
    calls.quantity = -2000;  // delta 0.5: -1000 futures-equivalents
    Portfolio optionHedge;
    optionHedge.account.type = AccountType::Customer;
    optionHedge.account.firm = {true, true, true, true};
    optionHedge.account.optIn = true;
    optionHedge.positions = {zn, calls};
    QTest::newRow("customer: long ZN, short OZN calls") << optionHedge << "ozn" << "Options";

    // Futures the member chose not to allocate hedge allocated ones.
    Position unallocated = zn;
    unallocated.id = "zn-regular";
    unallocated.quantity = -1000;
    unallocated.allocateXM = false;
    Portfolio allocation = house;
    allocation.positions = {zn, unallocated};
    QTest::newRow("allocated vs unallocated ZN") << allocation << "zn-regular" << "";
}

void TestMarginInvariants::ineligibleHedgeCanCostMoreThanDuplicated()
{
    QFETCH(Portfolio, portfolio);
    QFETCH(QString, hedgeId);
    QFETCH(QString, reason);
    MarginEngine& e = engine({XmRule::Min, CmeModel::Span, true});
    e.setPortfolio(portfolio);
    const MarginResult r = e.result();
    const QByteArray numbers = "XM " + QByteArray::number(r.crossMargined, 'f', 2) + ", duplicated "
                               + QByteArray::number(r.duplicated, 'f', 2) + "\n" + describe(portfolio).c_str();
    QVERIFY(r.account.eligible);
    QVERIFY2(r.crossMargined > r.duplicated * 1.5, numbers.constData());
    QVERIFY2(r.savings < 0.0 && r.savingsPct < 0.0, numbers.constData());
    QVERIFY2(containsWarning(r, kCostsMoreWarning), numbers.constData());

    // The hedge sits in the regular account, and its position result says why.
    for (const auto& pr : e.positionResults(r)) {
        if (QString::fromStdString(pr.id) != hedgeId)
            continue;
        QVERIFY(pr.book == Book::FiccRegular || pr.book == Book::CmeRegular);
        QCOMPARE(pr.eligibility.eligible, reason.isEmpty());
        QVERIFY2(QString::fromStdString(pr.eligibility.reason()).contains(reason), pr.eligibility.reason().c_str());
    }
    QVERIFY(r.ficcRegular + r.cmeRegular > 0.0);
}

QTEST_GUILESS_MAIN(TestMarginInvariants)
#include "tst_margin_invariants.moc"
