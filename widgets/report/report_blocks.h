#pragma once

#include "report_layout.h"
#include "report_style.h"

#include <QColor>
#include <QString>

#include <utility>
#include <vector>

namespace xm {

// A headline figure of the report: a muted label over its value.
struct ReportFigure {
    QString label;
    QString value;
    qreal points = ReportStyle::kBodyPt;  // the value's size; bold when larger than the body
    QColor color = ReportStyle::kText;
};

// Figures on cards of equal width across `width`, each with a bar in its colour.
ReportBlock figureCards(const ReportStyle& style, qreal width, const std::vector<ReportFigure>& figures);
// Label and value pairs in two columns, filled top to bottom.
ReportBlock factsGrid(const ReportStyle& style, qreal width, const std::vector<std::pair<QString, QString>>& facts);
// Bold text on the notice fill: what a reader must not miss.
ReportBlock noticeBox(const ReportStyle& style, qreal width, const QString& text);

} // namespace xm
