#include "field_parser.h"

#include "date_text.h"
#include "input_error.h"

#include <cmath>

namespace xm::io {

using namespace Qt::StringLiterals;

namespace {

QString rangeText(const NumberRule& rule)
{
    const QString min = QString::number(rule.min, 'g', 12);
    const QString max = QString::number(rule.max, 'g', 12);
    return rule.minExclusive ? u"above %1 and at most %2"_s.arg(min, max)
                             : u"from %1 to %2"_s.arg(min, max);
}

bool inRange(double value, const NumberRule& rule)
{
    const bool aboveMin = rule.minExclusive ? value > rule.min : value >= rule.min;
    return aboveMin && value <= rule.max;
}

} // namespace

FieldParser::FieldParser(QString file, int line)
    : m_file(std::move(file))
    , m_line(line)
{
}

void FieldParser::fail(const Field& field, const QString& what) const
{
    throw InputError(m_file, m_line, field.name, u"expected %1, got %2"_s.arg(what, quotedInput(field.text)));
}

QString FieldParser::text(const Field& field) const
{
    return field.text.trimmed();
}

QString FieldParser::requiredText(const Field& field, const QString& what) const
{
    const QString value = text(field);
    if (value.isEmpty())
        fail(field, what);
    return value;
}

double FieldParser::number(const Field& field, const NumberRule& rule) const
{
    bool ok = false;
    const double value = text(field).toDouble(&ok);
    if (!ok)
        fail(field, rule.what);
    if (!std::isfinite(value))
        fail(field, rule.what + u" (a finite number)"_s);
    if (!inRange(value, rule))
        fail(field, rule.what + u' ' + rangeText(rule));
    return value;
}

std::optional<double> FieldParser::optionalNumber(const Field& field, const NumberRule& rule) const
{
    if (text(field).isEmpty())
        return std::nullopt;
    return number(field, rule);
}

int FieldParser::integer(const Field& field, const NumberRule& rule) const
{
    const double value = number(field, rule);
    if (value != std::trunc(value))
        fail(field, rule.what + u" (a whole number)"_s);
    return static_cast<int>(value);
}

std::optional<int> FieldParser::optionalInteger(const Field& field, const NumberRule& rule) const
{
    if (text(field).isEmpty())
        return std::nullopt;
    return integer(field, rule);
}

Date FieldParser::isoDate(const Field& field) const
{
    const std::optional<Date> date = parseIsoDate(text(field));
    if (!date)
        fail(field, u"a date YYYY-MM-DD"_s);
    return *date;
}

Date FieldParser::usDate(const Field& field) const
{
    const std::optional<Date> date = parseUsDate(text(field));
    if (!date)
        fail(field, u"a date MM/DD/YYYY"_s);
    return *date;
}

int FieldParser::choice(const Field& field, const QStringList& allowed) const
{
    const qsizetype index = allowed.indexOf(text(field));
    if (index < 0)
        fail(field, u"one of "_s + allowed.join(u'|'));
    return static_cast<int>(index);
}

bool FieldParser::yesNo(const Field& field) const
{
    return choice(field, {u"Y"_s, u"N"_s}) == 0;
}

} // namespace xm::io
