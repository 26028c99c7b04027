// The portfolio editor, account panel and summary driven as a user would (issue #4): typing
// into cells and the quick-entry line, pasting, dropping, toggling the account, undo and redo.
// Every check of the summary compares the text on screen with the session's result.
#include "session_fixture.h"

#include "widgets/account_panel.h"
#include "widgets/charts/usd_text.h"
#include "widgets/futures_picker.h"
#include "widgets/portfolio_editor.h"
#include "widgets/portfolio_table_model.h"
#include "widgets/portfolio_table_view.h"
#include "widgets/quick_entry_line.h"
#include "widgets/security_picker.h"
#include "widgets/summary_panel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMimeData>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace xm;
using xm::test::describeResult;

namespace {

const char kThreeRowCsv[] = "venue,type,instrument,quantity,allocate_xm\n"
                            "FICC,cash,4.25@2034-11-15,25mm,\n"
                            "CME,future,ZFU5,120,yes\n"
                            "CME,future,ZNZ5,-40,no\n";

// Every figure of the summary as shown, for exact comparisons.
QStringList figures(const SummaryPanel& summary)
{
    QStringList texts;
    for (int f = 0; f < SummaryPanel::FigureCount; ++f)
        texts << summary.text(static_cast<SummaryPanel::Figure>(f));
    return texts;
}

QByteArray differences(const QStringList& expected, const QStringList& actual)
{
    QByteArray text;
    for (int i = 0; i < expected.size(); ++i) {
        if (expected[i] != actual.value(i))
            text += "figure " + QByteArray::number(i) + ": expected \"" + expected[i].toUtf8() + "\", actual \""
                    + actual.value(i).toUtf8() + "\"\n";
    }
    return text;
}

} // namespace

class TestPortfolioEditor final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void typingIntoTheQuantityCellUpdatesTheSummary();
    void quantityEditorRefusesWhatIsNotAQuantity();
    void quickEntryAddsARowAndMovesTheFigures();
    void badQuickEntryLineShowsTheWordAndAddsNothing();
    void quickEntryHistoryWithUpAndDown();
    void undoRedoRestoreEverySummaryFigure();
    void optInAppliesToCustomerAccountsOnly();
    void pastingThreeCsvRowsIsOneUndoStep();
    void pastingQuickEntryLinesAndBadCsv();
    void droppingCsvFilesAddsTheirPositions();
    void deleteKeyRemovesTheSelectedRows();
    void brokerDealerOffMakesTheAccountIneligible();
    void negativeSavingsAreShownAndExplained();
    void pickersAddPositions();

private:
    MarginSession& session() const { return *m_session; }
    PortfolioTableModel& model() const { return *m_editor->model(); }
    // The quantity cell's line editor, opened on the model row.
    QLineEdit* openQuantityEditor(int row) const;
    void checkSummaryShowsResult() const;

    std::unique_ptr<MarginSession> m_session;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    PortfolioEditor* m_editor = nullptr;
    AccountPanel* m_account = nullptr;
    SummaryPanel* m_summary = nullptr;
};

void TestPortfolioEditor::init()
{
    m_session = test::demoSession();
    m_window = std::make_unique<QWidget>();
    m_editor = new PortfolioEditor(*m_session, m_window.get());
    m_account = new AccountPanel(*m_session, m_window.get());
    m_summary = new SummaryPanel(*m_session, m_window.get());
    auto* layout = new QHBoxLayout(m_window.get());
    layout->addWidget(m_summary);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_account);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_editor->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->resize(1400, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestPortfolioEditor::cleanup()
{
    m_tester.reset();
    m_window.reset();
    m_session.reset();
}

QLineEdit* TestPortfolioEditor::openQuantityEditor(int row) const
{
    PortfolioTableView* view = m_editor->view();
    const QModelIndex cell = model().index(row, PortfolioTableModel::QuantityColumn);
    view->setCurrentIndex(cell);
    view->edit(cell);
    auto* editor = view->viewport()->findChild<QLineEdit*>();
    if (editor)
        editor->selectAll();
    return editor;
}

void TestPortfolioEditor::checkSummaryShowsResult() const
{
    const MarginResult& r = session().result();
    QCOMPARE(m_summary->text(SummaryPanel::FiccStandalone), usdExact(r.ficcStandalone));
    QCOMPARE(m_summary->text(SummaryPanel::CmeStandalone), usdExact(r.cmeStandalone));
    QCOMPARE(m_summary->text(SummaryPanel::Duplicated), usdExact(r.duplicated));
    QCOMPARE(m_summary->text(SummaryPanel::CrossMargined), usdExact(r.crossMargined));
    QCOMPARE(m_summary->text(SummaryPanel::Savings), usdExact(r.savings));
}

void TestPortfolioEditor::typingIntoTheQuantityCellUpdatesTheSummary()
{
    checkSummaryShowsResult();
    const double before = session().result().crossMargined;
    const QString shownBefore = m_summary->text(SummaryPanel::CrossMargined);
    QLineEdit* editor = openQuantityEditor(0);
    QVERIFY(editor);
    QTest::keyClicks(editor, "50mm");
    QTest::keyClick(editor, Qt::Key_Return);  // the delegate commits from the event loop
    QTRY_COMPARE(session().positions()[0].quantity, 50e6);
    QVERIFY2(session().result().crossMargined != before, describeResult(session().result()).constData());
    QVERIFY2(m_summary->text(SummaryPanel::CrossMargined) != shownBefore,
             qPrintable(QStringLiteral("still %1 after typing 50mm").arg(shownBefore)));
    checkSummaryShowsResult();
    QCOMPARE(model().index(0, PortfolioTableModel::QuantityColumn).data().toString(), QStringLiteral("50,000,000"));

    // Typing straight onto the selected cell opens its editor too.
    QTest::keyClick(m_editor->view(), Qt::Key_2);
    auto* typed = m_editor->view()->viewport()->findChild<QLineEdit*>();
    QVERIFY(typed);
    QTest::keyClicks(typed, "5m");
    QTest::keyClick(typed, Qt::Key_Return);
    QTRY_COMPARE(session().positions()[0].quantity, 25e6);
    checkSummaryShowsResult();
}

void TestPortfolioEditor::quantityEditorRefusesWhatIsNotAQuantity()
{
    QLineEdit* editor = openQuantityEditor(0);
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("100,000,000"));
    QTest::keyClick(editor, Qt::Key_Backspace);
    QTest::keyClicks(editor, "abc");
    QCOMPARE(editor->text(), QString());
    QTest::keyClicks(editor, "1.5b");
    QVERIFY(!editor->hasAcceptableInput());
    QTest::keyClick(editor, Qt::Key_Return);  // intermediate: the editor stays, nothing changes
    QCoreApplication::processEvents();
    QCOMPARE(session().positions()[0].quantity, 100e6);
    QCOMPARE(session().undoStack()->count(), 0);
    QTest::keyClick(editor, Qt::Key_N);
    QVERIFY(editor->hasAcceptableInput());
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(session().positions()[0].quantity, 1.5e9);
}

void TestPortfolioEditor::quickEntryAddsARowAndMovesTheFigures()
{
    QuickEntryLine* line = m_editor->quickEntry();
    const QStringList before = figures(*m_summary);
    const int rows = model().rowCount();
    QTest::keyClicks(line, "ZNU5 -500");
    QTest::keyClick(line, Qt::Key_Return);
    QCOMPARE(model().rowCount(), rows + 1);
    QCOMPARE(line->text(), QString());
    QCOMPARE(m_editor->message(), QString());
    const Position& added = session().positions().back();
    QCOMPARE(added.symbol, std::string("ZN"));
    QCOMPARE(added.quantity, -500.0);
    QCOMPARE(session().undoStack()->count(), 1);
    QVERIFY2(figures(*m_summary) != before, before.join(QLatin1Char('|')).toUtf8().constData());
    QVERIFY(m_summary->text(SummaryPanel::CmeStandalone) != before[SummaryPanel::CmeStandalone]);
    checkSummaryShowsResult();
    // The new future joins the CME group, after the demo's ZNU5.
    QCOMPARE(model().index(rows, PortfolioTableModel::InstrumentColumn).data().toString(), QStringLiteral("ZNU5"));
    QCOMPARE(model().positionRow(rows), rows);
}

void TestPortfolioEditor::badQuickEntryLineShowsTheWordAndAddsNothing()
{
    QuickEntryLine* line = m_editor->quickEntry();
    const QStringList before = figures(*m_summary);
    QTest::keyClicks(line, "ZNU5 -50x0");
    QTest::keyClick(line, Qt::Key_Return);
    QCOMPARE(model().rowCount(), 2);
    QCOMPARE(line->text(), QStringLiteral("ZNU5 -50x0"));
    QVERIFY2(m_editor->message().startsWith(QStringLiteral("word 2 \"-50x0\"")), qPrintable(m_editor->message()));
    QCOMPARE(line->error(), m_editor->message());
    QCOMPARE(session().undoStack()->count(), 0);
    QCOMPARE(figures(*m_summary), before);

    // Fixing the word and pressing Enter again adds the row and clears the message.
    line->setText(QStringLiteral("ZNU5 -500"));
    QTest::keyClick(line, Qt::Key_Return);
    QCOMPARE(model().rowCount(), 3);
    QCOMPARE(m_editor->message(), QString());
}

void TestPortfolioEditor::quickEntryHistoryWithUpAndDown()
{
    QuickEntryLine* line = m_editor->quickEntry();
    for (const char* text : {"ZNU5 -5", "ZFU5 7"}) {
        QTest::keyClicks(line, text);
        QTest::keyClick(line, Qt::Key_Return);
    }
    QTest::keyClicks(line, "ZB");
    QTest::keyClick(line, Qt::Key_Up);
    QCOMPARE(line->text(), QStringLiteral("ZFU5 7"));
    QTest::keyClick(line, Qt::Key_Up);
    QCOMPARE(line->text(), QStringLiteral("ZNU5 -5"));
    QTest::keyClick(line, Qt::Key_Up);
    QCOMPARE(line->text(), QStringLiteral("ZNU5 -5"));
    QTest::keyClick(line, Qt::Key_Down);
    QTest::keyClick(line, Qt::Key_Down);
    QCOMPARE(line->text(), QStringLiteral("ZB"));
}

void TestPortfolioEditor::undoRedoRestoreEverySummaryFigure()
{
    std::vector<QStringList> shown{figures(*m_summary)};
    const auto record = [&] {
        checkSummaryShowsResult();
        shown.push_back(figures(*m_summary));
    };
    QLineEdit* editor = openQuantityEditor(0);
    QVERIFY(editor);
    QTest::keyClicks(editor, "60mm");
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(session().undoStack()->count(), 1);
    record();
    QTest::keyClicks(m_editor->quickEntry(), "UST 4.25 2034-11-15 +25mm");
    QTest::keyClick(m_editor->quickEntry(), Qt::Key_Return);
    record();
    QVERIFY(model().setData(model().index(2, PortfolioTableModel::AllocateColumn), Qt::Unchecked, Qt::CheckStateRole));
    record();
    m_account->optInBox()->click();
    record();
    m_editor->view()->importText(QString::fromLatin1(kThreeRowCsv), QStringLiteral("test"));
    record();
    const auto steps = static_cast<int>(shown.size()) - 1;
    QCOMPARE(session().undoStack()->count(), steps);

    for (int i = steps; i > 0; --i) {
        session().undoStack()->undo();
        const QStringList& expected = shown[static_cast<std::size_t>(i - 1)];
        QVERIFY2(figures(*m_summary) == expected,
                 (QByteArray("undo to step ") + QByteArray::number(i - 1) + "\n" + differences(expected, figures(*m_summary))).constData());
    }
    QVERIFY(m_account->optInBox()->isChecked());
    for (int i = 1; i <= steps; ++i) {
        session().undoStack()->redo();
        const QStringList& expected = shown[static_cast<std::size_t>(i)];
        QVERIFY2(figures(*m_summary) == expected,
                 (QByteArray("redo to step ") + QByteArray::number(i) + "\n" + differences(expected, figures(*m_summary))).constData());
    }
    QVERIFY(!m_account->optInBox()->isChecked());
}

void TestPortfolioEditor::optInAppliesToCustomerAccountsOnly()
{
    QComboBox* type = m_account->typeBox();
    QVERIFY(session().account().type == AccountType::Customer);
    QVERIFY(m_account->optInBox()->isEnabled());
    type->setCurrentIndex(type->findData(static_cast<int>(AccountType::House)));
    QVERIFY(session().account().type == AccountType::House);
    QVERIFY(!m_account->optInBox()->isEnabled());
    session().undoStack()->undo();
    QVERIFY(session().account().type == AccountType::Customer);
    QVERIFY(m_account->optInBox()->isEnabled());
}

void TestPortfolioEditor::pastingThreeCsvRowsIsOneUndoStep()
{
    QGuiApplication::clipboard()->setText(QString::fromLatin1(kThreeRowCsv));
    const QStringList before = figures(*m_summary);
    m_editor->view()->setFocus();
    QTest::keySequence(m_editor->view(), QKeySequence::Paste);
    QCOMPARE(model().rowCount(), 5);
    QCOMPARE(session().undoStack()->count(), 1);
    QCOMPARE(m_editor->message(), QString());
    const std::vector<Position>& p = session().positions();
    QCOMPARE(*p[2].couponPct, 4.25);
    QCOMPARE(p[3].symbol, std::string("ZF"));
    QVERIFY(!p[4].allocateXM);
    checkSummaryShowsResult();
    session().undoStack()->undo();
    QCOMPARE(model().rowCount(), 2);
    QCOMPARE(figures(*m_summary), before);
}

void TestPortfolioEditor::pastingQuickEntryLinesAndBadCsv()
{
    m_editor->view()->importText(QStringLiteral("# hedges\nZNU5 -5\n\nZFU5 10\n"), QStringLiteral("clipboard"));
    QCOMPARE(model().rowCount(), 4);
    QCOMPARE(session().undoStack()->count(), 1);

    m_editor->view()->importText(QStringLiteral("ZNU5 -5\nZFU5 ten\n"), QStringLiteral("clipboard"));
    QVERIFY2(m_editor->message().startsWith(QStringLiteral("clipboard:2: word 2 \"ten\"")), qPrintable(m_editor->message()));
    const QString badCsv = QString::fromLatin1(kThreeRowCsv).replace(QStringLiteral("120"), QStringLiteral("12o"));
    m_editor->view()->importText(badCsv, QStringLiteral("clipboard"));
    QVERIFY2(m_editor->message().startsWith(QStringLiteral("clipboard:3: quantity")), qPrintable(m_editor->message()));
    QCOMPARE(model().rowCount(), 4);
    QCOMPARE(session().undoStack()->count(), 1);
}

void TestPortfolioEditor::droppingCsvFilesAddsTheirPositions()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("hedges.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kThreeRowCsv);
    file.close();

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QWidget* viewport = m_editor->view()->viewport();
    const QPointF at(viewport->width() / 2.0, viewport->height() / 2.0);
    QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    QCOMPARE(model().rowCount(), 5);
    QCOMPARE(session().undoStack()->count(), 1);

    // Anything but .csv files is refused.
    QMimeData text;
    text.setText(QStringLiteral("ZNU5 -5"));
    QDragEnterEvent refused(at.toPoint(), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &refused);
    QVERIFY(!refused.isAccepted());
}

void TestPortfolioEditor::deleteKeyRemovesTheSelectedRows()
{
    m_editor->view()->importText(QString::fromLatin1(kThreeRowCsv), QStringLiteral("test"));
    PortfolioTableView* view = m_editor->view();
    view->selectionModel()->select(model().index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view->selectionModel()->select(model().index(3, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const std::string first = session().positions()[static_cast<std::size_t>(model().positionRow(0))].id;
    const std::string fourth = session().positions()[static_cast<std::size_t>(model().positionRow(3))].id;
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(model().rowCount(), 3);
    for (const Position& p : session().positions())
        QVERIFY(p.id != first && p.id != fourth);
    session().undoStack()->undo();
    QCOMPARE(model().rowCount(), 5);
}

void TestPortfolioEditor::brokerDealerOffMakesTheAccountIneligible()
{
    QVERIFY(session().result().savings > 0.0);
    m_account->brokerDealerBox()->click();
    QVERIFY(!session().account().firm.brokerDealer);
    QVERIFY(!session().result().account.eligible);
    QCOMPARE(session().result().savings, 0.0);
    QCOMPARE(m_summary->text(SummaryPanel::Savings), QStringLiteral("$0"));
    QVERIFY2(m_summary->text(SummaryPanel::Eligibility).startsWith(QStringLiteral("✗")),
             qPrintable(m_summary->text(SummaryPanel::Eligibility)));
    QVERIFY(m_summary->text(SummaryPanel::Eligibility).contains(QStringLiteral("broker-dealer")));
    checkSummaryShowsResult();

    session().undoStack()->undo();
    QVERIFY(m_account->brokerDealerBox()->isChecked());
    QVERIFY(session().result().account.eligible);
    QVERIFY(session().result().savings > 0.0);
}

void TestPortfolioEditor::negativeSavingsAreShownAndExplained()
{
    // A note hedged with TIPS, which are not eligible: the hedge leaves the XM account.
    io::PortfolioDocument document;
    document.portfolio.account.type = AccountType::House;
    document.portfolio.account.firm = {true, true, true, true};
    session().setDocument(document);
    m_editor->view()->importText(QStringLiteral("91282CLW9 100mm\nTIPS 2.125 2035-01-15 -100mm"), QStringLiteral("test"));
    const MarginResult& r = session().result();
    QVERIFY2(r.savings < 0.0, describeResult(r).constData());
    checkSummaryShowsResult();
    QVERIFY2(m_summary->text(SummaryPanel::Savings).startsWith(QStringLiteral("−$")), qPrintable(m_summary->text(SummaryPanel::Savings)));
    QVERIFY2(m_summary->text(SummaryPanel::SavingsPct).startsWith(QLatin1Char('-')), qPrintable(m_summary->text(SummaryPanel::SavingsPct)));
    QVERIFY2(m_summary->text(SummaryPanel::Warnings).contains(QStringLiteral("costs more than margining separately")),
             qPrintable(m_summary->text(SummaryPanel::Warnings)));
    QVERIFY2(m_summary->text(SummaryPanel::Eligibility).contains(QStringLiteral("2.125% 2035-01-15 (TIPS)")),
             qPrintable(m_summary->text(SummaryPanel::Eligibility)));
}

void TestPortfolioEditor::pickersAddPositions()
{
    SecurityPicker securities(session());
    QAbstractItemModelTester tester(securities.table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    securities.searchEdit()->setText(QStringLiteral("4.25 2034-11"));
    QCOMPARE(securities.table()->model()->rowCount(), 1);
    QVERIFY(securities.position().has_value());
    securities.accept();
    QCOMPARE(session().positions().back().cusip, std::string("91282CLW9"));
    QCOMPARE(session().positions().back().quantity, 100e6);

    FuturesPicker futures(session());
    QVERIFY(!futures.position());
    QTest::keyClicks(futures.quantityEdit(), "-10");
    futures.accept();
    const Position& future = session().positions().back();
    QCOMPARE(future.symbol, std::string("ZN"));
    QCOMPARE(future.month->toIso(), session().frontMonth().toIso());
    QCOMPARE(future.quantity, -10.0);
    QCOMPARE(session().undoStack()->count(), 2);
}

QTEST_MAIN(TestPortfolioEditor)
#include "tst_widgets_portfolio_editor.moc"
