#pragma once

#include <QByteArray>
#include <QStringList>

namespace xm::cli {

inline constexpr char kMarginSynopsis[] =
    "margin FILE [--as-of DATE] [--params FILE] [--xm-rule min|each|onepot|legacy] [--cme-model span|hvar] "
    "[--format json|csv|text]";

// FICC, CME, duplicated and cross-margined requirements of a portfolio file with the full
// calculation trace (FORMATS.md). Throws UsageError or io::InputError.
QByteArray runMarginCommand(const QStringList& arguments);

} // namespace xm::cli
