#include "requirements_json.h"

#include "core/io/margin_report.h"

namespace xm::cli {

QJsonObject requirementsJson(const RequirementSummary& r)
{
    const QJsonObject json{{"ficcStandalone", r.ficcStandalone},
                           {"cmeStandalone", r.cmeStandalone},
                           {"duplicated", r.duplicated},
                           {"crossMargined", r.crossMargined},
                           {"savings", r.savings},
                           {"savingsPct", r.duplicated > 0.0 ? 100.0 * r.savings / r.duplicated : 0.0},
                           {"reductionFicc", r.rF},
                           {"reductionCme", r.rC},
                           {"reductionApplied", r.reduction},
                           {"capBinding", r.capBinding},
                           {"ficcCrossMargined", r.ficcCrossMargined},
                           {"cmeCrossMargined", r.cmeCrossMargined}};
    io::checkFiniteNumbers(json);
    return json;
}

} // namespace xm::cli
