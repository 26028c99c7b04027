#pragma once

#include <QColor>
#include <QFont>

class QPaintDevice;

namespace xm {

// The report's measures and type for one paint device: lengths in points or millimetres
// converted to the device's pixels (a PDF writer, a printer or a preview have different
// resolutions), fonts in points, and the colours.
class ReportStyle final {
public:
    explicit ReportStyle(const QPaintDevice& device);

    const QPaintDevice& device() const { return m_device; }
    qreal pt(qreal points) const { return points * m_pixelsPerPoint; }
    qreal mm(qreal millimetres) const;
    QFont font(qreal points, bool bold = false) const;

    // Body text, tables, small print (footers, notes) and headings, in points.
    static constexpr qreal kBodyPt = 9.5;
    static constexpr qreal kTablePt = 8.0;
    static constexpr qreal kSmallPt = 7.0;
    static constexpr qreal kSectionPt = 14.0;
    static constexpr qreal kTitlePt = 19.0;

    static inline const QColor kText{0x26, 0x2b, 0x33};
    static inline const QColor kMuted{0x6b, 0x72, 0x7c};
    static inline const QColor kAccent{0x1f, 0x5f, 0xa8};
    static inline const QColor kRule{0xd5, 0xd9, 0xdf};
    static inline const QColor kHeaderFill{0xec, 0xf0, 0xf5};
    static inline const QColor kStripeFill{0xf7, 0xf8, 0xfa};
    static inline const QColor kNoticeFill{0xfd, 0xf3, 0xe1};
    static inline const QColor kNoticeText{0x7a, 0x48, 0x00};

private:
    const QPaintDevice& m_device;
    qreal m_pixelsPerPoint;
    QString m_family;
};

} // namespace xm
