#pragma once

#include <QByteArray>

#include <vector>

namespace xm {

// Splits a CSV file of '#' comments, a header and rows into CSV texts of at most
// `linesPerChunk` physical lines of rows each, so a reader can take a large file in steps.
// Every chunk repeats the lines up to and including the header and pads with empty lines,
// so each row keeps its line number in messages. Chunks end only between records (outside
// quotes); a header line with quotes leaves the file whole.
std::vector<QByteArray> splitCsvRows(const QByteArray& csv, int linesPerChunk);

} // namespace xm
