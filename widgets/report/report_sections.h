#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace xm {

class ChartFrame;
class MarginSession;
class ReportLayout;
class ReportStyle;
class SummaryPanel;

// The sections of the margin report as blocks of a ReportLayout, and the footer of its pages.
class ReportSections final {
    Q_DECLARE_TR_FUNCTIONS(xm::MarginReport)

public:
    ReportSections(MarginSession& session, const SummaryPanel& summary, const ReportStyle& style,
                   const QDateTime& generatedAt);

    // Title, portfolio, as-of date, account, generation time, model and the notice.
    void addCover(ReportLayout& layout) const;
    // The summary's figures: requirements, savings, binding CCP, cap, eligibility, warnings.
    void addHeadline(ReportLayout& layout) const;
    // Every position as the portfolio editor shows it, by venue, with ineligibility reasons.
    void addPortfolio(ReportLayout& layout) const;
    // Each chart on its own block, two to a page.
    void addCharts(ReportLayout& layout, const std::vector<ChartFrame*>& charts) const;
    // The whole calculation trace, every position included.
    void addTrace(ReportLayout& layout) const;
    // Every model parameter and scan range with its value, provenance and source.
    void addParameters(ReportLayout& layout) const;
    // What the figures are and are not.
    void addDisclaimer(ReportLayout& layout) const;
    // The disclaimer, the portfolio and the page number below the content of page `number`.
    void paintFooter(QPainter& painter, const QRectF& content, int number, int count) const;

private:
    void addHeading(ReportLayout& layout, const QString& text, bool startsPage) const;
    void addParagraph(ReportLayout& layout, const QString& text, qreal points, const QColor& color,
                      qreal spaceBeforePt) const;
    QString portfolioName() const;
    QString asOfText() const;
    QString accountText() const;

    MarginSession& m_session;
    const SummaryPanel& m_summary;
    const ReportStyle& m_style;
    QDateTime m_generatedAt;
};

} // namespace xm
