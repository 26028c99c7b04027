#include "history_command.h"

#include "engine_session.h"
#include "requirements_json.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace xm::cli {

using namespace Qt::StringLiterals;

QByteArray runHistoryCommand(const QStringList& arguments)
{
    const Arguments args(arguments, kEngineOptions + QStringList{u"--from"_s, u"--to"_s});
    const io::FieldParser parser({}, 0);
    const Date from = args.has(u"--from"_s) ? parser.isoDate(args.option(u"--from"_s)) : Date();
    const Date to = args.has(u"--to"_s) ? parser.isoDate(args.option(u"--to"_s)) : Date();
    if (!from.isNull() && !to.isNull() && to < from)
        parser.fail(args.option(u"--to"_s), u"a date on or after --from"_s);
    const auto session = openEngineSession(args, parser);

    QJsonArray points;
    for (const HistoryPoint& p : session->engine->history(from, to)) {
        QJsonObject point = requirementsJson(p.requirements);
        point.insert(u"date"_s, QString::fromStdString(p.date.toIso()));
        point.insert(u"stressWindow"_s, p.inStressWindow);
        points.append(point);
    }
    const QJsonObject report{{u"asOf"_s, QString::fromStdString(session->engine->environment().asOf().toIso())},
                             {u"sensitivities"_s, u"held at the as-of date"_s},
                             {u"points"_s, points}};
    return QJsonDocument(report).toJson(QJsonDocument::Indented);
}

} // namespace xm::cli
