#pragma once

#include <QString>

namespace xm {

// Amounts as the portfolio editor and the summary show them: thousands separators in the
// user's locale (US style when the locale is plain C), units added by callers.
QString formatUsd(double usd);                  // "12,345,678", "-2,500"
QString formatPercent(double fraction);         // 0.3518 -> "35.2%"
// A position's quantity: face in USD (FICC) or contracts (CME); decimals only when it has them.
QString formatQuantity(double quantity);        // "100,000,000", "-950"

// What every amount function shows for NaN or an infinity: a dash, never "nan" or "inf".
// The engine gives finite numbers for every input the readers accept (tst_numeric_robustness).
QString notFiniteText();                        // "—"

} // namespace xm
