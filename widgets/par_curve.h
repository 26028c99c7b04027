#pragma once

#include "core/market/par_yield_history.h"
#include "core/market/risk_factors.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <cstddef>

namespace xm {

// One history day's par curve, prepared for display: the published points, the gap-filled
// points and the interpolated par curve sampled for drawing. Yields in percent.
struct ParCurve {
    QDate date;
    FactorVector publishedPct{};              // NaN where Treasury published no value
    FactorVector yieldsPct{};                 // gaps filled in maturity
    std::array<bool, kFactorCount> filled{};  // true where yieldsPct[k] is interpolated
    QList<double> sampleYears;
    QList<double> samplePct;
};

// "3M", "10Y", ... for factor index `factor`.
QString tenorLabel(int factor);

// The curve of history row `index`: xm::YieldCurve::parYield sampled from 3M to 30Y.
ParCurve parCurveAt(const ParYieldHistory& history, std::size_t index);

} // namespace xm
