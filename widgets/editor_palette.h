#pragma once

#include <QColor>

class QWidget;

namespace xm::editor_palette {

// Colours of the portfolio editor and the summary: one per venue, and one each for good
// news (eligible, saves margin) and bad news (ineligible, costs margin, input errors).
inline const QColor kFicc{0x1f, 0x5f, 0xa8};
inline const QColor kCme{0xb3, 0x5c, 0x00};
inline const QColor kGood{0x1b, 0x7f, 0x3b};
inline const QColor kBad{0xc0, 0x39, 0x2b};
inline const QColor kMuted{0x6b, 0x72, 0x7c};

// Sets the colour of a label's (or any widget's) text.
void setTextColor(QWidget* widget, const QColor& color);

} // namespace xm::editor_palette
