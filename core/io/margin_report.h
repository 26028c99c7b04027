#pragma once

#include "../margin/model_parameters.h"
#include "../portfolio/margin_result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <vector>

namespace xm::io {

// Reports carry finite numbers only: QJsonDocument would write NaN and infinities as null and
// the CSV as "nan". Every report function below refuses them, throwing std::domain_error that
// names the key path of the first one ("ficc.standalone"); call it on other reports too.
void checkFiniteNumbers(const QJsonValue& report, const QString& path = {});

// The `xmargin-cli margin` output (FORMATS.md): the required keys plus the full trace of
// MARGIN_MODEL.md §5 (every intermediate, readings, regular account, ladders, scan ranges,
// parameters with provenance, notes). `incremental` may be empty (then it is left out).
QJsonObject marginReportJson(const MarginResult& result, const std::vector<double>& incremental,
                             const std::vector<ParameterRecord>& parameters,
                             const std::map<std::string, ScanRange>& scanRanges);

// The same report flattened to "key,value" lines (arrays indexed: positions.0.id).
QString marginReportCsv(const QJsonObject& report);

// A one-screen plain-text summary for terminals.
QString marginReportText(const MarginResult& result);

// `xmargin-cli risk`: {"factors": [...], "positions": [{"id", "krd": [10 numbers]}]}.
QJsonObject riskReportJson(const std::vector<PositionResult>& positions);

} // namespace xm::io
