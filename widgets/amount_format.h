#pragma once

#include <QLocale>
#include <QString>

namespace xm {

// The locale every displayed number follows: the application's default locale (the language
// setting sets it), U.S. style when that is plain C. File formats and typed input are not
// localised: they keep the U.S. style of FORMATS.md.
QLocale numberLocale();

// Amounts as the portfolio editor and the summary show them, units added by callers.
QString formatUsd(double usd);                  // "12,345,678", "-2,500"; German "12.345.678"
QString formatPercent(double fraction, int decimals = 1);  // 0.3518 -> "35.2%"; German "35,2 %"
QString formatNumber(double value, int decimals);  // "1,234.57"; German "1.234,57"
// A position's quantity: face in USD (FICC) or contracts (CME); decimals only when it has them.
QString formatQuantity(double quantity);        // "100,000,000", "-950"
// The same in the U.S. style the quantity editor reads back (QuantityValidator::read).
QString formatQuantityForEditing(double quantity);

// What every amount function shows for NaN or an infinity: a dash, never "nan" or "inf".
// The engine gives finite numbers for every input the readers accept (tst_numeric_robustness).
QString notFiniteText();                        // "—"

} // namespace xm
