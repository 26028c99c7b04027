#include "sweep_command.h"

#include "engine_session.h"
#include "requirements_json.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace xm::cli {

using namespace Qt::StringLiterals;

QByteArray runSweepCommand(const QStringList& arguments)
{
    const Arguments args(arguments, kEngineOptions + QStringList{u"--leg"_s, u"--from"_s, u"--to"_s, u"--steps"_s});
    const io::FieldParser parser({}, 0);
    const io::NumberRule scale{u"a scale factor from -10 to 10"_s, -10.0, 10.0};
    const double from = args.has(u"--from"_s) ? parser.number(args.option(u"--from"_s), scale) : 0.0;
    const double to = args.has(u"--to"_s) ? parser.number(args.option(u"--to"_s), scale) : 2.0;
    const int steps = args.has(u"--steps"_s)
                          ? parser.integer(args.option(u"--steps"_s), {u"a number of points from 2 to 10001"_s, 2, 10001})
                          : 201;
    const auto session = openEngineSession(args, parser);
    const io::Field leg = args.option(u"--leg"_s);
    const std::size_t index = positionIndex(*session, leg, parser);

    QJsonArray points;
    for (const SweepPoint& p : session->engine->sweep(index, from, to, steps)) {
        QJsonObject point = requirementsJson(p.requirements);
        point.insert(u"scale"_s, p.scale);
        point.insert(u"quantity"_s, p.quantity);
        points.append(point);
    }
    const QJsonObject report{{u"leg"_s, leg.text.trimmed()},
                             {u"asOf"_s, QString::fromStdString(session->engine->environment().asOf().toIso())},
                             {u"baseQuantity"_s, session->engine->positions()[index].quantity},
                             {u"points"_s, points}};
    return QJsonDocument(report).toJson(QJsonDocument::Indented);
}

} // namespace xm::cli
