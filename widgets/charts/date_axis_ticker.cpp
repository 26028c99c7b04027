#include "date_axis_ticker.h"

#include <iterator>

namespace xm {

namespace {

constexpr double kSecondsPerYear = 365.25 * 86400.0;
constexpr double kYearsWithMonthTicks = 3.0;
constexpr int kYearSteps[] = {1, 2, 5, 10, 20, 50};

} // namespace

DateAxisTicker::DateAxisTicker()
{
    setDateTimeSpec(Qt::UTC);
}

QVector<double> DateAxisTicker::createTickVector(double tickStep, const QCPRange& range)
{
    const double years = range.size() / kSecondsPerYear;
    if (years <= kYearsWithMonthTicks) {
        setDateTimeFormat(QStringLiteral("MMM yyyy"));
        return QCPAxisTickerDateTime::createTickVector(tickStep, range);
    }
    setDateTimeFormat(QStringLiteral("yyyy"));
    int step = kYearSteps[std::size(kYearSteps) - 1];
    for (int candidate : kYearSteps) {
        if (years / candidate <= tickCount()) {
            step = candidate;
            break;
        }
    }
    const int first = keyToDateTime(range.lower).toUTC().date().year();
    const int last = keyToDateTime(range.upper).toUTC().date().year();
    QVector<double> ticks;
    for (int year = (first + step - 1) / step * step; year <= last; year += step)
        ticks.append(dateTimeToKey(QDate(year, 1, 1), Qt::UTC));
    return ticks;
}

} // namespace xm
