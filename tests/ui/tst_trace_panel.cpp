#include "main_window.h"
#include "tests/support/bundled_market.h"
#include "window_fixture.h"
#include "widgets/amount_format.h"
#include "widgets/margin_session.h"
#include "widgets/margin_trace.h"
#include "widgets/trace_panel.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace xm;

namespace {

// The first line of `text` that starts (after indentation) with `label`.
QString lineOf(const QString& text, const QString& label)
{
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (line.trimmed().startsWith(label))
            return line;
    }
    return {};
}

} // namespace

class TestTracePanel final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void traceNamesEveryIntermediateWithItsNumber_data();
    void traceNamesEveryIntermediateWithItsNumber();
    void traceShowsReadingsScanRangesAndNotes();
    void treeFollowsEditsInPlace();
    void filterShowsTheMatchingLines();
    void copyPutsThePlainTextOnTheClipboard();

private:
    QTemporaryDir m_settings;
};

void TestTracePanel::initTestCase()
{
    QVERIFY(m_settings.isValid());
    test::isolateSettings(m_settings);
}

void TestTracePanel::traceNamesEveryIntermediateWithItsNumber_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<double>("value");
    auto window = test::demoWindow();
    const MarginResult& r = window->session().result();
    QTest::newRow("S_F") << "S_F " << r.reduction.sF;
    QTest::newRow("S_F'") << "S_F′ " << r.reduction.sFPrime;
    QTest::newRow("X_F") << "X_F " << r.reduction.xF;
    QTest::newRow("S_C") << "S_C " << r.reduction.sC;
    QTest::newRow("S_C'") << "S_C′ " << r.reduction.sCPrime;
    QTest::newRow("X_C") << "X_C " << r.reduction.xC;
    QTest::newRow("duplicated") << "Duplicated" << r.duplicated;
    QTest::newRow("cross-margined") << "Cross-margined " << r.crossMargined;
    QTest::newRow("savings") << "Savings" << r.savings;
    QTest::newRow("FICC regular") << "FICC regular" << r.ficcRegular;
    QTest::newRow("CME regular") << "CME regular" << r.cmeRegular;
    QTest::newRow("MLA") << "Margin Liquidity Adjustment" << r.ficcAddOns.mla;
}

void TestTracePanel::traceNamesEveryIntermediateWithItsNumber()
{
    QFETCH(QString, label);
    QFETCH(double, value);
    auto window = test::demoWindow();
    const QString text = window->trace()->text();
    const QString line = lineOf(text, label);
    QVERIFY2(!line.isEmpty(), qPrintable(QStringLiteral("no trace line starts with \"%1\":\n%2").arg(label, text)));
    QVERIFY2(line.contains(formatUsd(value)),
             qPrintable(QStringLiteral("\"%1\" lacks %2").arg(line, formatUsd(value))));
}

void TestTracePanel::traceShowsReadingsScanRangesAndNotes()
{
    auto window = test::demoWindow();
    const MarginSession& session = window->session();
    const MarginResult& r = session.result();
    const QString text = window->trace()->text();
    for (const char* label : {"r_F (FICC's view)", "r_C (CME's view)", "Cap ", "Cap binds", "Binding CCP", "VaR charge",
                              "Haircut", "Floor", "Scan risk", "Intra-commodity", "Inter-commodity", "Maintenance",
                              "Initial", "(min)", "(each)", "(onepot)", "(legacy)", "Price scan ranges"})
        QVERIFY2(!lineOf(text, QString::fromUtf8(label)).isEmpty() || text.contains(QString::fromUtf8(label)),
                 qPrintable(QStringLiteral("the trace has no \"%1\"").arg(QString::fromUtf8(label))));
    QVERIFY2(lineOf(text, QStringLiteral("r_F")).contains(QStringLiteral("1 − X_F / (S_F + S_F′) = 1 − %1")
                                                               .arg(formatUsd(r.reduction.xF))),
             qPrintable(lineOf(text, QStringLiteral("r_F"))));
    const QString scanRanges = text.mid(text.indexOf(QLatin1String("Price scan ranges")));
    for (const auto& [symbol, range] : session.scanRanges()) {
        const QString line = lineOf(scanRanges, QString::fromStdString(symbol) + QLatin1Char(' '));
        QVERIFY2(line.contains(formatUsd(range.usdPerContract)) && line.contains(QLatin1String("calibrated")),
                 qPrintable(QStringLiteral("scan range %1: \"%2\"").arg(QString::fromStdString(symbol), line)));
    }
    for (const std::string& note : r.notes)
        QVERIFY2(text.contains(QString::fromStdString(note)), note.c_str());
    for (const std::string& warning : r.warnings)
        QVERIFY2(text.contains(QString::fromStdString(warning)), warning.c_str());
    QVERIFY(text.startsWith(QStringLiteral("XMargin calculation trace · model xm-2026.1 · as of 2025-07-11")));
}

void TestTracePanel::treeFollowsEditsInPlace()
{
    auto window = test::demoWindow();
    window->show();
    QTreeWidget* tree = window->trace()->tree();
    QTRY_VERIFY(tree->topLevelItemCount() > 5);
    QTreeWidgetItem* requirements = tree->topLevelItem(0);
    requirements->child(0)->setExpanded(true);
    const QString before = requirements->text(1);

    MarginSession& session = window->session();
    Position future = session.positions().at(1);
    future.quantity = -500;
    session.updatePosition(1, future);
    QTRY_VERIFY(requirements->text(1) != before);
    QCOMPARE(tree->topLevelItem(0), requirements);
    QCOMPARE(requirements->text(1), formatUsd(session.result().crossMargined));
    QVERIFY2(requirements->child(0)->isExpanded(), "an edit collapsed an expanded branch");
}

void TestTracePanel::filterShowsTheMatchingLines()
{
    auto window = test::demoWindow();
    window->show();
    QTreeWidget* tree = window->trace()->tree();
    QTRY_VERIFY(tree->topLevelItemCount() > 5);
    window->trace()->filterEdit()->setText(QStringLiteral("scan range"));
    int shown = 0;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = tree->topLevelItem(i);
        if (item->isHidden())
            continue;
        ++shown;
        QVERIFY2(item->text(0) == QLatin1String("Price scan ranges") || item->text(0).startsWith(QLatin1String("CME")),
                 qPrintable(QStringLiteral("\"%1\" is shown for \"scan range\"").arg(item->text(0))));
    }
    QCOMPARE(shown, 2);
    window->trace()->filterEdit()->clear();
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        QVERIFY(!tree->topLevelItem(i)->isHidden());
}

void TestTracePanel::copyPutsThePlainTextOnTheClipboard()
{
    auto window = test::demoWindow();
    QApplication::clipboard()->clear();
    qobject_cast<QPushButton*>(test::namedChild(*window, "copyTraceButton"))->click();
    const QString copied = QApplication::clipboard()->text();
    QCOMPARE(copied, window->trace()->text());
    QVERIFY(copied.count(QLatin1Char('\n')) > 100);
}

QTEST_MAIN(TestTracePanel)
#include "tst_trace_panel.moc"
