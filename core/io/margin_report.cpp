#include "margin_report.h"

#include <QJsonArray>
#include <QStringList>

#include <cmath>
#include <stdexcept>

namespace xm::io {
namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

QJsonObject factorObject(const FactorVector& v)
{
    QJsonObject o;
    for (int k = 0; k < kFactorCount; ++k)
        o.insert(qs(std::string(kFactorNames[static_cast<std::size_t>(k)])), v[static_cast<std::size_t>(k)]);
    return o;
}

QJsonObject ficcMarginJson(const FiccMargin& m)
{
    return {{"var", m.var},
            {"haircut", m.haircut},
            {"floor", m.floor},
            {"varCharge", m.varCharge},
            {"floorBinds", m.floorBinds},
            {"quantileScenario", m.quantileScenario}};
}

QJsonObject cmeMarginJson(const CmeMargin& m)
{
    QJsonArray commodities;
    for (const auto& c : m.commodities)
        commodities.append(QJsonObject{{"symbol", qs(c.symbol)},
                                       {"netContracts", c.netContracts},
                                       {"longContracts", c.longContracts},
                                       {"shortContracts", c.shortContracts},
                                       {"scanRange", c.scanRange},
                                       {"scanRisk", c.scanRisk},
                                       {"calendarSpreads", c.calendarSpreads},
                                       {"intraCharge", c.intraCharge}});
    QJsonArray credits;
    for (const auto& c : m.credits)
        credits.append(QJsonObject{{"priority", c.priority},
                                   {"legA", qs(c.legA)},
                                   {"legB", qs(c.legB)},
                                   {"spreads", c.spreads},
                                   {"rate", c.rate},
                                   {"credit", c.credit}});
    return {{"model", qs(std::string(toString(m.model)))},
            {"scan", m.scan},
            {"intraSpread", m.intraSpread},
            {"interCredit", m.interCredit},
            {"hvar", m.hvar},
            {"maintenance", m.maintenance},
            {"initial", m.initial},
            {"commodities", commodities},
            {"credits", credits}};
}

QJsonArray checksJson(const Eligibility& e)
{
    QJsonArray out;
    for (const auto& c : e.checks)
        out.append(QJsonObject{
            {"rule", qs(c.rule)}, {"passed", c.passed}, {"text", qs(c.text)}, {"source", qs(c.source)}});
    return out;
}

QJsonArray failedReasons(const Eligibility& e)
{
    QJsonArray out;
    for (const auto& c : e.checks) {
        if (!c.passed)
            out.append(qs(c.text));
    }
    return out;
}

void flatten(const QString& prefix, const QJsonValue& value, QStringList& lines)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            flatten(prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key(), it.value(), lines);
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            flatten(prefix + QLatin1Char('.') + QString::number(i), a[i], lines);
    } else {
        QString text = value.isDouble() ? QString::number(value.toDouble(), 'g', 15)
                       : value.isBool() ? (value.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                        : value.toString();
        if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')))
            text = QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        lines << prefix + QLatin1Char(',') + text;
    }
}

QString keyPath(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

} // namespace

void checkFiniteNumbers(const QJsonValue& report, const QString& path)
{
    if (report.isObject()) {
        const QJsonObject o = report.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            checkFiniteNumbers(it.value(), keyPath(path, it.key()));
    } else if (report.isArray()) {
        const QJsonArray a = report.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            checkFiniteNumbers(a[i], keyPath(path, QString::number(i)));
    } else if (report.isDouble() && !std::isfinite(report.toDouble())) {
        throw std::domain_error(QStringLiteral("expected finite numbers in the report, %1 is %2; nothing was written")
                                    .arg(path, QString::number(report.toDouble()))
                                    .toStdString());
    }
}

QJsonObject marginReportJson(const MarginResult& r, const std::vector<double>& incremental,
                             const std::vector<ParameterRecord>& parameters,
                             const std::map<std::string, ScanRange>& scanRanges)
{
    QJsonObject report;
    report.insert("model", qs(r.model));
    report.insert("asOf", qs(r.asOf.toIso()));
    report.insert("xmRule", qs(std::string(toString(r.rule))));
    report.insert("cmeModel", qs(std::string(toString(r.cmeModel))));
    report.insert("ficc", QJsonObject{{"standalone", r.ficcStandalone},
                                      {"var", r.ficcAll.var},
                                      {"haircut", r.ficcAll.haircut},
                                      {"floor", r.ficcAll.floor},
                                      {"varCharge", r.ficcAll.varCharge},
                                      {"addOns", QJsonObject{{"mla", r.ficcAddOns.mla},
                                                             {"backtesting", r.ficcAddOns.backtesting},
                                                             {"holiday", r.ficcAddOns.holiday},
                                                             {"special", r.ficcAddOns.special}}},
                                      {"regular", r.ficcRegular},
                                      {"crossMargined", r.ficcCrossMargined}});
    report.insert("cme", QJsonObject{{"standalone", r.cmeStandalone},
                                     {"scan", r.cmeAll.scan},
                                     {"intraSpread", r.cmeAll.intraSpread},
                                     {"interCredit", r.cmeAll.interCredit},
                                     {"maintenance", r.cmeAll.maintenance},
                                     {"regular", r.cmeRegular},
                                     {"crossMargined", r.cmeCrossMargined}});
    report.insert("duplicated", r.duplicated);
    report.insert("crossMargined", r.crossMargined);
    report.insert("savings", r.savings);
    report.insert("savingsPct", r.savingsPct * 100.0);
    report.insert("reduction", QJsonObject{{"ficc", r.rF},
                                           {"cme", r.rC},
                                           {"applied", r.applied.ficcReduction},
                                           {"appliedCme", r.applied.cmeReduction},
                                           {"cap", r.cap},
                                           {"capBinding", r.applied.capBinding},
                                           {"binding", qs(r.applied.binding)}});

    QJsonArray positionEligibility;
    QJsonArray positions;
    for (std::size_t i = 0; i < r.positions.size(); ++i) {
        const PositionResult& p = r.positions[i];
        const bool eligible = r.account.eligible && p.eligibility.eligible && p.error.empty();
        QString reason = qs(p.error.empty() ? p.eligibility.reason() : p.error);
        if (reason.isEmpty() && !r.account.eligible)
            reason = QStringLiteral("account not eligible");
        positionEligibility.append(QJsonObject{{"id", qs(p.id)},
                                               {"eligible", eligible},
                                               {"reason", reason},
                                               {"checks", checksJson(p.eligibility)}});
        QJsonObject position{{"id", qs(p.id)},
                             {"description", qs(p.description)},
                             {"book", qs(std::string(toString(p.book)))},
                             {"dv01", p.dv01},
                             {"marketValue", p.marketValue},
                             {"componentVar", p.componentVar},
                             {"krd", factorObject(p.krd)}};
        if (!p.cmeContract.empty())
            position.insert("cmeEquivalent", QJsonObject{{"contract", qs(p.cmeContract)}, {"contracts", p.cmeContracts}});
        if (!p.error.empty())
            position.insert("error", qs(p.error));
        if (i < incremental.size())
            position.insert("incremental", incremental[i]);
        positions.append(position);
    }
    report.insert("eligibility", QJsonObject{{"eligible", r.account.eligible},
                                             {"reasons", failedReasons(r.account)},
                                             {"account", checksJson(r.account)},
                                             {"positions", positionEligibility}});
    report.insert("positions", positions);

    QJsonArray readings;
    for (const auto& reading : r.readings)
        readings.append(QJsonObject{{"rule", qs(std::string(toString(reading.rule)))},
                                    {"ficcReduction", reading.ficcReduction},
                                    {"cmeReduction", reading.cmeReduction},
                                    {"capBinding", reading.capBinding},
                                    {"binding", qs(reading.binding)},
                                    {"eligibleRequirement", reading.requirement}});
    QJsonObject scan;
    for (const auto& [symbol, range] : scanRanges)
        scan.insert(qs(symbol), QJsonObject{{"usdPerContract", range.usdPerContract},
                                            {"provenance", qs(std::string(toString(range.provenance)))},
                                            {"source", qs(range.source)}});
    QJsonArray parameterList;
    for (const auto& p : parameters)
        parameterList.append(QJsonObject{{"key", qs(p.key)},
                                         {"value", qs(p.value)},
                                         {"provenance", qs(std::string(toString(p.provenance)))},
                                         {"source", qs(p.source)}});
    QJsonArray notes;
    for (const auto& n : r.notes)
        notes.append(qs(n));
    QJsonArray warnings;
    for (const auto& w : r.warnings)
        warnings.append(qs(w));
    report.insert("trace", QJsonObject{{"sF", r.reduction.sF},
                                       {"sFPrime", r.reduction.sFPrime},
                                       {"xF", r.reduction.xF},
                                       {"sC", r.reduction.sC},
                                       {"sCPrime", r.reduction.sCPrime},
                                       {"xC", r.reduction.xC},
                                       {"ficcLeg", ficcMarginJson(r.ficcLeg)},
                                       {"ficcFuturesLeg", ficcMarginJson(r.ficcFuturesLeg)},
                                       {"ficcCombined", ficcMarginJson(r.ficcCombined)},
                                       {"ficcAll", ficcMarginJson(r.ficcAll)},
                                       {"cmeLeg", cmeMarginJson(r.cmeLeg)},
                                       {"cmeCashLeg", cmeMarginJson(r.cmeCashLeg)},
                                       {"cmeCombined", cmeMarginJson(r.cmeCombined)},
                                       {"cmeAll", cmeMarginJson(r.cmeAll)},
                                       {"readings", readings},
                                       {"ladders", QJsonObject{{"ficc", factorObject(r.ficcLadder)},
                                                               {"cme", factorObject(r.cmeLadder)},
                                                               {"net", factorObject(r.netLadder)}}},
                                       {"scanRanges", scan},
                                       {"parameters", parameterList},
                                       {"notes", notes},
                                       {"warnings", warnings}});
    report.insert("disclaimer", QStringLiteral("Model estimates from public rules and data, not a clearing house's "
                                               "statement."));
    checkFiniteNumbers(report);
    return report;
}

QString marginReportCsv(const QJsonObject& report)
{
    checkFiniteNumbers(report);
    QStringList lines{QStringLiteral("key,value")};
    flatten(QString(), report, lines);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString marginReportText(const MarginResult& r)
{
    checkFiniteNumbers(QJsonObject{{"ficcStandalone", r.ficcStandalone}, {"cmeStandalone", r.cmeStandalone},
                                   {"duplicated", r.duplicated},         {"crossMargined", r.crossMargined},
                                   {"savings", r.savings},               {"savingsPct", r.savingsPct},
                                   {"rF", r.rF},                         {"rC", r.rC},
                                   {"applied", r.applied.ficcReduction}, {"cap", r.cap}});
    const auto usd = [](double v) { return QStringLiteral("%L1").arg(v, 14, 'f', 0); };
    QStringList out;
    out << QStringLiteral("XMargin %1, as of %2 (model estimates, not a CCP statement)").arg(qs(r.model), qs(r.asOf.toIso()));
    out << QStringLiteral("  FICC standalone   %1").arg(usd(r.ficcStandalone));
    out << QStringLiteral("  CME standalone    %1").arg(usd(r.cmeStandalone));
    out << QStringLiteral("  Duplicated        %1").arg(usd(r.duplicated));
    out << QStringLiteral("  Cross-margined    %1").arg(usd(r.crossMargined));
    out << QStringLiteral("  Savings           %1  (%2%)").arg(usd(r.savings)).arg(r.savingsPct * 100.0, 0, 'f', 1);
    const QString cap = QString::number(r.cap * 100.0, 'f', 0) + QLatin1Char('%')
                        + (r.applied.capBinding ? QStringLiteral(", binds") : QString());
    out << QStringLiteral("  Reduction r_F %1, r_C %2, applied %3 (cap %4), binding: %5")
               .arg(r.rF, 0, 'f', 3)
               .arg(r.rC, 0, 'f', 3)
               .arg(r.applied.ficcReduction, 0, 'f', 3)
               .arg(cap, qs(r.applied.binding));
    if (!r.account.eligible)
        out << QStringLiteral("  Account not eligible: %1").arg(qs(r.account.reason()));
    for (const auto& warning : r.warnings)
        out << QStringLiteral("  Warning: %1").arg(qs(warning));
    for (const auto& note : r.notes)
        out << QStringLiteral("  Note: %1").arg(qs(note));
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QJsonObject riskReportJson(const std::vector<PositionResult>& positions)
{
    QJsonArray factors;
    for (const auto& name : kFactorNames)
        factors.append(qs(std::string(name)));
    QJsonArray list;
    for (const auto& p : positions) {
        QJsonArray krd;
        for (double k : p.krd)
            krd.append(k);
        QJsonObject o{{"id", qs(p.id)}, {"krd", krd}, {"dv01", p.dv01}, {"description", qs(p.description)}};
        if (!p.error.empty())
            o.insert("error", qs(p.error));
        list.append(o);
    }
    const QJsonObject report{{"factors", factors}, {"positions", list}};
    checkFiniteNumbers(report);
    return report;
}

} // namespace xm::io
