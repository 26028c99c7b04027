#include "parameter_table_model.h"

#include "amount_format.h"
#include "core_text.h"

namespace xm {

ParameterTableModel::ParameterTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

std::vector<ParameterRecord> ParameterTableModel::scanRangeRecords(const std::map<std::string, ScanRange>& scanRanges)
{
    std::vector<ParameterRecord> records;
    for (const auto& [symbol, range] : scanRanges)
        records.push_back({"cme.scanRange." + symbol,
                           tr("%1 USD per contract").arg(formatUsd(range.usdPerContract)).toStdString(),
                           range.provenance, CoreText::message(range.source).toStdString()});
    return records;
}

void ParameterTableModel::setRecords(std::vector<ParameterRecord> records)
{
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

int ParameterTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int ParameterTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParameterTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ParameterRecord& record = m_records[static_cast<std::size_t>(index.row())];
    if (role == ProvenanceRole)
        return static_cast<int>(record.provenance);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case KeyColumn:
        return QString::fromStdString(record.key);
    case ValueColumn:
        return QString::fromStdString(record.value);
    case ProvenanceColumn:
        return CoreText::provenance(record.provenance);
    case SourceColumn:
        return QString::fromStdString(record.source);
    default:
        return {};
    }
}

QVariant ParameterTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Parameter");
    case ValueColumn:
        return tr("Value");
    case ProvenanceColumn:
        return tr("Provenance");
    case SourceColumn:
        return tr("Source");
    default:
        return {};
    }
}

} // namespace xm
