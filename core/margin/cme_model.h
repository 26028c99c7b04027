#pragma once

#include "../message.h"

#include "cme_exposure.h"
#include "historical_var.h"
#include "model_parameters.h"

#include <Eigen/Core>

#include <map>
#include <string>
#include <vector>

namespace xm {

// A price scan range per combined commodity, with where it came from.
struct ScanRange {
    double usdPerContract = 0.0;
    Provenance provenance = Provenance::Calibrated;
    Message source;
};

struct CommodityLine {
    std::string symbol;
    double netContracts = 0.0;
    double longContracts = 0.0;   // summed over months
    double shortContracts = 0.0;  // summed over months, positive
    double scanRange = 0.0;
    double scanRisk = 0.0;
    double calendarSpreads = 0.0;
    double intraCharge = 0.0;
};

struct CreditLine {
    int priority = 0;
    std::string legA;
    std::string legB;
    double spreads = 0.0;
    double rate = 0.0;
    double credit = 0.0;
};

struct CmeMargin {
    CmeModel model = CmeModel::Span;
    double scan = 0.0;
    double intraSpread = 0.0;
    double interCredit = 0.0;
    double hvar = 0.0;              // HVaR model only
    int quantileScenario = -1;      // HVaR model only
    double maintenance = 0.0;
    double initial = 0.0;           // maintenance x multiplier: the "M_C" of MARGIN_MODEL.md §4
    std::vector<CommodityLine> commodities;
    std::vector<CreditLine> credits;
};

// The 16 SPAN price scenarios as fractions of the scan range with their weights: unchanged,
// +-1/3, +-2/3, +-3/3 (each twice, volatility up and down), and +-2 ranges counted at 35%.
struct SpanScenario {
    double priceMove;
    double weight;
};
const std::vector<SpanScenario>& spanScenarios();

// 99% (or `confidence`) k-th largest loss of one contract, long or short whichever is worse,
// over the given h-day scenarios: the calibrated price scan range (MARGIN_MODEL.md §3).
double calibrateScanRange(const FactorVector& contractKrd, const Eigen::MatrixXd& scenariosBp, double confidence);

// CME SPAN-like model (default) with the HVaR switch (MARGIN_MODEL.md §3).
class CmeMarginModel final {
public:
    // `hvarScenarios` are the 2-day changes for HVaR (rows x kFactorCount, bp).
    CmeMarginModel(const CmeParameters& parameters, std::map<std::string, ScanRange> scanRanges,
                   Eigen::MatrixXd hvarScenarios);

    const CmeParameters& parameters() const { return m_parameters; }
    const std::map<std::string, ScanRange>& scanRanges() const { return m_scanRanges; }
    const Eigen::MatrixXd& hvarScenarios() const { return m_hvarScenarios; }

    // `initialMultiplier` is 1.10 for an HRP account, 1.00 otherwise.
    CmeMargin margin(const CmeExposure& exposure, double initialMultiplier) const;
    // SPAN with the given scan ranges (history replay recalibrates them day by day).
    CmeMargin spanMargin(const CmeExposure& exposure, double initialMultiplier,
                         const std::map<std::string, ScanRange>& scanRanges) const;
    // HVaR from an already computed VaR.
    CmeMargin hvarMargin(const VarResult& var, double initialMultiplier) const;

private:
    CmeParameters m_parameters;
    std::map<std::string, ScanRange> m_scanRanges;
    std::vector<InterCommoditySpread> m_spreadsByPriority;
    Eigen::MatrixXd m_hvarScenarios;
    mutable std::vector<std::pair<double, int>> m_scratch;
};

} // namespace xm
