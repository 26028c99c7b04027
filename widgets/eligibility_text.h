#pragma once

#include "core/margin/eligibility.h"

#include <QString>

namespace xm {

// Eligibility rules in the application's language (the rule's text; its source, a citation,
// stays as published).
QString eligibilityCheckText(const EligibilityCheck& check);
// The failed checks' texts joined with "; " (empty when eligible), as Eligibility::reason().
QString eligibilityReason(const Eligibility& eligibility);

} // namespace xm
