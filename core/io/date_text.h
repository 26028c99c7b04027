#pragma once

#include "../market/date.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace xm::io {

// Strict "YYYY-MM-DD"; nullopt if malformed or impossible.
std::optional<Date> parseIsoDate(QStringView text);
// U.S. "MM/DD/YYYY" as in Treasury's downloads (one-digit month and day accepted).
std::optional<Date> parseUsDate(QStringView text);
// "YYYY-MM-DD"; an empty string for a null date.
QString toIsoString(Date date);

} // namespace xm::io
