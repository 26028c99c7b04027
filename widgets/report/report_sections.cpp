#include "report_sections.h"

#include "report_blocks.h"
#include "report_layout.h"
#include "report_style.h"
#include "report_table.h"
#include "wrapped_text.h"

#include "widgets/charts/chart_frame.h"
#include "widgets/editor_palette.h"
#include "widgets/margin_session.h"
#include "widgets/margin_trace.h"
#include "widgets/parameter_table_model.h"
#include "widgets/portfolio_table_model.h"
#include "widgets/provenance_delegate.h"
#include "widgets/summary_panel.h"
#include "widgets/xm_rule_text.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <limits>

namespace xm {
namespace {

constexpr qreal kSectionSpacePt = 16.0;
constexpr qreal kParagraphSpacePt = 5.0;
// Charts are laid out as a chart of this size in the app and scaled to the page: their text
// then prints at about 8 points.
constexpr QSize kChartLayoutSize{760, 470};
constexpr qreal kChartGapPt = 12.0;
constexpr qreal kChartHeadingAllowancePt = 40.0;

QColor toneColor(TraceLine::Tone tone)
{
    switch (tone) {
    case TraceLine::Tone::Good:
        return editor_palette::kGood;
    case TraceLine::Tone::Bad:
        return editor_palette::kBad;
    case TraceLine::Tone::Muted:
        return editor_palette::kMuted;
    case TraceLine::Tone::Heading:
    case TraceLine::Tone::Normal:
        break;
    }
    return {};
}

void addTraceRows(ReportTable& table, const std::vector<TraceLine>& lines, int depth)
{
    for (const TraceLine& line : lines) {
        const bool heading = line.tone == TraceLine::Tone::Heading || depth == 0;
        const QColor color = depth == 0 && toneColor(line.tone) == QColor() ? ReportStyle::kAccent : toneColor(line.tone);
        if (line.value.isEmpty() && line.detail.isEmpty() && line.children.empty())
            table.addSpanningRow({line.label, color, heading}, depth);  // a note: as wide as the table
        else
            table.addRow({{line.label, color, heading}, {line.value, color, heading}, {line.detail, color}}, depth,
                         depth == 0);
        addTraceRows(table, line.children, depth + 1);
    }
}

} // namespace

ReportSections::ReportSections(MarginSession& session, const SummaryPanel& summary, const ReportStyle& style,
                               const QDateTime& generatedAt)
    : m_session(session)
    , m_summary(summary)
    , m_style(style)
    , m_generatedAt(generatedAt)
{
}

QString ReportSections::portfolioName() const
{
    const QString name = QString::fromStdString(m_session.document().portfolio.name);
    return name.isEmpty() ? tr("Untitled portfolio") : name;
}

QString ReportSections::asOfText() const
{
    return QString::fromStdString(m_session.asOf().toIso());
}

QString ReportSections::accountText() const
{
    const Account& account = m_session.account();
    QStringList firm;
    if (account.firm.brokerDealer)
        firm << tr("broker-dealer");
    if (account.firm.fcm)
        firm << tr("FCM");
    if (account.firm.ficcMember)
        firm << tr("FICC member");
    if (account.firm.cmeMember)
        firm << tr("CME member");
    return tr("%1 account; clearing firm: %2; %3; CME risk profile %4")
        .arg(account.type == AccountType::Customer ? tr("Customer") : tr("House"),
             firm.isEmpty() ? tr("no registration") : firm.join(QStringLiteral(", ")),
             account.optIn ? tr("opted in to cross-margining") : tr("not opted in to cross-margining"),
             account.riskProfile == RiskProfile::Hrp ? tr("HRP") : tr("non-HRP"));
}

void ReportSections::addHeading(ReportLayout& layout, const QString& text, bool startsPage) const
{
    const WrappedText title(text, m_style.font(ReportStyle::kSectionPt, true), layout.content().width(), m_style.device());
    const qreal ruleGap = m_style.pt(3.0);
    ReportBlock block;
    block.height = title.height() + 2 * ruleGap;
    block.spaceBefore = m_style.pt(kSectionSpacePt);
    block.keepWithNext = true;
    block.startsPage = startsPage;
    block.paint = [title, ruleGap, rule = m_style.pt(0.8)](QPainter& painter, const QRectF& rect) {
        painter.setPen(ReportStyle::kAccent);
        title.draw(painter, rect.topLeft());
        painter.setPen(QPen(ReportStyle::kAccent, rule));
        const qreal y = rect.top() + title.height() + ruleGap;
        painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
    };
    layout.add(std::move(block));
}

void ReportSections::addParagraph(ReportLayout& layout, const QString& text, qreal points, const QColor& color,
                                  qreal spaceBeforePt) const
{
    const WrappedText paragraph(text, m_style.font(points), layout.content().width(), m_style.device());
    ReportBlock block;
    block.height = paragraph.height();
    block.spaceBefore = m_style.pt(spaceBeforePt);
    block.paint = [paragraph, color](QPainter& painter, const QRectF& rect) {
        painter.setPen(color);
        paragraph.draw(painter, rect.topLeft());
    };
    layout.add(std::move(block));
}

void ReportSections::addCover(ReportLayout& layout) const
{
    const qreal width = layout.content().width();
    const WrappedText kicker(tr("XMargin · client report"), m_style.font(ReportStyle::kBodyPt, true), width,
                             m_style.device());
    const QFont titleFont = m_style.font(ReportStyle::kTitlePt, true);
    QString titleText = tr("Initial margin: cross-margined versus duplicated");
    // Too long for a line: it breaks after its colon rather than before its last word.
    if (QFontMetricsF(titleFont, &m_style.device()).horizontalAdvance(titleText) > width)
        titleText.replace(QStringLiteral(": "), QStringLiteral(":\n"));
    const WrappedText title(titleText, titleFont, width, m_style.device());
    const WrappedText name(portfolioName(), m_style.font(ReportStyle::kSectionPt), width, m_style.device());
    const qreal gap = m_style.pt(4.0);
    ReportBlock heading;
    heading.height = kicker.height() + title.height() + name.height() + 3 * gap;
    heading.paint = [kicker, title, name, gap, bar = m_style.pt(3.0)](QPainter& painter, const QRectF& rect) {
        painter.fillRect(QRectF(rect.topLeft(), QSizeF(rect.width(), bar)), ReportStyle::kAccent);
        qreal y = rect.top() + bar + gap;
        painter.setPen(ReportStyle::kAccent);
        kicker.draw(painter, QPointF(rect.left(), y));
        y += kicker.height() + gap;
        painter.setPen(ReportStyle::kText);
        title.draw(painter, QPointF(rect.left(), y));
        y += title.height();
        painter.setPen(ReportStyle::kMuted);
        name.draw(painter, QPointF(rect.left(), y));
    };
    layout.add(std::move(heading));

    const MarginResult& result = m_session.result();
    const std::vector<Position>& positions = m_session.positions();
    const auto ficc = std::count_if(positions.begin(), positions.end(), [](const Position& p) { return p.venue == Venue::Ficc; });
    ReportBlock facts = factsGrid(
        m_style, width,
        {{tr("Portfolio"), portfolioName()},
         {tr("As of"), asOfText()},
         {tr("Account"), accountText()},
         {tr("Positions"), tr("%1 at FICC, %2 at CME").arg(ficc).arg(static_cast<qsizetype>(positions.size()) - ficc)},
         {tr("Generated"), QLocale(QLocale::English, QLocale::UnitedStates).toString(m_generatedAt, QStringLiteral("yyyy-MM-dd HH:mm t"))},
         {tr("Model"), tr("%1 (XM reading: %2)").arg(QString::fromStdString(result.model), XmRuleText::name(result.rule))}});
    facts.spaceBefore = m_style.pt(kSectionSpacePt);
    layout.add(std::move(facts));

    ReportBlock notice = noticeBox(m_style, width,
                                   tr("Model estimates, not a CCP statement. XMargin rebuilds FICC's and CME's margin "
                                      "methodologies from public rules and data; the clearing houses' own figures can "
                                      "differ. See the disclaimer at the end."));
    notice.spaceBefore = m_style.pt(2 * kParagraphSpacePt);
    layout.add(std::move(notice));
}

void ReportSections::addHeadline(ReportLayout& layout) const
{
    addHeading(layout, tr("Headline figures"), false);
    const MarginResult& r = m_session.result();
    const auto text = [this](SummaryPanel::Figure figure) { return m_summary.text(figure); };
    const QColor savings = r.savings < -0.5 ? editor_palette::kBad : r.savings > 0.5 ? editor_palette::kGood : editor_palette::kMuted;
    const qreal large = ReportStyle::kSectionPt;
    const qreal width = layout.content().width();
    layout.add(figureCards(m_style, width,
                           {{tr("FICC standalone"), text(SummaryPanel::FiccStandalone), large, ReportStyle::kText},
                            {tr("CME standalone"), text(SummaryPanel::CmeStandalone), large, ReportStyle::kText},
                            {tr("Duplicated (both CCPs)"), text(SummaryPanel::Duplicated), large, ReportStyle::kText},
                            {tr("Cross-margined"), text(SummaryPanel::CrossMargined), large,
                             r.savings > 0.5 ? editor_palette::kGood : ReportStyle::kText}}));
    layout.add(figureCards(m_style, width,
                           {{tr("Savings"), text(SummaryPanel::Savings), large, savings},
                            {tr("Savings, % of duplicated"), text(SummaryPanel::SavingsPct), large, savings},
                            {tr("Binding CCP"), text(SummaryPanel::Binding), ReportStyle::kBodyPt, ReportStyle::kText},
                            {tr("80% cap binds"), text(SummaryPanel::CapBinding), ReportStyle::kBodyPt, ReportStyle::kText}}));
    layout.add(figureCards(m_style, width,
                           {{tr("Eligibility"), text(SummaryPanel::Eligibility), ReportStyle::kBodyPt,
                             r.account.eligible ? editor_palette::kGood : editor_palette::kBad}}));
    layout.add(figureCards(m_style, width,
                           {{tr("Warnings"), text(SummaryPanel::Warnings), ReportStyle::kBodyPt,
                             r.warnings.empty() ? editor_palette::kMuted : editor_palette::kBad}}));
}

void ReportSections::addPortfolio(ReportLayout& layout) const
{
    addHeading(layout, tr("Portfolio"), false);
    PortfolioTableModel model(m_session);
    model.showIncremental();
    using M = PortfolioTableModel;
    const auto header = [&model](int column) { return model.headerData(column, Qt::Horizontal).toString(); };
    const Qt::Alignment right = Qt::AlignRight;
    ReportTable table(m_style, {{header(M::InstrumentColumn), 1.15},
                                {tr("Description"), 2.1},
                                {header(M::TypeColumn), 0.95},
                                {header(M::QuantityColumn), 1.2, right},
                                {header(M::Dv01Column), 0.95, right},
                                {header(M::EligibleColumn), 0.75, Qt::AlignHCenter},
                                {header(M::AllocateColumn), 0.8, Qt::AlignHCenter},
                                {header(M::IncrementalColumn), 1.15, right}});
    QStringList reasons;
    int venue = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto cell = [&](int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };
        if (cell(M::VenueColumn, M::VenueRole).toInt() != venue) {
            venue = cell(M::VenueColumn, M::VenueRole).toInt();
            table.addGroupRow(cell(M::VenueColumn).toString(), cell(M::VenueColumn, Qt::ForegroundRole).value<QColor>());
        }
        const QVariant allocated = cell(M::AllocateColumn, Qt::CheckStateRole);
        const QString allocate = !allocated.isValid() ? QStringLiteral("–")
                                 : allocated.toInt() == Qt::Checked ? tr("yes")
                                                                    : tr("no");
        const auto coloured = [&](int column) {
            return ReportTable::Cell(cell(column).toString(), cell(column, Qt::ForegroundRole).value<QColor>());
        };
        table.addRow({coloured(M::InstrumentColumn),
                      {cell(M::InstrumentColumn, Qt::ToolTipRole).toString(), ReportStyle::kMuted},
                      coloured(M::TypeColumn),
                      coloured(M::QuantityColumn),
                      coloured(M::Dv01Column),
                      coloured(M::EligibleColumn),
                      {allocate},
                      coloured(M::IncrementalColumn)});
        const PositionResult& result =
            m_session.result().positions.at(static_cast<std::size_t>(cell(M::VenueColumn, M::PositionRowRole).toInt()));
        if (!result.error.empty() || !result.eligibility.eligible)
            reasons << tr("%1: %2").arg(cell(M::InstrumentColumn).toString(), cell(M::EligibleColumn, M::EligibilityNoteRole).toString());
    }
    if (model.rowCount() == 0) {
        addParagraph(layout, tr("The portfolio has no positions."), ReportStyle::kBodyPt, ReportStyle::kMuted,
                     kParagraphSpacePt);
        return;
    }
    table.addTo(layout);
    for (const QString& reason : std::as_const(reasons))
        addParagraph(layout, reason, ReportStyle::kSmallPt + 0.5, editor_palette::kBad, kParagraphSpacePt);
    const QString notes = tr("Quantity: %1. DV01: %2 Incremental margin: %3 Allocate to XM: CME futures the firm "
                             "moves into the cross-margining account; every eligible FICC position is in it.")
                              .arg(model.headerData(M::QuantityColumn, Qt::Horizontal, Qt::ToolTipRole).toString(),
                                   model.index(0, M::Dv01Column).data(Qt::ToolTipRole).toString(),
                                   model.index(0, M::IncrementalColumn).data(Qt::ToolTipRole).toString());
    addParagraph(layout, notes, ReportStyle::kSmallPt + 0.5, ReportStyle::kMuted, kParagraphSpacePt);
}

void ReportSections::addCharts(ReportLayout& layout, const std::vector<ChartFrame*>& charts) const
{
    if (charts.empty())
        return;
    addHeading(layout, tr("Charts"), true);
    const QRectF& content = layout.content();
    const qreal aspect = static_cast<qreal>(kChartLayoutSize.width()) / kChartLayoutSize.height();
    const qreal gap = m_style.pt(kChartGapPt);
    // Two to a page under the heading, as wide as the page allows.
    const qreal height = std::min(content.width() / aspect,
                                  (content.height() - m_style.pt(kChartHeadingAllowancePt)) / 2 - gap);
    const qreal width = height * aspect;
    for (ChartFrame* chart : charts) {
        ReportBlock block;
        block.height = height;
        block.spaceBefore = gap;
        block.paint = [chart, width, height, frame = m_style.pt(0.5)](QPainter& painter, const QRectF& rect) {
            const QRectF target(rect.left() + (rect.width() - width) / 2, rect.top(), width, height);
            chart->drawInto(painter, target, kChartLayoutSize);
            painter.setPen(QPen(ReportStyle::kRule, frame));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(target);
        };
        layout.add(std::move(block));
    }
}

void ReportSections::addTrace(ReportLayout& layout) const
{
    addHeading(layout, tr("Calculation trace"), true);
    addParagraph(layout,
                 tr("Every intermediate number behind the headline figures, with the formula and the numbers "
                    "filled in, or the rule and its source. Amounts in USD."),
                 ReportStyle::kSmallPt + 0.5, ReportStyle::kMuted, 0.0);
    const MarginResult& result = m_session.result();
    ReportTable table(m_style, {{tr("Quantity"), 3.2}, {tr("Value (USD)"), 1.3, Qt::AlignRight}, {tr("How it is obtained"), 5.0}});
    addTraceRows(table, MarginTrace::build(result, m_session.scanRanges(), std::numeric_limits<int>::max()), 0);
    table.addTo(layout);
}

void ReportSections::addParameters(ReportLayout& layout) const
{
    addHeading(layout, tr("Parameters and their provenance"), true);
    const ModelParameters& parameters = m_session.parameters();
    addParagraph(layout,
                 tr("Model %1; cross-margin reading: %2. Official: published by FICC, CME or a regulator. "
                    "Calibrated: computed by XMargin from the bundled public data at the as-of date. Assumed: "
                    "XMargin's own choice where nothing is published, or a value changed in XMargin.")
                     .arg(QString::fromStdString(parameters.model), XmRuleText::name(parameters.xm.rule)),
                 ReportStyle::kSmallPt + 0.5, ReportStyle::kMuted, 0.0);
    ParameterTableModel model;
    std::vector<ParameterRecord> records = parameters.records;
    const std::vector<ParameterRecord> scanRanges = ParameterTableModel::scanRangeRecords(m_session.scanRanges());
    records.insert(records.end(), scanRanges.begin(), scanRanges.end());
    model.setRecords(std::move(records));
    using M = ParameterTableModel;
    const auto header = [&model](int column) { return model.headerData(column, Qt::Horizontal).toString(); };
    ReportTable table(m_style, {{header(M::KeyColumn), 2.6}, {header(M::ValueColumn), 1.7},
                                {header(M::ProvenanceColumn), 1.45}, {header(M::SourceColumn), 4.5}});
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto text = [&](int column) { return model.index(row, column).data().toString(); };
        const ProvenanceColors colors =
            provenanceColors(static_cast<Provenance>(model.index(row, M::ProvenanceColumn).data(M::ProvenanceRole).toInt()));
        table.addRow({{text(M::KeyColumn)},
                      {text(M::ValueColumn)},
                      {text(M::ProvenanceColumn), colors.text, true, colors.fill},
                      {text(M::SourceColumn), ReportStyle::kMuted}});
    }
    table.addTo(layout);
}

void ReportSections::addDisclaimer(ReportLayout& layout) const
{
    addHeading(layout, tr("Disclaimer"), false);
    const QStringList paragraphs{
        tr("The figures in this report are model estimates made by XMargin (model %1) from public rules, regulatory "
           "filings and bundled public market data. They are not a statement of FICC, CME or any clearing member. The "
           "clearing houses' margin models and parameters are confidential, so the requirements they call can differ "
           "from these estimates in either direction.")
            .arg(QString::fromStdString(m_session.parameters().model)),
        tr("Every parameter states whether it is official, calibrated or assumed, and where it comes from (Parameters "
           "and their provenance). The historical scenarios behind the value-at-risk figures do not predict future "
           "market moves."),
        tr("The SEC approved customer cross-margining between FICC and CME on 15 April 2026, and it went live on "
           "30 April 2026. Customer positions qualify only through a broker-dealer that is also a futures commission "
           "merchant and a member of both clearing houses, and only once the customer and the firm have opted in."),
        tr("This report is for information and education. It is not investment, legal, tax or accounting advice, "
           "nor an offer or a solicitation to buy or sell any security or futures contract."),
        tr("Data: Daily Treasury Par Yield Curve Rates, U.S. Department of the Treasury; SOFR, Federal Reserve Bank "
           "of New York; Treasury futures contract terms, CME Group.")};
    for (const QString& paragraph : paragraphs)
        addParagraph(layout, paragraph, ReportStyle::kBodyPt, ReportStyle::kText, kParagraphSpacePt);
}

void ReportSections::paintFooter(QPainter& painter, const QRectF& content, int number, int count) const
{
    const qreal top = content.bottom() + m_style.mm(5.0);
    painter.setPen(QPen(ReportStyle::kRule, m_style.pt(0.5)));
    painter.drawLine(QPointF(content.left(), top), QPointF(content.right(), top));
    const QFont font = m_style.font(ReportStyle::kSmallPt);
    const WrappedText disclaimer(tr("Model estimates from public rules and data, not a CCP statement; the CCPs' own "
                                    "models are confidential. Not investment advice."),
                                 font, content.width(), m_style.device());
    const WrappedText pageNumber(tr("Page %1 of %2").arg(number).arg(count), m_style.font(ReportStyle::kSmallPt, true),
                                 content.width(), m_style.device(), Qt::AlignRight);
    const WrappedText portfolio(tr("%1 · as of %2 · XMargin %3")
                                    .arg(portfolioName(), asOfText(), QString::fromStdString(m_session.result().model)),
                                font, content.width() - pageNumber.naturalWidth() - m_style.pt(12.0), m_style.device());
    const QPointF at(content.left(), top + m_style.pt(3.0));
    const QPointF secondLine = at + QPointF(0.0, disclaimer.height());
    painter.setPen(ReportStyle::kMuted);
    disclaimer.draw(painter, at);
    portfolio.draw(painter, secondLine);
    painter.setPen(ReportStyle::kText);
    pageNumber.draw(painter, secondLine);
}

} // namespace xm
