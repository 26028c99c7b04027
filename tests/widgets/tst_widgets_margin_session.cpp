// MarginSession (issue #4): every edit is one undo step that updates the engine, the
// document and the result; undo and redo restore every number. Failure messages print the
// portfolio and the results compared.
#include "session_fixture.h"

#include "tests/support/bundled_market.h"
#include "tests/support/random_portfolio.h"
#include "tests/support/result_numbers.h"

#include "core/io/model_parameters_loader.h"
#include "core/io/portfolio_json.h"

#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

#include <functional>

using namespace xm;
using xm::test::demoSession;
using xm::test::describeResult;
using xm::test::quickEntry;

namespace {

// Undo and redo re-add what was subtracted (or rebuild the books): equal up to rounding in
// the last digits (about 1e-16 relative); every figure the user sees is equal.
constexpr double kRelative = 1e-9;
constexpr double kAbsoluteUsd = 1e-6;

QByteArray portfolioOf(const MarginSession& session)
{
    return QByteArray::fromStdString(test::describe(session.document().portfolio));
}

void compareResults(const MarginResult& expected, const MarginResult& actual, const QByteArray& context)
{
    const auto differences = test::compareResults(expected, actual, kRelative, kAbsoluteUsd);
    if (!differences.empty())
        QFAIL((context + "\n" + QByteArray::fromStdString(test::joinDifferences(differences)) + "\nexpected:\n"
               + describeResult(expected) + "actual:\n" + describeResult(actual))
                  .constData());
}

} // namespace

class TestMarginSession final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void demoDocumentLoads();
    void addAssignsFreeIdsAndKeepsTheDocumentInSync();
    void everyEditIsOneUndoStepThatRoundTrips();
    void consecutiveQuantityEditsMerge();
    void removingScatteredRowsUndoesInPlaceWithUnknownKeys();
    void incrementalMarginIsWithMinusWithout();
    void asOfChangeRebuildsAndUndoes();
    void invalidAsOfThrowsAndChangesNothing();
    void renamesMerge();
    void signalsFollowEachEdit();

private:
    std::unique_ptr<MarginSession> m_session;
};

void TestMarginSession::init()
{
    m_session = demoSession();
}

void TestMarginSession::cleanup()
{
    m_session.reset();
}

void TestMarginSession::demoDocumentLoads()
{
    const MarginSession& s = *m_session;
    QCOMPARE(s.positions().size(), 2u);
    QCOMPARE(s.asOf(), test::isoDate("2025-07-11"));
    QCOMPARE(s.result().positions.size(), s.positions().size());
    QVERIFY2(s.result().crossMargined > 0.0 && s.result().savings > 0.0, describeResult(s.result()).constData());
    QVERIFY(s.undoStack()->isClean());
    QCOMPARE(s.undoStack()->count(), 0);
    QCOMPARE(s.frontMonth().toIso(), std::string("2025-09"));
}

void TestMarginSession::addAssignsFreeIdsAndKeepsTheDocumentInSync()
{
    MarginSession& s = *m_session;
    Position taken = quickEntry(s, "ZNU5 -500");
    taken.id = "p1";  // already used: given up
    s.addPositions({taken, quickEntry(s, "91282CLF6 25mm")});
    QCOMPARE(s.undoStack()->count(), 1);
    QCOMPARE(s.positions().size(), 4u);
    QCOMPARE(s.positions()[2].id, std::string("p3"));
    QCOMPARE(s.positions()[3].id, std::string("p4"));
    QCOMPARE(s.result().positions.size(), 4u);
    QCOMPARE(s.result().positions[2].id, std::string("p3"));

    // What saving writes is what the session shows.
    const io::PortfolioDocument reread = io::readPortfolioDocument(io::writePortfolioDocument(s.document()), "saved");
    QVERIFY2(reread.portfolio == s.document().portfolio, portfolioOf(s).constData());
}

void TestMarginSession::everyEditIsOneUndoStepThatRoundTrips()
{
    MarginSession& s = *m_session;
    const std::vector<std::pair<const char*, std::function<void()>>> edits{
        {"quantity of p1 to 60mm", [&] { Position p = s.positions()[0]; p.quantity = 60e6; s.updatePosition(0, p); }},
        {"add ZNU5 -500", [&] { s.addPosition(quickEntry(s, "ZNU5 -500")); }},
        {"add UST 4.25 2034-11-15 +25mm", [&] { s.addPosition(quickEntry(s, "UST 4.25 2034-11-15 +25mm")); }},
        {"unallocate p2", [&] { Position p = s.positions()[1]; p.allocateXM = false; s.updatePosition(1, p); }},
        {"remove rows 0 and 2", [&] { s.removePositions({2, 0}); }},
        {"house account", [&] { Account a = s.account(); a.type = AccountType::House; s.setAccount(a); }},
        {"as of 2025-06-30", [&] { s.setAsOf(test::isoDate("2025-06-30")); }},
    };
    std::vector<MarginResult> states{s.result()};
    std::vector<Portfolio> portfolios{s.document().portfolio};
    for (const auto& [name, edit] : edits) {
        const int before = s.undoStack()->count();
        edit();
        QVERIFY2(s.undoStack()->count() == before + 1, name);
        QCOMPARE(s.result().positions.size(), s.positions().size());
        states.push_back(s.result());
        portfolios.push_back(s.document().portfolio);
    }
    for (auto i = static_cast<int>(edits.size()); i > 0; --i) {
        s.undoStack()->undo();
        const QByteArray context = QByteArray("undo of ") + edits[static_cast<std::size_t>(i - 1)].first + "\n" + portfolioOf(s);
        QVERIFY2(s.document().portfolio == portfolios[static_cast<std::size_t>(i - 1)], context.constData());
        compareResults(states[static_cast<std::size_t>(i - 1)], s.result(), context);
    }
    for (std::size_t i = 1; i <= edits.size(); ++i) {
        s.undoStack()->redo();
        const QByteArray context = QByteArray("redo of ") + edits[i - 1].first + "\n" + portfolioOf(s);
        QVERIFY2(s.document().portfolio == portfolios[i], context.constData());
        compareResults(states[i], s.result(), context);
    }
}

void TestMarginSession::consecutiveQuantityEditsMerge()
{
    MarginSession& s = *m_session;
    const Position original = s.positions()[0];
    for (double quantity : {50e6, 75e6, 80e6}) {
        Position p = s.positions()[0];
        p.quantity = quantity;
        s.updatePosition(0, p);
    }
    QCOMPARE(s.undoStack()->count(), 1);
    QCOMPARE(s.positions()[0].quantity, 80e6);
    s.undoStack()->undo();
    QCOMPARE(s.positions()[0], original);

    // Another row, or another kind of edit, is a step of its own.
    Position p = s.positions()[0];
    p.quantity = 10e6;
    s.updatePosition(0, p);
    Position future = s.positions()[1];
    future.quantity = -5;
    s.updatePosition(1, future);
    future.allocateXM = false;
    s.updatePosition(1, future);
    QCOMPARE(s.undoStack()->count(), 3);

    // Editing back to where the merged step started leaves no step.
    s.undoStack()->clear();
    p.quantity = 20e6;
    s.updatePosition(0, p);
    p.quantity = 10e6;
    s.updatePosition(0, p);
    QCOMPARE(s.undoStack()->count(), 0);
}

void TestMarginSession::removingScatteredRowsUndoesInPlaceWithUnknownKeys()
{
    MarginSession& s = *m_session;
    io::PortfolioDocument document = s.document();
    document.extraPositions["p1"] = QJsonObject{{"book", "rates-1"}};
    s.setDocument(document);
    s.addPositions({quickEntry(s, "ZNZ5 -3"), quickEntry(s, "91282CLF6 10mm")});
    const Portfolio before = s.document().portfolio;
    const MarginResult beforeResult = s.result();
    s.removePositions({0, 2});
    QCOMPARE(s.positions().size(), 2u);
    QCOMPARE(s.positions()[0].id, std::string("p2"));
    QCOMPARE(s.positions()[1].id, std::string("p4"));
    QVERIFY(!s.document().extraPositions.count("p1"));

    s.undoStack()->undo();
    QVERIFY2(s.document().portfolio == before, portfolioOf(s).constData());
    QCOMPARE(s.document().extraPositions.at("p1").value("book").toString(), QStringLiteral("rates-1"));
    compareResults(beforeResult, s.result(), "undo of removing rows 0 and 2\n" + portfolioOf(s));
}

void TestMarginSession::incrementalMarginIsWithMinusWithout()
{
    MarginSession& s = *m_session;
    s.addPosition(quickEntry(s, "ZFU5 200"));
    const std::vector<double> incremental = s.incrementalMargins();
    const double with = s.result().crossMargined;
    QCOMPARE(incremental.size(), s.positions().size());
    for (int row = 0; row < static_cast<int>(s.positions().size()); ++row) {
        s.removePositions({row});
        const double expected = with - s.result().crossMargined;
        s.undoStack()->undo();
        QVERIFY2(std::abs(incremental[static_cast<std::size_t>(row)] - expected) <= 1e-6 * std::max(1.0, std::abs(with)),
                 qPrintable(QStringLiteral("row %1: incremental %2, expected %3\n%4")
                                .arg(row)
                                .arg(incremental[static_cast<std::size_t>(row)], 0, 'f', 2)
                                .arg(expected, 0, 'f', 2)
                                .arg(QString::fromUtf8(portfolioOf(s)))));
    }
}

void TestMarginSession::asOfChangeRebuildsAndUndoes()
{
    MarginSession& s = *m_session;
    const double before = s.result().crossMargined;
    s.setAsOf(test::isoDate("2024-07-11"));
    QCOMPARE(s.asOf(), test::isoDate("2024-07-11"));
    QCOMPARE(s.document().portfolio.asOf, test::isoDate("2024-07-11"));
    QCOMPARE(s.result().asOf, test::isoDate("2024-07-11"));
    QVERIFY2(s.result().crossMargined != before, describeResult(s.result()).constData());
    s.undoStack()->undo();
    QCOMPARE(s.asOf(), test::isoDate("2025-07-11"));
    QCOMPARE(s.result().crossMargined, before);

    ModelParameters parameters = s.parameters();
    parameters.xm.cap = 0.5;
    s.setParameters(parameters);
    QCOMPARE(s.result().cap, 0.5);
    s.undoStack()->undo();
    QCOMPARE(s.result().cap, 0.8);
}

void TestMarginSession::invalidAsOfThrowsAndChangesNothing()
{
    MarginSession& s = *m_session;
    const Date before = s.asOf();
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, s.setAsOf(test::isoDate("1900-01-02")));
    QCOMPARE(s.asOf(), before);
    QCOMPARE(s.undoStack()->count(), 0);
}

void TestMarginSession::renamesMerge()
{
    MarginSession& s = *m_session;
    const std::string original = s.document().portfolio.name;
    s.setName("Basis");
    s.setName("Basis trade, 5y");
    QCOMPARE(s.undoStack()->count(), 1);
    QCOMPARE(s.document().portfolio.name, std::string("Basis trade, 5y"));
    s.undoStack()->undo();
    QCOMPARE(s.document().portfolio.name, original);
}

void TestMarginSession::signalsFollowEachEdit()
{
    MarginSession& s = *m_session;
    QSignalSpy inserted(&s, &MarginSession::positionsInserted);
    QSignalSpy aboutToRemove(&s, &MarginSession::positionsAboutToBeRemoved);
    QSignalSpy removed(&s, &MarginSession::positionsRemoved);
    QSignalSpy changed(&s, &MarginSession::positionChanged);
    QSignalSpy result(&s, &MarginSession::resultChanged);
    QSignalSpy document(&s, &MarginSession::documentChanged);

    s.addPosition(quickEntry(s, "ZNU5 -500"));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.front(), (QList<QVariant>{2, 2}));
    Position p = s.positions()[2];
    p.quantity = -400;
    s.updatePosition(2, p);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.front().front().toInt(), 2);
    s.removePositions({2});
    QCOMPARE(aboutToRemove.count(), 1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(result.count(), 3);
    QVERIFY(document.count() >= 3);
}

QTEST_GUILESS_MAIN(TestMarginSession)
#include "tst_widgets_margin_session.moc"
