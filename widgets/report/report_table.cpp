#include "report_table.h"

#include "report_style.h"
#include "wrapped_text.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace xm {
namespace {

constexpr qreal kPaddingXPt = 4.0;
constexpr qreal kPaddingYPt = 2.6;
constexpr qreal kIndentPt = 9.0;
constexpr qreal kBadgePaddingPt = 4.0;
constexpr qreal kGroupSpacePt = 4.0;
constexpr qreal kRuleWidthPt = 0.4;
constexpr qreal kHeaderRuleWidthPt = 0.8;

} // namespace

ReportTable::ReportTable(const ReportStyle& style, std::vector<Column> columns)
    : m_style(style)
    , m_columns(std::move(columns))
{
}

void ReportTable::addRow(std::vector<Cell> cells, int indent, bool keepWithNext)
{
    cells.resize(m_columns.size());
    m_rows.push_back({std::move(cells), indent, false, keepWithNext, false});
}

void ReportTable::addSpanningRow(Cell cell, int indent)
{
    m_rows.push_back({{std::move(cell)}, indent, false, false, true});
}

void ReportTable::addGroupRow(const QString& text, const QColor& color)
{
    m_rows.push_back({{Cell{text, color, true, {}}}, 0, true, true, true});
}

QFont ReportTable::headerFont() const
{
    return m_style.font(ReportStyle::kTablePt - 0.5, true);
}

// Widths by weight, except that a header word is never broken: a column is at least as wide
// as its title's longest word (German titles such as "Inkrementelle" outgrow the English
// weights), the room taken from the columns wider than their own longest word.
std::vector<qreal> ReportTable::columnWidths(qreal width) const
{
    const qreal total = std::accumulate(m_columns.begin(), m_columns.end(), 0.0,
                                        [](qreal sum, const Column& column) { return sum + column.weight; });
    const QFontMetricsF metrics(headerFont(), &m_style.device());
    static const QRegularExpression space(QStringLiteral("\\s+"));
    std::vector<qreal> widths;
    std::vector<qreal> minimum;
    qreal deficit = 0.0;
    qreal slack = 0.0;
    for (const Column& column : m_columns) {
        qreal longestWord = 0.0;
        for (const QString& word : column.title.split(space, Qt::SkipEmptyParts))
            longestWord = std::max(longestWord, metrics.horizontalAdvance(word));
        widths.push_back(width * column.weight / total);
        minimum.push_back(std::ceil(longestWord) + 2 * m_style.pt(kPaddingXPt));
        deficit += std::max(0.0, minimum.back() - widths.back());
        slack += std::max(0.0, widths.back() - minimum.back());
    }
    if (deficit <= 0.0 || slack <= 0.0)
        return widths;
    const qreal give = std::min(1.0, deficit / slack);
    for (std::size_t c = 0; c < widths.size(); ++c)
        widths[c] = widths[c] < minimum[c] ? minimum[c] : widths[c] - (widths[c] - minimum[c]) * give;
    return widths;
}

ReportBlock ReportTable::headerBlock(const std::vector<qreal>& widths) const
{
    const qreal padX = m_style.pt(kPaddingXPt);
    const qreal padY = m_style.pt(kPaddingYPt);
    std::vector<WrappedText> titles;
    qreal height = 0.0;
    for (std::size_t c = 0; c < m_columns.size(); ++c) {
        titles.emplace_back(m_columns[c].title, headerFont(), widths[c] - 2 * padX,
                            m_style.device(), m_columns[c].alignment);
        height = std::max(height, titles.back().height());
    }
    ReportBlock block;
    block.height = height + 2 * padY;
    block.keepWithNext = true;
    block.paint = [titles, widths, padX, padY, ruleWidth = m_style.pt(kHeaderRuleWidthPt)](QPainter& painter,
                                                                                           const QRectF& rect) {
        painter.fillRect(rect, ReportStyle::kHeaderFill);
        painter.setPen(ReportStyle::kMuted);
        qreal x = rect.left();
        for (std::size_t c = 0; c < titles.size(); ++c) {
            // Titles sit on the header's bottom, as a column's numbers sit under them.
            titles[c].draw(painter, QPointF(x + padX, rect.bottom() - padY - titles[c].height()));
            x += widths[c];
        }
        painter.setPen(QPen(ReportStyle::kMuted, ruleWidth));
        painter.drawLine(rect.bottomLeft(), rect.bottomRight());
    };
    return block;
}

ReportBlock ReportTable::rowBlock(const Row& row, qreal width, const std::vector<qreal>& columns,
                                  bool striped) const
{
    const qreal padX = m_style.pt(kPaddingXPt);
    const qreal padY = m_style.pt(kPaddingYPt);
    const qreal badgePad = m_style.pt(kBadgePaddingPt);
    const std::vector<qreal> widths = row.spanning ? std::vector<qreal>{width} : columns;
    struct Laid {
        WrappedText text;
        QColor color;
        QColor badge;
        qreal indent;
    };
    std::vector<Laid> cells;
    qreal height = 0.0;
    for (std::size_t c = 0; c < row.cells.size() && c < widths.size(); ++c) {
        const Cell& cell = row.cells[c];
        const qreal indent = c == 0 ? row.indent * m_style.pt(kIndentPt) : 0.0;
        const qreal textWidth = widths[c] - 2 * padX - indent - (cell.badge.isValid() ? 2 * badgePad : 0.0);
        const Qt::Alignment alignment = row.spanning ? Qt::AlignLeft : m_columns[c].alignment;
        cells.push_back({WrappedText(cell.text, m_style.font(ReportStyle::kTablePt, cell.bold || row.group), textWidth,
                                     m_style.device(), alignment),
                         cell.color.isValid() ? cell.color : ReportStyle::kText, cell.badge, indent});
        height = std::max(height, cells.back().text.height());
    }
    const qreal space = row.group ? m_style.pt(kGroupSpacePt) : 0.0;
    ReportBlock block;
    block.height = height + 2 * padY + space;
    block.keepWithNext = row.keepWithNext;
    block.paint = [cells, widths, padX, padY, badgePad, space, striped, group = row.group,
                   ruleWidth = m_style.pt(kRuleWidthPt)](QPainter& painter, const QRectF& rect) {
        const QRectF body = rect.adjusted(0, space, 0, 0);
        if (striped)
            painter.fillRect(body, ReportStyle::kStripeFill);
        painter.setRenderHint(QPainter::Antialiasing);
        qreal x = rect.left();
        for (std::size_t c = 0; c < cells.size(); ++c) {
            const Laid& cell = cells[c];
            const QPointF at(x + padX + cell.indent + (cell.badge.isValid() ? badgePad : 0.0), body.top() + padY);
            if (cell.badge.isValid()) {
                const QRectF badge(at.x() - badgePad, at.y() - padY / 2, cell.text.naturalWidth() + 2 * badgePad,
                                   cell.text.height() + padY);
                painter.setPen(Qt::NoPen);
                painter.setBrush(cell.badge);
                painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2);
            }
            painter.setPen(cell.color);
            cell.text.draw(painter, at);
            x += widths[c];
        }
        painter.setPen(QPen(group ? cells.front().color : ReportStyle::kRule, ruleWidth));
        painter.drawLine(body.bottomLeft(), body.bottomRight());
    };
    return block;
}

void ReportTable::addTo(ReportLayout& layout) const
{
    const qreal width = layout.content().width();
    // Measured once: the header words' widths do not change from row to row.
    const std::vector<qreal> widths = columnWidths(width);
    auto header = std::make_shared<const ReportBlock>(headerBlock(widths));
    layout.add(*header);
    bool striped = false;
    for (const Row& row : m_rows) {
        ReportBlock block = rowBlock(row, width, widths, striped && !row.group);
        block.repeatedHeader = header;
        layout.add(std::move(block));
        striped = row.group ? false : !striped;
    }
}

} // namespace xm
