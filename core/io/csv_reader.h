#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class QIODevice;

namespace xm::io {

struct CsvOptions {
    bool commentLines = false;   // skip lines starting with '#'
};

// One data row and the physical line (1-based) it starts on.
struct CsvRow {
    int line = 0;
    QStringList fields;
};

// A comma-separated table read in one go (RFC 4180 quoting, "\n" or "\r\n" line ends,
// UTF-8 with an optional byte-order mark, at most kMaxInputBytes; see input_text.h). Blank lines are skipped; the first record is the
// header (names trimmed, unique). Malformed input throws InputError naming the file, line and
// field; CsvRecord checks each row's width against the header once the header is accepted.
class CsvTable final {
public:
    // Reads `device` to the end, opening it read-only if it is not open yet.
    static CsvTable read(QIODevice& device, const QString& fileName, CsvOptions options = {});
    static CsvTable readFile(const QString& path, CsvOptions options = {});

    const QString& fileName() const { return m_fileName; }
    int headerLine() const { return m_headerLine; }
    const QStringList& header() const { return m_header; }
    const std::vector<CsvRow>& rows() const { return m_rows; }

    std::optional<int> columnIndex(QStringView name) const;
    // Throws unless there is at least one data row.
    void expectDataRows() const;
    // Throws unless the header is exactly `names`, in this order.
    void expectHeader(const QStringList& names) const;
    // Throws unless every one of `names` is a column (any order, other columns allowed).
    void expectColumns(const QStringList& names, const QString& formatName) const;

private:
    CsvTable(QString fileName, std::vector<CsvRow> records);
    [[noreturn]] void failHeader(const QString& expected) const;

    QString m_fileName;
    int m_headerLine = 0;
    QStringList m_header;
    std::vector<CsvRow> m_rows;
};

} // namespace xm::io
