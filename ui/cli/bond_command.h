#pragma once

#include <QJsonObject>
#include <QStringList>

namespace xm::cli {

inline constexpr char kBondSynopsis[] =
    "bond --coupon C --maturity DATE --settle DATE (--yield Y | --price P)";

// Street-convention price/yield analytics of a Treasury note or bond (coupon and yield in
// percent, prices and DV01 per 100 face). Throws UsageError or io::InputError.
QJsonObject runBondCommand(const QStringList& arguments);

} // namespace xm::cli
