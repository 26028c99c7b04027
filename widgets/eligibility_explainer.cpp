#include "eligibility_explainer.h"

#include "eligibility_explainer_model.h"
#include "margin_session.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace xm {
namespace {

constexpr int kRuleColumnWidth = 210;
constexpr int kSourceColumnWidth = 160;
constexpr int kDetailsHeight = 74;  // the rule's sentence and its sources, about four lines
// Small enough for the compact window layout, where the explainer shares the account's place.
constexpr int kTreeMinimumHeight = 60;
constexpr int kDetailsMinimumHeight = 32;

} // namespace

EligibilityExplainer::EligibilityExplainer(const MarginSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new EligibilityExplainerModel(session, this))
    , m_view(new QTreeView(this))
    , m_details(new QTextBrowser(this))
{
    m_view->setObjectName(QStringLiteral("eligibilityTree"));
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    // The explanation takes the room left; the tooltip and the details hold it in full.
    QHeaderView* header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(EligibilityExplainerModel::ExplanationColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(EligibilityExplainerModel::RuleColumn, kRuleColumnWidth);
    m_view->setColumnWidth(EligibilityExplainerModel::SourceColumn, kSourceColumnWidth);
    m_view->setMouseTracking(true);

    m_details->setObjectName(QStringLiteral("eligibilityDetails"));
    m_details->setOpenExternalLinks(true);
    m_details->setMinimumHeight(kDetailsMinimumHeight);
    m_details->setMaximumHeight(kDetailsHeight);
    m_view->setMinimumHeight(kTreeMinimumHeight);

    auto* intro = new QLabel(tr("Each rule with its result (✓ passes, ✗ fails) and its source; "
                                "click a source to open it."),
                             this);
    intro->setWordWrap(true);
    auto* copy = new QPushButton(tr("Copy as text"), this);
    copy->setObjectName(QStringLiteral("copyEligibilityButton"));
    copy->setToolTip(tr("Copy every rule, result and source to the clipboard as plain text"));
    connect(copy, &QPushButton::clicked, this, &EligibilityExplainer::copyToClipboard);

    auto* top = new QHBoxLayout;
    top->addWidget(intro, 1);
    top->addWidget(copy);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_details);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &EligibilityExplainer::showDetails);
    connect(&session, &MarginSession::resultChanged, this, [this] {
        if (isVisible())
            showDetails();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &EligibilityExplainer::restoreExpansion);
    connect(m_view, &QTreeView::clicked, this, &EligibilityExplainer::openSource);
    m_model->setLive(false);  // until shown
    restoreExpansion();
}

void EligibilityExplainer::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_model->setLive(true);
    showDetails();
}

void EligibilityExplainer::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_model->setLive(false);
}

void EligibilityExplainer::showPosition(int positionRow)
{
    const QModelIndex index = m_model->positionIndex(positionRow);
    if (!index.isValid())
        return;
    m_currentId = m_session.positions()[static_cast<std::size_t>(positionRow)].id;
    m_view->expand(index);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index, QAbstractItemView::PositionAtTop);
}

// After a reset (positions added or removed, a rule appearing): the account stays open, and
// so does the position shown last if it is still there.
void EligibilityExplainer::restoreExpansion()
{
    m_view->expand(m_model->index(0, 0));
    const auto& positions = m_session.positions();
    for (std::size_t i = 0; i < positions.size() && !m_currentId.empty(); ++i) {
        if (positions[i].id == m_currentId) {
            showPosition(static_cast<int>(i));
            return;
        }
    }
    showDetails();
}

void EligibilityExplainer::showDetails()
{
    const QModelIndex current = m_view->currentIndex();
    const int positionRow = EligibilityExplainerModel::positionRowOf(current);
    if (positionRow >= 0 && static_cast<std::size_t>(positionRow) < m_session.positions().size())
        m_currentId = m_session.positions()[static_cast<std::size_t>(positionRow)].id;
    m_details->setHtml(current.isValid() ? current.siblingAtColumn(0).data(EligibilityExplainerModel::DetailsRole).toString()
                                         : tr("<p>Select a rule to read it in full with its sources.</p>"));
}

QString EligibilityExplainer::detailsText() const
{
    return m_details->toPlainText();
}

void EligibilityExplainer::openSource(const QModelIndex& index)
{
    if (index.column() != EligibilityExplainerModel::SourceColumn)
        return;
    const QString url = index.data(EligibilityExplainerModel::UrlRole).toString();
    if (!url.isEmpty())
        QDesktopServices::openUrl(QUrl(url));
}

void EligibilityExplainer::copyToClipboard() const
{
    QApplication::clipboard()->setText(m_model->plainText());
}

} // namespace xm
