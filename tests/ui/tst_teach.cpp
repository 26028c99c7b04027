// Teach and present in the main window (issue #5): "Why (not) eligible?" from the portfolio
// table opens the eligibility dock on that position, Model → Stress test opens the stress
// test beside the window, and both render. XMARGIN_SCREENSHOT_DIR, when set, receives the
// window pictures (for documentation).
#include "main_window.h"
#include "window_fixture.h"

#include "widgets/charts/stress_chart.h"
#include "widgets/eligibility_explainer.h"
#include "widgets/eligibility_explainer_model.h"
#include "widgets/margin_session.h"
#include "widgets/portfolio_editor.h"
#include "widgets/portfolio_table_model.h"
#include "widgets/portfolio_table_view.h"
#include "widgets/stress_panel.h"

#include <QAction>
#include <QDockWidget>
#include <QImage>
#include <QSet>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace xm;

namespace {

constexpr QSize kWindowSize{1400, 900};

int colourCount(const QImage& image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 5) {
        for (int x = 0; x < image.width(); x += 5)
            colours.insert(image.pixel(x, y));
    }
    return static_cast<int>(colours.size());
}

// A grab of a whole window: not blank, and kept when XMARGIN_SCREENSHOT_DIR is set.
void checkPicture(MainWindow& window, QWidget& shown, const QString& name)
{
    window.renderNow();
    QTest::qWait(100);  // layouts settle over a few event-loop turns
    const QImage image = shown.grab().toImage();
    QVERIFY2(colourCount(image) > 40, qPrintable(name + QStringLiteral(": blank?")));
    const QString directory = qEnvironmentVariable("XMARGIN_SCREENSHOT_DIR");
    if (!directory.isEmpty())
        QVERIFY(image.save(directory + QLatin1Char('/') + name + QStringLiteral(".png")));
}

} // namespace

class TestTeach final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void explainFromThePortfolioTable();
    void stressFromTheModelMenu();

private:
    QTemporaryDir m_settings;
};

void TestTeach::initTestCase()
{
    QVERIFY(m_settings.isValid());
    test::isolateSettings(m_settings);
}

void TestTeach::explainFromThePortfolioTable()
{
    auto window = test::demoWindow();
    window->resize(kWindowSize);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    MarginSession& session = window->session();
    session.addPosition(*parseQuickEntry("OZN 2025-09 10", session.quickEntryContext()).position);

    auto* dock = qobject_cast<QDockWidget*>(test::namedChild(*window, "eligibilityDock"));
    QVERIFY(dock->toggleViewAction()->isCheckable());
    PortfolioTableView* view = window->editor()->view();
    const int row = view->portfolioModel()->rowOfPosition(2);
    emit view->doubleClicked(view->portfolioModel()->index(row, PortfolioTableModel::EligibleColumn));
    QVERIFY(dock->isVisible());
    EligibilityExplainer* explainer = window->eligibilityExplainer();
    QVERIFY(!explainer->visibleRegion().isEmpty());
    QCOMPARE(explainer->view()->currentIndex(), explainer->model()->positionIndex(2));
    QVERIFY2(explainer->detailsText().contains(QStringLiteral("Stays in the regular CME account")),
             qPrintable(explainer->detailsText()));
    checkPicture(*window, *window, QStringLiteral("xmargin-eligibility-explainer"));
}

void TestTeach::stressFromTheModelMenu()
{
    auto window = test::demoWindow();
    window->resize(kWindowSize);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto* action = qobject_cast<QAction*>(test::namedChild(*window, "stressTestAction"));
    QVERIFY(!window->stressPanel());
    action->trigger();
    StressPanel* panel = window->stressPanel();
    QVERIFY(panel && panel->isVisible());
    QWidget& dialog = *panel->window();
    QVERIFY(&dialog != window.get() && QTest::qWaitForWindowExposed(&dialog));
    StressChart* chart = panel->chart();
    chart->refreshNow();
    QVERIFY(chart->result().has_value() && chart->hasData());
    QVERIFY2(window->stressPanel()->readingText().startsWith(QStringLiteral("Cross-margined margin rises")),
             qPrintable(window->stressPanel()->readingText()));
    checkPicture(*window, dialog, QStringLiteral("xmargin-stress-march-2020"));
    chart->pickShock(StressChart::Parallel, 100.0);
    chart->refreshNow();
    checkPicture(*window, dialog, QStringLiteral("xmargin-stress-parallel-100"));
    // Edits reach the open stress test.
    Position cash = window->session().positions()[0];
    cash.quantity /= 2.0;
    window->session().updatePosition(0, cash);
    chart->refreshNow();
    QCOMPARE(chart->result()->before.requirements.crossMargined, window->session().result().crossMargined);
    // Opening it again brings back the same one.
    action->trigger();
    QCOMPARE(window->stressPanel(), panel);
}

QTEST_MAIN(TestTeach)
#include "tst_teach.moc"
