#include "report_blocks.h"

#include "wrapped_text.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QRegularExpression>

#include <algorithm>

namespace xm {
namespace {

constexpr qreal kCardGapPt = 6.0;
constexpr qreal kCardPaddingPt = 6.0;
constexpr qreal kCardBarPt = 2.2;
constexpr qreal kFactLabelShare = 0.30;  // of a fact column's width
constexpr qreal kFactLineGapPt = 3.0;

// A figure's font, smaller when a word of the value would not fit the card: an amount must
// not wrap inside its digits ("US$1,968,543" in Japanese is wider than "$1,968,543"), while
// a sentence still wraps between its words.
QFont figureFont(const ReportStyle& style, const ReportFigure& figure, qreal width)
{
    QFont font = style.font(figure.points, figure.points > ReportStyle::kBodyPt);
    const QFontMetricsF metrics(font, &style.device());
    static const QRegularExpression space(QStringLiteral("\\s+"));
    qreal widest = 0.0;
    for (const QString& word : figure.value.split(space, Qt::SkipEmptyParts))
        widest = std::max(widest, metrics.horizontalAdvance(word));
    if (widest > width)
        font.setPointSizeF(font.pointSizeF() * width / widest * 0.98);
    return font;
}

} // namespace

ReportBlock figureCards(const ReportStyle& style, qreal width, const std::vector<ReportFigure>& figures)
{
    const qreal gap = style.pt(kCardGapPt);
    const qreal padding = style.pt(kCardPaddingPt);
    const qreal cardWidth = (width - gap * static_cast<qreal>(figures.size() - 1)) / static_cast<qreal>(figures.size());
    struct Card {
        WrappedText label;
        WrappedText value;
        QColor color;
    };
    std::vector<Card> cards;
    qreal height = 0.0;
    for (const ReportFigure& figure : figures) {
        cards.push_back({WrappedText(figure.label, style.font(ReportStyle::kSmallPt + 0.5), cardWidth - 2 * padding,
                                     style.device()),
                         WrappedText(figure.value, figureFont(style, figure, cardWidth - 2 * padding),
                                     cardWidth - 2 * padding, style.device()),
                         figure.color});
        height = std::max(height, cards.back().label.height() + cards.back().value.height());
    }
    ReportBlock block;
    block.height = height + 2.5 * padding;
    block.spaceBefore = gap;
    block.paint = [cards, cardWidth, gap, padding, bar = style.pt(kCardBarPt)](QPainter& painter, const QRectF& rect) {
        qreal x = rect.left();
        for (const Card& card : cards) {
            const QRectF box(x, rect.top(), cardWidth, rect.height());
            painter.fillRect(box, ReportStyle::kStripeFill);
            painter.fillRect(QRectF(box.topLeft(), QSizeF(bar, box.height())), card.color == ReportStyle::kText
                                                                                   ? ReportStyle::kAccent
                                                                                   : card.color);
            painter.setPen(ReportStyle::kMuted);
            card.label.draw(painter, box.topLeft() + QPointF(padding, padding));
            painter.setPen(card.color);
            card.value.draw(painter, box.topLeft() + QPointF(padding, 1.5 * padding + card.label.height()));
            x += cardWidth + gap;
        }
    };
    return block;
}

ReportBlock factsGrid(const ReportStyle& style, qreal width, const std::vector<std::pair<QString, QString>>& facts)
{
    const qreal gap = style.pt(2 * kCardGapPt);
    const qreal columnWidth = (width - gap) / 2;
    const qreal labelWidth = columnWidth * kFactLabelShare;
    const qreal lineGap = style.pt(kFactLineGapPt);
    struct Fact {
        WrappedText label;
        WrappedText value;
    };
    std::vector<Fact> laid;
    for (const auto& [label, value] : facts)
        laid.push_back({WrappedText(label, style.font(ReportStyle::kBodyPt - 0.5), labelWidth, style.device()),
                        WrappedText(value, style.font(ReportStyle::kBodyPt), columnWidth - labelWidth, style.device())});
    const std::size_t rows = (laid.size() + 1) / 2;
    std::vector<qreal> rowHeights(rows, 0.0);
    for (std::size_t i = 0; i < laid.size(); ++i)
        rowHeights[i % rows] = std::max({rowHeights[i % rows], laid[i].label.height(), laid[i].value.height()});
    qreal height = 0.0;
    for (qreal h : rowHeights)
        height += h + lineGap;
    ReportBlock block;
    block.height = height;
    block.paint = [laid, rows, rowHeights, columnWidth, labelWidth, gap, lineGap](QPainter& painter, const QRectF& rect) {
        for (std::size_t i = 0; i < laid.size(); ++i) {
            const std::size_t row = i % rows;
            qreal y = rect.top();
            for (std::size_t r = 0; r < row; ++r)
                y += rowHeights[r] + lineGap;
            const qreal x = rect.left() + (i < rows ? 0.0 : columnWidth + gap);
            painter.setPen(ReportStyle::kMuted);
            laid[i].label.draw(painter, QPointF(x, y));
            painter.setPen(ReportStyle::kText);
            laid[i].value.draw(painter, QPointF(x + labelWidth, y));
        }
    };
    return block;
}

ReportBlock noticeBox(const ReportStyle& style, qreal width, const QString& text)
{
    const qreal padding = style.pt(kCardPaddingPt);
    const WrappedText notice(text, style.font(ReportStyle::kBodyPt, true), width - 2 * padding, style.device());
    ReportBlock block;
    block.height = notice.height() + 2 * padding;
    block.paint = [notice, padding](QPainter& painter, const QRectF& rect) {
        painter.fillRect(rect, ReportStyle::kNoticeFill);
        painter.setPen(ReportStyle::kNoticeText);
        notice.draw(painter, rect.topLeft() + QPointF(padding, padding));
    };
    return block;
}

} // namespace xm
