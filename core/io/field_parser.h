#pragma once

#include "../market/date.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace xm::io {

// A named piece of input text: a CSV cell under its column name, or a command-line value
// under its option name.
struct Field {
    QString name;
    QString text;
};

// What a number means and where it must lie; `what` reads after "expected", e.g.
// "a yield in percent". The lower bound is exclusive when `minExclusive` is set.
struct NumberRule {
    QString what;
    double min = 0.0;
    double max = 0.0;
    bool minExclusive = false;
};

// Converts fields to typed values, throwing InputError with the file, line and field name
// and what was expected. Surrounding whitespace is ignored.
class FieldParser final {
public:
    // `file` may be empty (command line); `line` 0 means no particular line.
    FieldParser(QString file, int line);

    const QString& file() const { return m_file; }
    int line() const { return m_line; }

    // Throws "expected <what>, got \"<text>\"".
    [[noreturn]] void fail(const Field& field, const QString& what) const;

    QString text(const Field& field) const;
    QString requiredText(const Field& field, const QString& what) const;
    double number(const Field& field, const NumberRule& rule) const;
    // A whole number; the rule's bounds must fit an int.
    int integer(const Field& field, const NumberRule& rule) const;
    // Blank text gives nullopt.
    std::optional<double> optionalNumber(const Field& field, const NumberRule& rule) const;
    std::optional<int> optionalInteger(const Field& field, const NumberRule& rule) const;
    Date isoDate(const Field& field) const;   // YYYY-MM-DD
    Date usDate(const Field& field) const;    // MM/DD/YYYY
    // Index of the field's text in `allowed` (exact match).
    int choice(const Field& field, const QStringList& allowed) const;
    bool yesNo(const Field& field) const;   // Y | N

private:
    QString m_file;
    int m_line;
};

} // namespace xm::io
