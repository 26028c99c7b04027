#include "stress_text.h"

#include "charts/usd_text.h"
#include "core_text.h"
#include "date_conversion.h"
#include "amount_format.h"

#include <QLocale>

#include <cmath>

namespace xm {
namespace {

// Below this relative change a requirement "stays" (the reading rounds to whole percent).
constexpr double kSameRelative = 5e-4;
// Savings shares closer than this (0.5 percentage points) "stay".
constexpr double kSameShare = 5e-3;

QString isoDate(Date date)
{
    return toQDate(date).toString(Qt::ISODate);
}

QString signedNumber(double value)
{
    const QString number = QLocale().toString(std::abs(value), 'g', 6);
    return value > 0.0 ? QStringLiteral("+") + number : value < 0.0 ? QStringLiteral("−") + number : number;
}

QString signedBp(double bp)
{
    return StressText::tr("%1bp").arg(signedNumber(bp));
}

enum class Direction { Up, Down, Same };

Direction direction(double from, double to)
{
    if (std::abs(to - from) <= kSameRelative * std::max(std::abs(from), std::abs(to)) || std::abs(to - from) < 0.5)
        return Direction::Same;
    return to > from ? Direction::Up : Direction::Down;
}

QString marginSentence(const StressResult& r)
{
    const RequirementSummary& b = r.before.requirements;
    const RequirementSummary& a = r.after.requirements;
    const QString from = usdCompact(b.crossMargined);
    const QString to = usdCompact(a.crossMargined);
    const QString change = StressText::change(b.crossMargined, a.crossMargined);
    const Direction d = direction(b.crossMargined, a.crossMargined);
    const StressScenario& s = r.scenario;
    switch (s.kind) {
    case StressKind::Historical: {
        const QString window = CoreText::stressWindow(s.window.name);
        const QString peak = isoDate(r.after.date);
        if (d == Direction::Same)
            return StressText::tr("Cross-margined margin stays at %1 at its highest in %2 (%3).").arg(to, window, peak);
        return (d == Direction::Up ? StressText::tr("Cross-margined margin rises from %1 to %2 (%3) at its highest in %4 (%5).")
                                   : StressText::tr("Cross-margined margin falls from %1 to %2 (%3) at its highest in %4 (%5)."))
            .arg(from, to, change, window, peak);
    }
    case StressKind::Parallel: {
        const QString shift = signedBp(s.shock.parShiftBp[0]);
        if (d == Direction::Same)
            return StressText::tr("Cross-margined margin stays at %1 when every par yield moves %2.").arg(to, shift);
        return (d == Direction::Up ? StressText::tr("Cross-margined margin rises from %1 to %2 (%3) when every par yield moves %4.")
                                   : StressText::tr("Cross-margined margin falls from %1 to %2 (%3) when every par yield moves %4."))
            .arg(from, to, change, shift);
    }
    case StressKind::Twist: {
        const QString twoYear = signedBp(s.shock.parShiftBp[3]);
        const QString tenYear = signedBp(s.shock.parShiftBp[7]);
        if (d == Direction::Same)
            return StressText::tr("Cross-margined margin stays at %1 when the 2-year yield moves %2 and the 10-year %3.")
                .arg(to, twoYear, tenYear);
        return (d == Direction::Up
                    ? StressText::tr("Cross-margined margin rises from %1 to %2 (%3) when the 2-year yield moves %4 and the 10-year %5.")
                    : StressText::tr("Cross-margined margin falls from %1 to %2 (%3) when the 2-year yield moves %4 and the 10-year %5."))
            .arg(from, to, change, twoYear, tenYear);
    }
    case StressKind::Volatility:
        break;
    }
    const QString multiplier = QLocale().toString(s.shock.volatilityMultiplier, 'g', 6);
    if (d == Direction::Same)
        return StressText::tr("Cross-margined margin stays at %1 when every historical move is scaled ×%2.").arg(to, multiplier);
    return (d == Direction::Up ? StressText::tr("Cross-margined margin rises from %1 to %2 (%3) when every historical move is scaled ×%4.")
                               : StressText::tr("Cross-margined margin falls from %1 to %2 (%3) when every historical move is scaled ×%4."))
        .arg(from, to, change, multiplier);
}

QString savingSentence(const StressResult& r)
{
    const RequirementSummary& b = r.before.requirements;
    const RequirementSummary& a = r.after.requirements;
    if (std::abs(b.savings) < 0.5 && std::abs(a.savings) < 0.5)
        return StressText::tr("Nothing is saved before or after: no position is cross-margined.");
    const double before = b.duplicated > 0.0 ? b.savings / b.duplicated : 0.0;
    const double after = a.duplicated > 0.0 ? a.savings / a.duplicated : 0.0;
    if (std::abs(after - before) >= kSameShare)
        return StressText::tr("The saving moves from %1 to %2 of the duplicated requirement.")
            .arg(formatPercent(before), formatPercent(after));
    switch (direction(b.duplicated, a.duplicated)) {
    case Direction::Up:
        return StressText::tr("The saving stays %1 of a larger number.").arg(formatPercent(after));
    case Direction::Down:
        return StressText::tr("The saving stays %1 of a smaller number.").arg(formatPercent(after));
    case Direction::Same:
        break;
    }
    return StressText::tr("The saving stays %1.").arg(formatPercent(after));
}

} // namespace

QString StressText::change(double from, double to)
{
    if (from == 0.0)
        return QString();
    const double fraction = (to - from) / std::abs(from);
    const QString percent = formatPercent(std::abs(fraction));
    if (percent == formatPercent(0.0))
        return percent;
    return fraction > 0.0 ? QStringLiteral("+") + percent : QStringLiteral("−") + percent;
}

QString StressText::name(const StressScenario& s)
{
    switch (s.kind) {
    case StressKind::Historical:
        return tr("%1 (%2 to %3)").arg(CoreText::stressWindow(s.window.name), isoDate(s.window.first), isoDate(s.window.last));
    case StressKind::Parallel:
        return tr("Parallel %1").arg(signedBp(s.shock.parShiftBp[0]));
    case StressKind::Twist: {
        const double twoYear = s.shock.parShiftBp[3];
        const double tenYear = s.shock.parShiftBp[7];
        if (tenYear > twoYear)
            return tr("Steepener: 2Y %1, 10Y %2").arg(signedBp(twoYear), signedBp(tenYear));
        if (tenYear < twoYear)
            return tr("Flattener: 2Y %1, 10Y %2").arg(signedBp(twoYear), signedBp(tenYear));
        return tr("Twist: 2Y %1, 10Y %2").arg(signedBp(twoYear), signedBp(tenYear));
    }
    case StressKind::Volatility:
        break;
    }
    return tr("Volatility ×%1").arg(QLocale().toString(s.shock.volatilityMultiplier, 'g', 6));
}

QString StressText::reading(const StressResult& r)
{
    QString text = tr("%1 %2").arg(marginSentence(r), savingSentence(r));
    if (std::abs(r.pnl) >= 0.5)
        text += QLatin1Char(' ')
                + (r.pnl < 0.0 ? tr("The curve move costs the portfolio %1 (its P&L, paid as variation margin).")
                               : tr("The curve move earns the portfolio %1 (its P&L, received as variation margin)."))
                      .arg(usdCompact(std::abs(r.pnl)));
    return text;
}

QString StressText::method(const StressResult& r)
{
    const StressScenario& s = r.scenario;
    QString text;
    switch (s.kind) {
    case StressKind::Historical:
        text = tr("Today's positions replayed through the window, each day with its own lookback and recalibrated scan "
                  "ranges. Before: %1, the last business day before the window; after: %2, the window's highest "
                  "cross-margined requirement; window end: %3. P&L: today's positions revalued for the window's "
                  "par-yield change from %1 to %3. Not modelled: the positions, futures months and CTDs of that time.")
                   .arg(isoDate(r.before.date), isoDate(r.after.date), isoDate(r.windowEnd.date));
        break;
    case StressKind::Parallel:
    case StressKind::Twist:
        text = tr("An instantaneous move of the %1 par curve (the repo rate moves with the 3-month yield): every "
                  "position is revalued and its sensitivities, CTDs and scan ranges are recomputed. The historical "
                  "scenarios stay today's, so a level shift alone barely moves VaR; the volatility stress shows "
                  "that. Not modelled: volatility rising with the move, basis and repo moves, liquidity.")
                   .arg(isoDate(r.before.date));
        break;
    case StressKind::Volatility:
        text = tr("Every historical scenario change and every scan range multiplied by %1, as CCP stress add-ons scale "
                  "scan ranges: VaR and SPAN scan risk grow with it; haircuts, floors and calendar-spread charges do "
                  "not. The curve does not move, so there is no P&L.")
                   .arg(QLocale().toString(s.shock.volatilityMultiplier, 'g', 6));
        break;
    }
    return tr("%1\nProvenance: %2. %3")
        .arg(text, CoreText::provenance(s.provenance), CoreText::message(s.source));
}

} // namespace xm
