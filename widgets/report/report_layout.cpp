#include "report_layout.h"

#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>

namespace xm {

ReportLayout::ReportLayout(const QRectF& content)
    : m_content(content)
{
}

void ReportLayout::add(ReportBlock block)
{
    m_blocks.push_back(std::make_unique<ReportBlock>(std::move(block)));
}

qreal ReportLayout::heightKeptTogether(std::size_t index) const
{
    qreal height = m_blocks[index]->height;
    while (m_blocks[index]->keepWithNext && index + 1 < m_blocks.size()) {
        ++index;
        height += m_blocks[index]->spaceBefore + m_blocks[index]->height;
    }
    return height;
}

std::vector<ReportLayout::Page> ReportLayout::paginate() const
{
    std::vector<Page> pages(1);
    qreal y = m_content.top();
    const auto openPage = [&] {
        pages.emplace_back();
        y = m_content.top();
    };
    for (std::size_t i = 0; i < m_blocks.size(); ++i) {
        const ReportBlock& block = *m_blocks[i];
        if (block.startsPage && !pages.back().empty())
            openPage();
        qreal space = pages.back().empty() ? 0.0 : block.spaceBefore;
        // A group taller than a page starts on a fresh page and breaks where it must.
        const qreal needed = std::min(space + heightKeptTogether(i), m_content.height());
        if (!pages.back().empty() && y + needed > m_content.bottom()) {
            openPage();
            space = 0.0;
        }
        if (pages.back().empty() && block.repeatedHeader) {
            pages.back().push_back({block.repeatedHeader.get(), y});
            y += block.repeatedHeader->height;
        }
        y += space;
        pages.back().push_back({&block, y});
        y += block.height;
    }
    return pages;
}

int ReportLayout::pageCount() const
{
    return static_cast<int>(paginate().size());
}

void ReportLayout::paint(QPagedPaintDevice& device, QPainter& painter, const Decoration& decorate) const
{
    const std::vector<Page> pages = paginate();
    const int count = static_cast<int>(pages.size());
    for (int page = 0; page < count; ++page) {
        if (page > 0)
            device.newPage();
        for (const Placement& placed : pages[static_cast<std::size_t>(page)]) {
            painter.save();
            placed.block->paint(painter, QRectF(m_content.left(), placed.top, m_content.width(), placed.block->height));
            painter.restore();
        }
        painter.save();
        decorate(painter, page + 1, count);
        painter.restore();
    }
}

} // namespace xm
