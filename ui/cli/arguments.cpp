#include "arguments.h"

namespace xm::cli {

using namespace Qt::StringLiterals;

UsageError::UsageError(const QString& message)
    : std::runtime_error(message.toStdString())
{
}

Arguments::Arguments(const QStringList& arguments, const QStringList& optionNames)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        if (!argument.startsWith(u"--")) {
            m_positionals << argument;
            continue;
        }
        const qsizetype equals = argument.indexOf(u'=');
        const QString name = equals < 0 ? argument : argument.left(equals);
        if (!optionNames.contains(name))
            throw UsageError(u"unknown option %1"_s.arg(name));
        if (m_options.contains(name))
            throw UsageError(u"option %1 given twice"_s.arg(name));
        if (equals >= 0)
            m_options.insert(name, argument.mid(equals + 1));
        else if (i + 1 < arguments.size())
            m_options.insert(name, arguments[++i]);
        else
            throw UsageError(u"option %1 needs a value"_s.arg(name));
    }
}

io::Field Arguments::option(const QString& name) const
{
    if (!has(name))
        throw UsageError(u"missing option %1"_s.arg(name));
    return {name, m_options.value(name)};
}

std::optional<io::Field> Arguments::optionalOption(const QString& name) const
{
    if (!has(name))
        return std::nullopt;
    return io::Field{name, m_options.value(name)};
}

void Arguments::expectPositionals(qsizetype min, qsizetype max) const
{
    if (m_positionals.size() > max)
        throw UsageError(u"unexpected argument \"%1\""_s.arg(m_positionals[max]));
    if (m_positionals.size() < min)
        throw UsageError(u"missing argument: expected at least %1, got %2"_s.arg(min).arg(m_positionals.size()));
}

} // namespace xm::cli
