#include "quantity_validator.h"

#include "core/portfolio/position_rules.h"
#include "core/portfolio/quantity_text.h"

#include <QRegularExpression>

namespace xm {

QuantityValidator::QuantityValidator(Venue venue, QObject* parent)
    : QValidator(parent)
    , m_venue(venue)
{
}

QValidator::State QuantityValidator::validate(QString& input, int& /*position*/) const
{
    if (read(input, m_venue))
        return Acceptable;
    // A sign, digits with separators and, after a digit, the start of a suffix (k, m, mm, bn).
    static const QRegularExpression typing(QStringLiteral("^\\s*[+-]?([0-9][0-9.,]*\\s*(k|m|mm|b|bn)?)?\\s*$"),
                                           QRegularExpression::CaseInsensitiveOption);
    return typing.match(input).hasMatch() ? Intermediate : Invalid;
}

std::optional<double> QuantityValidator::read(const QString& text, Venue venue)
{
    QString compact = text;
    compact.remove(QLatin1Char(',')).remove(QLatin1Char(' '));
    const std::optional<double> quantity = parseQuantity(compact.toStdString());
    if (!quantity || !isSensibleQuantity(venue, *quantity))
        return std::nullopt;
    return quantity;
}

} // namespace xm
