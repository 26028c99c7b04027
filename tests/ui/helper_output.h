#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace xm::test {

// What the helper programs of the crash-safety tests leave behind.

// The number after the last line of `output` that starts with `prefix` ("saved 12").
std::optional<int> lastNumber(const QByteArray& output, const QByteArray& prefix);
// The bytes of the file at `path`; empty when it cannot be read.
QByteArray readFile(const QString& path);

} // namespace xm::test
