#include "csv_chunks.h"

#include <algorithm>

namespace xm {
namespace {

const QByteArray kByteOrderMark("\xEF\xBB\xBF");

// Where the line starting at `start` ends: at its '\n' or the end of the data.
qsizetype lineEnd(const QByteArray& csv, qsizetype start)
{
    const qsizetype end = csv.indexOf('\n', start);
    return end < 0 ? csv.size() : end;
}

// Blank and comment lines come before the header, as the CSV reader skips them.
bool isHeader(QByteArrayView line)
{
    if (line.startsWith(kByteOrderMark))
        line = line.sliced(kByteOrderMark.size());
    const QByteArrayView trimmed = line.trimmed();
    return !trimmed.isEmpty() && !line.startsWith('#');
}

} // namespace

std::vector<QByteArray> splitCsvRows(const QByteArray& csv, int linesPerChunk)
{
    qsizetype start = 0;
    int headerLine = 1;
    while (start < csv.size() && !isHeader(QByteArrayView(csv).sliced(start, lineEnd(csv, start) - start))) {
        start = lineEnd(csv, start) + 1;
        ++headerLine;
    }
    const qsizetype headerEnd = lineEnd(csv, start);
    if (headerEnd >= csv.size() || QByteArrayView(csv).sliced(start, headerEnd - start).contains('"'))
        return {csv};
    const QByteArray prologue = csv.left(headerEnd + 1);

    std::vector<QByteArray> chunks;
    int chunkLine = headerLine + 1;  // physical line the current chunk starts on
    qsizetype chunkStart = headerEnd + 1;
    int line = chunkLine;
    bool inQuotes = false;
    for (qsizetype pos = chunkStart; pos < csv.size(); ++pos) {
        const char c = csv[pos];
        if (c == '"')
            inQuotes = !inQuotes;
        if (c != '\n')
            continue;
        ++line;
        if (inQuotes || line - chunkLine < std::max(1, linesPerChunk))
            continue;
        chunks.push_back(prologue + QByteArray(chunkLine - headerLine - 1, '\n') + csv.mid(chunkStart, pos + 1 - chunkStart));
        chunkStart = pos + 1;
        chunkLine = line;
    }
    if (chunkStart < csv.size() || chunks.empty())
        chunks.push_back(prologue + QByteArray(chunkLine - headerLine - 1, '\n') + csv.mid(chunkStart));
    return chunks;
}

} // namespace xm
