#pragma once

#include <QString>
#include <QStringView>

#include <stdexcept>

namespace xm::io {

// Bad input from a file or the command line. what() reads "file:line: field: expected ...";
// the file part is left out when there is no file (command-line arguments), ":line" when the
// error concerns the whole file (line 0), and "field: " when no single field is at fault.
// A field name longer than kMaxQuotedInput characters (a runaway CSV header) is shortened.
class InputError final : public std::runtime_error {
public:
    InputError(QString file, int line, QString field, QString message);

    const QString& file() const { return m_file; }
    int line() const { return m_line; }
    const QString& field() const { return m_field; }
    const QString& message() const { return m_message; }

private:
    QString m_file;
    int m_line;
    QString m_field;
    QString m_message;
};

// How much of the input a message quotes: enough to recognise it, not so much that a
// million-character field floods a message box.
inline constexpr qsizetype kMaxQuotedInput = 60;
// `text` in double quotes, cut to kMaxQuotedInput characters with "…" when longer.
QString quotedInput(QStringView text);

} // namespace xm::io
