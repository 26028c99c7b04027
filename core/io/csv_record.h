#pragma once

#include "csv_reader.h"
#include "field_parser.h"

namespace xm::io {

// One data row of a CsvTable: its cells by column name and a parser that reports errors on
// the row's line. Check the header (expectHeader / expectColumns) before making records.
class CsvRecord final {
public:
    // Throws InputError unless the row has as many fields as the header.
    CsvRecord(const CsvTable& table, const CsvRow& row);

    int line() const { return m_row.line; }
    const FieldParser& parser() const { return m_parser; }
    // Throws std::logic_error if the header has no such column.
    Field operator[](const QString& column) const;

private:
    const CsvTable& m_table;
    const CsvRow& m_row;
    FieldParser m_parser;
};

} // namespace xm::io
