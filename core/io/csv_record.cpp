#include "csv_record.h"

#include "input_error.h"

#include <stdexcept>

namespace xm::io {

using namespace Qt::StringLiterals;

CsvRecord::CsvRecord(const CsvTable& table, const CsvRow& row)
    : m_table(table)
    , m_row(row)
    , m_parser(table.fileName(), row.line)
{
    const QStringList& header = table.header();
    const qsizetype count = row.fields.size();
    if (count < header.size())
        throw InputError(table.fileName(), row.line, header[count],
                         u"expected a value, the row ends after %1 of %2 fields"_s.arg(count).arg(header.size()));
    if (count > header.size())
        throw InputError(table.fileName(), row.line, u"column %1"_s.arg(header.size() + 1),
                         u"expected %1 fields as in the header, got %2"_s.arg(header.size()).arg(count));
}

Field CsvRecord::operator[](const QString& column) const
{
    const std::optional<int> index = m_table.columnIndex(column);
    if (!index)
        throw std::logic_error("CsvRecord: no column " + column.toStdString() + " in "
                               + m_table.fileName().toStdString());
    return {column, m_row.fields[*index]};
}

} // namespace xm::io
