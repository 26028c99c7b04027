#pragma once

#include <QByteArray>
#include <QString>

class QIODevice;

namespace xm::io {

// Every input file (portfolio, position CSV, par-yield CSV, parameter file) is read whole and
// refused above this size before it is read: the largest real input, a position CSV of
// 100,000 rows, is about 5 MB, and a CSV of one-character cells takes some 30 bytes of memory
// per input byte once split into fields (256 MB at the limit; README, format extensions).
inline constexpr qint64 kMaxInputBytes = 8 * 1024 * 1024;

// The bytes of `device`, opened read-only if it is not open yet. Throws InputError naming
// `fileName` when it cannot be read or is larger than kMaxInputBytes.
QByteArray readInput(QIODevice& device, const QString& fileName);
QByteArray readInputFile(const QString& path, const QString& fileName);

// `bytes` as text. UTF-8 with or without a byte-order mark; throws InputError naming
// `fileName` (and the line, where there is one) for more than kMaxInputBytes, UTF-16 or
// UTF-32 text, NUL bytes (binary data) and bytes that are not UTF-8.
QString decodeInputText(const QByteArray& bytes, const QString& fileName);

} // namespace xm::io
