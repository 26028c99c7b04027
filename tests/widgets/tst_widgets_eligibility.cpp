// The eligibility explainer (issue #5): the translation seam reads exactly as the core's
// English, the explainer tree for an ineligible customer and for bills, options and short
// repo, live updates on an account toggle, and the portfolio table asking for an explanation.
#include "session_fixture.h"

#include "core/io/bundled_portfolios.h"
#include "widgets/editor_palette.h"
#include "widgets/eligibility_explainer.h"
#include "widgets/eligibility_explainer_model.h"
#include "widgets/eligibility_text.h"
#include "widgets/portfolio_table_model.h"
#include "widgets/portfolio_table_view.h"
#include "widgets/summary_panel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QSignalSpy>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>

using namespace xm;
using xm::test::demoSession;
using xm::test::quickEntry;

namespace {

using Model = EligibilityExplainerModel;

QString cell(const QModelIndex& index, int column, int role = Qt::DisplayRole)
{
    return index.siblingAtColumn(column).data(role).toString();
}

// The children of top-level row `row` as "rule | explanation | source" lines.
QStringList childLines(const Model& model, int row)
{
    QStringList lines;
    const QModelIndex parent = model.index(row, 0);
    for (int i = 0; i < model.rowCount(parent); ++i) {
        const QModelIndex child = model.index(i, 0, parent);
        lines << cell(child, Model::RuleColumn) + QStringLiteral(" | ") + cell(child, Model::ExplanationColumn)
                     + QStringLiteral(" | ") + cell(child, Model::SourceColumn);
    }
    return lines;
}

QByteArray treeText(const Model& model)
{
    return model.plainText().toUtf8();
}

// Every check the core can produce: each position type at each venue, eligible and not, and
// every account shape.
std::vector<EligibilityCheck> everyCheck()
{
    std::vector<EligibilityCheck> checks;
    const EligibilityTable table{{"ZN", "SR3"}, 1.0};
    const PositionType types[] = {PositionType::Cash, PositionType::Repo, PositionType::ReverseRepo, PositionType::Bill,
                                  PositionType::Tips, PositionType::Strips, PositionType::Frn, PositionType::Future,
                                  PositionType::Option};
    for (PositionType type : types) {
        for (Venue venue : {Venue::Ficc, Venue::Cme}) {
            for (const char* symbol : {"ZN", "ZQ"}) {
                for (double years : {0.4, 7.25}) {
                    Position p;
                    p.type = type;
                    p.venue = venue;
                    p.symbol = symbol;
                    for (EligibilityCheck& c : productEligibility(p, years, table).checks)
                        checks.push_back(std::move(c));
                }
            }
        }
    }
    for (AccountType type : {AccountType::House, AccountType::Customer}) {
        for (int flags = 0; flags < 32; ++flags) {
            Account a;
            a.type = type;
            a.firm = {bool(flags & 1), bool(flags & 2), bool(flags & 4), bool(flags & 8)};
            a.optIn = flags & 16;
            for (EligibilityCheck& c : accountEligibility(a).checks)
                checks.push_back(std::move(c));
        }
    }
    return checks;
}

} // namespace

class TestEligibility final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void seamReadsAsTheCore();
    void seamFallsBackToTheCore();
    void demoTreeWithTester();
    void ineligibleCustomer();
    void billsOptionsAndShortRepo();
    void followsAnAccountToggle();
    void portfolioTableAsksForAnExplanation();
    void tableAndSummaryUseTheSeam();
};

void TestEligibility::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

// In English the seam says exactly what the core says, for every rule: the GUI translates
// the same sentences the CLI prints.
void TestEligibility::seamReadsAsTheCore()
{
    QSet<QString> rules;
    for (const EligibilityCheck& c : everyCheck()) {
        const QString rule = QString::fromStdString(c.rule);
        rules << rule + (c.passed ? QStringLiteral("+") : QStringLiteral("-"));
        QCOMPARE(EligibilityText::text(c), QString::fromStdString(c.text));
        QCOMPARE(EligibilityText::sourceText(c), QString::fromStdString(c.source));
        QVERIFY2(EligibilityText::ruleName(c) != rule, qPrintable(rule + QStringLiteral(" has no name in the seam")));
        for (const EligibilityText::Source& s : EligibilityText::sources(c))
            QVERIFY2(s.url.isEmpty() || s.url.startsWith(QStringLiteral("https://")), qPrintable(s.url));
    }
    // Every rule, passed and failed where it can be.
    for (const char* expected : {"ficc-note-bond+", "repo-collateral-term+", "repo-collateral-term-", "ficc-bill-",
                                 "ficc-tips-", "ficc-strips-", "ficc-frn-", "cme-future+", "cme-future-", "cme-option-",
                                 "ficc-venue-", "cme-venue-", "house-common-member+", "house-common-member-",
                                 "customer-bd-fcm+", "customer-bd-fcm-", "customer-opt-in+", "customer-opt-in-"})
        QVERIFY2(rules.contains(QString::fromLatin1(expected)), expected);
    QCOMPARE(rules.size(), 18);
}

void TestEligibility::seamFallsBackToTheCore()
{
    const EligibilityCheck unknown{"new-rule", false, "A rule the GUI does not know yet", "Some source"};
    QCOMPARE(EligibilityText::text(unknown), QStringLiteral("A rule the GUI does not know yet"));
    QCOMPARE(EligibilityText::sourceText(unknown), QStringLiteral("Some source"));
    QCOMPARE(EligibilityText::ruleName(unknown), QStringLiteral("new-rule"));
}

void TestEligibility::demoTreeWithTester()
{
    const auto session = demoSession();
    Model model(*session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 3);  // account, p1, p2
    const QModelIndex account = model.index(0, 0);
    QCOMPARE(cell(account, Model::RuleColumn), QStringLiteral("✓ Customer account"));
    QVERIFY(account.data(Model::PassedRole).toBool());
    QCOMPARE(model.rowCount(account), 2);
    const QModelIndex cash = model.positionIndex(0);
    QCOMPARE(Model::positionRowOf(cash), 0);
    QCOMPARE(cash.data(Model::PositionRowRole).toInt(), 0);
    QCOMPARE(cell(cash, Model::RuleColumn), QStringLiteral("✓ p1 · 91282CLF6 (Cash)"));
    QCOMPARE(cell(cash, Model::ExplanationColumn), QStringLiteral("Margined in the cross-margining account."));
    const QStringList cashRules = childLines(model, 1);
    QCOMPARE(cashRules.size(), 2);
    QVERIFY2(cashRules[0].startsWith(QStringLiteral("✓ Note or bond | U.S. Treasury note or bond cleared at FICC | DTCC")),
             qPrintable(cashRules.join(u'\n')));
    QVERIFY2(cashRules[1].startsWith(QStringLiteral("✓ Allocation | Passive")), qPrintable(cashRules.join(u'\n')));
    const QModelIndex futureRule = model.index(0, Model::SourceColumn, model.positionIndex(1));
    QCOMPARE(futureRule.data(Model::UrlRole).toString(),
             QStringLiteral("https://dtcclearning.com/products-and-services/fixed-income-clearing/cross-margining.html"));
    QVERIFY(futureRule.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Click to open")));
    QVERIFY(model.index(0, 0, model.positionIndex(1)).data(Model::DetailsRole).toString().contains(QStringLiteral("<a href=")));

    // Edits flow through the tester: add, change type, remove, undo.
    session->addPosition(quickEntry(*session, "BILL 2025-12-26 10mm"));
    QCOMPARE(model.rowCount(), 4);
    Position future = session->positions()[1];
    future.allocateXM = false;
    session->updatePosition(1, future);
    QCOMPARE(cell(model.positionIndex(1), Model::ExplanationColumn),
             QStringLiteral("Stays in the regular CME account: not allocated, so it is margined on its own."));
    session->removePositions({0});
    QCOMPARE(model.rowCount(), 3);
    session->undoStack()->undo();
    QCOMPARE(model.rowCount(), 4);
}

// The bundled customer of a firm that is no FCM: the account fails the BD-FCM rule (with the
// SEC release as its source), so both legs stay in the regular accounts.
void TestEligibility::ineligibleCustomer()
{
    const auto session = demoSession();
    session->setDocument(io::loadBundledPortfolio(QStringLiteral("ineligible_customer.xmargin")));
    Model model(*session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex account = model.index(0, 0);
    QCOMPARE(cell(account, Model::RuleColumn), QStringLiteral("✗ Customer account"));
    QVERIFY(!account.data(Model::PassedRole).toBool());
    const QStringList rules = childLines(model, 0);
    QCOMPARE(rules.size(), 2);
    QVERIFY2(rules[0].startsWith(QStringLiteral("✗ Eligible BD-FCM | Customer cross-margining is only available through a firm"))
                 && rules[0].endsWith(QStringLiteral("| SEC Release 34-104748 (91 FR 4994, 3 Feb 2026), FICC/CME customer cross-margining")),
             qPrintable(rules.join(u'\n')));
    QVERIFY2(rules[1].startsWith(QStringLiteral("✓ Opt-in | The customer and the BD-FCM have both opted in")),
             qPrintable(rules.join(u'\n')));
    // The SEC release has no address in the reference: no link.
    QVERIFY(model.index(0, Model::SourceColumn, account).data(Model::UrlRole).isNull());
    for (int p = 0; p < 2; ++p) {
        const QModelIndex position = model.positionIndex(p);
        QVERIFY2(cell(position, Model::RuleColumn).startsWith(QStringLiteral("✗ ")), qPrintable(cell(position, 0)));
        QVERIFY2(cell(position, Model::ExplanationColumn).contains(QStringLiteral("the account is not eligible")),
                 qPrintable(cell(position, Model::ExplanationColumn)));
        // Muted: the product itself is eligible.
        QCOMPARE(position.data(Qt::ForegroundRole).value<QColor>(), editor_palette::kMuted);
    }
    QCOMPARE(cell(model.positionIndex(0), Model::ExplanationColumn),
             QStringLiteral("Stays in the regular FICC account: the account is not eligible, so it is margined on its own."));
    const QByteArray text = treeText(model);
    QVERIFY2(text.startsWith("✗ Customer account: Not eligible"), text.constData());
    QVERIFY2(text.contains("    ✗ Eligible BD-FCM: Customer cross-margining"), text.constData());
}

void TestEligibility::billsOptionsAndShortRepo()
{
    const auto session = demoSession();
    session->addPositions({quickEntry(*session, "BILL 2025-12-26 10mm"), quickEntry(*session, "OZN 2025-09 10"),
                           quickEntry(*session, "REPO 91282CGE5 10mm 30d"), quickEntry(*session, "REPO 91282CLF6 10mm 30d")});
    Model model(*session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 7);
    const QByteArray tree = treeText(model);

    const QStringList bill = childLines(model, 3);
    QVERIFY2(bill[0] == QStringLiteral("✗ Treasury bill | Treasury bills are not among the eligible FICC products (notes, bonds, "
                                       "repo on >1y collateral) | DTCC, FICC cross-margining: eligible products "
                                       "(dtcclearning.com) (bills not listed)"),
             tree.constData());
    QCOMPARE(cell(model.positionIndex(2), Model::ExplanationColumn),
             QStringLiteral("Stays in the regular FICC account: margined on its own."));

    const QStringList option = childLines(model, 4);
    QVERIFY2(option[0].startsWith(QStringLiteral("✗ Option | Options (on Treasury futures, or on bond ETFs such as TLT and IEF)"))
                 && option[0].endsWith(QStringLiteral("DTCC, FICC cross-margining: eligible products (dtcclearning.com); CME "
                                                      "Group, CME-FICC cross-margining arrangement FAQ")),
             tree.constData());
    const QString details = model.index(0, 0, model.positionIndex(3)).data(Model::DetailsRole).toString();
    QVERIFY2(details.count(QStringLiteral("<a href=")) == 2 && details.contains(QStringLiteral("cmegroup.com")), qPrintable(details));
    QCOMPARE(cell(model.positionIndex(3), Model::ExplanationColumn),
             QStringLiteral("Stays in the regular CME account: margined on its own."));

    // Repo on a note maturing 2026-01-15 (0.51 years left) against one on the 2034 note.
    const QStringList shortRepo = childLines(model, 5);
    QVERIFY2(shortRepo[0].startsWith(QStringLiteral("✗ Repo collateral term | Repo collateral has 0.51 years to maturity; only "
                                                    "repo on collateral with more than 1.00 years left is eligible")),
             tree.constData());
    const QStringList longRepo = childLines(model, 6);
    QVERIFY2(longRepo[0].startsWith(QStringLiteral("✓ Repo collateral term | Repo on Treasury collateral with 9.09 years to "
                                                   "maturity (more than 1.00 years)")),
             tree.constData());
    QVERIFY2(tree.contains("(source: DTCC, FICC cross-margining: eligible products (dtcclearning.com) "
                           "<https://dtcclearning.com/products-and-services/fixed-income-clearing/cross-margining.html>)"),
             tree.constData());
}

// Opting out makes the account fail and every position move to the regular accounts, in the
// open explainer, which keeps the position it showed.
void TestEligibility::followsAnAccountToggle()
{
    const auto session = demoSession();
    EligibilityExplainer explainer(*session);
    QAbstractItemModelTester tester(explainer.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    explainer.resize(900, 500);
    explainer.show();
    explainer.showPosition(1);
    QCOMPARE(explainer.view()->currentIndex(), explainer.model()->positionIndex(1));
    QVERIFY(explainer.view()->isExpanded(explainer.model()->positionIndex(1)));
    QVERIFY2(explainer.detailsText().contains(QStringLiteral("Margined in the cross-margining account")),
             qPrintable(explainer.detailsText()));

    Account account = session->account();
    account.optIn = false;
    session->setAccount(account);
    const Model& model = *explainer.model();
    QCOMPARE(cell(model.index(0, 0), Model::RuleColumn), QStringLiteral("✗ Customer account"));
    QVERIFY(childLines(model, 0)[1].startsWith(QStringLiteral("✗ Opt-in | The customer and the BD-FCM must both opt in")));
    QCOMPARE(cell(model.positionIndex(1), Model::ExplanationColumn),
             QStringLiteral("Stays in the regular CME account: the account is not eligible, so it is margined on its own."));
    QVERIFY2(explainer.detailsText().contains(QStringLiteral("the account is not eligible")), qPrintable(explainer.detailsText()));

    // A house account has one rule instead of two: the tree is rebuilt and still shows ZN.
    account.type = AccountType::House;
    session->setAccount(account);
    QCOMPARE(model.rowCount(model.index(0, 0)), 1);
    QCOMPARE(cell(model.index(0, 0), Model::RuleColumn), QStringLiteral("✓ House account"));
    QCOMPARE(explainer.view()->currentIndex(), model.positionIndex(1));
    QVERIFY(explainer.view()->isExpanded(model.index(0, 0)));

    explainer.copyToClipboard();
    QCOMPARE(QApplication::clipboard()->text(), model.plainText());
    QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("✓ Common member: House account of a firm")));
}

void TestEligibility::portfolioTableAsksForAnExplanation()
{
    const auto session = demoSession();
    PortfolioTableModel model(*session);
    PortfolioTableView view(&model);
    view.resize(900, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy spy(&view, &PortfolioTableView::explainRequested);
    const QModelIndex eligible = model.index(1, PortfolioTableModel::EligibleColumn);
    const QPoint centre = view.visualRect(eligible).center();
    // A double-click as a mouse sends it: press and release, then press, double-click, release.
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toInt(), model.positionRow(1));
    // Elsewhere a double-click edits, it does not explain.
    const QPoint type = view.visualRect(model.index(0, PortfolioTableModel::TypeColumn)).center();
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, type);
    QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, type);
    QCOMPARE(spy.count(), 1);
}

void TestEligibility::tableAndSummaryUseTheSeam()
{
    const auto session = demoSession();
    session->addPosition(quickEntry(*session, "OZN 2025-09 10"));
    PortfolioTableModel model(*session);
    const int row = model.rowOfPosition(2);
    const QString tip = model.index(row, PortfolioTableModel::EligibleColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.startsWith(QStringLiteral("Not eligible: ") + EligibilityText::reason(session->result().positions[2].eligibility))
                 && tip.contains(QStringLiteral("Stays in the regular CME account")),
             qPrintable(tip));

    session->setDocument(io::loadBundledPortfolio(QStringLiteral("ineligible_customer.xmargin")));
    const SummaryPanel summary(*session);
    const QString eligibility = summary.text(SummaryPanel::Eligibility);
    QVERIFY2(eligibility == QStringLiteral("✗ Account not eligible: ") + EligibilityText::reason(session->result().account),
             qPrintable(eligibility));
}

QTEST_MAIN(TestEligibility)
#include "tst_widgets_eligibility.moc"
