#pragma once

#include <QByteArray>
#include <QFont>
#include <QList>
#include <QObject>
#include <QPalette>

class QAction;
class QMainWindow;
class QShortcut;
class QTabWidget;

namespace xm {

class DocumentController;
class MarginSession;

// Presentation mode for client demos: full screen, the application font scaled up, the
// high-contrast theme on widgets and charts, and the editing chrome hidden (menu bar, tool
// bars, every dock, status-bar details) so the summary, the charts and the preset banner fill
// the screen; the model-estimate disclaimer stays. Keys:
// PageDown/Right and PageUp/Left step through the presets, Home opens the first, 1–9 and
// Ctrl+Tab pick a chart tab, Esc leaves. Leaving restores the window state, the dock layout,
// the fonts and the palette exactly as they were.
class PresentationMode final : public QObject {
    Q_OBJECT

public:
    PresentationMode(QMainWindow& window, MarginSession& session, DocumentController& documents, QTabWidget& charts);

    bool isActive() const { return m_active; }
    // The checkable View-menu action (F11).
    QAction* toggleAction() const { return m_toggle; }
    // The factor fonts are scaled by while active (1 otherwise).
    double fontScale() const { return m_active ? m_fontScale : 1.0; }
    // Off: keep the window's size instead of going full screen (headless screenshots).
    void setFullScreen(bool fullScreen) { m_fullScreen = fullScreen; }

    void enter();
    void leave();
    void nextPreset();
    void previousPreset();
    void firstPreset();

signals:
    void activeChanged(bool active);

private:
    void createShortcuts();
    void addShortcut(const QKeySequence& key, void (PresentationMode::*slot)());
    void openPresetAt(int index);
    void showTab(int index);
    void stepTab(int step);
    void restyleCharts(bool toHighContrast, double fontScale);
    // After every result the summary sets its colours again: convert them too.
    void recolourAfterResult();

    QMainWindow& m_window;
    MarginSession& m_session;
    DocumentController& m_documents;
    QTabWidget& m_charts;
    QAction* m_toggle;
    QList<QShortcut*> m_shortcuts;
    bool m_active = false;
    bool m_fullScreen = true;
    double m_fontScale = 1.0;

    // What leaving restores.
    QByteArray m_state;
    Qt::WindowStates m_windowState;
    bool m_menuBarVisible = true;
    QList<QWidget*> m_hiddenDetails;
    QFont m_font;
    QPalette m_palette;
    QMetaObject::Connection m_recolour;
    QList<QMetaObject::Connection> m_replotHooks;
};

} // namespace xm
