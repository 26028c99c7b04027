#include "preset_catalog.h"

#include "bundled_portfolios.h"
#include "input_error.h"
#include "portfolio_json.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace xm::io {

using namespace Qt::StringLiterals;

namespace {

QString presetPath(const QString& fileName)
{
    return u":/presets/"_s + fileName;
}

// The numbers in the explanations are the engine's (xm-2026.1, bundled data); tst_io_presets
// checks that each preset still shows them.
std::vector<Preset> catalog()
{
    return {
        {u"basis-10y"_s, QT_TRANSLATE_NOOP("xm::Presets", "DV01-neutral 10-year basis trade"),
         QT_TRANSLATE_NOOP("xm::Presets",
                           "Long $100mm of the 3.875% Aug-2034 note at FICC, short 1,073 ZN futures at CME: the "
                           "DV01s cancel. Margined separately the two CCPs ask $3.99M; cross-margined $0.80M, because "
                           "FICC's reduction (90%) is capped at 80%. Savings: $3.19M, the most the arrangement allows."),
         bundledPortfolioPath(u"demo_basis_trade.xmargin"_s), PresetChart::Comparison},
        {u"basis-10y-repo"_s, QT_TRANSLATE_NOOP("xm::Presets", "Repo-financed basis trade"),
         QT_TRANSLATE_NOOP("xm::Presets",
                           "The same basis trade with the note financed in repo to 10 October: FICC sees the repo as a "
                           "forward purchase of the collateral, so 1,084 ZN futures hedge it. Repo on collateral with "
                           "more than a year left is eligible, and the savings are the capped 80% again ($3.22M of "
                           "$4.03M)."),
         presetPath(u"basis-10y-repo.xmargin"_s), PresetChart::Comparison},
        {u"curve-2s10s"_s, QT_TRANSLATE_NOOP("xm::Presets", "2s10s curve trade across venues"),
         QT_TRANSLATE_NOOP("xm::Presets",
                           "A steepener in cash at FICC (long 2-year, short 10-year) against a flattener in futures at "
                           "CME (short ZT, long ZN), every leg DV01-matched. Each CCP already nets its own curve trade, "
                           "and in the combined account FICC's VaR floor on gross market value binds, so FICC's "
                           "reduction is only 53%: savings $0.86M of $1.64M."),
         bundledPortfolioPath(u"curve_trade_2s10s.xmargin"_s), PresetChart::KeyRateLadder},
        {u"unhedged-cash"_s, QT_TRANSLATE_NOOP("xm::Presets", "Unhedged cash"),
         QT_TRANSLATE_NOOP("xm::Presets",
                           "Only the $100mm note, no futures. Cross-margining nets risk between the CCPs; with nothing "
                           "at CME there is nothing to net, so the requirement is FICC's $1.97M either way and the "
                           "savings are zero."),
         bundledPortfolioPath(u"unhedged_cash_10y.xmargin"_s), PresetChart::Comparison},
        {u"overhedged"_s, QT_TRANSLATE_NOOP("xm::Presets", "Over-hedged basis trade"),
         QT_TRANSLATE_NOOP("xm::Presets",
                           "1,610 ZN futures against the note, 150% of the DV01 hedge: the extra futures are an open "
                           "short. Cross-margined rises to $1.21M (from $0.80M) and FICC's reduction falls to 76%, "
                           "under the cap. Move the hedge on the Hedge ratio chart to see the requirement fall as the "
                           "hedge comes back."),
         presetPath(u"overhedged.xmargin"_s), PresetChart::HedgeRatio},
        {u"bond-basis-not-bd-fcm"_s, QT_TRANSLATE_NOOP("xm::Presets", "Customer without a BD-FCM: not eligible"),
         QT_TRANSLATE_NOOP("xm::Presets",
                           "A 30-year bond basis trade (long $50mm 4.5% Nov-2054, short 406 UB) for a customer whose "
                           "firm is a broker-dealer but not an FCM. Customer cross-margining runs only through a "
                           "dually registered BD-FCM that clears at both FICC and CME, so each CCP margins its own "
                           "side: $3.39M, no savings."),
         presetPath(u"bond-basis-not-bd-fcm.xmargin"_s), PresetChart::Comparison},
        {u"bond-basis-bd-fcm"_s, QT_TRANSLATE_NOOP("xm::Presets", "The same hedge through a BD-FCM: eligible"),
         QT_TRANSLATE_NOOP("xm::Presets",
                           "The same bond basis trade, now with a firm registered as broker-dealer and FCM that is a "
                           "member of both CCPs, and both sides opted in. The account is eligible and the requirement "
                           "falls from $3.39M to $0.68M (80%, capped)."),
         presetPath(u"bond-basis-bd-fcm.xmargin"_s), PresetChart::Comparison},
        {u"options-hedge"_s, QT_TRANSLATE_NOOP("xm::Presets", "Hedged with options: options not eligible"),
         QT_TRANSLATE_NOOP("xm::Presets",
                           "The note hedged with 600 ZN futures and 1,000 short calls on ZN. Options on Treasury "
                           "futures are not in the program (nor are options on Treasury ETFs such as TLT or IEF, which "
                           "clear elsewhere): the calls stay in CME's regular account. Only part of the hedge offsets, "
                           "so savings are 55% ($2.22M of $4.04M) instead of the 80% a futures hedge gets."),
         presetPath(u"options-hedge.xmargin"_s), PresetChart::Comparison},
        {u"bills-tips"_s, QT_TRANSLATE_NOOP("xm::Presets", "Bills and TIPS: not eligible"),
         QT_TRANSLATE_NOOP("xm::Presets",
                           "The 10-year basis trade next to $200mm of a December 2025 bill and $50mm of a 2035 TIPS. "
                           "Bills and TIPS are not eligible, so FICC margins them on their own in the regular account "
                           "($1.39M). The basis trade keeps its 80%, and the savings are 60% of the $5.43M "
                           "duplicated."),
         presetPath(u"bills-tips.xmargin"_s), PresetChart::Comparison},
        {u"costs-more"_s, QT_TRANSLATE_NOOP("xm::Presets", "When cross-margining costs more"),
         QT_TRANSLATE_NOOP("xm::Presets",
                           "The basis trade with 2,000 long calls on ZN that offset most of the short futures at CME, "
                           "which on its own asks only $0.14M. Allocating the futures to the cross-margin account "
                           "takes them away from the calls, which are margined alone: the total rises from $2.11M to "
                           "$2.68M. Untick Allocate on the ZN row and the savings return to zero."),
         presetPath(u"costs-more.xmargin"_s), PresetChart::Comparison},
        {u"stress-2020"_s, QT_TRANSLATE_NOOP("xm::Presets", "Stress replay: March 2020"),
         QT_TRANSLATE_NOOP("xm::Presets",
                           "A 10-year basis trade as of 19 March 2020, in the dash for cash. Between 24 February and "
                           "24 March CME's requirement rose 12% and the cross-margined one 6% ($0.77M to $0.82M), "
                           "savings steady at 80%: cross-margining lowers the level of margin, not its swings. The "
                           "History chart shows the larger climb after the 2022 rate shock: 20% more from June 2022 to "
                           "March 2023."),
         presetPath(u"stress-2020.xmargin"_s), PresetChart::History},
    };
}

} // namespace

const std::vector<Preset>& presets()
{
    static const std::vector<Preset> all = catalog();
    return all;
}

const Preset* findPreset(const QString& name)
{
    const std::vector<Preset>& all = presets();
    const auto it = std::find_if(all.begin(), all.end(), [&](const Preset& p) { return p.name == name; });
    return it == all.end() ? nullptr : &*it;
}

const Preset& presetNamed(const QString& name)
{
    if (const Preset* preset = findPreset(name))
        return *preset;
    QStringList names;
    for (const Preset& preset : presets())
        names << preset.name;
    throw InputError({}, 0, u"preset"_s,
                     u"unknown preset \"%1\"; expected one of: %2"_s.arg(name, names.join(u", "_s)));
}

PortfolioDocument loadPreset(const QString& name)
{
    return loadPortfolioDocument(presetNamed(name).fileName);
}

} // namespace xm::io
