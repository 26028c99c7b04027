#pragma once

#include "../market/risk_factors.h"

#include <array>

namespace xm {

inline constexpr int kMaxMaturityBuckets = 8;
using BucketVector = std::array<double, kMaxMaturityBuckets>;

// What FICC's model needs of a set of positions; additive, so the engine keeps one per book
// and updates it in O(factors) per edit.
struct FiccExposure {
    FactorVector krd{};              // USD P&L per +1bp, positions margined by VaR
    std::array<double, 2> haircutNetMv{};  // net market value in the 0-6m and 6-12m haircut buckets
    BucketVector grossMv{};          // |market value| per floor bucket
    BucketVector netDv01{};          // signed key-rate sum per floor bucket (MLA)
    BucketVector legacyDv01{};       // signed key-rate sum per legacy offset class

    FiccExposure& operator+=(const FiccExposure& other);
    FiccExposure& operator-=(const FiccExposure& other);
    FiccExposure scaled(double factor) const;
    friend FiccExposure operator+(FiccExposure a, const FiccExposure& b) { return a += b; }
};

} // namespace xm
