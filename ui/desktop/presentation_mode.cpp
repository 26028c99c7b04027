#include "presentation_mode.h"

#include "document_controller.h"

#include "core/io/preset_catalog.h"
#include "widgets/margin_session.h"
#include "widgets/presentation_theme.h"

#include <qcustomplot.h>

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QScreen>
#include <QShortcut>
#include <QTabWidget>
#include <QToolBar>

#include <algorithm>

namespace xm {
namespace {

using presentation_theme::Colours;

// Fonts grow with the screen: 1.15x on a 720-line projector (more would squeeze the chart
// under the summary), 1.6x on a 1080-line screen, at most 1.8x.
constexpr double kScaleAt720 = 1.15;
constexpr double kScalePerLine = 0.45 / 360.0;
constexpr double kLargestScale = 1.8;
// Status-bar details a client does not need; the model-estimate disclaimer stays.
const char* const kStatusDetails[] = {"dataRangeLabel", "modelLabel"};
constexpr int kTabKeys = 9;

int presetIndex(const QString& name)
{
    const std::vector<io::Preset>& all = io::presets();
    const auto it = std::find_if(all.begin(), all.end(), [&](const io::Preset& p) { return p.name == name; });
    return it == all.end() ? -1 : static_cast<int>(it - all.begin());
}

} // namespace

PresentationMode::PresentationMode(QMainWindow& window, MarginSession& session, DocumentController& documents,
                                   QTabWidget& charts)
    : QObject(&window)
    , m_window(window)
    , m_session(session)
    , m_documents(documents)
    , m_charts(charts)
    , m_toggle(new QAction(tr("&Presentation mode"), this))
{
    m_toggle->setObjectName(QStringLiteral("presentationAction"));
    m_toggle->setCheckable(true);
    m_toggle->setShortcut(Qt::Key_F11);
    m_toggle->setStatusTip(tr("Full screen, large fonts and high contrast for a client demo; "
                              "PageDown/PageUp step through the presets, 1–7 pick a chart, Esc leaves"));
    // The menu bar is hidden while presenting: the window itself keeps the shortcut alive.
    window.addAction(m_toggle);
    connect(m_toggle, &QAction::triggered, this, [this](bool on) { on ? enter() : leave(); });
    createShortcuts();
}

void PresentationMode::createShortcuts()
{
    addShortcut(Qt::Key_Escape, &PresentationMode::leave);
    for (int key : {Qt::Key_PageDown, Qt::Key_Right})
        addShortcut(key, &PresentationMode::nextPreset);
    for (int key : {Qt::Key_PageUp, Qt::Key_Left})
        addShortcut(key, &PresentationMode::previousPreset);
    addShortcut(Qt::Key_Home, &PresentationMode::firstPreset);
    for (int i = 0; i < kTabKeys; ++i) {
        auto* shortcut = new QShortcut(QKeySequence(Qt::Key_1 + i), &m_window);
        connect(shortcut, &QShortcut::activated, this, [this, i] { showTab(i); });
        m_shortcuts << shortcut;
    }
    auto* nextTab = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Tab), &m_window);
    connect(nextTab, &QShortcut::activated, this, [this] { stepTab(1); });
    auto* previousTab = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab), &m_window);
    connect(previousTab, &QShortcut::activated, this, [this] { stepTab(-1); });
    m_shortcuts << nextTab << previousTab;
    for (QShortcut* shortcut : std::as_const(m_shortcuts))
        shortcut->setEnabled(false);
}

void PresentationMode::addShortcut(const QKeySequence& key, void (PresentationMode::*slot)())
{
    auto* shortcut = new QShortcut(key, &m_window);
    connect(shortcut, &QShortcut::activated, this, slot);
    m_shortcuts << shortcut;
}

void PresentationMode::enter()
{
    if (m_active) {
        m_toggle->setChecked(true);
        return;
    }
    m_state = m_window.saveState();
    m_windowState = m_window.windowState();
    m_menuBarVisible = m_window.menuBar()->isVisible();
    m_font = QApplication::font();
    m_palette = QApplication::palette();

    const int lines = m_fullScreen && m_window.screen() ? m_window.screen()->geometry().height() : m_window.height();
    m_fontScale = std::clamp(kScaleAt720 + (lines - 720) * kScalePerLine, kScaleAt720, kLargestScale);

    for (QDockWidget* dock : m_window.findChildren<QDockWidget*>())
        dock->hide();
    for (QToolBar* bar : m_window.findChildren<QToolBar*>())
        bar->hide();
    m_window.menuBar()->hide();
    m_hiddenDetails.clear();
    for (const char* name : kStatusDetails) {
        auto* detail = m_window.findChild<QWidget*>(QLatin1String(name));
        if (detail && detail->isVisible()) {
            detail->hide();
            m_hiddenDetails << detail;
        }
    }

    QApplication::setPalette(presentation_theme::highContrastPalette(m_palette));
    QFont large = m_font;
    large.setPointSizeF(m_font.pointSizeF() * m_fontScale);
    QApplication::setFont(large);
    presentation_theme::restyleWidgets(m_window, Colours::Standard, Colours::HighContrast, m_fontScale);
    restyleCharts(true, m_fontScale);
    m_recolour = connect(&m_session, &MarginSession::resultChanged, this, &PresentationMode::recolourAfterResult);

    if (m_fullScreen)
        m_window.setWindowState(m_windowState | Qt::WindowFullScreen);
    for (QShortcut* shortcut : std::as_const(m_shortcuts))
        shortcut->setEnabled(true);
    m_active = true;
    m_toggle->setChecked(true);
    emit activeChanged(true);
}

void PresentationMode::leave()
{
    if (!m_active) {
        m_toggle->setChecked(false);
        return;
    }
    for (QShortcut* shortcut : std::as_const(m_shortcuts))
        shortcut->setEnabled(false);
    disconnect(m_recolour);
    restyleCharts(false, 1.0 / m_fontScale);
    presentation_theme::restyleWidgets(m_window, Colours::HighContrast, Colours::Standard, 1.0 / m_fontScale);
    QApplication::setFont(m_font);
    QApplication::setPalette(m_palette);

    m_window.setWindowState(m_windowState);
    m_window.menuBar()->setVisible(m_menuBarVisible);
    for (QWidget* detail : std::as_const(m_hiddenDetails))
        detail->show();
    m_window.restoreState(m_state);
    m_active = false;
    m_toggle->setChecked(false);
    emit activeChanged(false);
}

void PresentationMode::restyleCharts(bool toHighContrast, double fontScale)
{
    const Colours from = toHighContrast ? Colours::Standard : Colours::HighContrast;
    const Colours to = toHighContrast ? Colours::HighContrast : Colours::Standard;
    for (const QMetaObject::Connection& hook : std::as_const(m_replotHooks))
        disconnect(hook);
    m_replotHooks.clear();
    for (QCustomPlot* plot : m_window.findChildren<QCustomPlot*>()) {
        presentation_theme::restylePlot(*plot, from, to, fontScale);
        // Charts set standard colours whenever they refresh; convert those before each replot.
        if (toHighContrast)
            m_replotHooks << connect(plot, &QCustomPlot::beforeReplot, this, [plot] {
                presentation_theme::restylePlot(*plot, Colours::Standard, Colours::HighContrast);
            });
        plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

void PresentationMode::recolourAfterResult()
{
    if (QWidget* central = m_window.centralWidget())
        presentation_theme::restyleWidgets(*central, Colours::Standard, Colours::HighContrast);
}

void PresentationMode::openPresetAt(int index)
{
    const std::vector<io::Preset>& all = io::presets();
    if (index >= 0 && index < static_cast<int>(all.size()))
        m_documents.openPreset(all[static_cast<std::size_t>(index)].name);
}

void PresentationMode::nextPreset()
{
    const int current = presetIndex(m_documents.presetName());
    if (current + 1 < static_cast<int>(io::presets().size()))
        openPresetAt(current + 1);
}

void PresentationMode::previousPreset()
{
    const int current = presetIndex(m_documents.presetName());
    if (current != 0)
        openPresetAt(current < 0 ? static_cast<int>(io::presets().size()) - 1 : current - 1);
}

void PresentationMode::firstPreset()
{
    openPresetAt(0);
}

void PresentationMode::showTab(int index)
{
    if (index < m_charts.count())
        m_charts.setCurrentIndex(index);
}

void PresentationMode::stepTab(int step)
{
    const int count = m_charts.count();
    if (count > 0)
        m_charts.setCurrentIndex((m_charts.currentIndex() + step + count) % count);
}

} // namespace xm
