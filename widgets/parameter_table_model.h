#pragma once

#include "core/margin/cme_model.h"
#include "core/margin/model_parameters.h"

#include <QAbstractTableModel>

#include <map>
#include <string>
#include <vector>

namespace xm {

// Model parameters as a read-only table: key, value, provenance (official, calibrated,
// assumed) and source, one row per ParameterRecord.
class ParameterTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { KeyColumn, ValueColumn, ProvenanceColumn, SourceColumn, ColumnCount };
    enum Role { ProvenanceRole = Qt::UserRole + 1 };  // int(Provenance)

    explicit ParameterTableModel(QObject* parent = nullptr);

    // The CME price scan ranges in use as records ("cme.scanRange.ZN"), to list with the parameters.
    static std::vector<ParameterRecord> scanRangeRecords(const std::map<std::string, ScanRange>& scanRanges);

    void setRecords(std::vector<ParameterRecord> records);
    const std::vector<ParameterRecord>& records() const { return m_records; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<ParameterRecord> m_records;
};

} // namespace xm
