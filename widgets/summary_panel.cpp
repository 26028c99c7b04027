#include "summary_panel.h"

#include "amount_format.h"
#include "charts/usd_text.h"
#include "core_text.h"
#include "editor_palette.h"
#include "eligibility_text.h"
#include "glossary.h"
#include "margin_session.h"
#include "position_text.h"

#include <QGridLayout>
#include <QLabel>


namespace xm {
namespace {

constexpr double kFigureScale = 1.6;
constexpr double kSavingsScale = 2.2;
constexpr int kColumns = 4;
constexpr int kGroupGap = 10;  // pixels above each row of figures but the first
constexpr double kWarningsScale = 0.9;

} // namespace

SummaryPanel::SummaryPanel(const MarginSession& session, QWidget* parent)
    : QFrame(parent)
    , m_session(session)
{
    setFrameShape(StyledPanel);
    auto* grid = new QGridLayout(this);
    grid->setHorizontalSpacing(24);
    grid->setVerticalSpacing(2);
    addFigure(FiccStandalone, tr("FICC standalone"), 0, 0, kFigureScale);
    addFigure(CmeStandalone, tr("CME standalone"), 0, 1, kFigureScale);
    addFigure(Duplicated, tr("Duplicated (both CCPs)"), 0, 2, kFigureScale);
    addFigure(CrossMargined, tr("Cross-margined"), 0, 3, kFigureScale);
    addFigure(Savings, tr("Savings"), 2, 0, kSavingsScale);
    addFigure(SavingsPct, tr("Savings, % of duplicated"), 2, 1, kSavingsScale);
    addFigure(Binding, tr("Binding CCP"), 2, 2, 1.0);
    addFigure(CapBinding, tr("80% cap binds"), 2, 3, 1.0);
    addFigure(Eligibility, tr("Eligibility"), 4, 0, 1.0, kColumns);
    addFigure(Warnings, tr("Warnings"), 6, 0, kWarningsScale, kColumns);
    for (Figure wrapped : {Binding, CapBinding, Eligibility, Warnings})
        m_labels[wrapped]->setWordWrap(true);
    using Term = Glossary::Term;
    const std::pair<Figure, Term> explained[] = {
        {FiccStandalone, Term::StandaloneMargin}, {CmeStandalone, Term::StandaloneMargin},
        {Duplicated, Term::DuplicatedMargin},     {CrossMargined, Term::CrossMargining},
        {Savings, Term::CrossMargining},          {SavingsPct, Term::DuplicatedMargin},
        {Binding, Term::BindingCcp},              {CapBinding, Term::Cap},
        {Eligibility, Term::BdFcm}};
    for (const auto& [figure, term] : explained)
        Glossary::attach(m_titles[figure], term);
    for (int column = 0; column < kColumns; ++column)
        grid->setColumnStretch(column, 1);
    connect(&session, &MarginSession::resultChanged, this, &SummaryPanel::showResult);
    showResult();
}

void SummaryPanel::addFigure(Figure figure, const QString& title, int row, int column, double scale, int columnSpan)
{
    auto* grid = static_cast<QGridLayout*>(layout());
    auto* heading = new QLabel(title, this);
    editor_palette::setTextColor(heading, editor_palette::kMuted);
    if (row > 0)
        heading->setContentsMargins(0, kGroupGap, 0, 0);
    grid->addWidget(heading, row, column, 1, columnSpan);
    auto* value = new QLabel(this);
    QFont font = value->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(scale > 1.0);
    value->setFont(font);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(value, row + 1, column, 1, columnSpan, Qt::AlignTop);
    m_labels[figure] = value;
    m_titles[figure] = heading;
}

QString SummaryPanel::text(Figure figure) const
{
    return m_labels[figure]->text();
}

void SummaryPanel::showResult()
{
    const MarginResult& r = m_session.result();
    m_labels[FiccStandalone]->setText(usdExact(r.ficcStandalone));
    m_labels[CmeStandalone]->setText(usdExact(r.cmeStandalone));
    m_labels[Duplicated]->setText(usdExact(r.duplicated));
    m_labels[CrossMargined]->setText(usdExact(r.crossMargined));
    m_labels[Savings]->setText(usdExact(r.savings));
    m_labels[SavingsPct]->setText(r.duplicated > 0.0 ? formatPercent(r.savingsPct) : QStringLiteral("–"));
    const QColor savingsColor = r.savings < -0.5 ? editor_palette::kBad : r.savings > 0.5 ? editor_palette::kGood : editor_palette::kMuted;
    editor_palette::setTextColor(m_labels[Savings], savingsColor);
    editor_palette::setTextColor(m_labels[SavingsPct], savingsColor);
    m_labels[Binding]->setText(bindingText(r));
    m_labels[CapBinding]->setText(r.applied.capBinding ? tr("Yes: reduction capped at %1").arg(formatPercent(r.cap))
                                                       : tr("No (cap %1)").arg(formatPercent(r.cap)));
    m_labels[Eligibility]->setText(eligibilityText(r));
    editor_palette::setTextColor(m_labels[Eligibility], r.account.eligible ? editor_palette::kGood : editor_palette::kBad);
    QStringList warnings;
    for (const Message& warning : r.warnings)
        warnings << CoreText::message(warning);
    m_labels[Warnings]->setText(warnings.isEmpty() ? tr("None · how the figures were obtained: Calculation trace, Notes")
                                                   : warnings.join(QLatin1Char('\n')));
    editor_palette::setTextColor(m_labels[Warnings], warnings.isEmpty() ? editor_palette::kMuted : editor_palette::kBad);
}

QString SummaryPanel::bindingText(const MarginResult& r) const
{
    return tr("%1\nr FICC %2\nr CME %3").arg(CoreText::binding(r.applied.binding), formatPercent(r.rF), formatPercent(r.rC));
}

QString SummaryPanel::eligibilityText(const MarginResult& r) const
{
    QString text = r.account.eligible
                       ? tr("✓ Account eligible for cross-margining")
                       : tr("✗ Account not eligible: %1").arg(EligibilityText::reason(r.account));
    QStringList ineligible;
    const std::vector<Position>& positions = m_session.positions();
    for (std::size_t i = 0; i < r.positions.size() && i < positions.size(); ++i) {
        if (!r.positions[i].error.empty() || !r.positions[i].eligibility.eligible)
            ineligible << tr("%1 (%2)").arg(instrumentText(positions[i]), positionTypeText(positions[i].type));
    }
    if (!ineligible.isEmpty())
        text += tr(" · Not eligible, margined on their own: %1").arg(ineligible.join(QStringLiteral(", ")));
    return text;
}

} // namespace xm
