#pragma once

#include "report_layout.h"

#include <QColor>
#include <QFont>
#include <QString>

#include <vector>

namespace xm {

class ReportStyle;

// A table of the report: columns sharing the content width by weight (never narrower than a
// header word), a header row that repeats on every page the table runs onto, striped rows
// whose cells wrap and that never break across pages, and group rows spanning every column
// (a venue, a trace section).
class ReportTable final {
public:
    struct Column {
        QString title;
        qreal weight = 1.0;
        Qt::Alignment alignment = Qt::AlignLeft;
    };
    struct Cell {
        Cell(QString text = {}, QColor color = {}, bool bold = false, QColor badge = {})
            : text(std::move(text)), color(color), bold(bold), badge(badge)
        {
        }

        QString text;
        QColor color;  // invalid: the body text colour
        bool bold;
        QColor badge;  // valid: drawn as a rounded badge on this fill (provenance)
    };

    ReportTable(const ReportStyle& style, std::vector<Column> columns);

    // `indent` levels push the first cell right (a trace line's depth); a row kept with the
    // next is never the last of a page (a trace section's first line).
    void addRow(std::vector<Cell> cells, int indent = 0, bool keepWithNext = false);
    // A row spanning the table, bold on the header's fill; kept with the row after it.
    void addGroupRow(const QString& text, const QColor& color);
    // One cell across every column, indented as addRow's first (a long note).
    void addSpanningRow(Cell cell, int indent = 0);
    // The header and the rows, in order, as blocks of `layout`; the header keeps with the first row.
    void addTo(ReportLayout& layout) const;

private:
    struct Row {
        std::vector<Cell> cells;
        int indent = 0;
        bool group = false;
        bool keepWithNext = false;
        bool spanning = false;
    };

    ReportBlock headerBlock(const std::vector<qreal>& widths) const;
    // `width` is the table's (a spanning row's), `columns` the columns' (columnWidths()).
    ReportBlock rowBlock(const Row& row, qreal width, const std::vector<qreal>& columns, bool striped) const;
    QFont headerFont() const;
    std::vector<qreal> columnWidths(qreal width) const;

    const ReportStyle& m_style;
    std::vector<Column> m_columns;
    std::vector<Row> m_rows;
};

} // namespace xm
