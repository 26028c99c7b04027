#include "histogram.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace xm {

namespace {

// The smallest 1, 2 or 5 times a power of ten that is at least `raw`.
double niceWidth(double raw)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double mantissa : {1.0, 2.0, 5.0}) {
        if (mantissa * magnitude >= raw)
            return mantissa * magnitude;
    }
    return 10.0 * magnitude;
}

} // namespace

double HistogramBins::centre(int bin) const
{
    return first + (bin + 0.5) * width;
}

int HistogramBins::binOf(double value) const
{
    const auto bin = static_cast<int>(std::floor((value - first) / width));
    return std::clamp(bin, 0, count - 1);
}

HistogramBins commonBins(const std::vector<const std::vector<double>*>& samples, int targetCount)
{
    double low = std::numeric_limits<double>::infinity();
    double high = -low;
    for (const std::vector<double>* sample : samples) {
        for (double value : *sample) {
            low = std::min(low, value);
            high = std::max(high, value);
        }
    }
    HistogramBins bins;
    if (low > high)
        return bins;
    // A sample of one value still gets a bin around it.
    bins.width = high > low ? niceWidth((high - low) / targetCount) : std::max(1.0, std::abs(low));
    bins.first = std::floor(low / bins.width) * bins.width;
    bins.count = std::max(1, static_cast<int>(std::floor((high - bins.first) / bins.width)) + 1);
    return bins;
}

std::vector<int> binCounts(const HistogramBins& bins, const std::vector<double>& sample)
{
    std::vector<int> counts(static_cast<std::size_t>(bins.count), 0);
    if (bins.count == 0)
        return counts;
    for (double value : sample)
        ++counts[static_cast<std::size_t>(bins.binOf(value))];
    return counts;
}

} // namespace xm
