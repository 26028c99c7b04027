#pragma once

#include "chart_frame.h"

#include <chrono>

class QTimer;

namespace xm {

class MarginSession;

// A chart of the open portfolio that follows MarginSession::resultChanged(). Changes are
// coalesced: a cheap chart refreshes once per event-loop turn however many edits arrived; a
// costly one (sweeps, history replays) waits until the typing pauses and only while it is
// visible, and catches up when shown or exported.
class SessionChart : public ChartFrame {
    Q_OBJECT

public:
    ~SessionChart() override;

    // Refreshes now when a refresh is pending (tests, exports, a report).
    void refreshNow();

protected:
    enum class Refresh { Always, WhenVisible };
    SessionChart(MarginSession& session, Refresh refresh, std::chrono::milliseconds debounce, const QString& title,
                 const QString& exportStem, QWidget* parent);

    const MarginSession& session() const;
    // Reads the session and updates the plottables in place.
    virtual void refresh() = 0;
    // The chart's own inputs changed (a picked leg): refresh as after a new result.
    void invalidate();
    // The footnote: `note`, followed by the model-estimate disclaimer where the width allows.
    void setNote(const QString& note);

    void prepareExport() override;
    void showEvent(QShowEvent* event) override;

private:
    void refreshIfDue();
    void updateHeading();

    MarginSession& m_session;
    Refresh m_refresh;
    QTimer* m_debounce;
    bool m_stale = false;
};

} // namespace xm
