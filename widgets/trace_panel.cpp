#include "trace_panel.h"

#include "editor_palette.h"
#include "margin_session.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <limits>

namespace xm {
namespace {

enum Column { LabelColumn, ValueColumn, DetailColumn, ColumnCount };

constexpr int kLabelColumnWidth = 280;
constexpr int kValueColumnWidth = 130;

} // namespace

TracePanel::TracePanel(const MarginSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_tree(new QTreeWidget(this))
    , m_filter(new QLineEdit(this))
    , m_refreshTimer(new QTimer(this))
{
    m_tree->setObjectName(QStringLiteral("traceTree"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Quantity"), tr("Value (USD)"), tr("How it is obtained")});
    m_tree->headerItem()->setTextAlignment(ValueColumn, Qt::AlignRight | Qt::AlignVCenter);
    m_tree->setColumnWidth(LabelColumn, kLabelColumnWidth);
    m_tree->setColumnWidth(ValueColumn, kValueColumnWidth);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);

    auto* copy = new QPushButton(tr("Copy as text"), this);
    copy->setObjectName(QStringLiteral("copyTraceButton"));
    copy->setToolTip(tr("Copy the whole trace to the clipboard as plain text"));
    connect(copy, &QPushButton::clicked, this, &TracePanel::copyToClipboard);
    auto* expand = new QPushButton(tr("Expand all"), this);
    connect(expand, &QPushButton::clicked, m_tree, &QTreeWidget::expandAll);
    auto* collapse = new QPushButton(tr("Collapse all"), this);
    connect(collapse, &QPushButton::clicked, m_tree, &QTreeWidget::collapseAll);

    m_filter->setObjectName(QStringLiteral("traceFilter"));
    m_filter->setPlaceholderText(tr("Find a quantity, e.g. S_F, scan, ZN, floor"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &TracePanel::filter);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_filter, 1);
    buttons->addWidget(expand);
    buttons->addWidget(collapse);
    buttons->addWidget(copy);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buttons);
    layout->addWidget(m_tree, 1);

    // Edits arrive faster than anyone reads a trace: refresh once per event-loop turn.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &TracePanel::refresh);
    connect(&session, &MarginSession::resultChanged, this, &TracePanel::invalidate);
}

QString TracePanel::text() const
{
    const MarginResult& result = m_session.result();
    return MarginTrace::text(result,
                             MarginTrace::build(result, m_session.scanRanges(), std::numeric_limits<int>::max()));
}

void TracePanel::copyToClipboard() const
{
    QApplication::clipboard()->setText(text());
}

void TracePanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void TracePanel::invalidate()
{
    m_stale = true;
    if (isVisible())
        m_refreshTimer->start();
}

void TracePanel::refresh()
{
    m_refreshTimer->stop();
    m_lines = MarginTrace::build(m_session.result(), m_session.scanRanges());
    sync(m_tree->invisibleRootItem(), m_lines, 0);
    m_stale = false;
    if (!m_filter->text().isEmpty())
        filter();
}

void TracePanel::filter()
{
    QTreeWidgetItem* root = m_tree->invisibleRootItem();
    for (int i = 0; i < root->childCount(); ++i)
        applyFilter(root->child(i), false);
    if (!m_filter->text().isEmpty())
        m_tree->expandAll();
}

bool TracePanel::applyFilter(QTreeWidgetItem* item, bool parentMatches)
{
    const QString text = m_filter->text();
    const bool matches = text.isEmpty() || item->text(LabelColumn).contains(text, Qt::CaseInsensitive)
                         || item->text(DetailColumn).contains(text, Qt::CaseInsensitive);
    bool childMatches = false;
    for (int i = 0; i < item->childCount(); ++i)
        childMatches = applyFilter(item->child(i), parentMatches || matches) || childMatches;
    const bool shown = matches || parentMatches || childMatches;
    item->setHidden(!shown);
    return matches || childMatches;
}

// Updates the items in place, so expanded branches and the scroll position survive an edit.
void TracePanel::sync(QTreeWidgetItem* parent, const std::vector<TraceLine>& lines, int depth)
{
    const int count = static_cast<int>(lines.size());
    while (parent->childCount() > count)
        delete parent->takeChild(parent->childCount() - 1);
    for (int i = 0; i < count; ++i) {
        const TraceLine& line = lines[static_cast<std::size_t>(i)];
        QTreeWidgetItem* item = parent->child(i);
        if (!item) {
            item = new QTreeWidgetItem(parent);
            item->setTextAlignment(ValueColumn, Qt::AlignRight | Qt::AlignVCenter);
            item->setExpanded(depth == 0 && i < 2);
        }
        item->setText(LabelColumn, line.label);
        item->setText(ValueColumn, line.value);
        item->setText(DetailColumn, line.detail);
        item->setToolTip(LabelColumn, line.toolTip.isEmpty() ? line.label : line.toolTip);
        item->setToolTip(DetailColumn, line.detail);
        style(item, line.tone);
        sync(item, line.children, depth + 1);
    }
}

void TracePanel::style(QTreeWidgetItem* item, TraceLine::Tone tone) const
{
    QFont font = m_tree->font();
    font.setBold(tone == TraceLine::Tone::Heading);
    QVariant color;  // none: the palette's text colour
    if (tone == TraceLine::Tone::Good)
        color = editor_palette::kGood;
    else if (tone == TraceLine::Tone::Bad)
        color = editor_palette::kBad;
    else if (tone == TraceLine::Tone::Muted)
        color = editor_palette::kMuted;
    for (int column = 0; column < ColumnCount; ++column) {
        item->setFont(column, font);
        item->setData(column, Qt::ForegroundRole, color);
    }
}

} // namespace xm
