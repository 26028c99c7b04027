#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QPageSize>
#include <QString>

#include <vector>

class QPagedPaintDevice;

namespace xm {

class ChartFrame;
class MarginSession;
class SummaryPanel;

// The client report of the open portfolio, printable and as PDF: a cover with the portfolio,
// its as-of date, account, model version and the model-estimate notice; the headline figures
// as the summary shows them; the portfolio table; every chart; the calculation trace; every
// parameter with its provenance; and the disclaimer. Each page carries the disclaimer and its
// page number in the footer. Tables repeat their header on each page and never cut a row;
// charts are drawn as vectors, two to a page, never cut.
class MarginReport final {
    Q_DECLARE_TR_FUNCTIONS(xm::MarginReport)

public:
    // `summary` shows `session`'s result; `charts` (on `session`) are drawn in order.
    MarginReport(MarginSession& session, const SummaryPanel& summary, std::vector<ChartFrame*> charts);

    // A4, or US Letter where `locale` measures in inches or is Canadian.
    static QPageSize defaultPageSize(const QLocale& locale = QLocale());

    // The time the report says it was generated (default: when it was made).
    void setGeneratedAt(const QDateTime& time) { m_generatedAt = time; }

    // Lays the report out on the device's paper, edge to edge, and paints every page
    // (File → Print, a print preview). Returns the page count, 0 when the device cannot be
    // painted on.
    int print(QPagedPaintDevice& device) const;
    // Writes the report as a PDF on `pageSize` paper to `path`, replacing the file only once
    // complete. Returns the page count; throws io::InputError naming the file when it cannot.
    int writePdf(const QString& path, const QPageSize& pageSize) const;

private:
    MarginSession& m_session;
    const SummaryPanel& m_summary;
    std::vector<ChartFrame*> m_charts;
    QDateTime m_generatedAt;
};

} // namespace xm
