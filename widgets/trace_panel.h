#pragma once

#include "margin_trace.h"

#include <QWidget>

#include <vector>

class QLineEdit;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace xm {

class MarginSession;

// The calculation trace (MARGIN_MODEL.md §5): every intermediate number of the session's
// result in a tree (quantity, value, how it was obtained) that follows each change while it
// is visible, a filter, and a Copy button that puts the whole trace on the clipboard as plain text.
class TracePanel final : public QWidget {
    Q_OBJECT

public:
    explicit TracePanel(const MarginSession& session, QWidget* parent = nullptr);

    QTreeWidget* tree() const { return m_tree; }
    QLineEdit* filterEdit() const { return m_filter; }
    // The trace of the current result as plain text (what Copy puts on the clipboard).
    QString text() const;
    void copyToClipboard() const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void invalidate();
    void refresh();
    void sync(QTreeWidgetItem* parent, const std::vector<TraceLine>& lines, int depth);
    void style(QTreeWidgetItem* item, TraceLine::Tone tone) const;
    // Shows the lines containing the filter text, with their parents and children; true if any.
    bool applyFilter(QTreeWidgetItem* item, bool parentMatches);
    void filter();

    const MarginSession& m_session;
    QTreeWidget* m_tree;
    QLineEdit* m_filter;
    QTimer* m_refreshTimer;
    std::vector<TraceLine> m_lines;
    bool m_stale = true;
};

} // namespace xm
