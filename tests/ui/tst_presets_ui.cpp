// Teaching and presenting in the desktop window (issue #5): --list-presets, the Presets menu
// and start page, the preset banner, the live misconceptions panel and presentation mode.
#include "window_fixture.h"

#include "document_controller.h"
#include "presentation_mode.h"
#include "start_page.h"

#include "core/io/preset_catalog.h"
#include "widgets/chart_deck.h"
#include "widgets/chart_palette.h"
#include "widgets/charts/session_chart.h"
#include "widgets/margin_session.h"
#include "widgets/misconceptions_panel.h"
#include "widgets/presentation_theme.h"
#include "widgets/preset_banner.h"
#include "widgets/summary_panel.h"

#include <qcustomplot.h>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace xm;

namespace {

constexpr int kProcessTimeoutMs = 120000;
constexpr int kPollMs = 20;

struct ProcessOutput {
    int exitCode = -1;
    QString out;
    QString err;
};

ProcessOutput runDesktop(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(XMARGIN_DESKTOP_EXE), arguments);
    if (!process.waitForFinished(kProcessTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {-1, {}, u"did not finish: "_s + process.errorString()};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

QStringList presetNames()
{
    QStringList names;
    for (const io::Preset& preset : io::presets())
        names << preset.name;
    return names;
}

QString translated(const char* text)
{
    return QCoreApplication::translate("xm::Presets", text);
}

// Clicks the button named `name` in the start page once it is shown, then closes the page
// if the click left it open.
void clickInStartPage(const QString& name, int pollsLeft = 250)
{
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        auto* page = qobject_cast<StartPage*>(widget);
        if (page && page->isVisible()) {
            if (auto* button = page->findChild<QAbstractButton*>(name))
                button->click();
            if (page->isVisible())
                page->reject();
            return;
        }
    }
    if (pollsLeft > 0)
        QTimer::singleShot(kPollMs, [=] { clickInStartPage(name, pollsLeft - 1); });
}

QCustomPlot* comparisonPlot(const MainWindow& window)
{
    return window.charts()->chart(ChartDeck::Comparison)->plot();
}

double titlePointSize(const QCustomPlot& plot)
{
    return qobject_cast<QCPTextElement*>(plot.plotLayout()->element(0, 0))->font().pointSizeF();
}

QList<QDockWidget*> docks(const MainWindow& window)
{
    return window.findChildren<QDockWidget*>();
}

} // namespace

class TestPresetsUi final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void listPresetsPrintsEveryNameAndExitsZero();
    void unknownPresetExitsWithTheValidNames();
    void presetsMenuOpensANewUnsavedDocument_data();
    void presetsMenuOpensANewUnsavedDocument();
    void openingAPresetAsksAboutUnsavedChanges();
    void startPageOpensTheChosenPreset();
    void bannerFollowsThePreset();
    void misconceptionsFollowThePortfolio();
    void misconceptionButtonsOpenTheirPresets();
    void presentationModeHidesChromeScalesAndRestores();
    void presentationKeysStepThroughPresetsAndCharts();
    void closingWhilePresentingSavesTheWorkingLayout();

private:
    QTemporaryDir m_settings;
};

void TestPresetsUi::initTestCase()
{
    QVERIFY(m_settings.isValid());
    test::isolateSettings(m_settings);
}

void TestPresetsUi::listPresetsPrintsEveryNameAndExitsZero()
{
    const ProcessOutput result = runDesktop({u"--list-presets"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(result.out.split(u'\n', Qt::SkipEmptyParts), presetNames());
}

void TestPresetsUi::unknownPresetExitsWithTheValidNames()
{
    const ProcessOutput result = runDesktop({u"--preset"_s, u"no-such-preset"_s, u"--screenshot"_s, u"/dev/null"_s});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"no-such-preset"_s), qPrintable(result.err));
    for (const QString& name : presetNames())
        QVERIFY2(result.err.contains(name), qPrintable(result.err));
}

void TestPresetsUi::presetsMenuOpensANewUnsavedDocument_data()
{
    QTest::addColumn<QString>("name");
    for (const QString& name : presetNames())
        QTest::newRow(qPrintable(name)) << name;
}

void TestPresetsUi::presetsMenuOpensANewUnsavedDocument()
{
    QFETCH(QString, name);
    auto window = test::demoWindow();
    auto* action = qobject_cast<QAction*>(test::namedChild(*window, qPrintable(u"preset-"_s + name)));
    const io::Preset& preset = io::presetNamed(name);
    QCOMPARE(action->text(), translated(preset.title));
    QCOMPARE(action->statusTip(), translated(preset.explanation));

    action->trigger();
    DocumentController* documents = window->documents();
    QCOMPARE(documents->presetName(), name);
    QVERIFY(documents->filePath().isEmpty());
    QVERIFY(!documents->isModified());
    // The preset's portfolio, named after the preset's title (charts and the report show it).
    Portfolio expected = io::loadPreset(name).portfolio;
    expected.name = translated(preset.title).toStdString();
    QVERIFY(window->session().document().portfolio == expected);
    QVERIFY(!window->presetBanner()->isHidden());
    QCOMPARE(window->presetBanner()->explanation(), translated(preset.explanation));
    QCOMPARE(window->charts()->currentIndex(), static_cast<int>(preset.chart));
}

void TestPresetsUi::openingAPresetAsksAboutUnsavedChanges()
{
    auto window = test::demoWindow();
    window->session().setName(u"edited"_s);
    QVERIFY(window->documents()->isModified());
    auto* action = qobject_cast<QAction*>(test::namedChild(*window, "preset-costs-more"));
    {
        const test::MessageBoxAnswer cancel(QMessageBox::Cancel);
        action->trigger();
        QVERIFY(cancel.answered());
    }
    QVERIFY(window->documents()->presetName().isEmpty());
    QCOMPARE(window->session().document().portfolio.name, std::string("edited"));
    {
        const test::MessageBoxAnswer discard(QMessageBox::Discard);
        action->trigger();
        QVERIFY(discard.answered());
    }
    QCOMPARE(window->documents()->presetName(), u"costs-more"_s);
}

void TestPresetsUi::startPageOpensTheChosenPreset()
{
    StartPage::setShowAtStart(true);
    auto window = test::demoWindow();
    QTimer::singleShot(0, [] { clickInStartPage(u"showAtStartCheck"_s); });
    window->showStartPage();
    QVERIFY(!StartPage::showAtStart());
    StartPage::setShowAtStart(true);

    QTimer::singleShot(0, [] { clickInStartPage(u"openPreset-bills-tips"_s); });
    window->showStartPage();
    QTRY_COMPARE(window->documents()->presetName(), u"bills-tips"_s);
    QVERIFY(!window->documents()->isModified());
}

void TestPresetsUi::bannerFollowsThePreset()
{
    auto window = test::demoWindow();
    PresetBanner* banner = window->presetBanner();
    QVERIFY(banner->isHidden());  // the demo is a file-less document, not a preset
    window->documents()->openPreset(u"overhedged"_s);
    QVERIFY(!banner->isHidden());
    QVERIFY(banner->title().contains(translated(io::presetNamed(u"overhedged"_s).title)));
    qobject_cast<QAbstractButton*>(test::namedChild(*banner, "presetBannerClose"))->click();
    QVERIFY(banner->isHidden());
    // Edits keep the preset; another preset brings the banner back; a new document ends it.
    Position position = window->session().positions().at(1);
    position.quantity = -1500;
    window->session().updatePosition(1, position);
    QCOMPARE(window->documents()->presetName(), u"overhedged"_s);
    window->session().undoStack()->setClean();  // no unsaved-changes prompt
    window->documents()->openPreset(u"curve-2s10s"_s);
    QVERIFY(!banner->isHidden());
    window->documents()->newDocument();
    QVERIFY(window->documents()->presetName().isEmpty());
    QVERIFY(banner->isHidden());
}

void TestPresetsUi::misconceptionsFollowThePortfolio()
{
    auto window = test::demoWindow();
    MisconceptionsPanel* panel = window->misconceptions();
    DocumentController* documents = window->documents();
    using T = MisconceptionsPanel;

    documents->loadPreset(u"basis-10y"_s);
    QVERIFY2(panel->liveText(T::Accounts).contains(u"→ eligible"_s), qPrintable(panel->liveText(T::Accounts)));
    QVERIFY2(panel->liveText(T::Options).contains(u"no options"_s), qPrintable(panel->liveText(T::Options)));
    QVERIFY2(panel->liveText(T::Netting).contains(u"every position sits in the cross-margin account"_s),
             qPrintable(panel->liveText(T::Netting)));

    // The account changes live: a firm that is not an FCM.
    Account account = window->session().account();
    account.firm.fcm = false;
    window->session().setAccount(account);
    QVERIFY2(panel->liveText(T::Accounts).contains(u"not an FCM"_s), qPrintable(panel->liveText(T::Accounts)));
    QVERIFY2(panel->liveText(T::Netting).contains(u"not eligible"_s), qPrintable(panel->liveText(T::Netting)));

    documents->loadPreset(u"options-hedge"_s);
    QVERIFY2(panel->liveText(T::Options).contains(u"1 option position"_s), qPrintable(panel->liveText(T::Options)));

    documents->loadPreset(u"costs-more"_s);
    const QString netting = panel->liveText(T::Netting);
    QVERIFY2(netting.contains(u"OZNU5"_s) && netting.contains(u"costs $574,323 more"_s), qPrintable(netting));

    // Unallocating the futures puts them outside the cross-margin account too.
    Position futures = window->session().positions().at(1);
    futures.allocateXM = false;
    window->session().updatePosition(1, futures);
    QVERIFY2(panel->liveText(T::Netting).contains(u"ZNU5 (future, not allocated)"_s), qPrintable(panel->liveText(T::Netting)));

    documents->loadPreset(u"stress-2020"_s);
    panel->refreshNow();
    const QString shocks = panel->liveText(T::Shocks);
    QVERIFY2(shocks.contains(u"2020-03-02 – 2020-04-30"_s) && shocks.contains(u"$772,085"_s)
                 && shocks.contains(u"$817,919 on 2020-03-23"_s) && shocks.contains(u"+5.9%"_s),
             qPrintable(shocks));
}

void TestPresetsUi::misconceptionButtonsOpenTheirPresets()
{
    auto window = test::demoWindow();
    for (int topic = 0; topic < MisconceptionsPanel::TopicCount; ++topic) {
        const auto which = static_cast<MisconceptionsPanel::Topic>(topic);
        QVERIFY(io::findPreset(MisconceptionsPanel::presetFor(which)));
        auto* button = qobject_cast<QPushButton*>(
            test::namedChild(*window->misconceptions(), qPrintable(u"misconceptionPreset%1"_s.arg(topic))));
        button->click();
        QCOMPARE(window->documents()->presetName(), MisconceptionsPanel::presetFor(which));
    }
}

void TestPresetsUi::presentationModeHidesChromeScalesAndRestores()
{
    auto window = test::demoWindow();
    window->resize(1400, 900);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    window->documents()->openPreset(u"basis-10y"_s);
    QApplication::processEvents();

    PresentationMode* mode = window->presentation();
    mode->setFullScreen(false);
    const QByteArray state = window->saveState();
    QList<bool> dockVisible;
    for (QDockWidget* dock : docks(*window))
        dockVisible << dock->isVisible();
    const QFont font = QApplication::font();
    QCustomPlot* plot = comparisonPlot(*window);
    const double titleSize = titlePointSize(*plot);
    const QColor ficc = plot->plottable(0)->brush().color();
    QCOMPARE(ficc.rgb(), palette::kFicc.rgb());

    window->findChild<QAction*>(u"presentationAction"_s)->trigger();
    QVERIFY(mode->isActive());
    for (QDockWidget* dock : docks(*window))
        QVERIFY2(dock->isHidden(), qPrintable(dock->objectName()));
    for (QToolBar* bar : window->findChildren<QToolBar*>())
        QVERIFY(bar->isHidden());
    QVERIFY(window->menuBar()->isHidden());
    QVERIFY(window->summary()->isVisible() && window->charts()->isVisible() && window->presetBanner()->isVisible());
    const double scale = mode->fontScale();
    QVERIFY2(scale > 1.1, qPrintable(QString::number(scale)));
    QCOMPARE(QApplication::font().pointSizeF(), font.pointSizeF() * scale);
    QVERIFY(std::abs(titlePointSize(*plot) - titleSize * scale) < 1e-6);
    const QColor highContrast =
        presentation_theme::mapColour(palette::kFicc, presentation_theme::Colours::Standard,
                                      presentation_theme::Colours::HighContrast);
    QVERIFY(highContrast.rgb() != palette::kFicc.rgb());
    QCOMPARE(plot->plottable(0)->brush().color().rgb(), highContrast.rgb());
    QCOMPARE(QApplication::palette().color(QPalette::WindowText), QColor(Qt::black));
    // A new result redraws the bars in standard colours; they are converted before the replot.
    window->documents()->openPreset(u"curve-2s10s"_s);
    window->renderNow();
    QCOMPARE(plot->plottable(0)->brush().color().rgb(), highContrast.rgb());

    mode->leave();
    QVERIFY(!mode->isActive());
    QCOMPARE(QApplication::font(), font);
    QVERIFY(std::abs(titlePointSize(*plot) - titleSize) < 1e-6);
    QCOMPARE(plot->plottable(0)->brush().color().rgb(), palette::kFicc.rgb());
    QVERIFY(!window->menuBar()->isHidden());
    const QList<QDockWidget*> after = docks(*window);
    for (int i = 0; i < after.size(); ++i)
        QVERIFY2(after[i]->isVisible() == dockVisible.value(i), qPrintable(after[i]->objectName()));
    QApplication::processEvents();
    QCOMPARE(window->saveState(), state);
}

void TestPresetsUi::presentationKeysStepThroughPresetsAndCharts()
{
    auto window = test::demoWindow();
    window->show();
    QApplication::setActiveWindow(window.get());
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    PresentationMode* mode = window->presentation();
    mode->setFullScreen(false);
    const QStringList names = presetNames();
    DocumentController* documents = window->documents();

    QTest::keyClick(window.get(), Qt::Key_PageDown);  // not presenting: nothing happens
    QVERIFY(documents->presetName().isEmpty());
    QTest::keyClick(window.get(), Qt::Key_F11);
    QVERIFY(mode->isActive());

    QTest::keyClick(window.get(), Qt::Key_PageDown);  // from the demo: the first preset
    QCOMPARE(documents->presetName(), names.at(0));
    QTest::keyClick(window.get(), Qt::Key_PageDown);
    QCOMPARE(documents->presetName(), names.at(1));
    QTest::keyClick(window.get(), Qt::Key_Right);
    QCOMPARE(documents->presetName(), names.at(2));
    QTest::keyClick(window.get(), Qt::Key_PageUp);
    QCOMPARE(documents->presetName(), names.at(1));
    QTest::keyClick(window.get(), Qt::Key_Left);
    QCOMPARE(documents->presetName(), names.at(0));
    QTest::keyClick(window.get(), Qt::Key_Left);  // the first stays
    QCOMPARE(documents->presetName(), names.at(0));
    QTest::keyClick(window.get(), Qt::Key_PageDown);
    QTest::keyClick(window.get(), Qt::Key_Home);
    QCOMPARE(documents->presetName(), names.at(0));

    QTest::keyClick(window.get(), Qt::Key_6);
    QCOMPARE(window->charts()->currentIndex(), static_cast<int>(ChartDeck::History));
    QTest::keyClick(window.get(), Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(window->charts()->currentIndex(), static_cast<int>(ChartDeck::History) + 1);
    QTest::keyClick(window.get(), Qt::Key_1);
    QCOMPARE(window->charts()->currentIndex(), 0);

    QTest::keyClick(window.get(), Qt::Key_Escape);
    QVERIFY(!mode->isActive());
    QVERIFY(!window->menuBar()->isHidden());
    QTest::keyClick(window.get(), Qt::Key_PageDown);  // the keys are off again
    QCOMPARE(documents->presetName(), names.at(0));
}

void TestPresetsUi::closingWhilePresentingSavesTheWorkingLayout()
{
    {
        auto window = test::demoWindow();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->presentation()->setFullScreen(false);
        window->presentation()->enter();
        QVERIFY(window->close());
        QVERIFY(!window->presentation()->isActive());
    }
    auto window = test::demoWindow();
    window->restoreSettings();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QVERIFY(!window->menuBar()->isHidden());
    QVERIFY(!window->findChild<QDockWidget*>(u"portfolioDock"_s)->isHidden());
    QVERIFY(!window->findChild<QToolBar*>(u"mainToolBar"_s)->isHidden());
}

QTEST_MAIN(TestPresetsUi)
#include "tst_presets_ui.moc"
