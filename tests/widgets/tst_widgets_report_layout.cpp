// Pagination of the client report: blocks never cross a page's bottom, headings stay with what
// follows them, tables repeat their header on every page they run onto and never cut a row.
#include "widgets/report/report_layout.h"
#include "widgets/report/report_style.h"
#include "widgets/report/report_table.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QtTest>

#include <set>

using namespace xm;

namespace {

constexpr QRectF kContent{50.0, 40.0, 500.0, 700.0};

QString describe(const ReportLayout& layout, const std::vector<ReportLayout::Page>& pages)
{
    QStringList lines;
    for (std::size_t p = 0; p < pages.size(); ++p) {
        QStringList blocks;
        for (const ReportLayout::Placement& placed : pages[p])
            blocks << QStringLiteral("%1@%2+%3%4")
                          .arg(placed.block->keepWithNext ? QStringLiteral("k") : QString())
                          .arg(placed.top, 0, 'f', 0)
                          .arg(placed.block->height, 0, 'f', 0)
                          .arg(placed.block->startsPage ? QStringLiteral("!") : QString());
        lines << QStringLiteral("page %1: %2").arg(p + 1).arg(blocks.join(QLatin1Char(' ')));
    }
    return QStringLiteral("%1 blocks in %2\n").arg(layout.blockCount()).arg(lines.join(QLatin1Char('\n')));
}

// The invariants every pagination keeps, whatever the blocks: each block once and in order;
// none overlaps the one before; none crosses the bottom unless it opens its page and is too
// tall for any page; a repeated header only opens a page, above a block that repeats it; a
// section opens its page; a block kept with the next never ends a page it does not open.
void verifyPagination(const ReportLayout& layout)
{
    const std::vector<ReportLayout::Page> pages = layout.paginate();
    const QByteArray where = describe(layout, pages).toUtf8();
    QVERIFY2(!pages.empty(), where.constData());
    std::size_t next = 0;
    for (std::size_t p = 0; p < pages.size(); ++p) {
        const ReportLayout::Page& page = pages[p];
        QVERIFY2(!page.empty() || layout.blockCount() == 0, where.constData());
        const bool repeatedHeader = !page.empty() && next < layout.blockCount() && page[0].block != &layout.block(next);
        const std::size_t first = repeatedHeader ? 1 : 0;  // the first block added that the page holds
        if (repeatedHeader)
            QVERIFY2(page.size() > 1 && page[1].block->repeatedHeader.get() == page[0].block, where.constData());
        qreal bottom = kContent.top();
        for (std::size_t i = 0; i < page.size(); ++i) {
            const ReportLayout::Placement& placed = page[i];
            QVERIFY2(placed.top >= bottom - 1e-9, where.constData());
            bottom = placed.top + placed.block->height;
            const bool opensTooTall = i == first && bottom - kContent.top() > kContent.height();
            QVERIFY2(bottom <= kContent.bottom() + 1e-9 || opensTooTall,
                     qPrintable(QStringLiteral("page %1, block %2 ends at %3, below the bottom %4\n%5")
                                    .arg(p + 1).arg(i).arg(bottom).arg(kContent.bottom()).arg(QString::fromUtf8(where))));
            if (i < first)
                continue;
            QVERIFY2(placed.block == &layout.block(next), where.constData());
            QVERIFY2(!placed.block->startsPage || i == first, where.constData());
            ++next;
        }
        const bool nextStartsPage = next < layout.blockCount() && layout.block(next).startsPage;
        if (p + 1 < pages.size() && !nextStartsPage)
            QVERIFY2(!page.back().block->keepWithNext || page.size() == first + 1, where.constData());
    }
    QCOMPARE(next, layout.blockCount());
}

ReportBlock block(qreal height, bool keepWithNext = false, bool startsPage = false, qreal spaceBefore = 0.0)
{
    ReportBlock b;
    b.height = height;
    b.keepWithNext = keepWithNext;
    b.startsPage = startsPage;
    b.spaceBefore = spaceBefore;
    b.paint = [](QPainter&, const QRectF&) {};
    return b;
}

} // namespace

class TestReportLayout final : public QObject {
    Q_OBJECT

private slots:
    void emptyLayoutHasOnePage();
    void blocksFillPagesInOrder_data();
    void blocksFillPagesInOrder();
    void headingMovesToThePageOfWhatFollows();
    void sectionStartsAPageUnlessTheCurrentOneIsEmpty();
    void spaceBeforeIsDroppedAtTheTopOfAPage();
    void randomBlocksKeepEveryInvariant_data();
    void randomBlocksKeepEveryInvariant();
    void longTableRepeatsItsHeaderAndNeverCutsARow();
};

void TestReportLayout::emptyLayoutHasOnePage()
{
    ReportLayout layout(kContent);
    QCOMPARE(layout.pageCount(), 1);
}

void TestReportLayout::blocksFillPagesInOrder_data()
{
    QTest::addColumn<qreal>("height");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("pages");
    // 700 high: 7 blocks of 100 fill a page exactly; 8 need a second.
    QTest::newRow("one page, exactly full") << 100.0 << 7 << 1;
    QTest::newRow("one over") << 100.0 << 8 << 2;
    QTest::newRow("three blocks of 300") << 300.0 << 3 << 2;
    QTest::newRow("taller than a page") << 900.0 << 2 << 2;
    QTest::newRow("many small") << 10.0 << 211 << 4;
}

void TestReportLayout::blocksFillPagesInOrder()
{
    QFETCH(qreal, height);
    QFETCH(int, count);
    QFETCH(int, pages);
    ReportLayout layout(kContent);
    for (int i = 0; i < count; ++i)
        layout.add(block(height));
    QVERIFY2(layout.pageCount() == pages, qPrintable(describe(layout, layout.paginate())));
    verifyPagination(layout);
}

void TestReportLayout::headingMovesToThePageOfWhatFollows()
{
    ReportLayout layout(kContent);
    layout.add(block(640.0));
    layout.add(block(30.0, true));  // fits, but what it heads does not
    layout.add(block(100.0));
    const auto pages = layout.paginate();
    QVERIFY2(pages.size() == 2 && pages[1].size() == 2 && pages[1][0].block == &layout.block(1),
             qPrintable(describe(layout, pages)));
    verifyPagination(layout);
}

void TestReportLayout::sectionStartsAPageUnlessTheCurrentOneIsEmpty()
{
    ReportLayout layout(kContent);
    layout.add(block(50.0, false, true));  // first: the first page is still empty
    layout.add(block(50.0));
    layout.add(block(50.0, false, true));
    const auto pages = layout.paginate();
    QVERIFY2(pages.size() == 2 && pages[0].size() == 2 && pages[1][0].block == &layout.block(2),
             qPrintable(describe(layout, pages)));
}

void TestReportLayout::spaceBeforeIsDroppedAtTheTopOfAPage()
{
    ReportLayout layout(kContent);
    layout.add(block(680.0));
    layout.add(block(100.0, false, false, 20.0));
    const auto pages = layout.paginate();
    QVERIFY2(pages.size() == 2 && qFuzzyCompare(pages[1][0].top, kContent.top()), qPrintable(describe(layout, pages)));
}

void TestReportLayout::randomBlocksKeepEveryInvariant_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 40; ++seed)
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
}

void TestReportLayout::randomBlocksKeepEveryInvariant()
{
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    ReportLayout layout(kContent);
    auto header = std::make_shared<const ReportBlock>(block(25.0, true));
    for (int i = 0; i < 120; ++i) {
        ReportBlock b = block(5.0 + random.bounded(300.0), random.bounded(5) == 0, random.bounded(20) == 0,
                              random.bounded(3) == 0 ? 12.0 : 0.0);
        if (random.bounded(2) == 0)
            b.repeatedHeader = header;
        layout.add(std::move(b));
    }
    verifyPagination(layout);
}

void TestReportLayout::longTableRepeatsItsHeaderAndNeverCutsARow()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    const ReportStyle style(writer);
    ReportTable table(style, {{QStringLiteral("Quantity"), 3.0},
                              {QStringLiteral("Value"), 1.0, Qt::AlignRight},
                              {QStringLiteral("How it is obtained"), 5.0}});
    for (int row = 0; row < 300; ++row) {
        if (row % 40 == 0)
            table.addGroupRow(QStringLiteral("Group %1").arg(row / 40), Qt::darkBlue);
        // Every seventh row wraps onto several lines; a long word wraps inside itself.
        const QString detail = row % 7 == 0 ? QStringLiteral("a detail long enough to wrap onto a second and a third "
                                                             "line of its column, with 91282CLF691282CLF691282CLF6")
                                            : QStringLiteral("short");
        table.addRow({{QStringLiteral("row %1").arg(row)}, {QString::number(row * 1000)}, {detail}}, row % 3);
    }
    const QRectF content(0, 0, style.mm(178), style.mm(261));
    ReportLayout layout(content);
    table.addTo(layout);
    const auto pages = layout.paginate();
    QVERIFY2(pages.size() >= 4, qPrintable(QStringLiteral("300 rows took %1 pages").arg(pages.size())));
    const ReportBlock* header = &layout.block(0);
    for (std::size_t p = 0; p < pages.size(); ++p) {
        QVERIFY2(pages[p].front().block->height == header->height && pages[p].front().top == content.top(),
                 qPrintable(QStringLiteral("page %1 does not open with the table's header").arg(p + 1)));
        for (const ReportLayout::Placement& placed : pages[p])
            QVERIFY2(placed.top + placed.block->height <= content.bottom() + 1e-6,
                     qPrintable(QStringLiteral("page %1: a row from %2 to %3 crosses the bottom %4")
                                    .arg(p + 1)
                                    .arg(placed.top)
                                    .arg(placed.top + placed.block->height)
                                    .arg(content.bottom())));
        if (p + 1 < pages.size())
            QVERIFY2(!pages[p].back().block->keepWithNext,
                     qPrintable(QStringLiteral("page %1 ends with a group row").arg(p + 1)));
    }
}

QTEST_MAIN(TestReportLayout)
#include "tst_widgets_report_layout.moc"
