// PortfolioTableModel (issue #4): QAbstractItemModelTester through every kind of session
// change, grouping by venue, validated editing, and the deferred incremental margins.
#include "session_fixture.h"

#include "core/io/bundled_portfolios.h"
#include "widgets/portfolio_table_model.h"

#include <QAbstractItemModelTester>
#include <QUndoStack>
#include <QtTest>

using namespace xm;
using xm::test::demoSession;
using xm::test::quickEntry;

namespace {

// The model's rows as "venue instrument quantity", for failure messages.
QByteArray rowsOf(const PortfolioTableModel& model)
{
    QByteArray text;
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto cell = [&](int column) { return model.index(row, column).data(Qt::EditRole).toString(); };
        text += QByteArray::number(row) + ": " + (model.index(row, 0).data(PortfolioTableModel::VenueRole).toInt() ? "CME " : "FICC ")
                + model.index(row, PortfolioTableModel::InstrumentColumn).data().toString().toUtf8() + " "
                + cell(PortfolioTableModel::QuantityColumn).toUtf8() + "\n";
    }
    return text;
}

void verifyGrouped(const PortfolioTableModel& model)
{
    int previousVenue = 0;
    int previousPosition = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        const int venue = model.index(row, 0).data(PortfolioTableModel::VenueRole).toInt();
        const int position = model.positionRow(row);
        QVERIFY2(venue > previousVenue || (venue == previousVenue && position > previousPosition),
                 qPrintable(QStringLiteral("row %1 out of order\n%2").arg(row).arg(QString::fromUtf8(rowsOf(model)))));
        QCOMPARE(model.rowOfPosition(position), row);
        previousVenue = venue;
        previousPosition = position;
    }
}

} // namespace

class TestPortfolioModel final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void testerFollowsEveryChange();
    void rowsAreGroupedByVenue();
    void showsThePositionsAndTheirResults();
    void quantityEditsValidate();
    void instrumentEditsValidate();
    void allocationCheckboxOnCmeRowsOnly();
    void incrementalMarginsWaitForAPauseAboveTheLimit();

private:
    std::unique_ptr<MarginSession> m_session;
    std::unique_ptr<PortfolioTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestPortfolioModel::init()
{
    m_session = demoSession();
    m_model = std::make_unique<PortfolioTableModel>(*m_session);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestPortfolioModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_session.reset();
}

void TestPortfolioModel::testerFollowsEveryChange()
{
    MarginSession& s = *m_session;
    PortfolioTableModel& model = *m_model;
    s.addPositions({quickEntry(s, "ZFU5 40"), quickEntry(s, "91282CLF6 -10mm"), quickEntry(s, "ZNZ5 -2"),
                    quickEntry(s, "UST 4.25 2034-11-15 +25mm")});
    verifyGrouped(model);
    QVERIFY(model.setData(model.index(model.rowOfPosition(3), PortfolioTableModel::QuantityColumn), "-20mm"));
    QVERIFY(model.setData(model.index(model.rowOfPosition(2), PortfolioTableModel::AllocateColumn), Qt::Unchecked,
                          Qt::CheckStateRole));
    s.removePositions({0, 3, 4});
    verifyGrouped(model);
    while (s.undoStack()->canUndo()) {
        s.undoStack()->undo();
        verifyGrouped(model);
    }
    while (s.undoStack()->canRedo()) {
        s.undoStack()->redo();
        verifyGrouped(model);
    }
    // A position that changes venue moves to the other group.
    s.updatePosition(0, quickEntry(s, "ZBU5 7"));
    verifyGrouped(model);
    s.setDocument(io::loadBundledPortfolio("curve_trade_2s10s.xmargin"));
    verifyGrouped(model);
    QCOMPARE(model.rowCount(), static_cast<int>(s.positions().size()));
}

void TestPortfolioModel::rowsAreGroupedByVenue()
{
    MarginSession& s = *m_session;
    s.addPositions({quickEntry(s, "ZNU5 -5"), quickEntry(s, "91282CLF6 20mm")});
    const PortfolioTableModel& model = *m_model;
    QCOMPARE(model.rowCount(), 4);
    verifyGrouped(model);
    // Session rows p1 FICC, p2 CME, p3 CME, p4 FICC -> FICC p1, p4 then CME p2, p3.
    QCOMPARE(model.positionRow(0), 0);
    QCOMPARE(model.positionRow(1), 3);
    QCOMPARE(model.positionRow(2), 1);
    QCOMPARE(model.positionRow(3), 2);
    QCOMPARE(model.index(0, PortfolioTableModel::VenueColumn).data().toString(), QStringLiteral("FICC"));
    QCOMPARE(model.index(1, PortfolioTableModel::VenueColumn).data().toString(), QStringLiteral("FICC"));
    QCOMPARE(model.index(2, PortfolioTableModel::VenueColumn).data().toString(), QStringLiteral("CME"));
}

void TestPortfolioModel::showsThePositionsAndTheirResults()
{
    const PortfolioTableModel& model = *m_model;
    const MarginResult& r = m_session->result();
    const auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(text(0, PortfolioTableModel::InstrumentColumn), QStringLiteral("91282CLF6"));
    QCOMPARE(text(0, PortfolioTableModel::TypeColumn), QStringLiteral("Cash"));
    QCOMPARE(text(0, PortfolioTableModel::QuantityColumn), QStringLiteral("100,000,000"));
    QCOMPARE(text(1, PortfolioTableModel::InstrumentColumn), QStringLiteral("ZNU5"));
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(text(1, PortfolioTableModel::QuantityColumn), us.toString(m_session->positions()[1].quantity, 'f', 0));
    QCOMPARE(text(0, PortfolioTableModel::EligibleColumn), QStringLiteral("✓"));
    QVERIFY2(r.positions[0].dv01 > 50000.0, test::describeResult(r).constData());
    QCOMPARE(text(0, PortfolioTableModel::Dv01Column), us.toString(std::round(r.positions[0].dv01), 'f', 0));
    QCOMPARE(model.index(0, PortfolioTableModel::InstrumentColumn).data(Qt::ToolTipRole).toString(),
             QString::fromStdString(r.positions[0].description));
    QVERIFY(!text(0, PortfolioTableModel::IncrementalColumn).isEmpty());
    QVERIFY(model.incrementalReady());

    // An ineligible product says why.
    m_session->addPosition(quickEntry(*m_session, "BILL 2025-12-26 10mm"));
    const int bill = m_model->rowOfPosition(2);
    QCOMPARE(text(bill, PortfolioTableModel::EligibleColumn), QStringLiteral("✗"));
    const QString reason = model.index(bill, PortfolioTableModel::EligibleColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(reason.startsWith(QStringLiteral("Not eligible: ")), qPrintable(reason));
}

void TestPortfolioModel::quantityEditsValidate()
{
    MarginSession& s = *m_session;
    PortfolioTableModel& model = *m_model;
    const QModelIndex cash = model.index(0, PortfolioTableModel::QuantityColumn);
    const QModelIndex future = model.index(1, PortfolioTableModel::QuantityColumn);
    QVERIFY(model.flags(cash) & Qt::ItemIsEditable);
    const double before = s.result().crossMargined;
    QVERIFY(model.setData(cash, "1.5bn"));
    QCOMPARE(s.positions()[0].quantity, 1.5e9);
    QVERIFY(model.setData(cash, "25,000,000"));
    QCOMPARE(s.positions()[0].quantity, 25e6);
    QVERIFY2(s.result().crossMargined != before, test::describeResult(s.result()).constData());
    QCOMPARE(s.undoStack()->count(), 1);  // consecutive edits of one cell merge

    const int steps = s.undoStack()->count();
    for (const char* bad : {"abc", "", "12x", "1e9"})
        QVERIFY2(!model.setData(cash, bad), bad);
    QVERIFY2(!model.setData(future, "1.5"), "fractional contracts");
    QVERIFY(model.setData(future, "-950"));
    QCOMPARE(s.positions()[1].quantity, -950.0);
    QCOMPARE(s.undoStack()->count(), steps + 1);
}

void TestPortfolioModel::instrumentEditsValidate()
{
    MarginSession& s = *m_session;
    PortfolioTableModel& model = *m_model;
    const QModelIndex cash = model.index(0, PortfolioTableModel::InstrumentColumn);
    const QModelIndex future = model.index(1, PortfolioTableModel::InstrumentColumn);
    QVERIFY(model.setData(future, "ZNZ5"));
    QCOMPARE(s.positions()[1].month->toIso(), std::string("2025-12"));
    QVERIFY(model.setData(future, "zf 2025-09"));
    QCOMPARE(s.positions()[1].symbol, std::string("ZF"));
    QVERIFY(model.setData(cash, "4.25@2034-11-15"));
    QVERIFY(s.positions()[0].cusip.empty());
    QCOMPARE(*s.positions()[0].couponPct, 4.25);
    QCOMPARE(model.index(0, PortfolioTableModel::InstrumentColumn).data().toString(), QStringLiteral("4.25% 2034-11-15"));
    QVERIFY(model.setData(cash, "91282CLF6"));
    QCOMPARE(s.positions()[0].cusip, std::string("91282CLF6"));
    QVERIFY(!s.positions()[0].couponPct);
    for (const char* bad : {"ZNU5", "999999999", "4.25"})
        QVERIFY2(!model.setData(cash, bad), bad);
    QVERIFY2(!model.setData(future, "91282CLF6"), "a CUSIP on a CME row");
    QCOMPARE(s.positions()[0].cusip, std::string("91282CLF6"));
}

void TestPortfolioModel::allocationCheckboxOnCmeRowsOnly()
{
    MarginSession& s = *m_session;
    PortfolioTableModel& model = *m_model;
    QVERIFY(!(model.flags(model.index(0, PortfolioTableModel::AllocateColumn)) & Qt::ItemIsUserCheckable));
    QVERIFY(!model.index(0, PortfolioTableModel::AllocateColumn).data(Qt::CheckStateRole).isValid());
    const QModelIndex future = model.index(1, PortfolioTableModel::AllocateColumn);
    QVERIFY(model.flags(future) & Qt::ItemIsUserCheckable);
    QCOMPARE(future.data(Qt::CheckStateRole).toInt(), static_cast<int>(Qt::Checked));
    const double before = s.result().crossMargined;
    QVERIFY(model.setData(future, Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(!s.positions()[1].allocateXM);
    QCOMPARE(future.data(Qt::CheckStateRole).toInt(), static_cast<int>(Qt::Unchecked));
    QVERIFY2(s.result().crossMargined != before, test::describeResult(s.result()).constData());
    QVERIFY(!model.setData(model.index(0, PortfolioTableModel::AllocateColumn), Qt::Unchecked, Qt::CheckStateRole));
}

void TestPortfolioModel::incrementalMarginsWaitForAPauseAboveTheLimit()
{
    MarginSession& s = *m_session;
    PortfolioTableModel& model = *m_model;
    std::vector<Position> many(PortfolioTableModel::kDeferIncrementalAbove, quickEntry(s, "91282CLF6 1mm"));
    s.addPositions(many);
    QVERIFY(!model.incrementalReady());
    QCOMPARE(model.index(0, PortfolioTableModel::IncrementalColumn).data().toString(), QStringLiteral("…"));
    QTRY_VERIFY_WITH_TIMEOUT(model.incrementalReady(), 10000);
    QVERIFY(model.index(0, PortfolioTableModel::IncrementalColumn).data().toString() != QStringLiteral("…"));
    s.undoStack()->undo();
    QVERIFY(model.incrementalReady());
}

QTEST_MAIN(TestPortfolioModel)
#include "tst_widgets_portfolio_model.moc"
