#include "margin_command.h"

#include "engine_session.h"

#include "core/io/margin_report.h"

#include <QJsonDocument>

namespace xm::cli {

using namespace Qt::StringLiterals;

QByteArray runMarginCommand(const QStringList& arguments)
{
    const Arguments args(arguments, kEngineOptions + QStringList{u"--format"_s});
    const io::FieldParser parser({}, 0);
    const int format = args.has(u"--format"_s)
                           ? parser.choice(args.option(u"--format"_s), {u"json"_s, u"csv"_s, u"text"_s})
                           : 0;
    const auto session = openEngineSession(args, parser);
    const MarginEngine& engine = *session->engine;
    MarginResult result = engine.result();
    result.positions = engine.positionResults(result);
    if (format == 2)
        return io::marginReportText(result).toUtf8();
    const QJsonObject report = io::marginReportJson(result, engine.incrementalMargins(), session->parameters.records,
                                                    engine.cmeModel().scanRanges());
    return format == 1 ? io::marginReportCsv(report).toUtf8() : QJsonDocument(report).toJson(QJsonDocument::Indented);
}

} // namespace xm::cli
