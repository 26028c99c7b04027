#include "csv_reader.h"

#include "input_error.h"
#include "input_text.h"

#include <QFile>
#include <QSet>

#include <iterator>
#include <utility>

namespace xm::io {

using namespace Qt::StringLiterals;

namespace {

// Splits decoded text into records of fields, tracking physical line numbers.
class RecordParser final {
public:
    RecordParser(const QString& text, const QString& fileName, CsvOptions options)
        : m_text(text), m_fileName(fileName), m_options(options)
    {
    }

    std::vector<CsvRow> parse()
    {
        std::vector<CsvRow> records;
        while (m_pos < m_text.size()) {
            if (skipIgnorableLine())
                continue;
            records.push_back(parseRecord());
            if (records.size() == 1)
                m_columnNames = records.front().fields;
        }
        return records;
    }

private:
    bool isLineEnd(qsizetype pos) const
    {
        const QChar c = m_text[pos];
        return c == u'\n' || (c == u'\r' && (pos + 1 == m_text.size() || m_text[pos + 1] == u'\n'));
    }

    void consumeLineEnd()
    {
        m_pos += m_text[m_pos] == u'\r' ? 2 : 1;
        ++m_line;
    }

    // A blank line, or a comment line when enabled.
    bool skipIgnorableLine()
    {
        qsizetype end = m_text.indexOf(u'\n', m_pos);
        if (end < 0)
            end = m_text.size();
        const QStringView line = QStringView(m_text).sliced(m_pos, end - m_pos);
        const bool ignorable = line.trimmed().isEmpty() || (m_options.commentLines && line.startsWith(u'#'));
        if (ignorable) {
            m_pos = end + 1;
            ++m_line;
        }
        return ignorable;
    }

    QString columnName(qsizetype index) const
    {
        if (index < m_columnNames.size() && !m_columnNames[index].trimmed().isEmpty())
            return m_columnNames[index].trimmed();
        return u"column %1"_s.arg(index + 1);
    }

    CsvRow parseRecord()
    {
        CsvRow row{m_line, {}};
        for (;;) {
            row.fields << (m_pos < m_text.size() && m_text[m_pos] == u'"' ? quotedField(row.fields.size())
                                                                           : plainField());
            if (m_pos >= m_text.size())
                return row;
            if (m_text[m_pos] == u',') {
                ++m_pos;
                continue;
            }
            consumeLineEnd();
            return row;
        }
    }

    QString plainField()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] != u',' && !isLineEnd(m_pos))
            ++m_pos;
        return m_text.sliced(start, m_pos - start);
    }

    QString quotedField(qsizetype column)
    {
        const int startLine = m_line;
        QString field;
        ++m_pos;
        for (;;) {
            if (m_pos >= m_text.size())
                throw InputError(m_fileName, startLine, columnName(column),
                                 u"expected a closing quote before the end of the file"_s);
            const QChar c = m_text[m_pos++];
            if (c == u'"') {
                if (m_pos < m_text.size() && m_text[m_pos] == u'"') {
                    field += u'"';
                    ++m_pos;
                    continue;
                }
                break;
            }
            if (c == u'\n')
                ++m_line;
            field += c;
        }
        if (m_pos < m_text.size() && m_text[m_pos] != u',' && !isLineEnd(m_pos))
            throw InputError(m_fileName, m_line, columnName(column),
                             u"expected a comma or the end of the line after a closing quote"_s);
        return field;
    }

    const QString& m_text;
    const QString& m_fileName;
    CsvOptions m_options;
    qsizetype m_pos = 0;
    int m_line = 1;
    QStringList m_columnNames;
};

} // namespace

CsvTable CsvTable::read(QIODevice& device, const QString& fileName, CsvOptions options)
{
    const QString text = decodeInputText(readInput(device, fileName), fileName);
    return CsvTable(fileName, RecordParser(text, fileName, options).parse());
}

CsvTable CsvTable::readFile(const QString& path, CsvOptions options)
{
    QFile file(path);
    return read(file, path, options);
}

CsvTable::CsvTable(QString fileName, std::vector<CsvRow> records)
    : m_fileName(std::move(fileName))
{
    if (records.empty())
        throw InputError(m_fileName, 0, {}, u"expected a header row, the file is empty"_s);
    m_headerLine = records.front().line;
    for (const QString& name : records.front().fields)
        m_header << name.trimmed();
    // A set, not a search per column: a header of 100,000 names must not take minutes.
    QSet<QString> seen;
    for (const QString& name : std::as_const(m_header)) {
        if (seen.contains(name))
            failHeader(u"expected unique column names, got %1 twice"_s.arg(quotedInput(name)));
        seen.insert(name);
    }
    m_rows.assign(std::make_move_iterator(records.begin() + 1), std::make_move_iterator(records.end()));
}

std::optional<int> CsvTable::columnIndex(QStringView name) const
{
    const qsizetype index = m_header.indexOf(name);
    if (index < 0)
        return std::nullopt;
    return static_cast<int>(index);
}

void CsvTable::expectDataRows() const
{
    if (m_rows.empty())
        throw InputError(m_fileName, 0, {}, u"expected at least one data row below the header"_s);
}

void CsvTable::expectHeader(const QStringList& names) const
{
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (i >= m_header.size())
            failHeader(u"expected column %1 %2, the header has only %3 columns"_s
                           .arg(i + 1).arg(quotedInput(names[i])).arg(m_header.size()));
        if (m_header[i] != names[i])
            failHeader(u"expected column %1 %2, got %3"_s.arg(i + 1).arg(quotedInput(names[i]), quotedInput(m_header[i])));
    }
    if (m_header.size() > names.size())
        failHeader(u"expected %1 columns (%2), got an extra column %3"_s
                       .arg(names.size()).arg(names.join(u','), quotedInput(m_header[names.size()])));
}

void CsvTable::expectColumns(const QStringList& names, const QString& formatName) const
{
    for (const QString& name : names) {
        if (!m_header.contains(name))
            failHeader(u"expected a column %1 (%2)"_s.arg(quotedInput(name), formatName));
    }
}

void CsvTable::failHeader(const QString& expected) const
{
    throw InputError(m_fileName, m_headerLine, u"header"_s, expected);
}

} // namespace xm::io
