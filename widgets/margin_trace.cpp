#include "margin_trace.h"

#include "amount_format.h"
#include "core_text.h"
#include "eligibility_text.h"
#include "glossary.h"
#include "xm_rule_text.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace xm {
namespace {

using Tone = TraceLine::Tone;

constexpr int kIndent = 2;
constexpr int kMaxLabelWidth = 56;

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

QString usd(double value)
{
    return formatUsd(value);
}

QString ratio(double fraction)
{
    return formatPercent(fraction, 2);
}

QString number(double value, int decimals = 2)
{
    return formatNumber(value, decimals);
}

// Contracts and spreads: whole numbers without decimals.
QString count(double value)
{
    return number(value, value == std::round(value) ? 0 : 2);
}

TraceLine line(const QString& label, const QString& value, const QString& detail = {}, Tone tone = Tone::Normal)
{
    return {label, value, detail, tone, {}};
}

TraceLine heading(const QString& label, const QString& value = {}, const QString& detail = {})
{
    return {label, value, detail, Tone::Heading, {}};
}

// `line` with the glossary entry of the term it shows as its tooltip.
TraceLine explained(TraceLine line, Glossary::Term term)
{
    line.toolTip = Glossary::toolTip(term);
    return line;
}

using Term = Glossary::Term;

Tone goodOrBad(bool good)
{
    return good ? Tone::Good : Tone::Bad;
}

// Builds the tree; one member per section keeps each short.
class TraceBuilder final {
    Q_DECLARE_TR_FUNCTIONS(xm::MarginTrace)

public:
    TraceBuilder(const MarginResult& result, const std::map<std::string, ScanRange>& scanRanges, int maxPositions)
        : r(result)
        , m_scanRanges(scanRanges)
        , m_maxPositions(maxPositions)
    {
    }

    std::vector<TraceLine> build() const
    {
        return {requirements(), reductions(), readings(), ficcEvaluations(), cmeEvaluations(),
                regularAccount(), eligibility(),  positions(),  ladders(),       scanRangeLines(),
                scenarios(),    notes()};
    }

private:
    QString yesNo(bool value) const { return value ? tr("yes") : tr("no"); }

    TraceLine requirements() const
    {
        TraceLine section = explained(heading(tr("Requirements"), usd(r.crossMargined), tr("cross-margined, USD")),
                                      Term::InitialMargin);
        section.children.push_back(line(tr("FICC standalone"), usd(r.ficcStandalone),
                                        tr("VaR charge + add-ons = %1 + %2")
                                            .arg(usd(r.ficcAll.varCharge), usd(r.ficcAddOns.total()))));
        section.children.push_back(line(tr("CME standalone"), usd(r.cmeStandalone),
                                        tr("initial requirement on every CME position")));
        section.children.push_back(explained(line(tr("Duplicated (no cross-margining)"), usd(r.duplicated),
                                                  tr("FICC standalone + CME standalone = %1 + %2")
                                                      .arg(usd(r.ficcStandalone), usd(r.cmeStandalone))),
                                             Term::DuplicatedMargin));
        section.children.push_back(line(tr("FICC cross-margined"), usd(r.ficcCrossMargined),
                                        tr("(1 − %1) × S_F + add-ons + FICC regular = (1 − %1) × %2 + %3 + %4")
                                            .arg(ratio(r.applied.ficcReduction), usd(r.reduction.sF),
                                                 usd(r.ficcAddOns.total()), usd(r.ficcRegular))));
        section.children.push_back(line(tr("CME cross-margined"), usd(r.cmeCrossMargined),
                                        tr("(1 − %1) × S_C + CME regular = (1 − %1) × %2 + %3")
                                            .arg(ratio(r.applied.cmeReduction), usd(r.reduction.sC), usd(r.cmeRegular))));
        section.children.push_back(line(tr("Cross-margined"), usd(r.crossMargined),
                                        tr("FICC + CME = %1 + %2").arg(usd(r.ficcCrossMargined), usd(r.cmeCrossMargined))));
        section.children.push_back(line(tr("Savings"), usd(r.savings),
                                        tr("duplicated − cross-margined = %1 of duplicated").arg(ratio(r.savingsPct)),
                                        r.savings < -0.5 ? Tone::Bad : r.savings > 0.5 ? Tone::Good : Tone::Normal));
        return section;
    }

    TraceLine reductions() const
    {
        const ReductionInputs& in = r.reduction;
        TraceLine section = explained(heading(tr("Reduction factors"), ratio(r.applied.ficcReduction), XmRuleText::name(r.rule)),
                                      Term::ReductionFactor);

        TraceLine ficc = line(tr("r_F (FICC's view)"), ratio(r.rF),
                              tr("1 − X_F / (S_F + S_F′) = 1 − %1 / (%2 + %3)").arg(usd(in.xF), usd(in.sF), usd(in.sFPrime)));
        ficc.children = {line(tr("S_F"), usd(in.sF), tr("FICC model on the FICC leg")),
                         line(tr("S_F′"), usd(in.sFPrime), tr("FICC model on the CME leg")),
                         line(tr("X_F"), usd(in.xF), tr("FICC model on both legs"))};
        TraceLine cme = line(tr("r_C (CME's view)"), ratio(r.rC),
                             tr("1 − X_C / (S_C + S_C′) = 1 − %1 / (%2 + %3)").arg(usd(in.xC), usd(in.sC), usd(in.sCPrime)));
        cme.children = {line(tr("S_C"), usd(in.sC), tr("CME model on the CME leg")),
                        line(tr("S_C′"), usd(in.sCPrime), tr("CME model on the FICC leg as futures-equivalents")),
                        line(tr("X_C"), usd(in.xC), tr("CME model on both legs"))};
        section.children.push_back(std::move(ficc));
        section.children.push_back(std::move(cme));
        section.children.push_back(line(tr("Applied to S_F"), ratio(r.applied.ficcReduction)));
        section.children.push_back(line(tr("Applied to S_C"), ratio(r.applied.cmeReduction)));
        section.children.push_back(explained(line(tr("Cap"), ratio(r.cap), tr("the reduction never exceeds the cap")), Term::Cap));
        section.children.push_back(line(tr("Cap binds"), yesNo(r.applied.capBinding)));
        section.children.push_back(
            explained(line(tr("Binding CCP"), CoreText::binding(r.applied.binding), tr("whose factor is applied")), Term::BindingCcp));
        return section;
    }

    TraceLine readings() const
    {
        TraceLine section = heading(tr("XM readings side by side"), QString(),
                                    tr("eligible requirement before add-ons and the regular account"));
        for (const XmReading& reading : r.readings) {
            const bool applied = reading.rule == r.rule;
            section.children.push_back(
                line(XmRuleText::name(reading.rule) + (applied ? tr(" · applied") : QString()), usd(reading.requirement),
                     tr("r FICC %1, r CME %2, cap binds: %3, binding: %4")
                         .arg(ratio(reading.ficcReduction), ratio(reading.cmeReduction), yesNo(reading.capBinding),
                              CoreText::binding(reading.binding)),
                     applied ? Tone::Heading : Tone::Normal));
        }
        return section;
    }

    TraceLine ficcMargin(const QString& label, const QString& what, const FiccMargin& m) const
    {
        TraceLine evaluation = line(label, usd(m.varCharge), what);
        evaluation.children = {
            line(tr("VaR"), usd(m.var),
                 m.quantileScenario >= 0 ? tr("loss at the quantile scenario #%1").arg(m.quantileScenario) : QString()),
            explained(line(tr("Haircut"), usd(m.haircut), tr("positions with one year or less to maturity")), Term::Haircut),
            line(tr("Floor"), usd(m.floor), tr("floor % × gross market value per maturity bucket")),
            line(tr("VaR charge"), usd(m.varCharge),
                 tr("max(VaR + haircut, floor) = max(%1 + %2, %3)%4")
                     .arg(usd(m.var), usd(m.haircut), usd(m.floor), m.floorBinds ? tr("; the floor binds") : QString()))};
        return evaluation;
    }

    TraceLine ficcEvaluations() const
    {
        TraceLine section = explained(heading(tr("FICC sensitivity VaR"), usd(r.ficcStandalone), tr("standalone, with add-ons")),
                                      Term::Var);
        section.children.push_back(ficcMargin(tr("All FICC positions"), tr("standalone VaR charge"), r.ficcAll));
        section.children.push_back(ficcMargin(tr("S_F: FICC leg"), tr("eligible FICC positions in the XM account"), r.ficcLeg));
        section.children.push_back(ficcMargin(tr("S_F′: CME leg"), tr("the XM futures in FICC's model"), r.ficcFuturesLeg));
        section.children.push_back(ficcMargin(tr("X_F: both legs"), tr("the whole XM account in FICC's model"), r.ficcCombined));
        const FiccAddOns& a = r.ficcAddOns;
        TraceLine addOns = line(tr("Add-ons"), usd(a.total()), tr("each on its own line; not reduced by cross-margining"));
        addOns.children = {explained(line(tr("Margin Liquidity Adjustment"), usd(a.mla), tr("concentration in net DV01 per bucket")),
                                     Term::Mla),
                           line(tr("Backtesting charge"), usd(a.backtesting), tr("user-entered")),
                           line(tr("Holiday charge"), usd(a.holiday), tr("user-entered")),
                           line(tr("Special charge"), usd(a.special), tr("user-entered"))};
        section.children.push_back(std::move(addOns));
        return section;
    }

    TraceLine cmeMargin(const QString& label, const QString& what, const CmeMargin& m) const
    {
        TraceLine evaluation = line(label, usd(m.initial), what);
        const QString multiplier = m.maintenance > 0.0 ? number(m.initial / m.maintenance, 2) : QStringLiteral("–");
        if (m.model == CmeModel::HVaR) {
            evaluation.children.push_back(
                line(tr("HVaR"), usd(m.hvar),
                     m.quantileScenario >= 0 ? tr("loss at the quantile scenario #%1").arg(m.quantileScenario) : QString()));
        } else {
            TraceLine scan = explained(line(tr("Scan risk"), usd(m.scan), tr("Σ |net contracts| × price scan range")), Term::ScanRange);
            TraceLine intra = line(tr("Intra-commodity spread charge"), usd(m.intraSpread), tr("Σ calendar spreads × charge"));
            for (const CommodityLine& c : m.commodities) {
                scan.children.push_back(line(qs(c.symbol), usd(c.scanRisk),
                                             tr("|%1| × %2 (long %3, short %4)")
                                                 .arg(count(c.netContracts), usd(c.scanRange), count(c.longContracts),
                                                      count(c.shortContracts))));
                if (c.calendarSpreads > 0.0)
                    intra.children.push_back(
                        line(qs(c.symbol), usd(c.intraCharge), tr("%1 calendar spreads").arg(count(c.calendarSpreads))));
            }
            TraceLine credit = line(tr("Inter-commodity spread credit"), usd(-m.interCredit),
                                    tr("rate × spreads × ratio × scan risk, legs by priority"));
            for (const CreditLine& c : m.credits)
                credit.children.push_back(line(tr("%1 / %2 (priority %3)").arg(qs(c.legA), qs(c.legB)).arg(c.priority),
                                               usd(-c.credit),
                                               tr("%1 spreads at %2").arg(count(c.spreads), ratio(c.rate))));
            evaluation.children.push_back(std::move(scan));
            evaluation.children.push_back(std::move(intra));
            evaluation.children.push_back(std::move(credit));
        }
        evaluation.children.push_back(explained(line(tr("Maintenance"), usd(m.maintenance),
                                                     m.model == CmeModel::HVaR ? tr("HVaR")
                                                                               : tr("scan + intra − credit, at least 0")),
                                                Term::MaintenanceMargin));
        evaluation.children.push_back(line(tr("Initial"), usd(m.initial), tr("maintenance × %1").arg(multiplier)));
        return evaluation;
    }

    TraceLine cmeEvaluations() const
    {
        const QString model = r.cmeModel == CmeModel::Span ? tr("SPAN-like") : tr("HVaR (SPAN 2-like)");
        TraceLine section = explained(heading(tr("CME %1").arg(model), usd(r.cmeStandalone), tr("standalone initial requirement")),
                                      r.cmeModel == CmeModel::Span ? Term::Span : Term::HVaR);
        section.children.push_back(cmeMargin(tr("All CME positions"), tr("standalone"), r.cmeAll));
        section.children.push_back(cmeMargin(tr("S_C: CME leg"), tr("futures allocated to the XM account"), r.cmeLeg));
        section.children.push_back(
            cmeMargin(tr("S_C′: FICC leg"), tr("eligible FICC positions as futures-equivalents"), r.cmeCashLeg));
        section.children.push_back(cmeMargin(tr("X_C: both legs"), tr("the whole XM account in CME's model"), r.cmeCombined));
        return section;
    }

    TraceLine regularAccount() const
    {
        TraceLine section = explained(heading(tr("Regular account"), usd(r.ficcRegular + r.cmeRegular),
                                              tr("ineligible and unallocated positions, margined on their own")),
                                      Term::Allocation);
        section.children = {line(tr("FICC regular"), usd(r.ficcRegular)), line(tr("CME regular"), usd(r.cmeRegular))};
        return section;
    }

    TraceLine eligibility() const
    {
        TraceLine section = explained(heading(tr("Account eligibility"), r.account.eligible ? tr("eligible") : tr("not eligible")),
                                      Term::BdFcm);
        section.tone = goodOrBad(r.account.eligible);
        for (const EligibilityCheck& check : r.account.checks)
            section.children.push_back(line(EligibilityText::text(check), check.passed ? tr("pass") : tr("fail"),
                                            EligibilityText::sourceText(check), goodOrBad(check.passed)));
        return section;
    }

    TraceLine positions() const
    {
        TraceLine section = heading(tr("Positions"), QString::number(r.positions.size()),
                                    tr("book, DV01, market value, component VaR"));
        const auto shown = std::min<std::size_t>(r.positions.size(), static_cast<std::size_t>(std::max(0, m_maxPositions)));
        for (std::size_t i = 0; i < shown; ++i) {
            const PositionResult& p = r.positions[i];
            QString detail = tr("DV01 %1, market value %2, component VaR %3")
                                 .arg(usd(p.dv01), usd(p.marketValue), usd(p.componentVar));
            if (!p.cmeContract.empty())
                detail += tr(", CME view %1 %2").arg(number(p.cmeContracts, 1), qs(p.cmeContract));
            const bool problem = !p.error.empty() || !p.eligibility.eligible;
            if (problem)
                detail += QStringLiteral(" · ") + (p.error.empty() ? EligibilityText::reason(p.eligibility) : qs(p.error));
            section.children.push_back(line(qs(p.id) + QStringLiteral("  ") + CoreText::message(p.description),
                                            CoreText::book(p.book), detail,
                                            problem ? Tone::Bad : Tone::Normal));
        }
        if (shown < r.positions.size())
            section.children.push_back(line(tr("… %n more (export the results for all)", nullptr,
                                               static_cast<int>(r.positions.size() - shown)),
                                            QString(), QString(), Tone::Muted));
        return section;
    }

    TraceLine ladders() const
    {
        TraceLine section = explained(heading(tr("Key-rate DV01 ladder"), QString(), tr("USD P&L per +1bp; net, then FICC and CME")),
                                      Term::KeyRateDv01);
        for (int k = 0; k < kFactorCount; ++k) {
            const auto i = static_cast<std::size_t>(k);
            section.children.push_back(line(QString::fromLatin1(kFactorNames[i].data(), kFactorNames[i].size()),
                                            usd(r.netLadder[i]),
                                            tr("FICC %1, CME %2").arg(usd(r.ficcLadder[i]), usd(r.cmeLadder[i]))));
        }
        return section;
    }

    TraceLine scanRangeLines() const
    {
        TraceLine section = explained(heading(tr("Price scan ranges"), QString(), tr("USD per contract, with provenance")),
                                      Term::ScanRange);
        for (const auto& [symbol, range] : m_scanRanges)
            section.children.push_back(line(qs(symbol), usd(range.usdPerContract),
                                            tr("%1: %2").arg(CoreText::provenance(range.provenance),
                                                             CoreText::message(range.source))));
        return section;
    }

    TraceLine scenarios() const
    {
        TraceLine section = explained(heading(tr("Scenario P&L behind the FICC VaRs"), QString(), tr("scenarios per vector")),
                                      Term::StressWindow);
        section.children = {line(tr("FICC leg"), QString::number(r.pnlFiccLeg.size())),
                            line(tr("CME leg"), QString::number(r.pnlCmeLeg.size())),
                            line(tr("XM account"), QString::number(r.pnlCombined.size()))};
        return section;
    }

    TraceLine notes() const
    {
        TraceLine section = heading(tr("Notes"), QString::number(r.warnings.size() + r.notes.size()));
        for (const Message& warning : r.warnings)
            section.children.push_back(line(CoreText::message(warning), QString(), QString(), Tone::Bad));
        for (const Message& note : r.notes)
            section.children.push_back(line(CoreText::message(note), QString(), QString(), Tone::Muted));
        return section;
    }

    const MarginResult& r;
    const std::map<std::string, ScanRange>& m_scanRanges;
    int m_maxPositions;
};

void collectRows(const std::vector<TraceLine>& lines, int depth, std::vector<std::pair<QString, const TraceLine*>>& rows)
{
    for (const TraceLine& l : lines) {
        rows.emplace_back(QString(depth * kIndent, QLatin1Char(' ')) + l.label, &l);
        collectRows(l.children, depth + 1, rows);
    }
}

} // namespace

std::vector<TraceLine> MarginTrace::build(const MarginResult& result, const std::map<std::string, ScanRange>& scanRanges,
                                          int maxPositions)
{
    return TraceBuilder(result, scanRanges, maxPositions).build();
}

QString MarginTrace::text(const MarginResult& result, const std::vector<TraceLine>& lines)
{
    std::vector<std::pair<QString, const TraceLine*>> rows;
    collectRows(lines, 0, rows);
    qsizetype labelWidth = 0;
    qsizetype valueWidth = 0;
    for (const auto& [label, l] : rows) {
        labelWidth = std::max(labelWidth, std::min<qsizetype>(label.size(), kMaxLabelWidth));
        valueWidth = std::max(valueWidth, l->value.size());
    }
    QStringList out;
    out << tr("XMargin calculation trace · model %1 · as of %2 · amounts in USD · model estimates, not a CCP statement")
               .arg(qs(result.model), qs(result.asOf.toIso()));
    for (const auto& [label, l] : rows) {
        QString text = label.leftJustified(labelWidth) + QStringLiteral("  ") + l->value.rightJustified(valueWidth);
        if (!l->detail.isEmpty())
            text += QStringLiteral("  ") + l->detail;
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        out << text;
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace xm
