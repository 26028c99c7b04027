#include "risk_factors.h"

namespace xm {

FactorVector factorInterpolationWeights(double years)
{
    FactorVector w{};
    if (years <= kFactorYears.front()) {
        w.front() = 1.0;
        return w;
    }
    if (years >= kFactorYears.back()) {
        w.back() = 1.0;
        return w;
    }
    for (std::size_t i = 1; i < kFactorYears.size(); ++i) {
        if (years <= kFactorYears[i]) {
            const double x = (years - kFactorYears[i - 1]) / (kFactorYears[i] - kFactorYears[i - 1]);
            w[i - 1] = 1.0 - x;
            w[i] = x;
            return w;
        }
    }
    return w;
}

} // namespace xm
