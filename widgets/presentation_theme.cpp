#include "presentation_theme.h"

#include "chart_palette.h"

#include <qcustomplot.h>

#include <QWidget>

#include <array>
#include <utility>

namespace xm::presentation_theme {
namespace {

// Data lines on a projector: half as wide again.
constexpr double kLineScale = 1.5;

// Standard colour -> high-contrast colour. Each standard RGB appears once (several roles share
// one, e.g. FICC and the as-of curve) and no high-contrast colour is a standard one (nor pure
// black, the QCustomPlot default), so the mapping runs both ways.
const std::array<std::pair<QColor, QColor>, 13>& colourPairs()
{
    static const std::array<std::pair<QColor, QColor>, 13> pairs{{
        {palette::kFicc, QColor(0x00, 0x3a, 0xc2)},
        {palette::kCme, QColor(0x9c, 0x3d, 0x00)},
        {palette::kComparison, QColor(0xd4, 0x6a, 0x00)},
        {palette::kGrid, QColor(0xb8, 0xb8, 0xb8)},
        {palette::kAxis, QColor(0x20, 0x20, 0x20)},
        {palette::kText, QColor(0x0a, 0x0a, 0x0a)},
        {palette::kMutedText, QColor(0x3a, 0x3a, 0x3a)},
        {palette::kNet, QColor(0x4a, 0x4a, 0x4a)},
        {palette::kDuplicated, QColor(0x60, 0x60, 0x60)},
        {palette::kCrossMargined, QColor(0x00, 0x7a, 0x29)},
        {palette::kCost, QColor(0xc0, 0x00, 0x00)},
        {palette::kTotal, QColor(0x10, 0x24, 0x3f)},
        {palette::kStress, QColor(0xff, 0xb3, 0x00)},
    }};
    return pairs;
}

bool sameRgb(const QColor& a, const QColor& b)
{
    return a.rgb() == b.rgb();
}

bool isIn(const QColor& colour, Colours set)
{
    for (const auto& [standard, highContrast] : colourPairs()) {
        if (sameRgb(colour, set == Colours::Standard ? standard : highContrast))
            return true;
    }
    return false;
}

// Applies one theme change to a plot: colours, line widths and fonts.
class PlotRestyler final {
public:
    PlotRestyler(Colours from, Colours to, double fontScale)
        : m_from(from)
        , m_to(to)
        , m_fontScale(fontScale)
    {
    }

    void apply(QCustomPlot& plot) const
    {
        for (QCPLayoutElement* element : plot.plotLayout()->elements(true))
            layoutElement(element);
        for (int i = 0; i < plot.plottableCount(); ++i)
            plottable(plot.plottable(i));
        for (int i = 0; i < plot.itemCount(); ++i)
            item(plot.item(i));
    }

private:
    QColor colour(const QColor& c) const { return mapColour(c, m_from, m_to); }

    QFont font(QFont f) const
    {
        if (m_fontScale != 1.0)
            f.setPointSizeF(f.pointSizeF() * m_fontScale);
        return f;
    }

    QPen pen(QPen p, bool dataLine = false) const
    {
        if (dataLine && isIn(p.color(), m_from) && p.style() != Qt::NoPen)
            p.setWidthF(m_to == Colours::HighContrast ? p.widthF() * kLineScale : p.widthF() / kLineScale);
        p.setColor(colour(p.color()));
        return p;
    }

    QBrush brush(QBrush b) const
    {
        if (b.style() != Qt::NoBrush)
            b.setColor(colour(b.color()));
        return b;
    }

    void layoutElement(QCPLayoutElement* element) const
    {
        if (!element)
            return;
        if (auto* text = qobject_cast<QCPTextElement*>(element)) {
            text->setTextColor(colour(text->textColor()));
            text->setFont(font(text->font()));
        } else if (auto* legend = qobject_cast<QCPLegend*>(element)) {
            legend->setTextColor(colour(legend->textColor()));
            legend->setFont(font(legend->font()));
        } else if (auto* legendItem = qobject_cast<QCPAbstractLegendItem*>(element)) {
            legendItem->setTextColor(colour(legendItem->textColor()));
            legendItem->setFont(font(legendItem->font()));
        } else if (auto* axisRect = qobject_cast<QCPAxisRect*>(element)) {
            for (QCPAxis* axis : axisRect->axes())
                this->axis(axis);
        }
    }

    void axis(QCPAxis* axis) const
    {
        axis->setBasePen(pen(axis->basePen()));
        axis->setTickPen(pen(axis->tickPen()));
        axis->setSubTickPen(pen(axis->subTickPen()));
        axis->setLabelColor(colour(axis->labelColor()));
        axis->setTickLabelColor(colour(axis->tickLabelColor()));
        axis->setLabelFont(font(axis->labelFont()));
        axis->setTickLabelFont(font(axis->tickLabelFont()));
        QCPGrid* grid = axis->grid();
        grid->setPen(pen(grid->pen()));
        grid->setSubGridPen(pen(grid->subGridPen()));
        grid->setZeroLinePen(pen(grid->zeroLinePen()));
    }

    void plottable(QCPAbstractPlottable* plottable) const
    {
        const bool line = qobject_cast<QCPGraph*>(plottable) != nullptr;
        plottable->setPen(pen(plottable->pen(), line));
        plottable->setBrush(brush(plottable->brush()));
        if (auto* graph = qobject_cast<QCPGraph*>(plottable)) {
            QCPScatterStyle scatter = graph->scatterStyle();
            scatter.setPen(pen(scatter.pen()));
            scatter.setBrush(brush(scatter.brush()));
            graph->setScatterStyle(scatter);
        }
    }

    void item(QCPAbstractItem* item) const
    {
        if (auto* text = qobject_cast<QCPItemText*>(item)) {
            text->setColor(colour(text->color()));
            text->setPen(pen(text->pen()));
            text->setBrush(brush(text->brush()));
            text->setFont(font(text->font()));
        } else if (auto* line = qobject_cast<QCPItemLine*>(item)) {
            line->setPen(pen(line->pen()));
        } else if (auto* straight = qobject_cast<QCPItemStraightLine*>(item)) {
            straight->setPen(pen(straight->pen()));
        } else if (auto* rect = qobject_cast<QCPItemRect*>(item)) {
            rect->setPen(pen(rect->pen()));
            rect->setBrush(brush(rect->brush()));
        } else if (auto* tracer = qobject_cast<QCPItemTracer*>(item)) {
            tracer->setPen(pen(tracer->pen()));
            tracer->setBrush(brush(tracer->brush()));
        }
    }

    Colours m_from;
    Colours m_to;
    double m_fontScale;
};

} // namespace

QPalette highContrastPalette(const QPalette& standard)
{
    QPalette p = standard;
    const QColor black(0x00, 0x00, 0x00);
    const QColor white(0xff, 0xff, 0xff);
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Window, white);
        p.setColor(group, QPalette::WindowText, black);
        p.setColor(group, QPalette::Base, white);
        p.setColor(group, QPalette::AlternateBase, QColor(0xee, 0xf2, 0xfa));
        p.setColor(group, QPalette::Text, black);
        p.setColor(group, QPalette::Button, QColor(0xf0, 0xf0, 0xf0));
        p.setColor(group, QPalette::ButtonText, black);
        p.setColor(group, QPalette::Light, white);
        p.setColor(group, QPalette::Midlight, QColor(0xd0, 0xd0, 0xd0));
        p.setColor(group, QPalette::Mid, QColor(0x70, 0x70, 0x70));
        p.setColor(group, QPalette::Dark, QColor(0x40, 0x40, 0x40));
        p.setColor(group, QPalette::Shadow, black);
        p.setColor(group, QPalette::Highlight, QColor(0x00, 0x3a, 0xc2));
        p.setColor(group, QPalette::HighlightedText, white);
        p.setColor(group, QPalette::PlaceholderText, QColor(0x50, 0x50, 0x50));
    }
    return p;
}

QColor mapColour(const QColor& colour, Colours from, Colours to)
{
    if (from == to)
        return colour;
    for (const auto& [standard, highContrast] : colourPairs()) {
        const QColor& source = from == Colours::Standard ? standard : highContrast;
        if (sameRgb(colour, source)) {
            QColor mapped = to == Colours::Standard ? standard : highContrast;
            mapped.setAlpha(colour.alpha());
            return mapped;
        }
    }
    return colour;
}

void restylePlot(QCustomPlot& plot, Colours from, Colours to, double fontScale)
{
    PlotRestyler(from, to, fontScale).apply(plot);
}

void restyleWidgets(QWidget& root, Colours from, Colours to, double fontScale)
{
    QList<QWidget*> widgets = root.findChildren<QWidget*>();
    widgets.prepend(&root);
    for (QWidget* widget : std::as_const(widgets)) {
        if (widget->testAttribute(Qt::WA_SetPalette)) {
            QPalette palette = widget->palette();
            const QPalette::ColorRole roles[] = {QPalette::WindowText, QPalette::Text};
            for (QPalette::ColorRole role : roles) {
                if (palette.isBrushSet(QPalette::Active, role))
                    palette.setColor(role, mapColour(palette.color(QPalette::Active, role), from, to));
            }
            widget->setPalette(palette);
        }
        if (fontScale != 1.0 && widget->testAttribute(Qt::WA_SetFont)
            && (widget->font().resolveMask() & QFont::SizeResolved)) {
            QFont font = widget->font();
            font.setPointSizeF(font.pointSizeF() * fontScale);
            widget->setFont(font);
        }
    }
}

} // namespace xm::presentation_theme
