#include "curve_table_model.h"

#include "chart_palette.h"
#include "yield_format.h"

#include <QFont>

namespace xm {

CurveTableModel::CurveTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CurveTableModel::setCurves(const ParCurve& asOf, const ParCurve& comparison)
{
    m_asOf = asOf;
    m_comparison = comparison;
    emit dataChanged(index(0, AsOfColumn), index(kFactorCount - 1, ChangeColumn));
    emit headerDataChanged(Qt::Horizontal, AsOfColumn, ComparisonColumn);
}

int CurveTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kFactorCount;
}

int CurveTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CurveTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column);
    case Qt::TextAlignmentRole:
        return column == TenorColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                     : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (isInterpolated(row, column)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (isInterpolated(row, column))
            return tr("Not published by the U.S. Treasury on this date: interpolated in maturity "
                      "from the neighbouring tenors.");
        return {};
    default:
        return {};
    }
}

QVariant CurveTableModel::displayText(int row, int column) const
{
    if (column == TenorColumn)
        return tenorLabel(row);
    if (m_asOf.date.isNull())
        return {};
    switch (column) {
    case AsOfColumn:
        return formatYieldPct(m_asOf.yieldsPct[row]);
    case ComparisonColumn:
        return formatYieldPct(m_comparison.yieldsPct[row]);
    case ChangeColumn:
        return formatChangeBp(m_comparison.yieldsPct[row], m_asOf.yieldsPct[row]);
    default:
        return {};
    }
}

bool CurveTableModel::isInterpolated(int row, int column) const
{
    const bool asOf = m_asOf.filled[row];
    const bool comparison = m_comparison.filled[row];
    switch (column) {
    case AsOfColumn:
        return asOf;
    case ComparisonColumn:
        return comparison;
    case ChangeColumn:
        return asOf || comparison;
    default:
        return false;
    }
}

QVariant CurveTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case TenorColumn:
            return tr("Tenor");
        case AsOfColumn:
            return tr("As of\n%1").arg(m_asOf.date.toString(Qt::ISODate));
        case ComparisonColumn:
            return tr("Comparison\n%1").arg(m_comparison.date.toString(Qt::ISODate));
        case ChangeColumn:
            return tr("Change\n(bp)");
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole) {
        if (section == AsOfColumn)
            return palette::kAsOf;
        if (section == ComparisonColumn)
            return palette::kComparison;
    }
    if (role == Qt::ToolTipRole && (section == AsOfColumn || section == ComparisonColumn))
        return tr("Par yield, percent (bond-equivalent, semiannual)");
    return {};
}

} // namespace xm
