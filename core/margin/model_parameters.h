#pragma once

#include "eligibility.h"
#include "../market/date.h"

#include <map>
#include <string>
#include <vector>

namespace xm {

// Where a parameter's value comes from (MARGIN_MODEL.md intro).
enum class Provenance { Official, Calibrated, Assumed };

// One parameter as the app shows it: key path in the parameter file, its value as text,
// provenance and source.
struct ParameterRecord {
    std::string key;
    std::string value;
    Provenance provenance = Provenance::Assumed;
    std::string source;
};

struct DateWindow {
    Date first;
    Date last;
    std::string name;
};

// FICC sensitivity VaR (MARGIN_MODEL.md §2).
struct FiccParameters {
    double confidence = 0.0;
    int horizonDays = 0;
    int lookbackDays = 0;
    std::vector<DateWindow> stressWindows;
    // Haircut sleeve for bonds with at most one year left: 0-6m and 6-12m buckets.
    double haircutMaxYears = 1.0;
    double haircutPct0to6m = 0.0;
    double haircutPct6to12m = 0.0;
    double haircutCorrelation = 0.0;
    // VaR floor: percentage of gross market value per remaining-maturity bucket.
    std::vector<double> floorBucketMaxYears;  // upper bounds, ascending; last covers the rest
    std::vector<double> floorPct;
    // Margin Liquidity Adjustment (illustrative form): per floor bucket,
    // impactBp x max(0, |net DV01| - threshold) x (|net DV01| / threshold)^exponent.
    bool mlaEnabled = false;
    double mlaThresholdDv01 = 0.0;
    double mlaImpactBp = 0.0;
    double mlaExponent = 0.0;
    // User-entered add-ons (USD).
    double backtestingCharge = 0.0;
    double holidayCharge = 0.0;
    double specialCharge = 0.0;
};

enum class CmeModel { Span, HVaR };

// SPAN inter-commodity spread: legs in delta-ratio units, credit rate on their scan risk.
struct InterCommoditySpread {
    int priority = 0;
    std::string legA;
    double ratioA = 1.0;
    std::string legB;
    double ratioB = 1.0;
    double creditRate = 0.0;
};

// CME SPAN-like model and HVaR switch (MARGIN_MODEL.md §3).
struct CmeParameters {
    CmeModel model = CmeModel::Span;
    double psrConfidence = 0.0;
    int psrHorizonDays = 0;
    int psrLookbackDays = 0;
    // Published maintenance levels (USD per contract) replace the calibrated scan range.
    std::map<std::string, double> maintenanceOverride;
    std::map<std::string, double> intraSpreadCharge;  // USD per calendar spread
    std::vector<InterCommoditySpread> interSpreads;   // any order; applied by priority
    double hrpMultiplier = 1.0;
    double optionDelta = 0.0;  // delta-equivalent futures per option (no volatility data is bundled)
    double hvarConfidence = 0.0;
    int hvarHorizonDays = 0;
    int hvarLookbackDays = 0;
};

// How the two reduction factors combine (MARGIN_MODEL.md §4).
enum class XmRule { Min, Each, OnePot, Legacy };

struct CrossMarginParameters {
    double cap = 0.0;
    XmRule rule = XmRule::Min;
    EligibilityTable eligibility;
    // Legacy offset classes: remaining-maturity bounds (years) and credit by class distance.
    std::vector<double> legacyClassMaxYears;
    std::vector<double> legacyCreditByDistance;
};

struct ModelParameters {
    std::string model;  // e.g. "xm-2026.1"
    FiccParameters ficc;
    CmeParameters cme;
    CrossMarginParameters xm;
    std::vector<ParameterRecord> records;  // every parameter with its provenance, for display
};

std::string_view toString(Provenance provenance);
std::string_view toString(XmRule rule);
std::string_view toString(CmeModel model);

} // namespace xm
