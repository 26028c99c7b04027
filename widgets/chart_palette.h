#pragma once

#include "editor_palette.h"

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

// Margin charts: the venues in the portfolio editor's colours, so a bar, a line and a table
// row of the same CCP look alike; the duplicated and cross-margined requirements; good news
// (offsets, savings) and bad news (margin added).
inline const QColor kFicc = editor_palette::kFicc;
inline const QColor kCme = editor_palette::kCme;
inline const QColor kNet{0x3d, 0x44, 0x50};
inline const QColor kDuplicated{0x7a, 0x82, 0x90};
inline const QColor kCrossMargined = editor_palette::kGood;
inline const QColor kSaving = editor_palette::kGood;
inline const QColor kSavingBand{kSaving.red(), kSaving.green(), kSaving.blue(), 28};  // between two lines
inline const QColor kCost = editor_palette::kBad;
inline const QColor kTotal{0x3d, 0x4b, 0x5c};
inline const QColor kStress{0xf2, 0xc9, 0x4c, 0x55};

} // namespace xm::palette
