#pragma once

#include <QColor>

namespace xm::palette {

// One colour per curve role, shared by the chart lines and the table headers so a reader
// can match a column to its line at a glance.
inline const QColor kAsOf{0x1f, 0x5f, 0xa8};
inline const QColor kComparison{0xe0, 0x82, 0x14};
inline const QColor kGrid{0xe4, 0xe6, 0xea};
inline const QColor kAxis{0x8a, 0x90, 0x99};
inline const QColor kText{0x26, 0x2b, 0x33};
inline const QColor kMutedText{0x6b, 0x72, 0x7c};

} // namespace xm::palette
