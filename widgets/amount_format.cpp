#include "amount_format.h"

#include <QLocale>

#include <cmath>

namespace xm {
namespace {

QLocale numberLocale()
{
    const QLocale locale;
    return locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : locale;
}

} // namespace

QString notFiniteText()
{
    return QStringLiteral("\u2014");
}

QString formatUsd(double usd)
{
    if (!std::isfinite(usd))
        return notFiniteText();
    // No "-0" for amounts that round to zero.
    const double rounded = std::round(usd);
    return numberLocale().toString(rounded == 0.0 ? 0.0 : rounded, 'f', 0);
}

QString formatPercent(double fraction)
{
    if (!std::isfinite(fraction))
        return notFiniteText();
    return numberLocale().toString(100.0 * fraction, 'f', 1) + QLatin1Char('%');
}

QString formatQuantity(double quantity)
{
    if (!std::isfinite(quantity))
        return notFiniteText();
    return numberLocale().toString(quantity, 'f', quantity == std::round(quantity) ? 0 : 2);
}

} // namespace xm
