#pragma once

#include <QString>

namespace xm {

class MarginSession;

// The session's current result as `xmargin-cli margin` reports it (FORMATS.md): every
// requirement, the trace, parameters with provenance and per-position incremental margins.
// Written atomically; a failure throws io::InputError naming the file.
void exportResultsJson(const MarginSession& session, const QString& path);
// The same report flattened to key,value lines.
void exportResultsCsv(const MarginSession& session, const QString& path);

} // namespace xm
