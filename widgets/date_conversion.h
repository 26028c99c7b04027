#pragma once

#include "core/market/date.h"

#include <QDate>

namespace xm {

// Conversions at the Qt boundary; a null date maps to a null date.
QDate toQDate(Date date);
Date toDate(QDate date);

} // namespace xm
