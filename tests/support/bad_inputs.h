#pragma once

// Malformed inputs of every kind users hand to XMargin (FORMATS.md), shared by the reader
// tests (tests/io/tst_bad_input.cpp) and the window tests (tests/ui/tst_bad_files.cpp): each
// with where its message must point and what it must say was expected.
#include <QByteArray>
#include <QMetaType>
#include <QString>

#include <vector>

namespace xm::test {

enum class InputFormat { PortfolioJson, PositionCsv, ParYieldCsv, ModelParameters, QuickEntry };

struct BadInput {
    QString name;
    InputFormat format;
    QByteArray input;       // the file's bytes, or the quick-entry line
    int line = 0;           // 0: the problem concerns the whole file (or a quick-entry line)
    QString field;          // JSON key path, CSV column or "word N"; empty: no single field
    QString expected;       // what the message says follows "expected "
};

std::vector<BadInput> badInputs();

// The name each format's files get in the tests ("portfolio.xmargin", "positions.csv", …).
QString fileNameFor(InputFormat format);

// The good inputs the bad ones are made from: each reads without a problem.
QByteArray goodPortfolioJson();
QByteArray goodPositionCsv();
QByteArray goodParYieldCsv();
QByteArray goodModelParameters();

// `text` with "\n" written "\r\n"; with a UTF-8 byte-order mark in front; as UTF-16LE with
// its byte-order mark.
QByteArray withCrlf(const QByteArray& text);
QByteArray withBom(const QByteArray& text);
QByteArray asUtf16(const QByteArray& text);

} // namespace xm::test

Q_DECLARE_METATYPE(xm::test::InputFormat)
