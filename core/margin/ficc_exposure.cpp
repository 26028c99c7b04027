#include "ficc_exposure.h"

namespace xm {
namespace {

template <std::size_t N>
void axpy(std::array<double, N>& y, const std::array<double, N>& x, double a)
{
    for (std::size_t i = 0; i < N; ++i)
        y[i] += a * x[i];
}

} // namespace

FiccExposure& FiccExposure::operator+=(const FiccExposure& other)
{
    axpy(krd, other.krd, 1.0);
    axpy(haircutNetMv, other.haircutNetMv, 1.0);
    axpy(grossMv, other.grossMv, 1.0);
    axpy(netDv01, other.netDv01, 1.0);
    axpy(legacyDv01, other.legacyDv01, 1.0);
    return *this;
}

FiccExposure& FiccExposure::operator-=(const FiccExposure& other)
{
    axpy(krd, other.krd, -1.0);
    axpy(haircutNetMv, other.haircutNetMv, -1.0);
    axpy(grossMv, other.grossMv, -1.0);
    axpy(netDv01, other.netDv01, -1.0);
    axpy(legacyDv01, other.legacyDv01, -1.0);
    return *this;
}

FiccExposure FiccExposure::scaled(double factor) const
{
    FiccExposure out;
    axpy(out.krd, krd, factor);
    axpy(out.haircutNetMv, haircutNetMv, factor);
    // Gross market value scales with the absolute size of the position.
    axpy(out.grossMv, grossMv, factor < 0.0 ? -factor : factor);
    axpy(out.netDv01, netDv01, factor);
    axpy(out.legacyDv01, legacyDv01, factor);
    return out;
}

} // namespace xm
