#pragma once

#include <QColor>
#include <QPalette>

class QCustomPlot;
class QWidget;

namespace xm::presentation_theme {

// The two colour sets of the app: the standard one (chart_palette.h, editor_palette.h) and a
// high-contrast variant for projectors: a white page, black text, darker and more saturated
// series colours, stronger grid lines.
enum class Colours { Standard, HighContrast };

// The high-contrast widget palette built on `standard` (the application's own).
QPalette highContrastPalette(const QPalette& standard);

// `colour` in `to`'s set when it is one of `from`'s (matched on RGB; alpha kept), else as is.
QColor mapColour(const QColor& colour, Colours from, Colours to);

// Redraws `plot`'s layout elements, axes, plottables and items from `from`'s colours in
// `to`'s: data lines widen going to high contrast and narrow back; every font is scaled by
// `fontScale`. Colours already in `to`'s set are left alone, so applying it again after the
// charts set fresh standard colours only converts those.
void restylePlot(QCustomPlot& plot, Colours from, Colours to, double fontScale = 1.0);

// The text colours single widgets set on themselves (the summary's figures), from `from`'s
// set to `to`'s, and the point sizes they set themselves times `fontScale`.
void restyleWidgets(QWidget& root, Colours from, Colours to, double fontScale = 1.0);

} // namespace xm::presentation_theme
