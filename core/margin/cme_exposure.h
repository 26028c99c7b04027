#pragma once

#include "../instruments/contract_month.h"
#include "../market/risk_factors.h"

#include <compare>
#include <map>
#include <string>

namespace xm {

struct CmeContractKey {
    std::string symbol;
    ContractMonth month;
    friend auto operator<=>(const CmeContractKey&, const CmeContractKey&) = default;
};

// What CME's model needs of a set of positions (futures, and cash legs as futures-equivalents);
// additive like FiccExposure.
struct CmeExposure {
    std::map<CmeContractKey, double> contracts;  // signed contracts per contract month
    FactorVector krd{};                          // USD P&L per +1bp, for HVaR

    CmeExposure& operator+=(const CmeExposure& other);
    CmeExposure& operator-=(const CmeExposure& other);
    CmeExposure scaled(double factor) const;
    friend CmeExposure operator+(CmeExposure a, const CmeExposure& b) { return a += b; }
};

} // namespace xm
