// MarginEngine::history: every requirement replayed through the par-yield history.
#include "margin_engine.h"
#include "margin_engine_books.h"

#include "../margin/sliding_order_statistic.h"

#include <algorithm>
#include <set>
#include <stdexcept>

namespace xm {
namespace {

bool inAnyWindow(Date date, const std::vector<DateWindow>& windows)
{
    return std::any_of(windows.begin(), windows.end(),
                       [&](const DateWindow& w) { return date >= w.first && date <= w.last; });
}

// The scenario P&L of fixed sensitivities over every h-day change in the history.
std::vector<double> pnlSeries(const ScenarioSet& all, const FactorVector& krd)
{
    std::vector<double> out(static_cast<std::size_t>(all.size()));
    Eigen::Map<Eigen::VectorXd>(out.data(), all.size())
        = all.changesBp * Eigen::Map<const Eigen::VectorXd>(krd.data(), kFactorCount);
    return out;
}

// A VaR whose window slides one business day at a time: the last `lookback` scenarios, plus
// stress scenarios that have left the window (MARGIN_MODEL.md §2: stress windows the lookback
// lacks; never scenarios after the day itself).
class WindowedVar final {
public:
    WindowedVar(std::vector<double> pnl, std::vector<bool> stress, int lookback)
        : m_stat(std::move(pnl))
        , m_stress(std::move(stress))
        , m_lookback(lookback)
    {
    }

    // Moves the window to end at scenario `end` (non-decreasing between calls).
    void advanceTo(int end)
    {
        if (m_end < 0) {
            const int start = std::max(0, end - m_lookback + 1);
            for (int i = 0; i < start; ++i) {
                if (m_stress[static_cast<std::size_t>(i)])
                    m_stat.insert(i);
            }
            for (int i = start; i <= end; ++i)
                m_stat.insert(i);
        }
        for (int i = m_end + 1; m_end >= 0 && i <= end; ++i) {
            m_stat.insert(i);
            const int leaving = i - m_lookback;
            if (leaving >= 0 && !m_stress[static_cast<std::size_t>(leaving)])
                m_stat.erase(leaving);
        }
        m_end = end;
    }

    VarResult var(double confidence) const
    {
        if (m_stat.size() == 0)
            return {};
        const int k = varRank(m_stat.size(), confidence);
        const int index = m_stat.kthSmallestIndex(k);
        return {std::max(0.0, -m_stat.kthSmallest(k)), index};
    }

    // The k-th largest loss of a short position: the k-th largest P&L of the series.
    double shortVar(double confidence) const
    {
        if (m_stat.size() == 0)
            return 0.0;
        const int k = varRank(m_stat.size(), confidence);
        return std::max(0.0, m_stat.kthSmallest(m_stat.size() - k + 1));
    }

private:
    SlidingOrderStatistic m_stat;
    std::vector<bool> m_stress;
    int m_lookback;
    int m_end = -1;
};

std::vector<double> added(const std::vector<double>& a, const std::vector<double>& b)
{
    std::vector<double> out(a.size());
    for (std::size_t i = 0; i < a.size(); ++i)
        out[i] = a[i] + b[i];
    return out;
}

std::set<std::string> symbolsOf(std::initializer_list<const CmeExposure*> exposures)
{
    std::set<std::string> out;
    for (const CmeExposure* e : exposures) {
        for (const auto& [key, n] : e->contracts)
            out.insert(key.symbol);
    }
    return out;
}

} // namespace

std::vector<HistoryPoint> MarginEngine::history(Date from, Date to) const
{
    const ParYieldHistory& h = m_data.parYields;
    const FiccParameters& fp = m_parameters.ficc;
    const CmeParameters& cp = m_parameters.cme;
    const BookState& fx = (*m_books)[bookIndex(Book::FiccXm)];
    const BookState& cx = (*m_books)[bookIndex(Book::CmeXm)];
    const BookState& fr = (*m_books)[bookIndex(Book::FiccRegular)];
    const BookState& cr = (*m_books)[bookIndex(Book::CmeRegular)];

    // Every h-day change in the data; scenario i ends on history row i + h.
    const auto scenarios = [&](int horizon) { return m_generator->window(horizon, h.firstDate(), h.lastDate()); };
    const auto stressFlags = [&](const ScenarioSet& s) {
        std::vector<bool> flags(static_cast<std::size_t>(s.size()));
        for (std::size_t i = 0; i < flags.size(); ++i)
            flags[i] = inAnyWindow(s.endDates[i], fp.stressWindows);
        return flags;
    };
    const ScenarioSet ficcAll = scenarios(fp.horizonDays);
    const std::vector<bool> ficcStress = stressFlags(ficcAll);
    const std::vector<double> pF = pnlSeries(ficcAll, fx.ficc.krd);
    const std::vector<double> pC = pnlSeries(ficcAll, cx.ficc.krd);
    const std::vector<double> pR = pnlSeries(ficcAll, fr.ficc.krd);
    const auto ficcVar = [&](std::vector<double> pnl) { return WindowedVar(std::move(pnl), ficcStress, fp.lookbackDays); };
    std::vector<WindowedVar> ficc;  // S_F, S_F', X_F, all FICC, FICC regular
    ficc.push_back(ficcVar(pF));
    ficc.push_back(ficcVar(pC));
    ficc.push_back(ficcVar(added(pF, pC)));
    ficc.push_back(ficcVar(added(pF, pR)));
    ficc.push_back(ficcVar(pR));

    // CME: scan ranges recalibrated day by day (SPAN), or the HVaR books.
    const ScenarioSet psrAll = scenarios(cp.psrHorizonDays);
    std::map<std::string, ScanRange> ranges = m_cme->scanRanges();
    std::map<std::string, WindowedVar> psr;
    for (const std::string& symbol : symbolsOf({&fx.cme, &cx.cme, &cr.cme})) {
        const ScanRange& range = ranges.at(symbol);
        if (range.provenance == Provenance::Calibrated)
            psr.emplace(symbol, WindowedVar(pnlSeries(psrAll, m_risk->frontContractKrd(symbol)),
                                            std::vector<bool>(static_cast<std::size_t>(psrAll.size()), false),
                                            cp.psrLookbackDays));
    }
    const ScenarioSet hvarAll = scenarios(cp.hvarHorizonDays);
    const std::vector<bool> hvarStress = stressFlags(hvarAll);
    std::vector<WindowedVar> hvar;  // S_C, S_C', X_C, all CME, CME regular
    if (cp.model == CmeModel::HVaR) {
        const std::vector<double> hC = pnlSeries(hvarAll, cx.cme.krd);
        const std::vector<double> hF = pnlSeries(hvarAll, fx.cme.krd);
        const std::vector<double> hR = pnlSeries(hvarAll, cr.cme.krd);
        for (auto* series : {&hC, &hF})
            hvar.emplace_back(*series, hvarStress, cp.hvarLookbackDays);
        hvar.emplace_back(added(hF, hC), hvarStress, cp.hvarLookbackDays);
        hvar.emplace_back(added(hC, hR), hvarStress, cp.hvarLookbackDays);
        hvar.emplace_back(hR, hvarStress, cp.hvarLookbackDays);
    }

    const double multiplier = initialMultiplier();
    // The first day with a scenario for every horizon, or the first day on or after `from`.
    std::size_t row = static_cast<std::size_t>(std::max({fp.horizonDays, cp.psrHorizonDays, cp.hvarHorizonDays}));
    if (!from.isNull()) {
        const auto before = h.indexOnOrBefore(from.addDays(-1));
        row = std::max(row, before ? *before + 1 : 0);
    }
    const Date last = to.isNull() ? h.lastDate() : std::min(to, h.lastDate());

    std::vector<HistoryPoint> points;
    for (; row < h.size() && h.row(row).date <= last; ++row) {
        const Date date = h.row(row).date;
        for (auto& v : ficc)
            v.advanceTo(static_cast<int>(row) - fp.horizonDays);
        BookMargins m;
        m.ficcLeg = m_ficc->marginFromVar(ficc[0].var(fp.confidence), fx.ficc);
        m.ficcFuturesLeg = m_ficc->marginFromVar(ficc[1].var(fp.confidence), cx.ficc);
        m.ficcCombined = m_ficc->marginFromVar(ficc[2].var(fp.confidence), fx.ficc + cx.ficc);
        m.ficcAll = m_ficc->marginFromVar(ficc[3].var(fp.confidence), fx.ficc + fr.ficc);
        m.ficcRegular = fr.count ? m_ficc->marginFromVar(ficc[4].var(fp.confidence), fr.ficc).varCharge : 0.0;
        m.ficcAddOns = m_ficc->addOns(fx.ficc + fr.ficc);
        if (cp.model == CmeModel::HVaR) {
            std::vector<CmeMargin> c;
            for (auto& v : hvar) {
                v.advanceTo(static_cast<int>(row) - cp.hvarHorizonDays);
                c.push_back(m_cme->hvarMargin(v.var(cp.hvarConfidence), multiplier));
            }
            m.cmeLeg = c[0];
            m.cmeCashLeg = c[1];
            m.cmeCombined = c[2];
            m.cmeAll = c[3];
            m.cmeRegular = cr.count ? c[4].initial : 0.0;
        } else {
            for (auto& [symbol, v] : psr) {
                v.advanceTo(static_cast<int>(row) - cp.psrHorizonDays);
                ranges[symbol].usdPerContract = std::max(v.var(cp.psrConfidence).var, v.shortVar(cp.psrConfidence));
            }
            m.cmeLeg = m_cme->spanMargin(cx.cme, multiplier, ranges);
            m.cmeCashLeg = m_cme->spanMargin(fx.cme, multiplier, ranges);
            m.cmeCombined = m_cme->spanMargin(fx.cme + cx.cme, multiplier, ranges);
            m.cmeAll = m_cme->spanMargin(cx.cme + cr.cme, multiplier, ranges);
            m.cmeRegular = cr.count ? m_cme->spanMargin(cr.cme, multiplier, ranges).initial : 0.0;
        }
        m.ficcClassDv01 = fx.ficc.legacyDv01;
        m.cmeClassDv01 = cx.ficc.legacyDv01;
        points.push_back({date, inAnyWindow(date, fp.stressWindows), RequirementSummary::of(assemble(std::move(m)))});
    }
    return points;
}

} // namespace xm
