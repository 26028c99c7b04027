#pragma once

#include "core/portfolio/margin_result.h"

#include <QJsonObject>

namespace xm::cli {

// The headline requirements of a sweep point or history day.
QJsonObject requirementsJson(const RequirementSummary& requirements);

} // namespace xm::cli
