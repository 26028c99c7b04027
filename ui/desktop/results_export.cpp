#include "results_export.h"

#include "core/io/atomic_save.h"
#include "core/io/margin_report.h"
#include "widgets/margin_session.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace xm {
namespace {

QJsonObject report(const MarginSession& session)
{
    return io::marginReportJson(session.result(), session.incrementalMargins(), session.parameters().records,
                                session.scanRanges());
}

} // namespace

void exportResultsJson(const MarginSession& session, const QString& path)
{
    io::saveAtomically(path, QJsonDocument(report(session)).toJson(QJsonDocument::Indented));
}

void exportResultsCsv(const MarginSession& session, const QString& path)
{
    io::saveAtomically(path, io::marginReportCsv(report(session)).toUtf8());
}

} // namespace xm
