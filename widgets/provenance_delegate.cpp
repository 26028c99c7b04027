#include "provenance_delegate.h"

#include <QApplication>
#include <QPainter>

namespace xm {
namespace {

constexpr int kPadding = 8;
constexpr int kMargin = 3;

} // namespace

ProvenanceColors provenanceColors(Provenance provenance)
{
    switch (provenance) {
    case Provenance::Official:
        return {QColor(0x1b, 0x7f, 0x3b), QColor(0xe2, 0xf2, 0xe6)};
    case Provenance::Calibrated:
        return {QColor(0x1f, 0x5f, 0xa8), QColor(0xe1, 0xec, 0xf9)};
    case Provenance::Assumed:
        break;
    }
    return {QColor(0x9a, 0x5b, 0x00), QColor(0xfc, 0xef, 0xdb)};
}

ProvenanceDelegate::ProvenanceDelegate(int role, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_role(role)
{
}

void ProvenanceDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &background, painter, background.widget);

    const QString text = index.data(Qt::DisplayRole).toString();
    const ProvenanceColors colors = provenanceColors(static_cast<Provenance>(index.data(m_role).toInt()));
    const QFontMetrics metrics(option.font);
    QRect badge(0, 0, metrics.horizontalAdvance(text) + 2 * kPadding, metrics.height() + 2);
    badge.moveCenter(option.rect.center());
    badge.moveLeft(option.rect.left() + kMargin);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colors.fill);
    painter->drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
    painter->setPen(colors.text);
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
}

QSize ProvenanceDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QSize hint = QStyledItemDelegate::sizeHint(option, index);
    return {hint.width() + 2 * (kPadding + kMargin), hint.height()};
}

} // namespace xm
