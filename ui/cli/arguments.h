#pragma once

#include "core/io/field_parser.h"

#include <QHash>
#include <QStringList>

#include <optional>
#include <stdexcept>

namespace xm::cli {

// A malformed command line (exit status 2), as opposed to a well-formed command line with
// a bad value (io::InputError, exit status 1).
class UsageError final : public std::runtime_error {
public:
    explicit UsageError(const QString& message);
};

// A subcommand's arguments: "--name value" or "--name=value" options, each known and given at
// most once, and positional arguments. Option values come back as io::Field named after the
// option, ready for io::FieldParser.
class Arguments final {
public:
    // Throws UsageError for an unknown or repeated option or a missing value.
    Arguments(const QStringList& arguments, const QStringList& optionNames);

    bool has(const QString& option) const { return m_options.contains(option); }
    // Throws UsageError if the option is absent.
    io::Field option(const QString& name) const;
    std::optional<io::Field> optionalOption(const QString& name) const;

    const QStringList& positionals() const { return m_positionals; }
    // Throws UsageError unless there are `min` to `max` positional arguments.
    void expectPositionals(qsizetype min, qsizetype max) const;

private:
    QHash<QString, QString> m_options;
    QStringList m_positionals;
};

} // namespace xm::cli
