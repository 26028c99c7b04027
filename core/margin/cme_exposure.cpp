#include "cme_exposure.h"

#include <cmath>

namespace xm {
namespace {

void accumulate(CmeExposure& target, const CmeExposure& source, double sign)
{
    for (const auto& [key, n] : source.contracts) {
        double& slot = target.contracts[key];
        slot += sign * n;
        // Drop months whose contracts cancel (to rounding) so they form no calendar spread.
        if (std::abs(slot) < 1e-9)
            target.contracts.erase(key);
    }
    for (std::size_t k = 0; k < target.krd.size(); ++k)
        target.krd[k] += sign * source.krd[k];
}

} // namespace

CmeExposure& CmeExposure::operator+=(const CmeExposure& other)
{
    accumulate(*this, other, 1.0);
    return *this;
}

CmeExposure& CmeExposure::operator-=(const CmeExposure& other)
{
    accumulate(*this, other, -1.0);
    return *this;
}

CmeExposure CmeExposure::scaled(double factor) const
{
    CmeExposure out;
    accumulate(out, *this, factor);
    return out;
}

} // namespace xm
