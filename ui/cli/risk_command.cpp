#include "risk_command.h"

#include "engine_session.h"

#include "core/io/margin_report.h"

#include <QJsonDocument>

namespace xm::cli {

using namespace Qt::StringLiterals;

QByteArray runRiskCommand(const QStringList& arguments)
{
    const Arguments args(arguments, {u"--as-of"_s});
    const io::FieldParser parser({}, 0);
    const auto session = openEngineSession(args, parser);
    const MarginEngine& engine = *session->engine;
    return QJsonDocument(io::riskReportJson(engine.positionResults(engine.result()))).toJson(QJsonDocument::Indented);
}

} // namespace xm::cli
