#include "position_import.h"

#include "core/io/input_error.h"
#include "core/io/position_csv.h"

#include <QBuffer>
#include <QRegularExpression>

namespace xm {
namespace {

bool isSkipped(const QString& line)
{
    const QString trimmed = line.trimmed();
    return trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#'));
}

// The first line that is not blank or a comment names the CSV columns.
bool hasCsvHeader(const QStringList& lines)
{
    for (const QString& line : lines) {
        if (!isSkipped(line))
            return line.contains(QLatin1Char(',')) && line.contains(QStringLiteral("venue"), Qt::CaseInsensitive);
    }
    return false;
}

PositionImport quickEntryLines(const QStringList& lines, const QString& source, const QuickEntryContext& context)
{
    PositionImport out;
    for (int i = 0; i < lines.size(); ++i) {
        if (isSkipped(lines[i]))
            continue;
        QuickEntryResult read = parseQuickEntry(lines[i].trimmed().toStdString(), context);
        if (!read.position)
            return {{}, QString::fromUtf8(io::InputError(source, i + 1, {}, QString::fromStdString(read.error)).what())};
        out.positions.push_back(std::move(*read.position));
    }
    return out;
}

} // namespace

PositionImport importPositionsText(const QString& text, const QString& source, const QuickEntryContext& context)
{
    const QStringList lines = text.split(QRegularExpression(QStringLiteral("\r\n|\n|\r")));
    if (!hasCsvHeader(lines))
        return quickEntryLines(lines, source, context);
    QByteArray bytes = text.toUtf8();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    try {
        return {io::importPositionsCsv(buffer, source, context.asOf.year()), {}};
    } catch (const io::InputError& error) {
        return {{}, QString::fromUtf8(error.what())};
    }
}

PositionImport importPositionFiles(const QStringList& paths, int referenceYear)
{
    PositionImport out;
    try {
        for (const QString& path : paths) {
            std::vector<Position> positions = io::importPositionsCsv(path, referenceYear);
            out.positions.insert(out.positions.end(), positions.begin(), positions.end());
        }
    } catch (const io::InputError& error) {
        return {{}, QString::fromUtf8(error.what())};
    }
    return out;
}

} // namespace xm
