#include "margin_report.h"

#include "report_layout.h"
#include "report_sections.h"
#include "report_style.h"

#include "core/io/atomic_save.h"
#include "core/io/input_error.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

namespace xm {
namespace {

// Margins of the content; the footer sits in the bottom one.
constexpr QMarginsF kMarginsMm{16.0, 15.0, 16.0, 21.0};

} // namespace

MarginReport::MarginReport(MarginSession& session, const SummaryPanel& summary, std::vector<ChartFrame*> charts)
    : m_session(session)
    , m_summary(summary)
    , m_charts(std::move(charts))
    , m_generatedAt(QDateTime::currentDateTime())
{
}

QPageSize MarginReport::defaultPageSize(const QLocale& locale)
{
    const bool letter = locale.measurementSystem() == QLocale::ImperialUSSystem || locale.territory() == QLocale::Canada;
    return QPageSize(letter ? QPageSize::Letter : QPageSize::A4);
}

int MarginReport::print(QPagedPaintDevice& device) const
{
    QPageLayout pageLayout = device.pageLayout();
    pageLayout.setMode(QPageLayout::FullPageMode);
    device.setPageLayout(pageLayout);

    const ReportStyle style(device);
    const QRectF page = pageLayout.fullRectPixels(device.logicalDpiX());
    const QRectF content = page.adjusted(style.mm(kMarginsMm.left()), style.mm(kMarginsMm.top()),
                                         -style.mm(kMarginsMm.right()), -style.mm(kMarginsMm.bottom()));
    ReportLayout layout(content);
    const ReportSections sections(m_session, m_summary, style, m_generatedAt);
    sections.addCover(layout);
    sections.addHeadline(layout);
    sections.addPortfolio(layout);
    sections.addCharts(layout, m_charts);
    sections.addTrace(layout);
    sections.addParameters(layout);
    sections.addDisclaimer(layout);

    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    layout.paint(device, painter,
                 [&](QPainter& p, int number, int count) { sections.paintFooter(p, content, number, count); });
    painter.end();
    return layout.pageCount();
}

int MarginReport::writePdf(const QString& path, const QPageSize& pageSize) const
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(tr("Initial margin: cross-margined versus duplicated"));
    writer.setCreator(QStringLiteral("XMargin"));
    writer.setPageLayout(QPageLayout(pageSize, QPageLayout::Portrait, QMarginsF()));
    const int pages = print(writer);
    if (pages == 0)
        throw io::InputError(path, 0, {}, tr("expected a report that can be drawn (the PDF writer refused to start)"));
    io::saveAtomically(path, pdf);
    return pages;
}

} // namespace xm
