#pragma once

#include <QRectF>

#include <functional>
#include <memory>
#include <vector>

class QPagedPaintDevice;
class QPainter;

namespace xm {

// A piece of the report that never breaks across pages: a heading, a paragraph, a table row,
// a chart. It draws itself into a rectangle as wide as the page's content and `height` tall.
struct ReportBlock {
    qreal height = 0.0;
    std::function<void(QPainter&, const QRectF&)> paint;
    qreal spaceBefore = 0.0;    // dropped at the top of a page
    bool keepWithNext = false;  // headings: never the last block of a page
    bool startsPage = false;    // a section that opens on a page of its own
    // Drawn first when the block opens a page (a table's header row on every page it runs onto).
    std::shared_ptr<const ReportBlock> repeatedHeader;
};

// Flows blocks down the content rectangle of each page and onto as many pages as they need,
// then paints them page by page with a page decoration (footer, page number) on each.
class ReportLayout final {
public:
    using Decoration = std::function<void(QPainter&, int page, int pageCount)>;

    explicit ReportLayout(const QRectF& content);

    struct Placement {
        const ReportBlock* block;  // one added, or the repeated header of one
        qreal top;
    };
    using Page = std::vector<Placement>;

    const QRectF& content() const { return m_content; }
    void add(ReportBlock block);
    const ReportBlock& block(std::size_t index) const { return *m_blocks.at(index); }
    std::size_t blockCount() const { return m_blocks.size(); }
    // Where each block goes: every block once, in order, on at least one page.
    std::vector<Page> paginate() const;
    int pageCount() const;
    // Paints on `painter`, active on `device`; every page after the first is a new page.
    void paint(QPagedPaintDevice& device, QPainter& painter, const Decoration& decorate) const;

private:
    // The height `index` needs at the bottom of a page: itself and the blocks it keeps with.
    qreal heightKeptTogether(std::size_t index) const;

    QRectF m_content;
    std::vector<std::unique_ptr<ReportBlock>> m_blocks;
};

} // namespace xm
