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

QString formatUsd(double usd)
{
    // No "-0" for amounts that round to zero.
    const double rounded = std::round(usd);
    return numberLocale().toString(rounded == 0.0 ? 0.0 : rounded, 'f', 0);
}

QString formatPercent(double fraction)
{
    return numberLocale().toString(100.0 * fraction, 'f', 1) + QLatin1Char('%');
}

QString formatQuantity(double quantity)
{
    return numberLocale().toString(quantity, 'f', quantity == std::round(quantity) ? 0 : 2);
}

} // namespace xm
