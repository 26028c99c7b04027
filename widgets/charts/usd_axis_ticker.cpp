#include "usd_axis_ticker.h"

#include "usd_text.h"

#include <algorithm>
#include <cmath>

namespace xm {

namespace {

constexpr int kMaxDecimals = 3;
constexpr double kExactness = 1e-6;

// The fewest decimals that write `step` exactly.
int decimalsFor(double step)
{
    for (int decimals = 0; decimals < kMaxDecimals; ++decimals) {
        const double scaled = step * std::pow(10.0, decimals);
        if (std::abs(scaled - std::round(scaled)) < kExactness * std::max(1.0, scaled))
            return decimals;
    }
    return kMaxDecimals;
}

} // namespace

QVector<QString> UsdAxisTicker::createLabelVector(const QVector<double>& ticks, const QLocale&, QChar, int)
{
    double largest = 0.0;
    for (double tick : ticks)
        largest = std::max(largest, std::abs(tick));
    const UsdUnit unit = usdUnitFor(largest);
    const int decimals = ticks.size() > 1 ? decimalsFor(std::abs(ticks[1] - ticks[0]) / unit.size) : 0;

    QVector<QString> labels;
    labels.reserve(ticks.size());
    for (double tick : ticks)
        labels.append(usdInUnit(tick, unit, decimals));
    return labels;
}

} // namespace xm
