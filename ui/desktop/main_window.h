#pragma once

#include "core/margin/model_parameters.h"
#include "core/market_data.h"

#include <QMainWindow>

#include <cstddef>

class QAction;
class QDialog;
class QDockWidget;
class QLabel;
class QMenu;

namespace xm {

class AccountPanel;
class Autosaver;
class ChartDeck;
class DocumentController;
class GlossaryWindow;
class EligibilityExplainer;
class HistoryDateEdit;
class MarginSession;
class MisconceptionsPanel;
class ParCurvePage;
class PortfolioEditor;
class PresentationMode;
class PresetBanner;
class StressPanel;
class SummaryPanel;
class TracePanel;

// The desktop main window on one MarginSession: the toolbar (document commands, undo, the
// as-of date), the portfolio editor and the account on the left, the always-visible summary
// over the chart deck (with the par-yield curve page) in the centre, the calculation trace
// at the bottom with the eligibility explainer tabbed beside it, and the stress test in a
// window of its own (Model → Stress test). Title "XMargin — <name>[*]"; geometry, dock
// layout and recent files persist in QSettings. `data` must outlive the window.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    MainWindow(const MarketData& data, ModelParameters parameters, QWidget* parent = nullptr);
    ~MainWindow() override;

    MarginSession& session() const { return *m_session; }
    DocumentController* documents() const { return m_documents; }
    PortfolioEditor* editor() const { return m_editor; }
    SummaryPanel* summary() const { return m_summary; }
    ChartDeck* charts() const { return m_charts; }
    ParCurvePage* curvePage() const { return m_curvePage; }
    TracePanel* trace() const { return m_trace; }
    HistoryDateEdit* asOfEdit() const { return m_asOfEdit; }
    PresetBanner* presetBanner() const { return m_presetBanner; }
    MisconceptionsPanel* misconceptions() const { return m_misconceptions; }
    PresentationMode* presentation() const { return m_presentation; }
    // Null until startCrashRecovery().
    Autosaver* autosaver() const { return m_autosaver; }
    EligibilityExplainer* eligibilityExplainer() const { return m_explainer; }
    // Null until Model → Stress test first opens it.
    StressPanel* stressPanel() const { return m_stress; }

    void restoreSettings();
    void saveSettings() const;
    // Brings every chart up to date and draws it now (screenshots, benchmarks).
    void renderNow();
    // The model settings dialog; accepted changes are one undoable step.
    void openModelSettings();
    // The start page: the presets as cards; the chosen one opens as a new document.
    void showStartPage();
    // Interactive sessions: offers to recover what crashed sessions autosaved in
    // `recoveryDirectory` (RecoveryPrompt), then autosaves this session's document there.
    void startCrashRecovery(const QString& recoveryDirectory);
    // Shows the eligibility explainer on position `positionRow` (a row of the session).
    void explainEligibility(int positionRow);
    // Shows the stress test beside the window (non-modal; it follows every edit while open).
    void showStressTest();

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createToolBar();
    void createMenus();
    void createDocks();
    void createCentralWidget();
    void createStatusBar();
    void fillRecentMenu();
    // Teaching (issue #5, main_window_presets.cpp): the Presets menu, the preset banner, the
    // misconceptions dock and presentation mode.
    void createPresetUi();
    void createPresetMenu();
    void showPreset();
    QDockWidget* addDock(QWidget* content, const QString& title, const QString& name, Qt::DockWidgetArea area);

    void updateTitle();
    void showSessionState();
    void applyAsOf(std::size_t historyIndex);
    void exportChart();
    void showAbout();
    void showGlossary();

    const MarketData& m_data;
    MarginSession* m_session;
    DocumentController* m_documents;
    PortfolioEditor* m_editor = nullptr;
    AccountPanel* m_account = nullptr;
    SummaryPanel* m_summary = nullptr;
    ChartDeck* m_charts = nullptr;
    ParCurvePage* m_curvePage = nullptr;
    TracePanel* m_trace = nullptr;
    Autosaver* m_autosaver = nullptr;
    HistoryDateEdit* m_asOfEdit = nullptr;
    EligibilityExplainer* m_explainer = nullptr;
    QDialog* m_stressDialog = nullptr;
    StressPanel* m_stress = nullptr;
    QLabel* m_modelLabel = nullptr;
    QMenu* m_recentMenu = nullptr;
    GlossaryWindow* m_glossary = nullptr;
    QList<QDockWidget*> m_docks;  // portfolio, account, trace, eligibility, misconceptions
    PresetBanner* m_presetBanner = nullptr;
    MisconceptionsPanel* m_misconceptions = nullptr;
    PresentationMode* m_presentation = nullptr;
    bool m_layoutRestored = false;

    struct Actions {
        QAction* newDocument = nullptr;
        QAction* open = nullptr;
        QAction* save = nullptr;
        QAction* saveAs = nullptr;
        QAction* importPositions = nullptr;
        QAction* exportPositions = nullptr;
        QAction* exportJson = nullptr;
        QAction* exportCsv = nullptr;
        QAction* exportChart = nullptr;
        QAction* exportReport = nullptr;
        QAction* print = nullptr;
        QAction* printPreview = nullptr;
        QAction* quit = nullptr;
        QAction* undo = nullptr;
        QAction* redo = nullptr;
        QAction* addSecurity = nullptr;
        QAction* addFuture = nullptr;
        QAction* remove = nullptr;
        QAction* modelSettings = nullptr;
        QAction* stressTest = nullptr;
        QAction* about = nullptr;
        QAction* glossary = nullptr;
    } m_actions;
};

} // namespace xm
