#include "stress_command.h"

#include "engine_session.h"
#include "requirements_json.h"

#include "core/portfolio/stress.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace xm::cli {

using namespace Qt::StringLiterals;

namespace {

const io::NumberRule kShiftRule{u"a shift in basis points from -1000 to 1000"_s, -1000.0, 1000.0};
const io::NumberRule kMultiplierRule{u"a volatility multiplier above 0 and at most 10"_s, 0.0, 10.0, true};

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

QJsonObject factorsJson(const FactorVector& values)
{
    QJsonObject out;
    for (std::size_t k = 0; k < values.size(); ++k)
        out.insert(QLatin1StringView(kFactorNames[k].data(), static_cast<qsizetype>(kFactorNames[k].size())), values[k]);
    return out;
}

QJsonObject dayJson(const StressDay& day)
{
    QJsonObject out = requirementsJson(day.requirements);
    out.insert(u"date"_s, qs(day.date.toIso()));
    return out;
}

QJsonObject changeJson(const RequirementSummary& before, const RequirementSummary& after)
{
    const auto change = [](double from, double to) {
        return QJsonObject{{u"usd"_s, to - from}, {u"pct"_s, from > 0.0 ? 100.0 * (to - from) / from : 0.0}};
    };
    return {{u"ficcStandalone"_s, change(before.ficcStandalone, after.ficcStandalone)},
            {u"cmeStandalone"_s, change(before.cmeStandalone, after.cmeStandalone)},
            {u"duplicated"_s, change(before.duplicated, after.duplicated)},
            {u"crossMargined"_s, change(before.crossMargined, after.crossMargined)},
            {u"savings"_s, change(before.savings, after.savings)}};
}

QJsonObject resultJson(const StressResult& r)
{
    const StressScenario& s = r.scenario;
    QJsonObject scenario{{u"id"_s, qs(s.id)},
                         {u"kind"_s, qs(std::string(toString(s.kind)))},
                         {u"name"_s, qs(s.name)},
                         {u"provenance"_s, qs(std::string(toString(s.provenance)))},
                         {u"source"_s, qs(s.source)}};
    if (s.kind == StressKind::Historical) {
        scenario.insert(u"first"_s, qs(s.window.first.toIso()));
        scenario.insert(u"last"_s, qs(s.window.last.toIso()));
    } else {
        scenario.insert(u"shiftBp"_s, factorsJson(s.shock.parShiftBp));
        scenario.insert(u"volatilityMultiplier"_s, s.shock.volatilityMultiplier);
    }
    QJsonArray legs;
    for (const LegPnl& leg : r.legs) {
        QJsonObject item{{u"id"_s, qs(leg.id)},
                         {u"venue"_s, leg.venue == Venue::Ficc ? u"FICC"_s : u"CME"_s},
                         {u"description"_s, qs(leg.description)},
                         {u"pnl"_s, leg.pnl}};
        if (!leg.error.empty())
            item.insert(u"error"_s, qs(leg.error));
        legs.append(item);
    }
    QJsonArray notes;
    for (const std::string& note : r.notes)
        notes.append(qs(note));
    QJsonObject out{{u"scenario"_s, scenario},
                    {u"before"_s, dayJson(r.before)},
                    {u"after"_s, dayJson(r.after)},
                    {u"change"_s, changeJson(r.before.requirements, r.after.requirements)},
                    {u"parMoveBp"_s, factorsJson(r.parMoveBp)},
                    {u"pnl"_s, QJsonObject{{u"total"_s, r.pnl}, {u"legs"_s, legs}}},
                    {u"notes"_s, notes}};
    if (s.kind == StressKind::Historical)
        out.insert(u"windowEnd"_s, dayJson(r.windowEnd));
    return out;
}

// The scenario the options ask for; nullopt for the standard set.
std::optional<StressScenario> requestedScenario(const Arguments& args, const io::FieldParser& parser,
                                                const ModelParameters& parameters)
{
    const int given = args.has(u"--window"_s) + args.has(u"--parallel"_s) + args.has(u"--twist"_s);
    if (given > 1)
        throw UsageError(u"give at most one of --window, --parallel and --twist"_s);
    if (args.has(u"--window"_s) && args.has(u"--vol"_s))
        throw UsageError(u"--vol applies to the as-of market, not to a historical window"_s);
    const std::optional<double> multiplier = args.has(u"--vol"_s)
                                                 ? std::optional(parser.number(args.option(u"--vol"_s), kMultiplierRule))
                                                 : std::nullopt;
    std::optional<StressScenario> scenario;
    if (args.has(u"--window"_s)) {
        const io::Field field = args.option(u"--window"_s);
        const std::vector<StressScenario> windows = historicalScenarios(parameters);
        QStringList ids;
        for (const StressScenario& window : windows)
            ids << qs(window.id);
        return windows[static_cast<std::size_t>(parser.choice(field, ids))];
    }
    if (args.has(u"--parallel"_s))
        scenario = parallelScenario(parser.number(args.option(u"--parallel"_s), kShiftRule));
    if (args.has(u"--twist"_s)) {
        const io::Field field = args.option(u"--twist"_s);
        const QStringList parts = field.text.split(u',');
        if (parts.size() != 2)
            parser.fail(field, u"two shifts in basis points, SHORT,LONG (e.g. -25,25)"_s);
        scenario = twistScenario(parser.number({field.name, parts[0]}, kShiftRule),
                                 parser.number({field.name, parts[1]}, kShiftRule));
    }
    if (!multiplier)
        return scenario;
    if (!scenario)
        return volatilityScenario(*multiplier);
    const StressScenario volatility = volatilityScenario(*multiplier);
    scenario->shock.volatilityMultiplier = *multiplier;
    scenario->id += '-' + volatility.id;
    scenario->name += ", " + volatility.name;
    return scenario;
}

} // namespace

QByteArray runStressCommand(const QStringList& arguments)
{
    const Arguments args(arguments, kEngineOptions + QStringList{u"--window"_s, u"--parallel"_s, u"--twist"_s, u"--vol"_s});
    const io::FieldParser parser({}, 0);
    const auto session = openEngineSession(args, parser);
    const std::optional<StressScenario> requested = requestedScenario(args, parser, session->parameters);
    const std::vector<StressScenario> scenarios = requested ? std::vector{*requested}
                                                            : standardScenarios(session->parameters);
    QJsonArray results;
    for (const StressScenario& scenario : scenarios)
        results.append(resultJson(runStress(*session->engine, scenario)));
    const QJsonObject report{{u"model"_s, qs(session->parameters.model)},
                             {u"asOf"_s, qs(session->engine->environment().asOf().toIso())},
                             {u"scenarios"_s, results}};
    return QJsonDocument(report).toJson(QJsonDocument::Indented);
}

} // namespace xm::cli
