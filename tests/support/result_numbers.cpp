#include "result_numbers.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

namespace xm::test {
namespace {

// Names built at run time (per commodity and credit line) live here for the process's lifetime,
// so the numbers can carry string views; a few hundred distinct names at most.
std::string_view intern(const std::string& name)
{
    static std::set<std::string, std::less<>> names;
    return *names.insert(name).first;
}

class Collector {
public:
    explicit Collector(std::vector<ResultNumber>& out)
        : m_out(out)
    {
    }

    void add(const std::string& name, double value, NumberKind kind)
    {
        m_out.push_back({intern(name), -1, value, kind, std::abs(value)});
    }

    template <typename Vector>
    void vector(std::string_view name, const Vector& values)
    {
        double scale = 0.0;
        for (double v : values)
            scale = std::max(scale, std::abs(v));
        for (std::size_t i = 0; i < values.size(); ++i)
            m_out.push_back({name, static_cast<int>(i), values[i], NumberKind::Signed, scale});
    }

    void ficc(const std::string& name, const FiccMargin& m)
    {
        add(name + ".var", m.var, NumberKind::Requirement);
        add(name + ".haircut", m.haircut, NumberKind::Requirement);
        add(name + ".floor", m.floor, NumberKind::Requirement);
        add(name + ".varCharge", m.varCharge, NumberKind::Requirement);
    }

    void cme(const std::string& name, const CmeMargin& m)
    {
        add(name + ".scan", m.scan, NumberKind::Requirement);
        add(name + ".intraSpread", m.intraSpread, NumberKind::Requirement);
        add(name + ".interCredit", m.interCredit, NumberKind::Requirement);
        add(name + ".hvar", m.hvar, NumberKind::Requirement);
        add(name + ".maintenance", m.maintenance, NumberKind::Requirement);
        add(name + ".initial", m.initial, NumberKind::Requirement);
        for (const auto& c : m.commodities) {
            const std::string line = name + "." + c.symbol;
            add(line + ".netContracts", c.netContracts, NumberKind::Signed);
            add(line + ".longContracts", c.longContracts, NumberKind::Requirement);
            add(line + ".shortContracts", c.shortContracts, NumberKind::Requirement);
            add(line + ".scanRange", c.scanRange, NumberKind::Ratio);
            add(line + ".scanRisk", c.scanRisk, NumberKind::Requirement);
            add(line + ".calendarSpreads", c.calendarSpreads, NumberKind::Requirement);
            add(line + ".intraCharge", c.intraCharge, NumberKind::Requirement);
        }
        for (const auto& c : m.credits) {
            const std::string line = name + ".credit" + std::to_string(c.priority) + "(" + c.legA + "/" + c.legB + ")";
            add(line + ".spreads", c.spreads, NumberKind::Requirement);
            add(line + ".rate", c.rate, NumberKind::Ratio);
            add(line + ".credit", c.credit, NumberKind::Requirement);
        }
    }

    void reading(const std::string& name, const XmReading& r)
    {
        add(name + ".ficcReduction", r.ficcReduction, NumberKind::Ratio);
        add(name + ".cmeReduction", r.cmeReduction, NumberKind::Ratio);
        add(name + ".requirement", r.requirement, NumberKind::Requirement);
    }

private:
    std::vector<ResultNumber>& m_out;
};

std::string number(double v)
{
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%.17g", v);
    return buffer;
}

} // namespace

std::vector<ResultNumber> resultNumbers(const MarginResult& r, bool withScenarioPnl)
{
    std::vector<ResultNumber> out;
    out.reserve(400 + (withScenarioPnl ? 3 * r.pnlCombined.size() : 0));
    Collector c(out);
    c.ficc("ficcAll", r.ficcAll);
    c.add("ficcAddOns.mla", r.ficcAddOns.mla, NumberKind::Requirement);
    c.add("ficcAddOns.backtesting", r.ficcAddOns.backtesting, NumberKind::Requirement);
    c.add("ficcAddOns.holiday", r.ficcAddOns.holiday, NumberKind::Requirement);
    c.add("ficcAddOns.special", r.ficcAddOns.special, NumberKind::Requirement);
    c.add("ficcStandalone", r.ficcStandalone, NumberKind::Requirement);
    c.cme("cmeAll", r.cmeAll);
    c.add("cmeStandalone", r.cmeStandalone, NumberKind::Requirement);
    c.add("duplicated", r.duplicated, NumberKind::Requirement);

    c.add("S_F", r.reduction.sF, NumberKind::Requirement);
    c.add("S_F'", r.reduction.sFPrime, NumberKind::Requirement);
    c.add("X_F", r.reduction.xF, NumberKind::Requirement);
    c.add("S_C", r.reduction.sC, NumberKind::Requirement);
    c.add("S_C'", r.reduction.sCPrime, NumberKind::Requirement);
    c.add("X_C", r.reduction.xC, NumberKind::Requirement);
    c.vector("ficcClassDv01", r.reduction.ficcClassDv01);
    c.vector("cmeClassDv01", r.reduction.cmeClassDv01);
    c.ficc("ficcLeg", r.ficcLeg);
    c.ficc("ficcFuturesLeg", r.ficcFuturesLeg);
    c.ficc("ficcCombined", r.ficcCombined);
    c.cme("cmeLeg", r.cmeLeg);
    c.cme("cmeCashLeg", r.cmeCashLeg);
    c.cme("cmeCombined", r.cmeCombined);
    c.add("rF", r.rF, NumberKind::Ratio);
    c.add("rC", r.rC, NumberKind::Ratio);
    c.add("cap", r.cap, NumberKind::Ratio);
    c.reading("applied", r.applied);
    for (const auto& reading : r.readings)
        c.reading("reading." + std::string(toString(reading.rule)), reading);

    c.add("ficcRegular", r.ficcRegular, NumberKind::Requirement);
    c.add("cmeRegular", r.cmeRegular, NumberKind::Requirement);
    c.add("ficcCrossMargined", r.ficcCrossMargined, NumberKind::Requirement);
    c.add("cmeCrossMargined", r.cmeCrossMargined, NumberKind::Requirement);
    c.add("crossMargined", r.crossMargined, NumberKind::Requirement);
    c.add("savings", r.savings, NumberKind::Signed);
    c.add("savingsPct", r.savingsPct, NumberKind::Ratio);

    c.vector("ficcLadder", r.ficcLadder);
    c.vector("cmeLadder", r.cmeLadder);
    c.vector("netLadder", r.netLadder);
    if (withScenarioPnl) {
        c.vector("pnlFiccLeg", r.pnlFiccLeg);
        c.vector("pnlCmeLeg", r.pnlCmeLeg);
        c.vector("pnlCombined", r.pnlCombined);
    }
    return out;
}

std::vector<std::string> compareResults(const MarginResult& expected, const MarginResult& actual, double rel,
                                        double abs, double factor)
{
    const std::vector<ResultNumber> e = resultNumbers(expected);
    const std::vector<ResultNumber> a = resultNumbers(actual);
    std::vector<std::string> out;
    const std::size_t n = std::min(e.size(), a.size());
    for (std::size_t i = 0; i < n; ++i) {
        if (e[i].name != a[i].name || e[i].index != a[i].index) {
            out.push_back("line structure differs at number " + std::to_string(i) + ": expected " + e[i].label()
                          + ", actual " + a[i].label());
            return out;
        }
        const bool ratio = e[i].kind == NumberKind::Ratio;
        const double want = ratio ? e[i].value : factor * e[i].value;
        const double tolerance = ratio ? rel * std::max({1.0, std::abs(want), std::abs(a[i].value)})
                                       : rel * std::max(std::abs(factor) * e[i].scale, a[i].scale) + abs;
        if (!(std::abs(a[i].value - want) <= tolerance))
            out.push_back(e[i].label() + ": expected " + number(want) + ", actual " + number(a[i].value));
    }
    if (e.size() != a.size())
        out.push_back("expected " + std::to_string(e.size()) + " numbers, actual " + std::to_string(a.size()));
    return out;
}

std::string joinDifferences(const std::vector<std::string>& differences, std::size_t limit)
{
    std::string out;
    for (std::size_t i = 0; i < differences.size() && i < limit; ++i)
        out += "\n  " + differences[i];
    if (differences.size() > limit)
        out += "\n  ... and " + std::to_string(differences.size() - limit) + " more";
    return out;
}

} // namespace xm::test
