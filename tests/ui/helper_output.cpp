#include "helper_output.h"

#include <QFile>

namespace xm::test {

std::optional<int> lastNumber(const QByteArray& output, const QByteArray& prefix)
{
    std::optional<int> last;
    for (const QByteArray& line : output.split('\n')) {
        if (line.startsWith(prefix))
            last = line.mid(prefix.size()).toInt();
    }
    return last;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace xm::test
