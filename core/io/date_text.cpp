#include "date_text.h"

#include <QList>

namespace xm::io {
namespace {

std::optional<int> digits(QStringView text, qsizetype minLength, qsizetype maxLength)
{
    if (text.size() < minLength || text.size() > maxLength)
        return std::nullopt;
    int value = 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

} // namespace

std::optional<Date> parseIsoDate(QStringView text)
{
    return Date::parseIso(text.toUtf8().toStdString());
}

std::optional<Date> parseUsDate(QStringView text)
{
    const QList<QStringView> parts = text.split(u'/');
    if (parts.size() != 3)
        return std::nullopt;
    const std::optional<int> month = digits(parts[0], 1, 2);
    const std::optional<int> day = digits(parts[1], 1, 2);
    const std::optional<int> year = digits(parts[2], 4, 4);
    if (!month || !day || !year || *year < 1 || *month < 1 || *month > 12 || *day < 1
        || *day > Date::daysInMonth(*year, *month))
        return std::nullopt;
    return Date::fromYmd(*year, *month, *day);
}

QString toIsoString(Date date)
{
    return date.isNull() ? QString() : QString::fromStdString(date.toIso());
}

} // namespace xm::io
