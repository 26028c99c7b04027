#include "portfolio_table_model.h"

#include "amount_format.h"
#include "core_text.h"
#include "editor_palette.h"
#include "eligibility_text.h"
#include "glossary.h"
#include "margin_session.h"
#include "position_text.h"
#include "quantity_validator.h"

#include <QFont>
#include <QTimer>

#include <algorithm>
#include <numeric>

namespace xm {

PortfolioTableModel::PortfolioTableModel(MarginSession& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_incrementalTimer(new QTimer(this))
{
    m_incrementalTimer->setSingleShot(true);
    m_incrementalTimer->setInterval(kIncrementalDelayMs);
    connect(m_incrementalTimer, &QTimer::timeout, this, &PortfolioTableModel::showIncremental);
    connect(&session, &MarginSession::positionsAboutToBeReset, this, &PortfolioTableModel::beginResetModel);
    connect(&session, &MarginSession::positionsReset, this, &PortfolioTableModel::resetPositions);
    connect(&session, &MarginSession::positionsInserted, this, &PortfolioTableModel::insertPositions);
    connect(&session, &MarginSession::positionsAboutToBeRemoved, this, &PortfolioTableModel::removePositions);
    connect(&session, &MarginSession::positionsRemoved, this,
            [this](int first, int last) { shiftPositionRows(last + 1, first - last - 1); });
    connect(&session, &MarginSession::positionChanged, this, &PortfolioTableModel::updatePosition);
    connect(&session, &MarginSession::resultChanged, this, &PortfolioTableModel::refreshResult);
    rebuildRows();
    refreshResult();
}

int PortfolioTableModel::positionRow(int row) const
{
    return m_rows.at(static_cast<std::size_t>(row));
}

int PortfolioTableModel::rowOfPosition(int positionRow) const
{
    const auto it = std::find(m_rows.begin(), m_rows.end(), positionRow);
    return it == m_rows.end() ? -1 : static_cast<int>(it - m_rows.begin());
}

int PortfolioTableModel::sortedRow(int positionRow) const
{
    const auto& positions = m_session.positions();
    const auto key = [&](int p) { return std::pair(positions[static_cast<std::size_t>(p)].venue, p); };
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), positionRow,
                                     [&](int a, int b) { return key(a) < key(b); });
    return static_cast<int>(it - m_rows.begin());
}

void PortfolioTableModel::rebuildRows()
{
    const auto& positions = m_session.positions();
    m_rows.resize(positions.size());
    std::iota(m_rows.begin(), m_rows.end(), 0);
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](int a, int b) {
        return positions[static_cast<std::size_t>(a)].venue < positions[static_cast<std::size_t>(b)].venue;
    });
}

// The session has inserted [first, last]: rows after them moved down, then each new row
// goes into its venue group.
void PortfolioTableModel::insertPositions(int first, int last)
{
    shiftPositionRows(first, last - first + 1);
    for (int p = first; p <= last; ++p) {
        const int row = sortedRow(p);
        beginInsertRows({}, row, row);
        m_rows.insert(m_rows.begin() + row, p);
        endInsertRows();
    }
}

// The session is about to remove [first, last]: their rows go now, in runs of adjacent rows,
// while every other row still shows its position; shiftPositionRows follows the removal.
void PortfolioTableModel::removePositions(int first, int last)
{
    const auto removed = [&](int row) {
        const int p = m_rows[static_cast<std::size_t>(row)];
        return p >= first && p <= last;
    };
    int end = static_cast<int>(m_rows.size()) - 1;
    while (end >= 0) {
        if (!removed(end)) {
            --end;
            continue;
        }
        int begin = end;
        while (begin > 0 && removed(begin - 1))
            --begin;
        beginRemoveRows({}, begin, end);
        m_rows.erase(m_rows.begin() + begin, m_rows.begin() + end + 1);
        endRemoveRows();
        end = begin - 1;
    }
}

void PortfolioTableModel::shiftPositionRows(int from, int delta)
{
    for (int& p : m_rows) {
        if (p >= from)
            p += delta;
    }
}

void PortfolioTableModel::updatePosition(int positionRow)
{
    const int row = rowOfPosition(positionRow);
    const Venue venue = venueAt(row);
    const bool inOrder = (row == 0 || venueAt(row - 1) <= venue)
                         && (row + 1 == rowCount() || venue <= venueAt(row + 1));
    if (!inOrder) {
        // The position changed venue: it belongs in the other group.
        beginResetModel();
        rebuildRows();
        endResetModel();
        return;
    }
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void PortfolioTableModel::resetPositions()
{
    rebuildRows();
    endResetModel();
}

void PortfolioTableModel::refreshResult()
{
    m_incrementalReady = rowCount() <= kDeferIncrementalAbove;
    if (m_incrementalReady)
        m_incrementalTimer->stop();
    else
        m_incrementalTimer->start();
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void PortfolioTableModel::showIncremental()
{
    m_incrementalReady = true;
    if (rowCount() > 0)
        emit dataChanged(index(0, IncrementalColumn), index(rowCount() - 1, IncrementalColumn));
}

int PortfolioTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PortfolioTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Venue PortfolioTableModel::venueAt(int row) const
{
    return m_session.positions()[static_cast<std::size_t>(m_rows[static_cast<std::size_t>(row)])].venue;
}

QVariant PortfolioTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const auto p = static_cast<std::size_t>(m_rows[static_cast<std::size_t>(row)]);
    const Position& position = m_session.positions()[p];
    const PositionResult& result = m_session.result().positions[p];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column, position, result);
    case Qt::EditRole:
        if (column == InstrumentColumn)
            return instrumentText(position);
        if (column == QuantityColumn)
            return formatQuantityForEditing(position.quantity);
        return {};
    case Qt::ToolTipRole:
        return toolTip(column, position, result);
    case Qt::ForegroundRole:
        return foreground(row, column, position, result);
    case Qt::CheckStateRole:
        if (column == AllocateColumn && position.venue == Venue::Cme)
            return position.allocateXM ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::TextAlignmentRole:
        switch (column) {
        case QuantityColumn:
        case Dv01Column:
        case IncrementalColumn:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        case EligibleColumn:
            return QVariant(Qt::AlignCenter);
        default:
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case Qt::FontRole:
        if (column == VenueColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case VenueRole:
        return static_cast<int>(position.venue);
    case PositionRowRole:
        return static_cast<int>(p);
    case EligibilityNoteRole:
        return eligibilityNote(position, result);
    default:
        return {};
    }
}

QVariant PortfolioTableModel::display(int row, int column, const Position& position, const PositionResult& result) const
{
    const bool valued = result.error.empty();
    switch (column) {
    case VenueColumn:
        return venueText(position.venue);
    case InstrumentColumn:
        return instrumentText(position);
    case TypeColumn:
        return positionTypeText(position.type);
    case QuantityColumn:
        return formatQuantity(position.quantity);
    case Dv01Column:
        return valued ? formatUsd(result.dv01) : QString();
    case EligibleColumn:
        return valued && result.eligibility.eligible ? QStringLiteral("✓") : QStringLiteral("✗");
    case IncrementalColumn:
        return m_incrementalReady ? formatUsd(incrementalMargin(row)) : QStringLiteral("…");
    default:
        return {};
    }
}

QString PortfolioTableModel::eligibilityNote(const Position& position, const PositionResult& result) const
{
    if (!result.error.empty())
        return tr("Not margined: %1").arg(QString::fromStdString(result.error));
    const QString placement = EligibilityText::placement(position, result, m_session.result().account.eligible);
    return result.eligibility.eligible
               ? tr("Eligible product. %1").arg(placement)
               : tr("Not eligible: %1. %2").arg(EligibilityText::reason(result.eligibility), placement);
}

QVariant PortfolioTableModel::toolTip(int column, const Position& position, const PositionResult& result) const
{
    const QString error = QString::fromStdString(result.error);
    switch (column) {
    case InstrumentColumn:
        return error.isEmpty() ? CoreText::message(result.description) : tr("Cannot be valued: %1").arg(error);
    case QuantityColumn:
        return position.venue == Venue::Ficc ? tr("Face value in USD (long > 0). Type 100mm, 25m or 1.5bn.")
                                             : tr("Contracts (long > 0).");
    case Dv01Column:
        return tr("USD per basis point: the profit of a 1bp fall in yields (positive when long).");
    case EligibleColumn:
        return error.isEmpty() ? eligibilityNote(position, result) + QLatin1Char('\n') + tr("Double-click: why, rule by rule.")
                               : eligibilityNote(position, result);
    case AllocateColumn:
        return position.venue == Venue::Cme
                   ? tr("Move this future into the cross-margining account (CME members choose which futures "
                        "to allocate; unallocated ones are margined on their own).")
                   : tr("Every eligible FICC position is in the cross-margining account.");
    case IncrementalColumn:
        return tr("Cross-margined requirement with this position minus without it (negative: it saves margin).");
    default:
        return {};
    }
}

double PortfolioTableModel::incrementalMargin(int row) const
{
    return m_session.incrementalMargins()[static_cast<std::size_t>(m_rows[static_cast<std::size_t>(row)])];
}

QVariant PortfolioTableModel::foreground(int row, int column, const Position& position, const PositionResult& result) const
{
    const bool valued = result.error.empty();
    switch (column) {
    case VenueColumn:
        return position.venue == Venue::Ficc ? editor_palette::kFicc : editor_palette::kCme;
    case InstrumentColumn:
        return valued ? QVariant() : QVariant(editor_palette::kBad);
    case EligibleColumn:
        if (!valued || !result.eligibility.eligible)
            return editor_palette::kBad;
        // An eligible product outside the XM account (ineligible account, not allocated) is muted.
        return result.book == Book::FiccXm || result.book == Book::CmeXm ? editor_palette::kGood : editor_palette::kMuted;
    case IncrementalColumn:
        return m_incrementalReady && incrementalMargin(row) < 0.0 ? QVariant(editor_palette::kGood) : QVariant();
    default:
        return {};
    }
}

QVariant PortfolioTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case VenueColumn:
            return tr("Venue");
        case InstrumentColumn:
            return tr("Instrument");
        case TypeColumn:
            return tr("Type");
        case QuantityColumn:
            return tr("Quantity");
        case Dv01Column:
            return tr("DV01\n(USD/bp)");
        case EligibleColumn:
            return tr("Eligible");
        case AllocateColumn:
            return tr("Allocate\nto XM");
        case IncrementalColumn:
            return tr("Incremental\nmargin (USD)");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        using Term = Glossary::Term;
        switch (section) {
        case VenueColumn:
            return Glossary::toolTip(Term::Ccp);
        case InstrumentColumn:
            return Glossary::toolTip(Term::Cusip);
        case TypeColumn:
            return Glossary::toolTip(Term::Repo);
        case QuantityColumn:
            return tr("Face value in USD for FICC positions, contracts for CME positions");
        case Dv01Column:
            return Glossary::toolTip(Term::Dv01);
        case EligibleColumn:
            return Glossary::toolTip(Term::EligibleProduct);
        case AllocateColumn:
            return Glossary::toolTip(Term::Allocation);
        case IncrementalColumn:
            return Glossary::toolTip(Term::IncrementalMargin);
        default:
            return {};
        }
    }
    return {};
}

Qt::ItemFlags PortfolioTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == InstrumentColumn || index.column() == QuantityColumn)
        flags |= Qt::ItemIsEditable;
    if (index.column() == AllocateColumn && data(index, VenueRole).toInt() == static_cast<int>(Venue::Cme))
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

bool PortfolioTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int p = m_rows[static_cast<std::size_t>(index.row())];
    Position position = m_session.positions()[static_cast<std::size_t>(p)];
    if (index.column() == QuantityColumn && role == Qt::EditRole) {
        const std::optional<double> quantity = QuantityValidator::read(value.toString(), position.venue);
        if (!quantity)
            return false;
        position.quantity = *quantity;
    } else if (index.column() == InstrumentColumn && role == Qt::EditRole) {
        const std::optional<Position> renamed = withInstrument(position, value.toString(), m_session.quickEntryContext());
        if (!renamed)
            return false;
        position = *renamed;
    } else if (index.column() == AllocateColumn && role == Qt::CheckStateRole && position.venue == Venue::Cme) {
        position.allocateXM = static_cast<Qt::CheckState>(value.toInt()) == Qt::Checked;
    } else {
        return false;
    }
    m_session.updatePosition(p, std::move(position));
    return true;
}

} // namespace xm
