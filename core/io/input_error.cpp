#include "input_error.h"

#include <QStringList>

namespace xm::io {

using namespace Qt::StringLiterals;

namespace {

QString elided(QStringView text)
{
    if (text.size() <= kMaxQuotedInput)
        return text.toString();
    // Not between the halves of a surrogate pair.
    qsizetype cut = kMaxQuotedInput;
    if (text[cut - 1].isHighSurrogate())
        --cut;
    return text.first(cut).toString() + u"…"_s;
}

QString formatInputError(const QString& file, int line, const QString& field, const QString& message)
{
    QStringList parts;
    if (!file.isEmpty())
        parts << (line > 0 ? u"%1:%2"_s.arg(file, QString::number(line)) : file);
    if (!field.isEmpty())
        parts << field;
    parts << message;
    return parts.join(u": "_s);
}

} // namespace

InputError::InputError(QString file, int line, QString field, QString message)
    : std::runtime_error(formatInputError(file, line, elided(field), message).toStdString())
    , m_file(std::move(file))
    , m_line(line)
    , m_field(elided(field))
    , m_message(std::move(message))
{
}

QString quotedInput(QStringView text)
{
    return u'"' + elided(text) + u'"';
}

} // namespace xm::io
