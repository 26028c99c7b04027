#include "portfolio_editor.h"

#include "editor_palette.h"
#include "futures_picker.h"
#include "portfolio_table_model.h"
#include "portfolio_table_view.h"
#include "quick_entry_line.h"
#include "security_picker.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace xm {

PortfolioEditor::PortfolioEditor(MarginSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new PortfolioTableModel(session, this))
    , m_view(new PortfolioTableView(m_model, this))
    , m_quickEntry(new QuickEntryLine(session, this))
    , m_message(new QLabel(this))
{
    auto* addSecurity = new QPushButton(tr("Add security…"), this);
    auto* addFuture = new QPushButton(tr("Add future…"), this);
    auto* remove = new QPushButton(tr("Remove"), this);
    addSecurity->setToolTip(tr("Pick a bundled Treasury note or bond by CUSIP, coupon or maturity"));
    addFuture->setToolTip(tr("Pick a CME futures contract and month"));
    remove->setToolTip(tr("Remove the selected positions (Delete)"));
    remove->setEnabled(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(addSecurity);
    buttons->addWidget(addFuture);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* hint = new QLabel(tr("Paste CSV or quick-entry lines (Ctrl+V), or drop .csv files on the table"), this);
    editor_palette::setTextColor(hint, editor_palette::kMuted);
    buttons->addWidget(hint);

    editor_palette::setTextColor(m_message, editor_palette::kBad);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_quickEntry);
    layout->addWidget(m_message);

    connect(addSecurity, &QPushButton::clicked, this, &PortfolioEditor::addSecurity);
    connect(addFuture, &QPushButton::clicked, this, &PortfolioEditor::addFuture);
    connect(remove, &QPushButton::clicked, m_view, &PortfolioTableView::removeSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, remove,
            [this, remove] { remove->setEnabled(m_view->selectionModel()->hasSelection()); });
    connect(m_quickEntry, &QuickEntryLine::errorChanged, this, &PortfolioEditor::showMessage);
    connect(m_view, &PortfolioTableView::importFailed, this, &PortfolioEditor::showMessage);
    connect(m_view, &PortfolioTableView::imported, this, [this] { showMessage({}); });
}

QString PortfolioEditor::message() const
{
    return m_message->text();
}

void PortfolioEditor::showMessage(const QString& message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void PortfolioEditor::addSecurity()
{
    SecurityPicker picker(m_session, this);
    picker.exec();
}

void PortfolioEditor::addFuture()
{
    FuturesPicker picker(m_session, this);
    picker.exec();
}

} // namespace xm
