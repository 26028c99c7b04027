#pragma once

#include <QByteArray>
#include <QStringList>

namespace xm::cli {

inline constexpr char kSweepSynopsis[] =
    "sweep FILE --leg ID [--from 0] [--to 2] [--steps 201] [--as-of DATE] [--params FILE] [--xm-rule RULE] "
    "[--cme-model MODEL]";

// Requirements as one position's quantity is scaled from --from to --to (the margin curve of
// a hedge ratio), as JSON.
QByteArray runSweepCommand(const QStringList& arguments);

} // namespace xm::cli
