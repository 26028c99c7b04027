#include "fitted_text_element.h"

#include <QFontMetricsF>

namespace xm {

FittedTextElement::FittedTextElement(QCustomPlot* plot, const QFont& font)
    : QCPTextElement(plot, QString(), font)
{
}

void FittedTextElement::setAlternatives(const QStringList& texts)
{
    m_alternatives = texts;
    setText(texts.value(0));
}

QSize FittedTextElement::minimumOuterSizeHint() const
{
    QSize size = QCPTextElement::minimumOuterSizeHint();
    size.setWidth(mMargins.left() + mMargins.right());
    return size;
}

void FittedTextElement::draw(QCPPainter* painter)
{
    const QFontMetricsF metrics(font());
    const double width = mRect.width();
    QString shown;
    for (const QString& text : m_alternatives) {
        if (metrics.horizontalAdvance(text) <= width) {
            shown = text;
            break;
        }
    }
    if (shown.isEmpty() && !m_alternatives.isEmpty())
        shown = metrics.elidedText(m_alternatives.back(), Qt::ElideRight, width);
    painter->setFont(font());
    painter->setPen(QPen(textColor()));
    painter->drawText(mRect, textFlags(), shown, &mTextBoundingRect);
}

} // namespace xm
