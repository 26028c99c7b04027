#include "input_error.h"

#include <QStringList>

namespace xm::io {

using namespace Qt::StringLiterals;

namespace {

QString formatInputError(const QString& file, int line, const QString& field, const QString& message)
{
    QStringList parts;
    if (!file.isEmpty())
        parts << (line > 0 ? u"%1:%2"_s.arg(file).arg(line) : file);
    if (!field.isEmpty())
        parts << field;
    parts << message;
    return parts.join(u": "_s);
}

} // namespace

InputError::InputError(QString file, int line, QString field, QString message)
    : std::runtime_error(formatInputError(file, line, field, message).toStdString())
    , m_file(std::move(file))
    , m_line(line)
    , m_field(std::move(field))
    , m_message(std::move(message))
{
}

} // namespace xm::io
