#pragma once

#include "par_curve.h"

#include <QAbstractTableModel>

namespace xm {

// One row per tenor: the as-of par yield, the comparison par yield and the change in bp.
// The rows are fixed (the ten tenors); setCurves only changes the values and headers.
class CurveTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TenorColumn, AsOfColumn, ComparisonColumn, ChangeColumn, ColumnCount };

    explicit CurveTableModel(QObject* parent = nullptr);

    void setCurves(const ParCurve& asOf, const ParCurve& comparison);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayText(int row, int column) const;
    bool isInterpolated(int row, int column) const;

    ParCurve m_asOf;
    ParCurve m_comparison;
};

} // namespace xm
