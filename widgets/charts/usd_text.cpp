#include "usd_text.h"

#include "widgets/amount_format.h"

#include <QCoreApplication>

#include <array>
#include <cmath>

namespace xm {

namespace {

// U+2212: a real minus sign, as wide as the plus sign and the digits.
const QString kMinus = QStringLiteral("\u2212");
constexpr int kSignificantDigits = 3;
constexpr std::array<UsdUnit, 4> kUnits{{{1e9, QT_TRANSLATE_NOOP("xm::UsdText", "bn")},
                                          {1e6, QT_TRANSLATE_NOOP("xm::UsdText", "m")},
                                          {1e3, QT_TRANSLATE_NOOP("xm::UsdText", "k")},
                                          {1.0, ""}}};

// `amount` (digits, perhaps with a unit) as U.S. dollars in the application's language.
QString dollars(const QString& amount)
{
    //: An amount in U.S. dollars; %1 is the number, perhaps with a unit (3.99m).
    return QCoreApplication::translate("xm::UsdText", "$%1").arg(amount);
}

QString unitSuffix(UsdUnit unit)
{
    return *unit.suffix ? QCoreApplication::translate("xm::UsdText", unit.suffix) : QString();
}

// Three significant digits, but whole dollars below $1,000.
int compactDecimals(double usd, UsdUnit unit)
{
    if (unit.size <= 1.0)
        return 0;
    const double scaled = std::abs(usd) / unit.size;
    const int integerDigits = scaled < 1.0 ? 1 : static_cast<int>(std::floor(std::log10(scaled))) + 1;
    return std::max(0, kSignificantDigits - integerDigits);
}

QString compactMagnitude(double usd)
{
    UsdUnit unit = usdUnitFor(std::abs(usd));
    int decimals = compactDecimals(usd, unit);
    // $999,999 rounds to "1000k": write "$1.00m" instead.
    const double factor = std::pow(10.0, decimals);
    if (std::round(std::abs(usd) / unit.size * factor) / factor >= 1000.0 && unit.size < kUnits.front().size) {
        unit = usdUnitFor(1000.0 * unit.size);
        decimals = kSignificantDigits - 1;
    }
    return usdInUnit(std::abs(usd), unit, decimals);
}

bool roundsToZero(double usd)
{
    return std::abs(usd) < 0.5;
}

} // namespace

UsdUnit usdUnitFor(double largestAbs)
{
    for (const UsdUnit& unit : kUnits) {
        if (largestAbs >= unit.size)
            return unit;
    }
    return kUnits.back();
}

QString usdInUnit(double usd, UsdUnit unit, int decimals)
{
    if (!std::isfinite(usd))
        return notFiniteText();
    const double scaled = usd / unit.size;
    if (std::abs(scaled) < 0.5 * std::pow(10.0, -decimals))
        return dollars(QStringLiteral("0"));
    QLocale locale = numberLocale();
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return (scaled < 0.0 ? kMinus : QString()) + dollars(locale.toString(std::abs(scaled), 'f', decimals) + unitSuffix(unit));
}

QString usdCompact(double usd)
{
    if (!std::isfinite(usd))
        return notFiniteText();
    if (roundsToZero(usd))
        return dollars(QStringLiteral("0"));
    return (usd < 0.0 ? kMinus : QString()) + compactMagnitude(usd);
}

QString usdSignedCompact(double usd)
{
    if (!std::isfinite(usd))
        return notFiniteText();
    if (roundsToZero(usd))
        return dollars(QStringLiteral("0"));
    return (usd < 0.0 ? kMinus : QStringLiteral("+")) + compactMagnitude(usd);
}

QString usdExact(double usd)
{
    if (!std::isfinite(usd))
        return notFiniteText();
    if (roundsToZero(usd))
        return dollars(QStringLiteral("0"));
    return (usd < 0.0 ? kMinus : QString()) + dollars(formatUsd(std::abs(usd)));
}

} // namespace xm
