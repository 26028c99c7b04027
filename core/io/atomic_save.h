#pragma once

#include <QByteArray>
#include <QString>

namespace xm::io {

// Writes `data` to `path` through QSaveFile: into a temporary file in the same directory that
// replaces the target only once fully written, so a failed save leaves an existing file as it
// was. Throws InputError(path, "expected a writable file (<reason>)") on failure.
void saveAtomically(const QString& path, const QByteArray& data);

} // namespace xm::io
