// MainWindow's teaching features (issue #5): the Presets menu and start page, the banner that
// explains the open preset, the misconceptions dock and presentation mode.
#include "main_window.h"

#include "document_controller.h"
#include "presentation_mode.h"
#include "start_page.h"

#include "core/io/preset_catalog.h"
#include "widgets/chart_deck.h"
#include "widgets/misconceptions_panel.h"
#include "widgets/preset_banner.h"

#include <QCoreApplication>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QVBoxLayout>

namespace xm {
namespace {

const QString kMisconceptionsDock = QStringLiteral("misconceptionsDock");

} // namespace

static_assert(static_cast<int>(io::PresetChart::History) + 1 == ChartDeck::ChartCount,
              "a preset's chart names a tab of the chart deck");

void MainWindow::createPresetUi()
{
    m_presetBanner = new PresetBanner;
    static_cast<QVBoxLayout*>(centralWidget()->layout())->insertWidget(0, m_presetBanner);

    m_misconceptions = new MisconceptionsPanel(*m_session);
    m_misconceptions->setObjectName(QStringLiteral("misconceptionsPanel"));
    QDockWidget* trace = m_docks.value(2);
    QDockWidget* dock = addDock(m_misconceptions, tr("What cross-margining does not do"),
                                kMisconceptionsDock, Qt::BottomDockWidgetArea);
    tabifyDockWidget(trace, dock);
    trace->raise();
    connect(m_misconceptions, &MisconceptionsPanel::presetRequested, m_documents, &DocumentController::openPreset);

    m_presentation = new PresentationMode(*this, *m_session, *m_documents, *m_charts);
    if (auto* view = menuBar()->findChild<QMenu*>(QStringLiteral("viewMenu"))) {
        view->addAction(dock->toggleViewAction());
        view->addSeparator();
        view->addAction(m_presentation->toggleAction());
    }
    createPresetMenu();
    connect(m_documents, &DocumentController::presetChanged, this, &MainWindow::showPreset);
}

void MainWindow::createPresetMenu()
{
    auto* menu = new QMenu(tr("&Presets"), this);
    menu->setObjectName(QStringLiteral("presetsMenu"));
    for (const io::Preset& preset : io::presets()) {
        QAction* action = menu->addAction(QCoreApplication::translate("xm::Presets", preset.title));
        action->setObjectName(QStringLiteral("preset-") + preset.name);
        action->setStatusTip(QCoreApplication::translate("xm::Presets", preset.explanation));
        connect(action, &QAction::triggered, m_documents, [this, name = preset.name] { m_documents->openPreset(name); });
    }
    menu->addSeparator();
    QAction* start = menu->addAction(tr("&Start page…"), this, &MainWindow::showStartPage);
    start->setObjectName(QStringLiteral("startPageAction"));
    QAction* misconceptions = menu->addAction(tr("&What cross-margining does not do"), this, [this] {
        auto* dock = findChild<QDockWidget*>(kMisconceptionsDock);
        dock->show();
        dock->raise();
    });
    misconceptions->setObjectName(QStringLiteral("misconceptionsAction"));
    // Before Help, which stays last.
    const QList<QAction*> menus = menuBar()->actions();
    menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.constLast(), menu);
}

void MainWindow::showStartPage()
{
    StartPage page(this);
    connect(&page, &StartPage::presetChosen, m_documents, &DocumentController::openPreset, Qt::QueuedConnection);
    page.exec();
}

void MainWindow::showPreset()
{
    const io::Preset* preset = io::findPreset(m_documents->presetName());
    m_presetBanner->showPreset(preset);
    if (!preset)
        return;
    m_charts->setCurrentIndex(static_cast<int>(preset->chart));
    // Teaching context: bring the misconceptions forward in their tab group, unless closed.
    auto* dock = findChild<QDockWidget*>(kMisconceptionsDock);
    if (dock->toggleViewAction()->isChecked())
        dock->raise();
}

} // namespace xm
