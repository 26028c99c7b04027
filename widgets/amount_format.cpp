#include "amount_format.h"

#include <QCoreApplication>

#include <cmath>

namespace xm {
namespace {

const QLocale kUnitedStates(QLocale::English, QLocale::UnitedStates);

int quantityDecimals(double quantity)
{
    return quantity == std::round(quantity) ? 0 : 2;
}

} // namespace

QLocale numberLocale()
{
    const QLocale locale;
    return locale.language() == QLocale::C ? kUnitedStates : locale;
}

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

QString formatPercent(double fraction, int decimals)
{
    if (!std::isfinite(fraction))
        return notFiniteText();
    //: A percentage; %1 is the number. German and French put a no-break space before the sign.
    return QCoreApplication::translate("xm::AmountFormat", "%1%").arg(formatNumber(100.0 * fraction, decimals));
}

QString formatNumber(double value, int decimals)
{
    if (!std::isfinite(value))
        return notFiniteText();
    return numberLocale().toString(value, 'f', decimals);
}

QString formatQuantity(double quantity)
{
    return formatNumber(quantity, quantityDecimals(quantity));
}

QString formatQuantityForEditing(double quantity)
{
    if (!std::isfinite(quantity))
        return notFiniteText();
    return kUnitedStates.toString(quantity, 'f', quantityDecimals(quantity));
}

} // namespace xm
