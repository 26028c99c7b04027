#include "portfolio_table_view.h"

#include "margin_session.h"
#include "portfolio_table_model.h"
#include "position_delegates.h"
#include "position_import.h"

#include <QApplication>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QContextMenuEvent>
#include <QMenu>
#include <QMimeData>

namespace xm {
namespace {

constexpr int kRowPadding = 10;

// The local .csv files of a drag, empty when it carries anything else.
QStringList csvFiles(const QMimeData* mime)
{
    QStringList paths;
    for (const QUrl& url : mime->urls()) {
        if (!url.isLocalFile() || !url.toLocalFile().endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
            return {};
        paths << url.toLocalFile();
    }
    return paths;
}

} // namespace

PortfolioTableView::PortfolioTableView(PortfolioTableModel* model, QWidget* parent)
    : QTableView(parent)
    , m_model(model)
{
    setModel(model);
    setItemDelegateForColumn(PortfolioTableModel::VenueColumn, new VenueDelegate(this));
    setItemDelegateForColumn(PortfolioTableModel::QuantityColumn, new QuantityDelegate(this));
    setItemDelegateForColumn(PortfolioTableModel::InstrumentColumn, new InstrumentDelegate(model->session(), this));
    setSelectionBehavior(SelectRows);
    setEditTriggers(DoubleClicked | EditKeyPressed | AnyKeyPressed);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setAcceptDrops(true);
    setDropIndicatorShown(false);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // Columns sized to their contents re-measure every row on each edit: 1,000 rows cost
    // about 30 ms an edit. The rows on screen are enough.
    horizontalHeader()->setResizeContentsPrecision(0);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + kRowPadding);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(this, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.column() == PortfolioTableModel::EligibleColumn)
            emit explainRequested(m_model->positionRow(index.row()));
    });
}

void PortfolioTableView::contextMenuEvent(QContextMenuEvent* event)
{
    const QModelIndex index = indexAt(event->pos());
    if (!index.isValid())
        return;
    QMenu menu(this);
    const int positionRow = m_model->positionRow(index.row());
    QAction* explain = menu.addAction(tr("Why (not) eligible?"));
    explain->setObjectName(QStringLiteral("explainEligibilityAction"));
    connect(explain, &QAction::triggered, this, [this, positionRow] { emit explainRequested(positionRow); });
    menu.exec(event->globalPos());
}

MarginSession& PortfolioTableView::session() const
{
    return m_model->session();
}

void PortfolioTableView::removeSelected()
{
    std::vector<int> rows;
    for (const QModelIndex& index : selectionModel()->selectedRows())
        rows.push_back(m_model->positionRow(index.row()));
    session().removePositions(std::move(rows));
}

void PortfolioTableView::paste()
{
    importText(QApplication::clipboard()->text(), tr("clipboard"));
}

void PortfolioTableView::importText(const QString& text, const QString& source)
{
    add(importPositionsText(text, source, session().quickEntryContext()));
}

void PortfolioTableView::importFiles(const QStringList& paths)
{
    add(importPositionFiles(paths, session().asOf().year()));
}

void PortfolioTableView::add(PositionImport read)
{
    if (!read.error.isEmpty()) {
        emit importFailed(read.error);
        return;
    }
    if (read.positions.empty()) {
        emit importFailed(tr("Nothing to add: no positions in the text."));
        return;
    }
    const auto count = static_cast<int>(read.positions.size());
    session().addPositions(std::move(read.positions));
    emit imported(count);
}

void PortfolioTableView::keyPressEvent(QKeyEvent* event)
{
    if (state() != EditingState) {
        if (event->matches(QKeySequence::Paste)) {
            paste();
            return;
        }
        if (event->matches(QKeySequence::Delete) || event->key() == Qt::Key_Backspace) {
            removeSelected();
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

void PortfolioTableView::dragEnterEvent(QDragEnterEvent* event)
{
    dragMoveEvent(event);
}

void PortfolioTableView::dragMoveEvent(QDragMoveEvent* event)
{
    if (!csvFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void PortfolioTableView::dropEvent(QDropEvent* event)
{
    const QStringList paths = csvFiles(event->mimeData());
    if (paths.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    importFiles(paths);
}

} // namespace xm
