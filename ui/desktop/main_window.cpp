#include "main_window.h"

#include "autosaver.h"
#include "document_controller.h"
#include "presentation_mode.h"
#include "language_menu.h"
#include "recent_files.h"
#include "report_export.h"
#include "recovery_prompt.h"

#include "widgets/account_panel.h"
#include "widgets/amount_format.h"
#include "widgets/chart_deck.h"
#include "widgets/charts/session_chart.h"
#include "widgets/date_conversion.h"
#include "widgets/glossary_window.h"
#include "widgets/eligibility_explainer.h"
#include "widgets/history_date_edit.h"
#include "widgets/margin_session.h"
#include "widgets/model_settings_dialog.h"
#include "widgets/par_curve_page.h"
#include "widgets/portfolio_editor.h"
#include "widgets/portfolio_table_view.h"
#include "widgets/stress_panel.h"
#include "widgets/summary_panel.h"
#include "widgets/trace_panel.h"
#include "widgets/xm_rule_text.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <stdexcept>

namespace xm {
namespace {

constexpr int kStateVersion = 1;
constexpr int kPortfolioDockWidth = 700;
// The editor's minimum follows its one-line hint; below 1400 pixels the table matters more.
constexpr int kPortfolioMinimumWidth = 560;
// Chart minimums follow their longest title or footnote; the charts read well narrower.
constexpr QSize kChartDeckMinimumSize{480, 220};
constexpr int kTraceDockHeight = 190;
constexpr int kExplainerDockHeight = 300;
constexpr QSize kStressDialogSize{1040, 860};
constexpr int kCompactWindowHeight = 850;  // below this the trace shares the account's place
constexpr int kStatusMessageMs = 6000;
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");

QAction* newAction(QObject* parent, const QString& text, const QKeySequence& shortcut, const QString& name)
{
    auto* action = new QAction(text, parent);
    action->setShortcut(shortcut);
    action->setObjectName(name);
    return action;
}

} // namespace

MainWindow::MainWindow(const MarketData& data, ModelParameters parameters, QWidget* parent)
    : QMainWindow(parent)
    , m_data(data)
    , m_session(new MarginSession(data, std::move(parameters), this))
    , m_documents(new DocumentController(*m_session, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);  // portfolio documents (main_window_drops.cpp)
    setDockOptions(AnimatedDocks | AllowTabbedDocks);
    setCorner(Qt::TopLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);

    createActions();
    createCentralWidget();
    createDocks();
    createToolBar();
    createMenus();
    createStatusBar();
    createPresetUi();

    connect(m_documents, &DocumentController::titleChanged, this, &MainWindow::updateTitle);
    connect(m_documents, &DocumentController::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, kStatusMessageMs); });
    connect(m_session, &MarginSession::resultChanged, this, &MainWindow::showSessionState);
    connect(m_session, &MarginSession::documentChanged, this, &MainWindow::updateTitle);
    updateTitle();
    showSessionState();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    DocumentController* documents = m_documents;
    Actions& a = m_actions;
    a.newDocument = newAction(this, tr("&New"), QKeySequence::New, QStringLiteral("newAction"));
    a.open = newAction(this, tr("&Open…"), QKeySequence::Open, QStringLiteral("openAction"));
    a.save = newAction(this, tr("&Save"), QKeySequence::Save, QStringLiteral("saveAction"));
    a.saveAs = newAction(this, tr("Save &As…"), QKeySequence::SaveAs, QStringLiteral("saveAsAction"));
    a.importPositions = newAction(this, tr("&Import positions CSV…"), tr("Ctrl+I"), QStringLiteral("importAction"));
    a.exportPositions = newAction(this, tr("Export &positions CSV…"), {}, QStringLiteral("exportPositionsAction"));
    a.exportJson = newAction(this, tr("Export results &JSON…"), {}, QStringLiteral("exportJsonAction"));
    a.exportCsv = newAction(this, tr("Export results &CSV…"), {}, QStringLiteral("exportCsvAction"));
    a.exportChart = newAction(this, tr("Export &chart…"), tr("Ctrl+E"), QStringLiteral("exportChartAction"));
    a.exportReport = newAction(this, tr("Export &report (PDF)…"), tr("Ctrl+Shift+E"), QStringLiteral("exportReportAction"));
    a.print = newAction(this, tr("&Print…"), QKeySequence::Print, QStringLiteral("printAction"));
    a.printPreview = newAction(this, tr("Print pre&view…"), {}, QStringLiteral("printPreviewAction"));
    a.quit = newAction(this, tr("&Quit"), QKeySequence::Quit, QStringLiteral("quitAction"));
    a.addSecurity = newAction(this, tr("Add &security…"), tr("Ctrl+Shift+B"), QStringLiteral("addSecurityAction"));
    a.addFuture = newAction(this, tr("Add &future…"), tr("Ctrl+Shift+F"), QStringLiteral("addFutureAction"));
    a.remove = newAction(this, tr("&Remove"), {}, QStringLiteral("removeAction"));
    a.modelSettings = newAction(this, tr("Model &settings…"), tr("Ctrl+,"), QStringLiteral("modelSettingsAction"));
    a.about = newAction(this, tr("&About XMargin"), {}, QStringLiteral("aboutAction"));
    a.glossary = newAction(this, tr("&Glossary"), QKeySequence::HelpContents, QStringLiteral("glossaryAction"));
    a.glossary->setToolTip(tr("Every term of cross-margining explained, with a search"));
    a.stressTest = newAction(this, tr("S&tress test…"), tr("Ctrl+Shift+T"), QStringLiteral("stressTestAction"));
    a.stressTest->setToolTip(tr("Requirements before and after a historical window, a curve shock or a volatility stress"));

    a.undo = m_session->undoStack()->createUndoAction(this, tr("&Undo"));
    a.undo->setShortcut(QKeySequence::Undo);
    a.redo = m_session->undoStack()->createRedoAction(this, tr("&Redo"));
    a.redo->setShortcut(QKeySequence::Redo);

    const QStyle* style = QApplication::style();
    a.newDocument->setIcon(style->standardIcon(QStyle::SP_FileIcon));
    a.open->setIcon(style->standardIcon(QStyle::SP_DialogOpenButton));
    a.save->setIcon(style->standardIcon(QStyle::SP_DialogSaveButton));
    a.undo->setIcon(style->standardIcon(QStyle::SP_ArrowBack));
    a.redo->setIcon(style->standardIcon(QStyle::SP_ArrowForward));
    a.newDocument->setToolTip(tr("Start an empty portfolio in the same account"));
    a.open->setToolTip(tr("Open a portfolio (.xmargin)"));
    a.save->setToolTip(tr("Save the portfolio"));
    a.modelSettings->setIcon(style->standardIcon(QStyle::SP_FileDialogDetailedView));
    a.modelSettings->setToolTip(tr("Every model parameter with its provenance; the cross-margin reading and the CME model"));
    a.remove->setEnabled(false);

    connect(a.newDocument, &QAction::triggered, documents, &DocumentController::newDocument);
    connect(a.open, &QAction::triggered, documents, &DocumentController::open);
    connect(a.save, &QAction::triggered, documents, &DocumentController::save);
    connect(a.saveAs, &QAction::triggered, documents, &DocumentController::saveAs);
    connect(a.importPositions, &QAction::triggered, documents, &DocumentController::importPositions);
    connect(a.exportPositions, &QAction::triggered, documents, &DocumentController::exportPositions);
    connect(a.exportJson, &QAction::triggered, documents, &DocumentController::exportResultsJson);
    connect(a.exportCsv, &QAction::triggered, documents, &DocumentController::exportResultsCsv);
    connect(a.exportChart, &QAction::triggered, this, &MainWindow::exportChart);
    connect(a.exportReport, &QAction::triggered, this, [this] { m_documents->exportReport(windowReport(*this)); });
    connect(a.print, &QAction::triggered, this, [this] { printReport(*this); });
    connect(a.printPreview, &QAction::triggered, this, [this] { previewReport(*this); });
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    connect(a.modelSettings, &QAction::triggered, this, &MainWindow::openModelSettings);
    connect(a.about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(a.glossary, &QAction::triggered, this, &MainWindow::showGlossary);
    connect(a.stressTest, &QAction::triggered, this, &MainWindow::showStressTest);
}

void MainWindow::createCentralWidget()
{
    m_summary = new SummaryPanel(*m_session);
    m_summary->setObjectName(QStringLiteral("summaryPanel"));
    m_summary->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_charts = new ChartDeck(*m_session);
    m_charts->setObjectName(QStringLiteral("chartDeck"));
    m_charts->setMinimumSize(kChartDeckMinimumSize);
    m_curvePage = new ParCurvePage(*m_session);
    m_curvePage->setObjectName(QStringLiteral("parCurvePage"));
    m_charts->addTab(m_curvePage, tr("Par-yield curve"));

    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_charts, 1);
    setCentralWidget(central);
}

void MainWindow::createDocks()
{
    m_editor = new PortfolioEditor(*m_session);
    m_editor->setObjectName(QStringLiteral("portfolioEditor"));
    m_editor->setMinimumWidth(kPortfolioMinimumWidth);
    m_account = new AccountPanel(*m_session);
    m_account->setObjectName(QStringLiteral("accountPanel"));
    m_account->setTitle(QString());  // the dock's title names it
    m_trace = new TracePanel(*m_session);
    m_trace->setObjectName(QStringLiteral("tracePanel"));

    QDockWidget* portfolio = addDock(m_editor, tr("Portfolio"), QStringLiteral("portfolioDock"), Qt::LeftDockWidgetArea);
    QDockWidget* account = addDock(m_account, tr("Account"), QStringLiteral("accountDock"), Qt::LeftDockWidgetArea);
    splitDockWidget(portfolio, account, Qt::Vertical);
    QDockWidget* trace = addDock(m_trace, tr("Calculation trace"), QStringLiteral("traceDock"), Qt::BottomDockWidgetArea);
    m_explainer = new EligibilityExplainer(*m_session);
    m_explainer->setObjectName(QStringLiteral("eligibilityExplainer"));
    QDockWidget* eligibility = addDock(m_explainer, tr("Eligibility"), QStringLiteral("eligibilityDock"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(trace, eligibility);
    trace->raise();

    PortfolioTableView* view = m_editor->view();
    connect(m_actions.addSecurity, &QAction::triggered, m_editor, &PortfolioEditor::addSecurity);
    connect(m_actions.addFuture, &QAction::triggered, m_editor, &PortfolioEditor::addFuture);
    connect(m_actions.remove, &QAction::triggered, view, &PortfolioTableView::removeSelected);
    connect(view, &PortfolioTableView::explainRequested, this, &MainWindow::explainEligibility);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this, view] { m_actions.remove->setEnabled(view->selectionModel()->hasSelection()); });
}

QDockWidget* MainWindow::addDock(QWidget* content, const QString& title, const QString& name, Qt::DockWidgetArea area)
{
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(name);
    dock->setWidget(content);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(area, dock);
    m_docks << dock;
    return dock;
}

void MainWindow::createToolBar()
{
    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_actions.newDocument);
    bar->addAction(m_actions.open);
    bar->addAction(m_actions.save);
    bar->addSeparator();
    bar->addAction(m_actions.undo);
    bar->addAction(m_actions.redo);
    // Their text names the step ("Undo Edit ZNU5"): icons keep the toolbar still, tooltips name it.
    for (QAction* action : {m_actions.undo, m_actions.redo})
        qobject_cast<QToolButton*>(bar->widgetForAction(action))->setToolButtonStyle(Qt::ToolButtonIconOnly);
    bar->addSeparator();

    const ParYieldHistory& history = m_data.parYields;
    m_asOfEdit = new HistoryDateEdit(history, history.size() - 1);
    m_asOfEdit->setObjectName(QStringLiteral("asOfEdit"));
    m_asOfEdit->setToolTip(tr("As-of date: the Treasury curve, the futures baskets and the VaR lookback end here. "
                              "A day without a curve moves to the previous curve date."));
    connect(m_asOfEdit, &HistoryDateEdit::historyIndexChanged, this, &MainWindow::applyAsOf);
    auto* asOfLabel = new QLabel(tr("As of "));
    asOfLabel->setBuddy(m_asOfEdit);
    bar->addWidget(asOfLabel);
    bar->addWidget(m_asOfEdit);
    bar->addSeparator();
    bar->addAction(m_actions.modelSettings);
}

void MainWindow::createMenus()
{
    const Actions& a = m_actions;
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(a.newDocument);
    file->addAction(a.open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    QMenu* examples = file->addMenu(tr("Open E&xample"));
    examples->setObjectName(QStringLiteral("examplesMenu"));
    for (const auto& [fileName, name] : DocumentController::examples()) {
        QAction* action = examples->addAction(name);
        connect(action, &QAction::triggered, m_documents, [this, fileName] { m_documents->openExample(fileName); });
    }
    file->addAction(a.save);
    file->addAction(a.saveAs);
    file->addSeparator();
    file->addAction(a.importPositions);
    file->addAction(a.exportPositions);
    file->addSeparator();
    file->addAction(a.exportJson);
    file->addAction(a.exportCsv);
    file->addAction(a.exportChart);
    file->addAction(a.exportReport);
    file->addSeparator();
    file->addAction(a.print);
    file->addAction(a.printPreview);
    file->addSeparator();
    file->addAction(a.quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(a.undo);
    edit->addAction(a.redo);
    edit->addSeparator();
    edit->addAction(a.addSecurity);
    edit->addAction(a.addFuture);
    edit->addAction(a.remove);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    for (QDockWidget* dock : std::as_const(m_docks))
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    view->addMenu(new LanguageMenu(view));

    QMenu* model = menuBar()->addMenu(tr("&Model"));
    model->addAction(a.modelSettings);
    model->addAction(a.stressTest);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(a.glossary);
    help->addAction(a.about);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_documents->recentFiles()->files();
    for (const QString& path : files) {
        QAction* action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, m_documents, [this, path] { m_documents->openFile(path); });
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
    m_recentMenu->addSeparator();
    QAction* clear = m_recentMenu->addAction(tr("Clear list"));
    clear->setEnabled(!files.isEmpty());
    connect(clear, &QAction::triggered, m_documents->recentFiles(), &RecentFiles::clear);
}

void MainWindow::createStatusBar()
{
    const ParYieldHistory& history = m_data.parYields;
    const QString days = formatNumber(static_cast<double>(history.size()), 0);
    auto* range = new QLabel(tr("Par yields %1 – %2, %3 days · U.S. Treasury")
                                 .arg(toQDate(history.firstDate()).toString(Qt::ISODate),
                                      toQDate(history.lastDate()).toString(Qt::ISODate), days));
    range->setObjectName(QStringLiteral("dataRangeLabel"));
    m_modelLabel = new QLabel;
    m_modelLabel->setObjectName(QStringLiteral("modelLabel"));
    auto* disclaimer = new QLabel(tr("Model estimates, not a CCP statement"));
    disclaimer->setObjectName(QStringLiteral("disclaimerLabel"));
    for (QLabel* label : {range, m_modelLabel, disclaimer})
        label->setContentsMargins(6, 0, 6, 0);
    statusBar()->addPermanentWidget(range);
    statusBar()->addPermanentWidget(m_modelLabel);
    statusBar()->addPermanentWidget(disclaimer);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    m_layoutRestored = restoreState(settings.value(kStateKey).toByteArray(), kStateVersion);
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (m_layoutRestored)
        return;
    // Dock sizes only take once the window has its size.
    m_layoutRestored = true;
    QDockWidget* portfolio = m_docks.value(0);
    QDockWidget* account = m_docks.value(1);
    QDockWidget* trace = m_docks.value(2);
    if (height() < kCompactWindowHeight) {
        // Trace, eligibility and misconceptions join the account's tab group: below the
        // charts they would leave the plots a few pixels high.
        for (qsizetype i = 2; i < m_docks.size(); ++i)
            tabifyDockWidget(account, m_docks.at(i));
        account->raise();
    } else {
        resizeDocks({trace}, {kTraceDockHeight}, Qt::Vertical);
    }
    resizeDocks({portfolio}, {kPortfolioDockWidth}, Qt::Horizontal);
    resizeDocks({portfolio, account}, {height(), account->minimumSizeHint().height()}, Qt::Vertical);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState(kStateVersion));
}

void MainWindow::renderNow()
{
    for (SessionChart* chart : findChildren<SessionChart*>())
        chart->refreshNow();
    for (QCustomPlot* plot : findChildren<QCustomPlot*>())
        plot->replot(QCustomPlot::rpImmediateRefresh);
}

void MainWindow::openModelSettings()
{
    ModelSettingsDialog dialog(m_session->parameters(), m_session->scanRanges(), this);
    dialog.setObjectName(QStringLiteral("modelSettingsDialog"));
    if (dialog.exec() != QDialog::Accepted || !dialog.hasChanges())
        return;
    try {
        m_session->setParameters(dialog.parameters());
    } catch (const std::exception& error) {
        QMessageBox::warning(this, tr("Model settings"),
                             tr("These parameters cannot be used; nothing changed.\n\n%1").arg(QString::fromUtf8(error.what())));
    }
}

void MainWindow::startCrashRecovery(const QString& recoveryDirectory)
{
    m_autosaver = new Autosaver(*m_session, *m_documents, RecoveryStore(recoveryDirectory), this);
    connect(m_autosaver, &Autosaver::failed, this,
            [this](const QString& message) { statusBar()->showMessage(message, kStatusMessageMs); });
    RecoveryPrompt::offer(*m_autosaver, *m_documents, this);
}

void MainWindow::explainEligibility(int positionRow)
{
    QDockWidget* dock = m_docks.value(3);
    dock->show();
    dock->raise();
    // Room for a position's rules: the trace's default height shows only two of them.
    if (!dock->isFloating() && dock->height() < kExplainerDockHeight)
        resizeDocks({dock}, {kExplainerDockHeight}, Qt::Vertical);
    m_explainer->showPosition(positionRow);
}

void MainWindow::showStressTest()
{
    if (!m_stressDialog) {
        m_stressDialog = new QDialog(this);
        m_stressDialog->setObjectName(QStringLiteral("stressDialog"));
        m_stressDialog->setWindowTitle(tr("Stress test — XMargin"));
        m_stress = new StressPanel(*m_session);
        m_stress->setObjectName(QStringLiteral("stressPanel"));
        auto* layout = new QVBoxLayout(m_stressDialog);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_stress);
        m_stressDialog->resize(kStressDialogSize);
    }
    m_stressDialog->show();
    m_stressDialog->raise();
    m_stressDialog->activateWindow();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_documents->maybeSave()) {
        event->ignore();
        return;
    }
    m_presentation->leave();  // the working layout is what the next start restores
    if (m_autosaver)
        m_autosaver->finish();  // saved or discarded: nothing left to recover
    saveSettings();
    event->accept();
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("XMargin — %1[*]").arg(m_documents->displayName()));
    setWindowModified(m_documents->isModified());
}

void MainWindow::showSessionState()
{
    updateTitle();
    const ParYieldHistory& history = m_data.parYields;
    const std::size_t index = history.indexOnOrBefore(m_session->asOf()).value_or(history.size() - 1);
    if (index != m_asOfEdit->historyIndex()) {
        const QSignalBlocker blocker(m_asOfEdit);
        m_asOfEdit->setDate(toQDate(history.row(index).date));
    }
    const ModelParameters& parameters = m_session->parameters();
    m_modelLabel->setText(tr("Model %1 · XM: %2 · CME: %3")
                              .arg(QString::fromStdString(parameters.model), XmRuleText::name(parameters.xm.rule),
                                   parameters.cme.model == CmeModel::Span ? tr("SPAN-like") : tr("HVaR")));
}

void MainWindow::applyAsOf(std::size_t historyIndex)
{
    const Date date = m_data.parYields.row(historyIndex).date;
    if (date == m_session->asOf())
        return;
    try {
        m_session->setAsOf(date);
    } catch (const std::exception& error) {
        statusBar()->showMessage(tr("Cannot value the portfolio on %1: %2")
                                     .arg(toQDate(date).toString(Qt::ISODate), QString::fromUtf8(error.what())),
                                 kStatusMessageMs);
        showSessionState();
    }
}

void MainWindow::exportChart()
{
    if (m_charts->currentWidget() == m_curvePage) {
        m_curvePage->exportWithDialog();
        return;
    }
    if (auto* chart = qobject_cast<ChartFrame*>(m_charts->currentWidget()))
        chart->exportWithDialog();
}

void MainWindow::showGlossary()
{
    if (!m_glossary) {
        m_glossary = new GlossaryWindow(this);
        m_glossary->setObjectName(QStringLiteral("glossaryWindow"));
    }
    m_glossary->show();
    m_glossary->raise();
    m_glossary->activateWindow();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About XMargin"),
        tr("<h3>XMargin %1</h3>"
           "<p>Shows what FICC–CME cross-margining does to initial margin on a U.S. Treasury "
           "cash, repo and futures portfolio. Figures are model estimates, not a CCP statement.</p>"
           "<p>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later).</p>"
           "<p>Built with Qt %2 (LGPL-3.0), QCustomPlot %3 by Emanuel Eichhammer (GPL-3.0-or-later) "
           "and Eigen (MPL-2.0).</p>"
           "<p>Data: Daily Treasury Par Yield Curve Rates, U.S. Department of the Treasury (public domain); "
           "SOFR, Federal Reserve Bank of New York; Treasury futures contract terms, CME Group.</p>")
            .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                 QStringLiteral(QCUSTOMPLOT_VERSION_STR)));
}

} // namespace xm
