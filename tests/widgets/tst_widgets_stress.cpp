// The stress tab (issue #5): the chart's bars and the tables show the session's stress
// result, the reading says it in plain words, the controls pick windows and shocks, and the
// tab follows edits.
#include "session_fixture.h"

#include "tests/support/bundled_market.h"

#include "widgets/charts/stress_chart.h"
#include "widgets/charts/usd_text.h"
#include "widgets/stress_panel.h"
#include "widgets/stress_text.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QImage>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace xm;
using xm::test::barValues;
using xm::test::demoSession;

class TestStressPanel final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensOnMarch2020();
    void shocksFromTheControls_data();
    void shocksFromTheControls();
    void followsEdits();
    void readingWordsEveryDirection();
    void exportsAndHovers();

private:
    std::unique_ptr<MarginSession> m_session;
    std::unique_ptr<StressPanel> m_panel;
};

void TestStressPanel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestStressPanel::init()
{
    m_session = demoSession();
    m_panel = std::make_unique<StressPanel>(*m_session);
    m_panel->resize(900, 760);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_panel->chart()->refreshNow();
}

void TestStressPanel::cleanup()
{
    m_panel.reset();
    m_session.reset();
}

void TestStressPanel::opensOnMarch2020()
{
    StressChart& chart = *m_panel->chart();
    QVERIFY(chart.result().has_value());
    const StressResult& r = *chart.result();
    QCOMPARE(QString::fromStdString(r.scenario.id), QStringLiteral("2020"));
    const StressResult direct = m_session->stress(r.scenario);
    QCOMPARE(r.after.requirements.crossMargined, direct.after.requirements.crossMargined);
    QCOMPARE(barValues(*chart.beforeBars()), (QList<double>{r.before.requirements.duplicated, r.before.requirements.crossMargined}));
    QCOMPARE(barValues(*chart.afterBars()), (QList<double>{r.after.requirements.duplicated, r.after.requirements.crossMargined}));
    QCOMPARE(chart.afterBars()->name(), QStringLiteral("At its highest (2020-03-23)"));
    QVERIFY(!chart.sizeBox()->isVisible());
    QVERIFY2(chart.title().contains(QStringLiteral("March 2020")), qPrintable(chart.title()));

    QCOMPARE(m_panel->readingText(),
             QStringLiteral("Cross-margined margin rises from $606k to $641k (+5.8%) at its highest in March 2020 dash for "
                            "cash (2020-03-23). The saving stays 80.0% of a larger number. The curve move earns the "
                            "portfolio $273k (its P&L, received as variation margin)."));
    const QTableWidget& table = *m_panel->requirementsTable();
    QCOMPARE(table.columnCount(), 5);
    QCOMPARE(table.horizontalHeaderItem(0)->text(), QStringLiteral("Before\n2020-02-28"));
    QCOMPARE(table.horizontalHeaderItem(4)->text(), QStringLiteral("Window end\n2020-04-30"));
    QCOMPARE(table.verticalHeaderItem(5)->text(), QStringLiteral("Cross-margined"));
    QCOMPARE(table.item(5, 1)->text(), usdExact(r.after.requirements.crossMargined));
    QCOMPARE(table.item(5, 3)->text(), QStringLiteral("+5.8%"));
    QCOMPARE(table.item(2, 0)->text(), usdExact(r.before.requirements.duplicated));
    const QTableWidget& pnl = *m_panel->pnlTable();
    QCOMPARE(pnl.rowCount(), 3);
    QCOMPARE(pnl.item(2, 1)->text(), usdExact(r.pnl));
    QVERIFY2(pnl.item(1, 0)->text().startsWith(QStringLiteral("p2 · ZN 2025-09")), qPrintable(pnl.item(1, 0)->text()));
}

void TestStressPanel::shocksFromTheControls_data()
{
    QTest::addColumn<int>("choice");
    QTest::addColumn<double>("size");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("readingStart");
    QTest::newRow("+100bp") << int(StressChart::Parallel) << 100.0 << "Parallel +100bp"
                            << "Cross-margined margin falls from $798k to $783k (−1.9%) when every par yield moves +100bp.";
    QTest::newRow("steepener") << int(StressChart::Twist) << 25.0 << "Steepener: 2Y −25bp, 10Y +25bp"
                               << "Cross-margined margin falls from $798k to $795k (−0.4%) when the 2-year yield moves −25bp and the "
                                  "10-year +25bp. The saving stays 80.0% of a smaller number. The curve move costs the "
                                  "portfolio $949k (its P&L, paid as variation margin).";
    QTest::newRow("volatility x2") << int(StressChart::Volatility) << 2.0 << "Volatility ×2"
                                   << "Cross-margined margin rises from $798k to $1.60m (+100.0%) when every historical move "
                                      "is scaled ×2. The saving stays 80.0% of a larger number.";
}

void TestStressPanel::shocksFromTheControls()
{
    QFETCH(int, choice);
    QFETCH(double, size);
    QFETCH(QString, name);
    QFETCH(QString, readingStart);
    StressChart& chart = *m_panel->chart();
    chart.pickShock(static_cast<StressChart::Choice>(choice), size);
    QVERIFY(chart.sizeBox()->isVisible());
    QCOMPARE(chart.sizeBox()->value(), size);
    chart.refreshNow();
    QVERIFY(chart.result().has_value());
    QCOMPARE(StressText::name(chart.result()->scenario), name);
    QVERIFY2(m_panel->readingText().startsWith(readingStart), qPrintable(m_panel->readingText()));
    QCOMPARE(m_panel->requirementsTable()->columnCount(), 4);
    QCOMPARE(m_panel->requirementsTable()->horizontalHeaderItem(1)->text(), QStringLiteral("Stressed"));
    const StressResult direct = m_session->stress(chart.scenario());
    QCOMPARE(barValues(*chart.afterBars())[1], direct.after.requirements.crossMargined);

    // The spin box changes the size of the same kind of shock.
    chart.sizeBox()->setValue(size * 2.0);
    chart.refreshNow();
    QCOMPARE(chart.result()->after.requirements.crossMargined,
             m_session->stress(chart.scenario()).after.requirements.crossMargined);
    QVERIFY(chart.result()->scenario.shock.parShiftBp != direct.scenario.shock.parShiftBp
            || chart.result()->scenario.shock.volatilityMultiplier == 2.0 * size);
}

void TestStressPanel::followsEdits()
{
    StressChart& chart = *m_panel->chart();
    const double before = chart.result()->after.requirements.crossMargined;
    Position cash = m_session->positions()[0];
    cash.quantity *= 2.0;
    m_session->updatePosition(0, cash);
    chart.refreshNow();
    const double after = chart.result()->after.requirements.crossMargined;
    QVERIFY2(after > before * 1.2, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    QCOMPARE(after, m_session->stress(chart.scenario()).after.requirements.crossMargined);
    QCOMPARE(m_panel->pnlTable()->item(0, 1)->text(), usdExact(chart.result()->legs[0].pnl));

    // A window the history does not cover says so instead of drawing.
    ModelParameters parameters = m_session->parameters();
    parameters.ficc.stressWindows = {{test::isoDate("1985-01-02"), test::isoDate("1985-06-28"), "Before the data"}};
    m_session->setParameters(parameters);
    chart.refreshNow();
    QCOMPARE(chart.scenarioPicker()->itemText(0), QStringLiteral("Before the data (1985-01-02 to 1985-06-28)"));
    QCOMPARE(chart.scenarioPicker()->currentIndex(), 0);
    QVERIFY(!chart.result().has_value() && !chart.hasData());
    QCOMPARE(m_panel->readingText(), QString());
    QCOMPARE(m_panel->requirementsTable()->columnCount(), 0);
    QCOMPARE(m_panel->pnlTable()->rowCount(), 0);
}

void TestStressPanel::readingWordsEveryDirection()
{
    StressResult r;
    r.scenario = volatilityScenario(0.5);
    r.before.requirements = {1e6, 1e6, 2e6, 0.4e6, 1.6e6, 0.0, 0.0, 0.8, true, 0.2e6, 0.2e6};
    r.after.requirements = {0.5e6, 0.5e6, 1e6, 0.2e6, 0.8e6, 0.0, 0.0, 0.8, true, 0.1e6, 0.1e6};
    QCOMPARE(StressText::reading(r), QStringLiteral("Cross-margined margin falls from $400k to $200k (−50.0%) when every "
                                                    "historical move is scaled ×0.5. The saving stays 80.0% of a smaller "
                                                    "number."));
    r.after.requirements = r.before.requirements;
    r.after.requirements.savings = 1.2e6;
    r.after.requirements.crossMargined = 0.8e6;
    r.pnl = -1.5e6;
    QCOMPARE(StressText::reading(r), QStringLiteral("Cross-margined margin rises from $400k to $800k (+100.0%) when every "
                                                    "historical move is scaled ×0.5. The saving moves from 80.0% to 60.0% "
                                                    "of the duplicated requirement. The curve move costs the portfolio "
                                                    "$1.50m (its P&L, paid as variation margin)."));
    r.before.requirements = r.after.requirements = {};
    r.pnl = 0.0;
    QCOMPARE(StressText::reading(r), QStringLiteral("Cross-margined margin stays at $0 when every historical move is scaled "
                                                    "×0.5. Nothing is saved before or after: no position is cross-margined."));
    QCOMPARE(StressText::change(0.0, 5.0), QString());
    QCOMPARE(StressText::change(100.0, 100.001), QStringLiteral("0.0%"));
}

void TestStressPanel::exportsAndHovers()
{
    StressChart& chart = *m_panel->chart();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stress.png"));
    QVERIFY(chart.savePng(path, 900, 560));
    const QImage image(path);
    QVERIFY2(!image.isNull() && image.width() >= 900, qPrintable(path));
    QVERIFY2(chart.exportName().startsWith(QStringLiteral("xmargin-stress-test-")), qPrintable(chart.exportName()));

    // Hovering the cross-margined bar after the stress reads its FICC and CME parts.
    chart.plot()->replot(QCustomPlot::rpImmediateRefresh);
    const QCPBars* after = chart.afterBars();
    const auto bar = after->data()->at(1);
    const QPoint pixel(int(chart.plot()->xAxis->coordToPixel(bar->key)), int(chart.plot()->yAxis->coordToPixel(bar->value / 2.0)));
    QTest::mouseMove(chart.plot(), pixel);
    const QString readout = chart.readoutText();
    QVERIFY2(readout.startsWith(QStringLiteral("Cross-margined · At its highest (2020-03-23)\nFICC:")), qPrintable(readout));
    QVERIFY2(readout.contains(usdExact(chart.result()->after.requirements.crossMargined)), qPrintable(readout));
}

QTEST_MAIN(TestStressPanel)
#include "tst_widgets_stress.moc"
