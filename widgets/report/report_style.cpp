#include "report_style.h"

#include <QApplication>
#include <QPaintDevice>

namespace xm {
namespace {

constexpr qreal kPointsPerInch = 72.0;
constexpr qreal kMillimetresPerInch = 25.4;

} // namespace

ReportStyle::ReportStyle(const QPaintDevice& device)
    : m_device(device)
    , m_pixelsPerPoint(device.logicalDpiY() / kPointsPerInch)
    , m_family(QApplication::font().family())
{
}

qreal ReportStyle::mm(qreal millimetres) const
{
    return pt(millimetres * kPointsPerInch / kMillimetresPerInch);
}

QFont ReportStyle::font(qreal points, bool bold) const
{
    QFont font(m_family);
    font.setPointSizeF(points);
    font.setBold(bold);
    // Measured and drawn at the device's resolution alike: no hinting to shift glyphs.
    font.setHintingPreference(QFont::PreferNoHinting);
    // No "ﬁ" ligatures where Latin script does not need them: text copied or searched in the
    // PDF reads "ficc", as typed.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

} // namespace xm
