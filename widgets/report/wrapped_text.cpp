#include "wrapped_text.h"

#include <QFont>
#include <QPainter>
#include <QTextOption>

namespace xm {

WrappedText::WrappedText(const QString& text, const QFont& font, qreal width, const QPaintDevice& device,
                         Qt::Alignment alignment)
    : m_layout(std::make_shared<QTextLayout>(QString(text).replace(QLatin1Char('\n'), QChar::LineSeparator), font,
                                             &device))
{
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_layout->setTextOption(option);
    m_layout->setCacheEnabled(true);
    m_layout->beginLayout();
    for (QTextLine line = m_layout->createLine(); line.isValid(); line = m_layout->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0.0, m_height));
        m_height += line.height();
    }
    m_layout->endLayout();
}

qreal WrappedText::naturalWidth() const
{
    return m_layout->maximumWidth();
}

void WrappedText::draw(QPainter& painter, const QPointF& topLeft) const
{
    m_layout->draw(&painter, topLeft);
}

} // namespace xm
