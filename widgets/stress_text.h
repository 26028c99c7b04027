#pragma once

#include "core/portfolio/stress.h"

#include <QCoreApplication>
#include <QString>

namespace xm {

// How the app words stress scenarios and their results for the user (the core's English
// names and notes are for the CLI).
class StressText final {
    Q_DECLARE_TR_FUNCTIONS(xm::StressText)

public:
    // "March 2020 dash for cash (2020-03-02 to 2020-04-30)", "Parallel +100bp",
    // "Steepener: 2Y −25bp, 10Y +25bp", "Volatility ×2".
    static QString name(const StressScenario& scenario);
    // The plain-language reading in one or two sentences: "Cross-margined margin rises from
    // $0.80m to $1.25m (+56%) at the peak of March 2020 dash for cash (2020-03-23). The saving
    // stays 80% of a larger number."
    static QString reading(const StressResult& result);
    // What the scenario does and does not model, with its provenance.
    static QString method(const StressResult& result);
    // "+56%", "−3.1%", "0%" of `from` (empty when `from` is zero).
    static QString change(double from, double to);
};

} // namespace xm
