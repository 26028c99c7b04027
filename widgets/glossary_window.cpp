#include "glossary_window.h"

#include "glossary.h"

#include <QCollator>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace xm {
namespace {

constexpr int kTermRole = Qt::UserRole + 1;
constexpr QSize kInitialSize{820, 480};
constexpr int kListWidth = 300;

} // namespace

GlossaryWindow::GlossaryWindow(QWidget* parent)
    : QDialog(parent)
    , m_search(new QLineEdit(this))
    , m_terms(new QListWidget(this))
    , m_definition(new QTextBrowser(this))
{
    setWindowTitle(tr("Glossary"));
    m_search->setObjectName(QStringLiteral("glossarySearch"));
    m_search->setPlaceholderText(tr("Search terms and definitions"));
    m_search->setClearButtonEnabled(true);
    m_terms->setObjectName(QStringLiteral("glossaryTerms"));
    m_terms->setFixedWidth(kListWidth);
    m_definition->setObjectName(QStringLiteral("glossaryDefinition"));

    QList<Glossary::Term> terms = Glossary::terms();
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(terms.begin(), terms.end(), [&](Glossary::Term a, Glossary::Term b) {
        return collator.compare(Glossary::title(a), Glossary::title(b)) < 0;
    });
    for (Glossary::Term term : terms) {
        auto* item = new QListWidgetItem(Glossary::title(term), m_terms);
        item->setData(kTermRole, static_cast<int>(term));
        item->setToolTip(Glossary::definition(term));
    }

    auto* panes = new QHBoxLayout;
    panes->addWidget(m_terms);
    panes->addWidget(m_definition, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addLayout(panes, 1);

    connect(m_search, &QLineEdit::textChanged, this, &GlossaryWindow::filter);
    connect(m_terms, &QListWidget::currentItemChanged, this, &GlossaryWindow::showSelected);
    m_terms->setCurrentRow(0);
    resize(kInitialSize);
}

void GlossaryWindow::filter(const QString& text)
{
    const QString needle = text.trimmed();
    QListWidgetItem* firstShown = nullptr;
    for (int row = 0; row < m_terms->count(); ++row) {
        QListWidgetItem* item = m_terms->item(row);
        const auto term = static_cast<Glossary::Term>(item->data(kTermRole).toInt());
        const bool shown = Glossary::title(term).contains(needle, Qt::CaseInsensitive)
                           || Glossary::definition(term).contains(needle, Qt::CaseInsensitive);
        item->setHidden(!shown);
        if (shown && !firstShown)
            firstShown = item;
    }
    if (!m_terms->currentItem() || m_terms->currentItem()->isHidden())
        m_terms->setCurrentItem(firstShown);
    showSelected();
}

void GlossaryWindow::showSelected()
{
    const QListWidgetItem* item = m_terms->currentItem();
    if (!item || item->isHidden()) {
        m_definition->setHtml(QStringLiteral("<p>%1</p>").arg(tr("No term matches the search.").toHtmlEscaped()));
        return;
    }
    const auto term = static_cast<Glossary::Term>(item->data(kTermRole).toInt());
    m_definition->setHtml(QStringLiteral("<h3>%1</h3><p>%2</p>")
                              .arg(Glossary::title(term).toHtmlEscaped(), Glossary::definition(term).toHtmlEscaped()));
}

} // namespace xm
