#pragma once

#include <vector>

namespace xm {

// Equal-width bins shared by several samples, so their histograms compare bar for bar.
struct HistogramBins {
    double first = 0.0;  // left edge of bin 0
    double width = 1.0;
    int count = 0;

    double centre(int bin) const;
    // The bin holding `value`, clamped to the bins.
    int binOf(double value) const;
};

// Bins of a 1-2-5 width giving about `targetCount` bins over the joint range of `samples`
// (no bins when every sample is empty).
HistogramBins commonBins(const std::vector<const std::vector<double>*>& samples, int targetCount);
std::vector<int> binCounts(const HistogramBins& bins, const std::vector<double>& sample);

} // namespace xm
