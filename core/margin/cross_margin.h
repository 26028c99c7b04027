#pragma once

#include "ficc_exposure.h"
#include "model_parameters.h"

#include <string>

namespace xm {

// The reduction factors of MARGIN_MODEL.md §4 for the XM account.
struct ReductionInputs {
    double sF = 0.0;       // FICC model on the FICC leg
    double sFPrime = 0.0;  // FICC model on the CME leg
    double xF = 0.0;       // FICC model on both
    double sC = 0.0;       // CME model on the CME leg
    double sCPrime = 0.0;  // CME model on the FICC leg as futures-equivalents
    double xC = 0.0;       // CME model on both
    // Legacy offset classes: each leg's net DV01 per class (FICC: securities; CME: futures by CTD).
    BucketVector ficcClassDv01{};
    BucketVector cmeClassDv01{};
};

struct XmReading {
    XmRule rule = XmRule::Min;
    double ficcReduction = 0.0;   // applied to S_F
    double cmeReduction = 0.0;    // applied to S_C
    double requirement = 0.0;     // (1 - r_F') S_F + (1 - r_C') S_C, before add-ons and regular account
    bool capBinding = false;
    std::string binding;          // "FICC", "CME", "both" or "none"
};

// 1 - combined / (a + b); no reduction when the denominator is zero.
double reductionRatio(double combined, double a, double b);
double rF(const ReductionInputs& in);
double rC(const ReductionInputs& in);
// Legacy pairwise offsets: opposite FICC and CME DV01 matched within a class, then across
// classes by distance; each match earns credit(distance) x the smaller leg margin.
double legacyReduction(const ReductionInputs& in, const std::vector<double>& creditByDistance);

XmReading applyXmRule(XmRule rule, const ReductionInputs& in, const CrossMarginParameters& parameters);

} // namespace xm
