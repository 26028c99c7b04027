#include "atomic_save.h"

#include "input_error.h"

#include <QSaveFile>

namespace xm::io {

using namespace Qt::StringLiterals;

void saveAtomically(const QString& path, const QByteArray& data)
{
    QSaveFile file(path);
    // No direct-write fallback (the default): when no temporary file can be created next to
    // the target, the save fails instead of overwriting the target in place.
    file.setDirectWriteFallback(false);
    const bool saved = file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit();
    if (!saved)
        throw InputError(path, 0, {}, u"expected a writable file (%1)"_s.arg(file.errorString()));
}

} // namespace xm::io
