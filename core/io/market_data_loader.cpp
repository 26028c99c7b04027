#include "market_data_loader.h"

#include "csv_reader.h"
#include "csv_record.h"
#include "cusip.h"
#include "date_order.h"
#include "date_text.h"

#include <QFile>
#include <QHash>

#include <type_traits>

namespace xm::io {

using namespace Qt::StringLiterals;

namespace {

const NumberRule kCoupon{u"a coupon in percent"_s, 0.0, 20.0};
const NumberRule kRate{u"a rate in percent"_s, -5.0, 30.0};
const NumberRule kMonths{u"a number of months"_s, 0.0, 480.0};
const NumberRule kTenorYears{u"a tenor in years"_s, 1.0, 30.0};
const NumberRule kFaceValue{u"a face value in USD"_s, 0.0, 1e9, true};
const NumberRule kTickPoints{u"a tick in price points"_s, 0.0, 1.0, true};
const NumberRule kTickValue{u"a tick value in USD"_s, 0.0, 1e4, true};

const QStringList kSecurityColumns{u"cusip"_s, u"security_type"_s, u"original_term_years"_s, u"coupon_pct"_s,
                                   u"maturity_date"_s, u"dated_date"_s, u"issue_date"_s, u"auction_date"_s,
                                   u"auction_term"_s, u"reopening"_s};
const QStringList kSpecColumns{
    u"symbol"_s, u"clearing_code"_s, u"name"_s, u"face_value_usd"_s, u"deliverable"_s,
    u"original_term_max_months"_s, u"original_issue_tenor_years"_s,
    u"remaining_min_months"_s, u"remaining_min_from"_s, u"remaining_min_inclusive"_s,
    u"remaining_max_months"_s, u"remaining_max_from"_s, u"remaining_max_inclusive"_s,
    u"notional_coupon_pct"_s, u"cf_term_rounding"_s, u"tick_points"_s, u"tick_text"_s, u"tick_value_usd"_s,
    u"spread_tick_value_usd"_s, u"contract_months"_s, u"listed"_s, u"last_trading_day"_s,
    u"last_delivery_day"_s, u"source"_s};

// Remembers the line of each key so that a repeat can name the first occurrence.
class UniqueKeys final {
public:
    void check(const CsvRecord& record, const Field& field, const QString& key)
    {
        if (const auto it = m_lines.constFind(key); it != m_lines.cend())
            record.parser().fail(field, u"a value not listed before (it is already on line %1)"_s.arg(*it));
        m_lines.insert(key, record.line());
    }

private:
    QHash<QString, int> m_lines;
};

// Checks the header, then turns every row into an item with `parse(record)`.
template <typename Parse>
auto readRows(const CsvTable& table, const QStringList& header, Parse parse)
{
    table.expectHeader(header);
    table.expectDataRows();
    std::vector<std::invoke_result_t<Parse, const CsvRecord&>> items;
    items.reserve(table.rows().size());
    for (const CsvRow& row : table.rows())
        items.push_back(parse(CsvRecord(table, row)));
    return items;
}

TreasurySecurity parseSecurity(const CsvRecord& r, UniqueKeys& cusips)
{
    static const QStringList kTypes{u"Note"_s, u"Bond"_s};
    static const QStringList kOriginalTerms{u"2"_s, u"3"_s, u"5"_s, u"7"_s, u"10"_s, u"20"_s, u"30"_s};
    const FieldParser& p = r.parser();
    TreasurySecurity s;
    const QString cusip = p.text(r[u"cusip"_s]);
    if (!isValidCusip(cusip.toStdString()))
        p.fail(r[u"cusip"_s], u"a 9-character CUSIP with a valid check digit"_s);
    cusips.check(r, r[u"cusip"_s], cusip);
    s.cusip = cusip.toStdString();
    s.securityType = kTypes[p.choice(r[u"security_type"_s], kTypes)].toStdString();
    s.originalTermYears = kOriginalTerms[p.choice(r[u"original_term_years"_s], kOriginalTerms)].toInt();
    s.couponPct = p.number(r[u"coupon_pct"_s], kCoupon);
    s.maturity = p.isoDate(r[u"maturity_date"_s]);
    s.datedDate = p.isoDate(r[u"dated_date"_s]);
    s.issueDate = p.isoDate(r[u"issue_date"_s]);
    const Date auction = p.isoDate(r[u"auction_date"_s]);
    if (s.maturity <= s.datedDate)
        p.fail(r[u"maturity_date"_s], u"a date after the dated date %1"_s.arg(toIsoString(s.datedDate)));
    if (s.issueDate >= s.maturity)
        p.fail(r[u"issue_date"_s], u"a date before the maturity %1"_s.arg(toIsoString(s.maturity)));
    if (auction > s.issueDate)
        p.fail(r[u"auction_date"_s], u"a date on or before the issue date %1"_s.arg(toIsoString(s.issueDate)));
    p.requiredText(r[u"auction_term"_s], u"an auction term such as 10-Year"_s);
    p.yesNo(r[u"reopening"_s]);
    return s;
}

std::vector<TreasurySecurity> readSecurities(const CsvTable& table)
{
    UniqueKeys cusips;
    return readRows(table, kSecurityColumns, [&cusips](const CsvRecord& r) { return parseSecurity(r, cusips); });
}

std::vector<int> parseTenorList(const CsvRecord& r, const QString& column)
{
    const Field field = r[column];
    std::vector<int> tenors;
    const QString text = r.parser().text(field);
    if (text.isEmpty())
        return tenors;
    for (const QString& part : text.split(u'|'))
        tenors.push_back(r.parser().integer({field.name, part}, kTenorYears));
    return tenors;
}

// One end of the remaining-term window: <prefix>_months, <prefix>_from, <prefix>_inclusive.
// The anchor and inclusivity are required when the months are given, optional otherwise.
void parseTermBound(const CsvRecord& r, const QString& prefix, std::optional<int>& months, TermAnchor& from,
                    bool& inclusive)
{
    static const QStringList kAnchors{u"first_day_of_delivery_month"_s, u"last_day_of_delivery_month"_s};
    const FieldParser& p = r.parser();
    const Field fromField = r[prefix + u"_from"_s];
    const Field inclusiveField = r[prefix + u"_inclusive"_s];
    months = p.optionalInteger(r[prefix + u"_months"_s], kMonths);
    if (months || !p.text(fromField).isEmpty())
        from = p.choice(fromField, kAnchors) == 0 ? TermAnchor::FirstDayOfDeliveryMonth
                                                   : TermAnchor::LastDayOfDeliveryMonth;
    if (months || !p.text(inclusiveField).isEmpty())
        inclusive = p.yesNo(inclusiveField);
}

void checkContractMonths(const CsvRecord& r)
{
    static const QString kCodes = u"FGHJKMNQUVXZ"_s;
    const Field field = r[u"contract_months"_s];
    const QStringList codes = r.parser().text(field).split(u',');
    for (const QString& code : codes) {
        if (code.trimmed().size() != 1 || !kCodes.contains(code.trimmed()))
            r.parser().fail(field, u"month codes separated by commas, such as H,M,U,Z"_s);
    }
}

FuturesSpec parseFuturesSpec(const CsvRecord& r, UniqueKeys& symbols)
{
    static const QStringList kRoundings{u"month"_s, u"quarter"_s};
    const FieldParser& p = r.parser();
    FuturesSpec s;
    const QString symbol = p.requiredText(r[u"symbol"_s], u"a contract symbol such as ZN"_s);
    symbols.check(r, r[u"symbol"_s], symbol);
    s.symbol = symbol.toStdString();
    s.clearingCode = p.requiredText(r[u"clearing_code"_s], u"a clearing code"_s).toStdString();
    s.name = p.requiredText(r[u"name"_s], u"a contract name"_s).toStdString();
    s.faceValueUsd = p.number(r[u"face_value_usd"_s], kFaceValue);
    s.originalTermMaxMonths = p.optionalInteger(r[u"original_term_max_months"_s], kMonths);
    s.originalIssueTenorYears = parseTenorList(r, u"original_issue_tenor_years"_s);
    parseTermBound(r, u"remaining_min"_s, s.remainingMinMonths, s.remainingMinFrom, s.remainingMinInclusive);
    parseTermBound(r, u"remaining_max"_s, s.remainingMaxMonths, s.remainingMaxFrom, s.remainingMaxInclusive);
    s.notionalCouponPct = p.number(r[u"notional_coupon_pct"_s], kCoupon);
    s.cfTermRounding = p.choice(r[u"cf_term_rounding"_s], kRoundings) == 0 ? CfTermRounding::Month
                                                                            : CfTermRounding::Quarter;
    s.tickPoints = p.number(r[u"tick_points"_s], kTickPoints);
    s.tickValueUsd = p.number(r[u"tick_value_usd"_s], kTickValue);
    p.number(r[u"spread_tick_value_usd"_s], kTickValue);
    checkContractMonths(r);
    s.source = p.requiredText(r[u"source"_s], u"the source of the contract terms"_s).toStdString();
    return s;
}

std::vector<FuturesSpec> readFuturesSpecs(const CsvTable& table)
{
    UniqueKeys symbols;
    return readRows(table, kSpecColumns, [&symbols](const CsvRecord& r) { return parseFuturesSpec(r, symbols); });
}

RateFixing parseFixing(const CsvRecord& r, AscendingDates& order)
{
    const Field dateField = r[u"date"_s];
    const Date date = r.parser().isoDate(dateField);
    order.check(r.parser(), dateField, date);
    return {date, r.parser().number(r[u"sofr_pct"_s], kRate)};
}

std::vector<RateFixing> readSofr(const CsvTable& table)
{
    AscendingDates order;
    return readRows(table, {u"date"_s, u"sofr_pct"_s},
                    [&order](const CsvRecord& r) { return parseFixing(r, order); });
}

} // namespace

std::vector<TreasurySecurity> loadSecurities(QIODevice& device, const QString& fileName)
{
    return readSecurities(CsvTable::read(device, fileName));
}

std::vector<TreasurySecurity> loadSecurities(const QString& path)
{
    return readSecurities(CsvTable::readFile(path));
}

std::vector<FuturesSpec> loadFuturesSpecs(QIODevice& device, const QString& fileName)
{
    return readFuturesSpecs(CsvTable::read(device, fileName));
}

std::vector<FuturesSpec> loadFuturesSpecs(const QString& path)
{
    return readFuturesSpecs(CsvTable::readFile(path));
}

std::vector<RateFixing> loadSofr(QIODevice& device, const QString& fileName)
{
    return readSofr(CsvTable::read(device, fileName));
}

std::vector<RateFixing> loadSofr(const QString& path)
{
    return readSofr(CsvTable::readFile(path));
}

QString bundledDataPath(const QString& fileName)
{
    return u":/data/"_s + fileName;
}

MarketData loadBundledMarketData()
{
    const QString parYieldsName = u"treasury_par_yields.csv"_s;
    const QString securitiesName = u"treasury_securities.csv"_s;
    const QString specsName = u"treasury_futures_specs.csv"_s;
    const QString sofrName = u"sofr_daily.csv"_s;
    QFile parYields(bundledDataPath(parYieldsName));
    QFile securities(bundledDataPath(securitiesName));
    QFile specs(bundledDataPath(specsName));
    QFile sofr(bundledDataPath(sofrName));
    return MarketData{loadParYields(parYields, parYieldsName), loadSecurities(securities, securitiesName),
                      loadFuturesSpecs(specs, specsName), loadSofr(sofr, sofrName)};
}

} // namespace xm::io
