#include "eligibility_explainer_model.h"

#include "editor_palette.h"
#include "eligibility_text.h"
#include "margin_session.h"
#include "position_text.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace xm {
namespace {

constexpr quintptr kTopLevel = 0;  // internal id of top-level rows; children carry parent row + 1

QString mark(bool passed)
{
    return passed ? QStringLiteral("✓") : QStringLiteral("✗");
}

} // namespace

EligibilityExplainerModel::EligibilityExplainerModel(const MarginSession& session, QObject* parent)
    : QAbstractItemModel(parent)
    , m_session(session)
    , m_childCounts(childCounts())
{
    connect(&session, &MarginSession::resultChanged, this, &EligibilityExplainerModel::refresh);
}

std::vector<int> EligibilityExplainerModel::childCounts() const
{
    const MarginResult& r = m_session.result();
    const std::size_t positions = std::min(r.positions.size(), m_session.positions().size());
    std::vector<int> counts;
    counts.reserve(positions + 1);
    counts.push_back(static_cast<int>(r.account.checks.size()));
    for (std::size_t i = 0; i < positions; ++i)
        counts.push_back(static_cast<int>(r.positions[i].eligibility.checks.size()) + 1);  // + allocation
    return counts;
}

// Other rows: a reset. Same rows: the texts changed in place (views keep what is expanded
// and selected).
void EligibilityExplainerModel::refresh()
{
    std::vector<int> counts = childCounts();
    if (counts != m_childCounts) {
        beginResetModel();
        m_childCounts = std::move(counts);
        m_textsStale = false;
        endResetModel();
        return;
    }
    m_textsStale = true;
    if (m_live)
        announceChangedTexts();
}

void EligibilityExplainerModel::setLive(bool live)
{
    m_live = live;
    if (m_live && m_textsStale)
        announceChangedTexts();
}

// Every text may have changed, none of the rows: one layout change redraws them all. A
// dataChanged() per parent would cost QTreeView a search of its rows each, O(rows²) per edit.
void EligibilityExplainerModel::announceChangedTexts()
{
    m_textsStale = false;
    emit layoutAboutToBeChanged({}, NoLayoutChangeHint);
    emit layoutChanged({}, NoLayoutChangeHint);
}

QModelIndex EligibilityExplainerModel::positionIndex(int positionRow) const
{
    return index(positionRow + 1, 0);
}

int EligibilityExplainerModel::positionRowOf(const QModelIndex& index)
{
    if (!index.isValid())
        return -1;
    const int top = index.internalId() == kTopLevel ? index.row() : static_cast<int>(index.internalId()) - 1;
    return top - 1;
}

QModelIndex EligibilityExplainerModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? static_cast<quintptr>(parent.row()) + 1 : kTopLevel);
}

QModelIndex EligibilityExplainerModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(static_cast<int>(child.internalId()) - 1, 0, kTopLevel);
}

int EligibilityExplainerModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_childCounts.size());
    if (parent.internalId() != kTopLevel || parent.column() != 0)
        return 0;
    return m_childCounts[static_cast<std::size_t>(parent.row())];
}

int EligibilityExplainerModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

EligibilityExplainerModel::Line EligibilityExplainerModel::checkLine(const EligibilityCheck& check)
{
    Line l;
    l.rule = EligibilityText::ruleName(check);
    l.explanation = EligibilityText::text(check);
    l.passed = check.passed;
    for (const EligibilityText::Source& source : EligibilityText::sources(check)) {
        l.citations << source.citation;
        l.urls << source.url;
    }
    return l;
}

EligibilityExplainerModel::Line EligibilityExplainerModel::accountLine(int childRow) const
{
    const MarginResult& r = m_session.result();
    if (childRow >= 0)
        return childRow < static_cast<int>(r.account.checks.size())
                   ? checkLine(r.account.checks[static_cast<std::size_t>(childRow)])
                   : Line{};
    Line l;
    l.rule = EligibilityText::accountName(m_session.account().type);
    l.passed = r.account.eligible;
    l.explanation = r.account.eligible
                        ? tr("Eligible for cross-margining: its eligible positions are margined together")
                        : tr("Not eligible: every position stays in the regular accounts, each CCP margining its own");
    return l;
}

EligibilityExplainerModel::Line EligibilityExplainerModel::positionLine(int positionRow, int childRow) const
{
    const MarginResult& r = m_session.result();
    const auto p = static_cast<std::size_t>(positionRow);
    if (p >= r.positions.size() || p >= m_session.positions().size())
        return {};
    const Position& position = m_session.positions()[p];
    const PositionResult& result = r.positions[p];
    const bool inXm = result.book == Book::FiccXm || result.book == Book::CmeXm;
    const auto& checks = result.eligibility.checks;
    if (childRow >= 0 && childRow < static_cast<int>(checks.size()))
        return checkLine(checks[static_cast<std::size_t>(childRow)]);
    Line l;
    if (childRow >= 0) {
        const EligibilityText::Source source = EligibilityText::allocationSource();
        l.rule = tr("Allocation");
        l.explanation = EligibilityText::allocation(position, inXm);
        l.passed = isFiccType(position.type) || position.allocateXM;
        l.citations << source.citation;
        l.urls << source.url;
        return l;
    }
    l.rule = tr("%1 · %2 (%3)").arg(QString::fromStdString(position.id), instrumentText(position),
                                    positionTypeText(position.type));
    l.explanation = EligibilityText::placement(position, result, r.account.eligible);
    l.passed = inXm;
    l.muted = !inXm && result.error.empty() && result.eligibility.eligible;
    return l;
}

EligibilityExplainerModel::Line EligibilityExplainerModel::line(int topRow, int childRow) const
{
    return topRow == 0 ? accountLine(childRow) : positionLine(topRow - 1, childRow);
}

QVariant EligibilityExplainerModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool child = index.internalId() != kTopLevel;
    const int top = child ? static_cast<int>(index.internalId()) - 1 : index.row();
    const Line l = line(top, child ? index.row() : -1);
    if (l.rule.isEmpty())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RuleColumn:
            return tr("%1 %2").arg(mark(l.passed), l.rule);
        case ExplanationColumn:
            return l.explanation;
        case SourceColumn:
            return l.citations.join(QStringLiteral("; "));
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return index.column() == SourceColumn && !l.urls.value(0).isEmpty()
                   ? tr("%1\nClick to open %2").arg(l.citations.join(QStringLiteral("; ")), l.urls.value(0))
                   : l.explanation;
    case Qt::ForegroundRole:
        if (index.column() == RuleColumn)
            return l.muted ? editor_palette::kMuted : l.passed ? editor_palette::kGood : editor_palette::kBad;
        if (index.column() == SourceColumn && !l.urls.value(0).isEmpty())
            return QGuiApplication::palette().color(QPalette::Link);
        return {};
    case Qt::FontRole:
        if (!child && index.column() == RuleColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (index.column() == SourceColumn && !l.urls.value(0).isEmpty()) {
            QFont font;
            font.setUnderline(true);
            return font;
        }
        return {};
    case UrlRole:
        return l.urls.value(0).isEmpty() ? QVariant() : QVariant(l.urls.value(0));
    case PositionRowRole:
        return child ? QVariant() : QVariant(top - 1);
    case PassedRole:
        return l.passed;
    case DetailsRole: {
        QStringList sources;
        for (qsizetype i = 0; i < l.citations.size(); ++i) {
            const QString citation = l.citations[i].toHtmlEscaped();
            sources << (l.urls.value(i).isEmpty() ? citation
                                                  : QStringLiteral("<a href=\"%1\">%2</a>").arg(l.urls[i].toHtmlEscaped(), citation));
        }
        QString html = tr("<p><b>%1 %2</b></p><p>%3</p>").arg(mark(l.passed), l.rule.toHtmlEscaped(), l.explanation.toHtmlEscaped());
        if (!sources.isEmpty())
            html += tr("<p>Source: %1</p>").arg(sources.join(QStringLiteral("; ")));
        return html;
    }
    default:
        return {};
    }
}

QVariant EligibilityExplainerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RuleColumn:
        return tr("Rule");
    case ExplanationColumn:
        return tr("Why");
    case SourceColumn:
        return tr("Source");
    default:
        return {};
    }
}

QString EligibilityExplainerModel::plainText() const
{
    QStringList lines;
    const auto sourceText = [](const Line& l) {
        QStringList sources;
        for (qsizetype i = 0; i < l.citations.size(); ++i)
            sources << (l.urls.value(i).isEmpty() ? l.citations[i] : tr("%1 <%2>").arg(l.citations[i], l.urls[i]));
        return sources.join(QStringLiteral("; "));
    };
    for (int top = 0; top < static_cast<int>(m_childCounts.size()); ++top) {
        const Line heading = line(top, -1);
        lines << tr("%1 %2: %3").arg(mark(heading.passed), heading.rule, heading.explanation);
        for (int child = 0; child < m_childCounts[static_cast<std::size_t>(top)]; ++child) {
            const Line l = line(top, child);
            if (l.rule.isEmpty())
                continue;
            const QString source = sourceText(l);
            lines << (source.isEmpty() ? tr("    %1 %2: %3").arg(mark(l.passed), l.rule, l.explanation)
                                       : tr("    %1 %2: %3 (source: %4)").arg(mark(l.passed), l.rule, l.explanation, source));
        }
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace xm
