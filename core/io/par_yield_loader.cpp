#include "par_yield_loader.h"

#include "csv_reader.h"
#include "csv_record.h"
#include "date_order.h"
#include "input_error.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace xm::io {

using namespace Qt::StringLiterals;

namespace {

const NumberRule kYield{u"a yield in percent"_s, -5.0, 30.0};
const QString kProjectDate = u"date"_s;
const QString kTreasuryDate = u"Date"_s;
const QStringList kProjectExtraTenors{u"1M"_s, u"2M"_s};
// Treasury's names for the factor tenors, in kFactorNames order.
const QStringList kTreasuryFactorColumns{u"3 Mo"_s, u"6 Mo"_s, u"1 Yr"_s,  u"2 Yr"_s,  u"3 Yr"_s,
                                         u"5 Yr"_s, u"7 Yr"_s, u"10 Yr"_s, u"20 Yr"_s, u"30 Yr"_s};

QStringList projectFactorColumns()
{
    QStringList names;
    for (const std::string_view name : kFactorNames)
        names << QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
    return names;
}

// Where a layout keeps the ten factor yields and how it writes a missing one.
struct Layout {
    QStringList factorColumns;
    bool naIsBlank = false;
};

double parseYield(const CsvRecord& record, const QString& column, bool naIsBlank)
{
    const Field field = record[column];
    if (naIsBlank && field.text.trimmed() == u"N/A")
        return std::numeric_limits<double>::quiet_NaN();
    return record.parser().optionalNumber(field, kYield).value_or(std::numeric_limits<double>::quiet_NaN());
}

FactorVector parseFactors(const CsvRecord& record, const Layout& layout)
{
    FactorVector yields{};
    for (int k = 0; k < kFactorCount; ++k)
        yields[static_cast<std::size_t>(k)] = parseYield(record, layout.factorColumns[k], layout.naIsBlank);
    return yields;
}

bool hasAnyYield(const FactorVector& yields)
{
    return std::any_of(yields.begin(), yields.end(), [](double y) { return !std::isnan(y); });
}

ParYieldHistory readProjectLayout(const CsvTable& table)
{
    const Layout layout{projectFactorColumns(), false};
    table.expectHeader(QStringList{kProjectDate} + kProjectExtraTenors + layout.factorColumns);
    table.expectDataRows();
    std::vector<ParYieldObservation> rows;
    rows.reserve(table.rows().size());
    AscendingDates order;
    for (const CsvRow& row : table.rows()) {
        const CsvRecord record(table, row);
        const Date date = record.parser().isoDate(record[kProjectDate]);
        order.check(record.parser(), record[kProjectDate], date);
        for (const QString& column : kProjectExtraTenors)
            parseYield(record, column, false);   // validated, not a risk factor
        const FactorVector yields = parseFactors(record, layout);
        if (!hasAnyYield(yields))
            throw InputError(table.fileName(), row.line,
                             layout.factorColumns.first() + u".."_s + layout.factorColumns.last(),
                             u"expected at least one yield, the row has none"_s);
        rows.push_back({date, yields});
    }
    return ParYieldHistory(std::move(rows));
}

ParYieldHistory readTreasuryLayout(const CsvTable& table)
{
    const Layout layout{kTreasuryFactorColumns, true};
    const QString layoutName = u"Treasury download format"_s;
    table.expectColumns(QStringList{kTreasuryDate} + layout.factorColumns, layoutName);
    table.expectDataRows();
    struct DatedRow {
        int line;
        Field dateField;
        ParYieldObservation observation;
    };
    std::vector<DatedRow> dated;
    for (const CsvRow& row : table.rows()) {
        const CsvRecord record(table, row);
        const Date date = record.parser().usDate(record[kTreasuryDate]);
        const FactorVector yields = parseFactors(record, layout);
        if (hasAnyYield(yields))
            dated.push_back({row.line, record[kTreasuryDate], {date, yields}});
    }
    if (dated.empty())
        throw InputError(table.fileName(), 0, {}, u"expected at least one row with a yield (%1)"_s.arg(layoutName));
    std::stable_sort(dated.begin(), dated.end(), [](const DatedRow& a, const DatedRow& b) {
        return a.observation.date < b.observation.date;
    });
    std::vector<ParYieldObservation> rows;
    rows.reserve(dated.size());
    AscendingDates order;
    for (const DatedRow& row : dated) {
        order.check(FieldParser(table.fileName(), row.line), row.dateField, row.observation.date);
        rows.push_back(row.observation);
    }
    return ParYieldHistory(std::move(rows));
}

ParYieldHistory readParYields(const CsvTable& table)
{
    if (table.header().value(0) == kTreasuryDate)
        return readTreasuryLayout(table);
    return readProjectLayout(table);
}

} // namespace

ParYieldHistory loadParYields(QIODevice& device, const QString& fileName)
{
    return readParYields(CsvTable::read(device, fileName));
}

ParYieldHistory loadParYields(const QString& path)
{
    return readParYields(CsvTable::readFile(path));
}

} // namespace xm::io
