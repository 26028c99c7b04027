#include "position_csv.h"

#include "atomic_save.h"
#include "csv_reader.h"
#include "csv_record.h"
#include "cusip.h"
#include "date_text.h"
#include "input_error.h"
#include "position_fields.h"

#include "../portfolio/position_rules.h"
#include "../portfolio/quantity_text.h"

#include <QLocale>

#include <algorithm>

namespace xm::io {

using namespace Qt::StringLiterals;

namespace {

const QString kVenue = u"venue"_s;
const QString kType = u"type"_s;
const QString kInstrument = u"instrument"_s;
const QString kQuantity = u"quantity"_s;
const QString kAllocate = u"allocate_xm"_s;
const QString kEnd = u"end"_s;
const QStringList kRequiredColumns{kVenue, kType, kInstrument, kQuantity, kAllocate};
const NumberRule kCoupon{u"a coupon in percent"_s, 0.0, 20.0};

void checkHeader(const CsvTable& table)
{
    table.expectColumns(kRequiredColumns, u"position CSV"_s);
    for (const QString& name : table.header()) {
        if (!kRequiredColumns.contains(name) && name != kEnd)
            throw InputError(table.fileName(), table.headerLine(), u"header"_s,
                             u"expected only the columns %1 and %2, got %3"_s
                                 .arg(kRequiredColumns.join(u", "_s), kEnd, quotedInput(name)));
    }
}

// CUSIP, or coupon@YYYY-MM-DD (the coupon left out for bills, FRNs and STRIPS).
void readSecurity(const CsvRecord& r, Position& position)
{
    const FieldParser& p = r.parser();
    const Field field = r[kInstrument];
    const QString expected = u"a CUSIP or coupon@YYYY-MM-DD such as 4.25@2034-11-15"_s;
    const QString text = p.requiredText(field, expected);
    const qsizetype at = text.indexOf(u'@');
    if (at < 0) {
        if (!isValidCusip(text.toStdString()))
            p.fail(field, u"%1 (%2)"_s.arg(expected, expectedCusip()));
        position.cusip = text.toStdString();
        return;
    }
    const QString coupon = text.left(at).trimmed();
    if (!coupon.isEmpty())
        position.couponPct = p.number({field.name, coupon}, kCoupon);
    else if (needsCoupon(position.type))
        p.fail(field, u"a coupon before the @ for a %1 position"_s.arg(QString::fromUtf8(toString(position.type))));
    position.maturity = p.isoDate({field.name, text.mid(at + 1)});
}

// A futures code, "ZNU5", or symbol and month, "ZN 2025-09".
void readContract(const CsvRecord& r, Position& position, int referenceYear)
{
    const FieldParser& p = r.parser();
    const Field field = r[kInstrument];
    const QString expected = position.type == PositionType::Option ? u"an option code such as OZNU5 or OZN 2025-09"_s
                                                                    : u"a futures code such as ZNU5 or ZN 2025-09"_s;
    const QStringList parts = p.requiredText(field, expected).split(u' ', Qt::SkipEmptyParts);
    const std::optional<FuturesCode> contract =
        parts.size() > 2 ? std::nullopt : parseContract(parts[0], parts.value(1), referenceYear);
    if (!contract)
        p.fail(field, expected);
    if (!isCmeSymbolFor(position.type, contract->symbol))
        p.fail(field, expectedCmeSymbol(position.type));
    position.symbol = contract->symbol;
    position.month = contract->month;
}

double readQuantity(const CsvRecord& r, Venue venue)
{
    const Field field = r[kQuantity];
    const std::optional<double> quantity = parseQuantity(r.parser().text(field).toStdString());
    if (!quantity)
        r.parser().fail(field, QString::fromUtf8(kQuantityExpected));
    if (!isSensibleQuantity(venue, *quantity))
        r.parser().fail(field, QString::fromStdString(expectedQuantity(venue)));
    return *quantity;
}

// yes | no | blank (yes) on CME rows; blank on FICC rows, whose eligible positions are all
// cross-margined (MARGIN_MODEL.md §4).
bool readAllocation(const CsvRecord& r, Venue venue)
{
    const Field field = r[kAllocate];
    if (r.parser().text(field).isEmpty())
        return true;
    if (venue == Venue::Ficc)
        r.parser().fail(field, u"a blank on a FICC row (every eligible FICC position is cross-margined)"_s);
    return r.parser().choice(field, {u"yes"_s, u"no"_s}) == 0;
}

Date readEnd(const CsvRecord& r, bool hasEndColumn, PositionType type)
{
    const Field field = hasEndColumn ? r[kEnd] : Field{kEnd, {}};
    if (needsEndDate(type)) {
        if (r.parser().text(field).isEmpty())
            r.parser().fail(field, u"an end date YYYY-MM-DD on a %1 row (in an end column)"_s.arg(QString::fromUtf8(toString(type))));
        return r.parser().isoDate(field);
    }
    if (!r.parser().text(field).isEmpty())
        r.parser().fail(field, u"a blank (only repo and reverse_repo rows have an end date)"_s);
    return {};
}

Position readRow(const CsvRecord& r, bool hasEndColumn, int referenceYear)
{
    const FieldParser& p = r.parser();
    Position position;
    position.venue = p.choice(r[kVenue], {u"FICC"_s, u"CME"_s}) == 0 ? Venue::Ficc : Venue::Cme;
    const std::optional<PositionType> type = positionTypeOf(position.venue, p.text(r[kType]));
    if (!type)
        p.fail(r[kType], expectedPositionType(position.venue));
    position.type = *type;
    if (position.venue == Venue::Ficc)
        readSecurity(r, position);
    else
        readContract(r, position, referenceYear);
    position.quantity = readQuantity(r, position.venue);
    position.allocateXM = readAllocation(r, position.venue);
    position.end = readEnd(r, hasEndColumn, position.type);
    return position;
}

std::vector<Position> readPositions(const CsvTable& table, int referenceYear)
{
    checkHeader(table);
    table.expectDataRows();
    const bool hasEndColumn = table.columnIndex(kEnd).has_value();
    std::vector<Position> positions;
    positions.reserve(table.rows().size());
    for (const CsvRow& row : table.rows())
        positions.push_back(readRow(CsvRecord(table, row), hasEndColumn, referenceYear));
    return positions;
}

QString number(double value)
{
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

QString instrumentText(const Position& p)
{
    if (p.venue == Venue::Cme)
        return QString::fromStdString(p.symbol) + u' ' + QString::fromStdString(p.month ? p.month->toIso() : "");
    if (!p.cusip.empty())
        return QString::fromStdString(p.cusip);
    return (p.couponPct ? number(*p.couponPct) : QString()) + u'@' + toIsoString(p.maturity);
}

QString allocationText(const Position& p)
{
    if (!writesAllocation(p))
        return {};
    return p.allocateXM ? u"yes"_s : u"no"_s;
}

} // namespace

std::vector<Position> importPositionsCsv(QIODevice& device, const QString& fileName, int referenceYear)
{
    return readPositions(CsvTable::read(device, fileName, {.commentLines = true}), referenceYear);
}

std::vector<Position> importPositionsCsv(const QString& path, int referenceYear)
{
    return readPositions(CsvTable::readFile(path, {.commentLines = true}), referenceYear);
}

QByteArray exportPositionsCsv(const std::vector<Position>& positions)
{
    const bool hasEndColumn =
        std::any_of(positions.begin(), positions.end(), [](const Position& p) { return needsEndDate(p.type); });
    QStringList columns = kRequiredColumns;
    if (hasEndColumn)
        columns << kEnd;
    QString text = columns.join(u',') + u'\n';
    for (const Position& p : positions) {
        QStringList fields{QString::fromUtf8(toString(p.venue)), QString::fromUtf8(toString(p.type)),
                           instrumentText(p), number(p.quantity), allocationText(p)};
        if (hasEndColumn)
            fields << (needsEndDate(p.type) ? toIsoString(p.end) : QString());
        text += fields.join(u',') + u'\n';
    }
    return text.toUtf8();
}

void savePositionsCsv(const std::vector<Position>& positions, const QString& path)
{
    saveAtomically(path, exportPositionsCsv(positions));
}

} // namespace xm::io
