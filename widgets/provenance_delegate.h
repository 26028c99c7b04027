#pragma once

#include "core/margin/model_parameters.h"

#include <QColor>
#include <QStyledItemDelegate>

namespace xm {

// The badge colours of a provenance: official (published), calibrated (from the bundled
// data), assumed (our editable default).
struct ProvenanceColors {
    QColor text;
    QColor fill;
};
ProvenanceColors provenanceColors(Provenance provenance);

// Paints a cell's text as a rounded badge in its provenance's colours; the provenance comes
// from the item's `role` (int(Provenance)).
class ProvenanceDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit ProvenanceDelegate(int role, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_role;
};

} // namespace xm
