#include "par_curve.h"

#include "core/market/yield_curve.h"
#include "date_conversion.h"

#include <cmath>

namespace xm {

namespace {

// Every 0.25y as the curve is built, and finer below 2y, where the chart's log-scale axis
// stretches the short end and 0.25y steps would show as corners.
constexpr double kSampleStepYears = 0.25;
constexpr double kShortEndStepYears = 1.0 / 48.0;
constexpr double kShortEndYears = 2.0;

QList<double> sampleMaturities()
{
    QList<double> years;
    const double first = kFactorYears.front();
    const auto shortEndSteps = static_cast<int>(std::lround((kShortEndYears - first) / kShortEndStepYears));
    for (int i = 0; i < shortEndSteps; ++i)
        years.append(first + i * kShortEndStepYears);
    const auto steps = static_cast<int>(std::lround((kFactorYears.back() - kShortEndYears) / kSampleStepYears));
    for (int i = 0; i <= steps; ++i)
        years.append(kShortEndYears + i * kSampleStepYears);
    return years;
}

} // namespace

QString tenorLabel(int factor)
{
    const std::string_view name = kFactorNames[static_cast<std::size_t>(factor)];
    return QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
}

ParCurve parCurveAt(const ParYieldHistory& history, std::size_t index)
{
    const ParYieldObservation& row = history.row(index);
    ParCurve curve;
    curve.date = toQDate(row.date);
    curve.publishedPct = row.yieldsPct;
    curve.yieldsPct = history.filledYieldsPct(index, &curve.filled);

    const YieldCurve yieldCurve(row.date, curve.yieldsPct);
    curve.sampleYears = sampleMaturities();
    curve.samplePct.reserve(curve.sampleYears.size());
    for (double years : curve.sampleYears)
        curve.samplePct.append(100.0 * yieldCurve.parYield(years));
    return curve;
}

} // namespace xm
