#pragma once

#include "../market/par_yield_history.h"

#include <QString>

class QIODevice;

namespace xm::io {

// Daily par yields, in percent, in either of two layouts told apart by the header:
// - this project's file: date,1M,2M,3M,6M,1Y,2Y,3Y,5Y,7Y,10Y,20Y,30Y with ISO dates,
//   strictly ascending;
// - Treasury's own download: Date,"1 Mo",... with MM/DD/YYYY dates in any order; columns
//   other than the ten factor tenors are ignored, and so are rows without a factor yield
//   (Treasury publishes all-N/A rows on some holidays).
// Keeps the ten factors 3M..30Y; a blank cell (or N/A in Treasury's layout) becomes NaN.
// Throws InputError naming the file, line and column of the first problem.
ParYieldHistory loadParYields(QIODevice& device, const QString& fileName);
ParYieldHistory loadParYields(const QString& path);

} // namespace xm::io
