#pragma once

#include <QString>
#include <QTextLayout>

#include <memory>

class QFont;
class QPaintDevice;
class QPainter;

namespace xm {

// A paragraph laid out at a width for a paint device: wrapped at word boundaries, and inside
// a word only when the word alone is wider than the line (CUSIPs, long sources); '\n' starts
// a new line. Measuring and drawing use the same layout, so what was measured is what prints.
class WrappedText final {
public:
    WrappedText(const QString& text, const QFont& font, qreal width, const QPaintDevice& device,
                Qt::Alignment alignment = Qt::AlignLeft);

    qreal height() const { return m_height; }
    // The widest line, at most the width given.
    qreal naturalWidth() const;
    // Draws with the painter's pen, the first line's top at `topLeft`.
    void draw(QPainter& painter, const QPointF& topLeft) const;

private:
    std::shared_ptr<QTextLayout> m_layout;  // shared: blocks holding the text are copied
    qreal m_height = 0.0;
};

} // namespace xm
