#include "core/io/date_text.h"
#include "core/io/input_error.h"
#include "core/io/market_data_loader.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

using namespace xm;
using io::InputError;

namespace {

using Loader = std::function<void(QIODevice&, const QString&)>;

// Each loader by name, so that a data row can say which one reads its input.
Loader loaderNamed(const QString& name)
{
    if (name == u"parYields")
        return [](QIODevice& d, const QString& f) { io::loadParYields(d, f); };
    if (name == u"securities")
        return [](QIODevice& d, const QString& f) { io::loadSecurities(d, f); };
    if (name == u"specs")
        return [](QIODevice& d, const QString& f) { io::loadFuturesSpecs(d, f); };
    if (name == u"sofr")
        return [](QIODevice& d, const QString& f) { io::loadSofr(d, f); };
    return {};
}

QByteArray joinLines(const QStringList& lines)
{
    return (lines.join(u'\n') + u'\n').toUtf8();
}

// --- par yields -------------------------------------------------------------------------

const QString kYieldHeader = u"date,1M,2M,3M,6M,1Y,2Y,3Y,5Y,7Y,10Y,20Y,30Y"_s;
const QString kYieldValues = u"5.55,5.54,5.52,5.41,5.02,4.33,4.11,3.93,3.95,3.95,4.25,4.08"_s;

QString yieldRow(const QString& date, const QString& values = kYieldValues)
{
    return date + u',' + values;
}

// kYieldValues with the value of `tenor` (a header name) replaced.
QString yieldValuesWith(const QString& tenor, const QString& value)
{
    QStringList values = kYieldValues.split(u',');
    values[kYieldHeader.split(u',').indexOf(tenor) - 1] = value;
    return values.join(u',');
}

QByteArray yieldFile(const QStringList& rows)
{
    return joinLines(QStringList{kYieldHeader} + rows);
}

const QString kTreasuryHeader = QStringLiteral(
    "Date,\"1 Mo\",\"1.5 Month\",\"2 Mo\",\"3 Mo\",\"4 Mo\",\"6 Mo\",\"1 Yr\",\"2 Yr\",\"3 Yr\",\"5 Yr\",\"7 Yr\","
    "\"10 Yr\",\"20 Yr\",\"30 Yr\"");

QString treasuryRow(const QString& date, const QString& tenYear = u"4.58"_s)
{
    return date + u",4.40,4.39,4.39,4.37,4.32,4.24,4.16,4.25,4.27,4.38,4.48,"_s + tenYear
           + u",4.86,4.78"_s;
}

// --- securities -------------------------------------------------------------------------

const QString kSecurityHeader = QStringLiteral(
    "cusip,security_type,original_term_years,coupon_pct,maturity_date,dated_date,issue_date,auction_date,"
    "auction_term,reopening");
const QString kSecurityRow = u"91282CLF6,Note,10,3.875,2034-08-15,2024-08-15,2024-08-15,2024-08-07,10-Year,N"_s;
const QString kOtherSecurityRow = u"9128283J7,Note,7,2.125,2024-11-30,2017-11-30,2017-11-30,2017-11-28,7-Year,N"_s;

QString withField(const QString& header, const QString& row, const QString& column, const QString& value)
{
    QStringList fields = row.split(u',');
    fields[header.split(u',').indexOf(column)] = value;
    return fields.join(u',');
}

QByteArray securitiesWith(const QString& column, const QString& value)
{
    return joinLines({kSecurityHeader, withField(kSecurityHeader, kSecurityRow, column, value)});
}

// --- futures specs ----------------------------------------------------------------------

const QString kSpecHeader = QStringLiteral(
    "symbol,clearing_code,name,face_value_usd,deliverable,original_term_max_months,original_issue_tenor_years,"
    "remaining_min_months,remaining_min_from,remaining_min_inclusive,remaining_max_months,remaining_max_from,"
    "remaining_max_inclusive,notional_coupon_pct,cf_term_rounding,tick_points,tick_text,tick_value_usd,"
    "spread_tick_value_usd,contract_months,listed,last_trading_day,last_delivery_day,source");
// The TWE row of the bundled file, with "H;M;U;Z" standing in for the quoted month list.
const QString kSpecRow = QStringLiteral(
    "TWE,TWE,20-Year U.S. Treasury Bond Futures,100000,Original-issue 20-year and 30-year bonds,360,20|30,"
    "230,first_day_of_delivery_month,Y,239,first_day_of_delivery_month,N,6,quarter,0.03125,1/32,31.25,7.8125,"
    "H;M;U;Z,3 consecutive quarterly,7th business day prior,Last business day of contract month,https://cmegroup.com");

QByteArray specsWith(const QString& column, const QString& value)
{
    QString row = withField(kSpecHeader, kSpecRow, column, value);
    row.replace(u"H;M;U;Z"_s, u"\"H,M,U,Z\""_s);
    return joinLines({kSpecHeader, row});
}

// --- SOFR -------------------------------------------------------------------------------

QByteArray sofrFile(const QStringList& rows)
{
    return joinLines(QStringList{u"date,sofr_pct"_s} + rows);
}

double yieldOn(const ParYieldHistory& history, const char* isoDate, std::string_view tenor)
{
    const std::optional<Date> date = io::parseIsoDate(QString::fromLatin1(isoDate));
    const std::optional<std::size_t> index = date ? history.indexOf(*date) : std::nullopt;
    if (!index)
        throw std::invalid_argument(std::string("no history row on ") + isoDate);
    const auto factor = std::find(kFactorNames.begin(), kFactorNames.end(), tenor) - kFactorNames.begin();
    return history.row(*index).yieldsPct[static_cast<std::size_t>(factor)];
}

Date iso(const char* text)
{
    return *io::parseIsoDate(QString::fromLatin1(text));
}

} // namespace

class TestMarketDataLoader final : public QObject {
    Q_OBJECT

private slots:
    void bundledFilesLoad();
    void bundledSpotChecks();
    void bundledStructuralGaps();
    void bundledFuturesSpecs();
    void loadsFromPath();
    void unreadablePathNamesTheFile();
    void acceptsParYieldVariants_data();
    void acceptsParYieldVariants();
    void rejectsMalformedInput_data();
    void rejectsMalformedInput();

private:
    MarketData m_data = io::loadBundledMarketData();
};

void TestMarketDataLoader::bundledFilesLoad()
{
    QCOMPARE(m_data.parYields.size(), std::size_t(8887));
    QCOMPARE(io::toIsoString(m_data.parYields.firstDate()), u"1990-01-02"_s);
    QCOMPARE(io::toIsoString(m_data.parYields.lastDate()), u"2025-07-11"_s);
    QCOMPARE(m_data.securities.size(), std::size_t(344));
    QCOMPARE(m_data.futuresSpecs.size(), std::size_t(8));
    QCOMPARE(m_data.sofr.size(), std::size_t(1908));
    QCOMPARE(io::toIsoString(m_data.sofr.front().date), u"2018-04-03"_s);
    QCOMPARE(io::toIsoString(m_data.sofr.back().date), u"2025-11-20"_s);
    QVERIFY(QFile::exists(io::bundledDataPath(u"PROVENANCE.md"_s)));
}

void TestMarketDataLoader::bundledSpotChecks()
{
    // PROVENANCE.md, "Spot checks" and the SOFR checks.
    const ParYieldHistory& h = m_data.parYields;
    QCOMPARE(yieldOn(h, "2020-03-09", "10Y"), 0.54);
    QCOMPARE(yieldOn(h, "2023-10-19", "10Y"), 4.98);
    QCOMPARE(yieldOn(h, "2023-03-08", "2Y"), 5.05);
    QCOMPARE(yieldOn(h, "2024-12-31", "10Y"), 4.58);
    QCOMPARE(yieldOn(h, "1990-01-02", "3M"), 7.83);
    QVERIFY(std::isnan(yieldOn(h, "2008-12-10", "3M")));

    const auto sofrOn = [this](const char* date) {
        for (const RateFixing& fixing : m_data.sofr)
            if (fixing.date == iso(date))
                return fixing.ratePct;
        return std::nan("");
    };
    QCOMPARE(sofrOn("2018-04-03"), 1.83);
    QCOMPARE(sofrOn("2019-09-17"), 5.25);
    QCOMPARE(sofrOn("2020-03-16"), 0.26);

    const TreasurySecurity* security = m_data.findSecurity("912828Z78");
    QVERIFY(security);
    QCOMPARE(security->originalTermYears, 7);
}

void TestMarketDataLoader::bundledStructuralGaps()
{
    const ParYieldHistory& h = m_data.parYields;
    for (const ParYieldObservation& row : h.rows()) {
        const QString date = io::toIsoString(row.date);
        const bool no20Y = row.date < iso("1993-10-01");
        const bool no30Y = row.date >= iso("2002-02-19") && row.date <= iso("2006-02-08");
        QVERIFY2(std::isnan(row.yieldsPct[8]) == no20Y, qPrintable(u"20Y on %1"_s.arg(date)));
        QVERIFY2(std::isnan(row.yieldsPct[9]) == no30Y, qPrintable(u"30Y on %1"_s.arg(date)));
    }
    QCOMPARE(yieldOn(h, "2002-02-15", "30Y"), 5.37);
    QCOMPARE(yieldOn(h, "2006-02-09", "30Y"), 4.51);
}

void TestMarketDataLoader::bundledFuturesSpecs()
{
    const FuturesSpec* zn = m_data.findSpec("ZN");
    QVERIFY(zn);
    QCOMPARE(zn->faceValueUsd, 100000.0);
    QCOMPARE(zn->originalTermMaxMonths, std::optional<int>(120));
    QVERIFY(zn->originalIssueTenorYears.empty());
    QCOMPARE(zn->remainingMinMonths, std::optional<int>(78));
    QCOMPARE(zn->remainingMaxMonths, std::optional<int>(120));
    QVERIFY(zn->remainingMinFrom == TermAnchor::FirstDayOfDeliveryMonth);
    QVERIFY(zn->remainingMaxFrom == TermAnchor::FirstDayOfDeliveryMonth);
    QVERIFY(zn->remainingMinInclusive && zn->remainingMaxInclusive);
    QVERIFY(zn->cfTermRounding == CfTermRounding::Quarter);
    QCOMPARE(zn->tickPoints, 0.015625);
    QCOMPARE(zn->tickValueUsd, 15.625);

    const FuturesSpec* twe = m_data.findSpec("TWE");
    QVERIFY(twe);
    QCOMPARE(twe->originalIssueTenorYears, (std::vector<int>{20, 30}));
    QVERIFY(!twe->remainingMaxInclusive);

    const FuturesSpec* zt = m_data.findSpec("ZT");
    QVERIFY(zt);
    QVERIFY(zt->cfTermRounding == CfTermRounding::Month);
    QVERIFY(zt->remainingMaxFrom == TermAnchor::LastDayOfDeliveryMonth);
    QCOMPARE(zt->faceValueUsd, 200000.0);

    const FuturesSpec* zf = m_data.findSpec("ZF");
    QVERIFY(zf);
    QCOMPARE(zf->remainingMinMonths, std::optional<int>(50));
    QCOMPARE(zf->remainingMaxMonths, std::optional<int>());

    const FuturesSpec* ub = m_data.findSpec("UB");
    QVERIFY(ub);
    QCOMPARE(ub->originalTermMaxMonths, std::optional<int>());
}

void TestMarketDataLoader::loadsFromPath()
{
    const QString dir = QStringLiteral(XMARGIN_SOURCE_DIR "/resources/data/");
    QCOMPARE(io::loadParYields(dir + u"treasury_par_yields.csv"_s).size(), m_data.parYields.size());
    QCOMPARE(io::loadSecurities(dir + u"treasury_securities.csv"_s).size(), m_data.securities.size());
    QCOMPARE(io::loadFuturesSpecs(dir + u"treasury_futures_specs.csv"_s).size(), m_data.futuresSpecs.size());
    QCOMPARE(io::loadSofr(dir + u"sofr_daily.csv"_s).size(), m_data.sofr.size());
}

void TestMarketDataLoader::unreadablePathNamesTheFile()
{
    const QString path = u"/nonexistent/xmargin/curve.csv"_s;
    try {
        io::loadParYields(path);
        QFAIL("loading a missing file did not throw");
    } catch (const InputError& error) {
        QCOMPARE(error.file(), path);
        QCOMPARE(error.line(), 0);
        QVERIFY2(QString::fromUtf8(error.what()).startsWith(path + u": expected a readable file"_s), error.what());
    }
}

void TestMarketDataLoader::acceptsParYieldVariants_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("firstDate");
    QTest::addColumn<QString>("lastDate");
    QTest::addColumn<double>("lastTenYear");

    QTest::newRow("crlf-and-bom")
        << (QByteArray("\xEF\xBB\xBF") + yieldFile({yieldRow(u"2024-01-02"_s),
                                                    yieldRow(u"2024-01-03"_s)}).replace("\n", "\r\n"))
        << 2 << u"2024-01-02"_s << u"2024-01-03"_s << 3.95;
    QTest::newRow("blank-lines-and-blank-cells")
        << joinLines({kYieldHeader, QString(), yieldRow(u"2024-01-02"_s), QString(),
                      yieldRow(u"2024-01-03"_s, yieldValuesWith(u"20Y"_s, QString())), QString()})
        << 2 << u"2024-01-02"_s << u"2024-01-03"_s << 3.95;
    QTest::newRow("quoted-values")
        << yieldFile({yieldRow(u"\"2024-01-02\""_s, yieldValuesWith(u"10Y"_s, u"\"4.01\""_s))})
        << 1 << u"2024-01-02"_s << u"2024-01-02"_s << 4.01;
    // Treasury's download: MM/DD/YYYY, newest first, extra tenors (1.5 Month, 4 Mo), an all-N/A holiday row.
    QTest::newRow("treasury-download")
        << joinLines({kTreasuryHeader, treasuryRow(u"12/31/2024"_s), treasuryRow(u"12/30/2024"_s, u"4.55"_s),
                      u"10/11/2010,N/A,N/A,N/A,N/A,N/A,N/A,N/A,N/A,N/A,N/A,N/A,N/A,N/A,N/A"_s,
                      treasuryRow(u"1/2/2024"_s, u"3.95"_s)})
        << 3 << u"2024-01-02"_s << u"2024-12-31"_s << 4.58;
    QTest::newRow("treasury-download-crlf")
        << joinLines({kTreasuryHeader, treasuryRow(u"07/11/2025"_s, u"4.43"_s)}).replace("\n", "\r\n")
        << 1 << u"2025-07-11"_s << u"2025-07-11"_s << 4.43;
}

void TestMarketDataLoader::acceptsParYieldVariants()
{
    QFETCH(QByteArray, input);
    QFETCH(int, rows);
    QFETCH(QString, firstDate);
    QFETCH(QString, lastDate);
    QFETCH(double, lastTenYear);
    const QString context = u"input:\n%1"_s.arg(QString::fromUtf8(input));
    QBuffer buffer(&input);
    try {
        const ParYieldHistory history = io::loadParYields(buffer, u"py.csv"_s);
        QVERIFY2(history.size() == std::size_t(rows), qPrintable(context + u"\nrows: %1"_s.arg(history.size())));
        QVERIFY2(io::toIsoString(history.firstDate()) == firstDate, qPrintable(context));
        QVERIFY2(io::toIsoString(history.lastDate()) == lastDate, qPrintable(context));
        QVERIFY2(history.rows().back().yieldsPct[7] == lastTenYear,
                 qPrintable(context + u"\nlast 10Y: %1"_s.arg(history.rows().back().yieldsPct[7])));
    } catch (const InputError& error) {
        QFAIL(qPrintable(context + u"\nthrew: "_s + QString::fromUtf8(error.what())));
    }
}

void TestMarketDataLoader::rejectsMalformedInput_data()
{
    QTest::addColumn<QString>("loader");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expectedStart");   // "file:line: field: " (what() starts with it)

    const QString py = u"py.csv"_s;
    const QString d1 = u"2024-01-02"_s;
    const QString d2 = u"2024-01-03"_s;
    QTest::newRow("yield-not-a-number")
        << "parYields" << py << yieldFile({yieldRow(d1, yieldValuesWith(u"10Y"_s, u"abc"_s))})
        << u"py.csv:2: 10Y: expected a yield in percent, got \"abc\""_s;
    QTest::newRow("yield-nan-text")
        << "parYields" << py << yieldFile({yieldRow(d1), yieldRow(d2, yieldValuesWith(u"5Y"_s, u"nan"_s))})
        << u"py.csv:3: 5Y: expected a yield in percent (a finite number)"_s;
    QTest::newRow("yield-inf-text")
        << "parYields" << py << yieldFile({yieldRow(d1, yieldValuesWith(u"30Y"_s, u"-inf"_s))})
        << u"py.csv:2: 30Y: "_s;
    QTest::newRow("yield-out-of-range")
        << "parYields" << py << yieldFile({yieldRow(d1, yieldValuesWith(u"2Y"_s, u"31"_s))})
        << u"py.csv:2: 2Y: expected a yield in percent from -5 to 30, got \"31\""_s;
    QTest::newRow("yield-1M-checked-too")
        << "parYields" << py << yieldFile({yieldRow(d1, yieldValuesWith(u"1M"_s, u"x"_s))})
        << u"py.csv:2: 1M: expected a yield in percent, got \"x\""_s;
    QTest::newRow("extra-field")
        << "parYields" << py << yieldFile({yieldRow(d1, yieldValuesWith(u"1M"_s, u"5,5"_s))})
        << u"py.csv:2: column 14: expected 13 fields as in the header, got 14"_s;
    QTest::newRow("bad-date")
        << "parYields" << py << yieldFile({yieldRow(d1), yieldRow(u"2024-02-30"_s)})
        << u"py.csv:3: date: expected a date YYYY-MM-DD, got \"2024-02-30\""_s;
    QTest::newRow("us-date-in-project-layout")
        << "parYields" << py << yieldFile({yieldRow(u"01/02/2024"_s)}) << u"py.csv:2: date: "_s;
    QTest::newRow("unsorted-dates")
        << "parYields" << py << yieldFile({yieldRow(d2), yieldRow(d1)})
        << u"py.csv:3: date: expected a date after 2024-01-03"_s;
    QTest::newRow("duplicate-date")
        << "parYields" << py << yieldFile({yieldRow(d1), yieldRow(d2), yieldRow(d2)})
        << u"py.csv:4: date: expected a date after 2024-01-03 (the date is already on line 3)"_s;
    QTest::newRow("wrong-header-name")
        << "parYields" << py << joinLines({QString(kYieldHeader).replace(u"30Y"_s, u"30y"_s), yieldRow(d1)})
        << u"py.csv:1: header: expected column 13 \"30Y\", got \"30y\""_s;
    QTest::newRow("missing-column")
        << "parYields" << py << joinLines({QString(kYieldHeader).remove(u",20Y"_s), yieldRow(d1)})
        << u"py.csv:1: header: expected column 12 \"20Y\", got \"30Y\""_s;
    QTest::newRow("short-row")
        << "parYields" << py << yieldFile({yieldRow(d1), yieldRow(d2).section(u',', 0, 11)})
        << u"py.csv:3: 30Y: expected a value, the row ends after 12 of 13 fields"_s;
    QTest::newRow("row-without-factor-yields")
        << "parYields" << py << yieldFile({u"2024-01-02,5.5,5.5,,,,,,,,,,"_s})
        << u"py.csv:2: 3M..30Y: expected at least one yield"_s;
    QTest::newRow("unterminated-quote")
        << "parYields" << py << yieldFile({yieldRow(d1), u"\"2024-01-03,4.1"_s})
        << u"py.csv:3: date: expected a closing quote"_s;
    QTest::newRow("empty-file") << "parYields" << py << QByteArray() << u"py.csv: expected a header row"_s;
    QTest::newRow("header-only") << "parYields" << py << yieldFile({}) << u"py.csv: expected at least one data row"_s;

    const QString tr = u"tr.csv"_s;
    QTest::newRow("treasury-bad-us-date")
        << "parYields" << tr << joinLines({kTreasuryHeader, treasuryRow(u"13/01/2024"_s)})
        << u"tr.csv:2: Date: expected a date MM/DD/YYYY, got \"13/01/2024\""_s;
    QTest::newRow("treasury-iso-date")
        << "parYields" << tr << joinLines({kTreasuryHeader, treasuryRow(u"2024-01-02"_s)})
        << u"tr.csv:2: Date: "_s;
    QTest::newRow("treasury-duplicate-date")
        << "parYields" << tr
        << joinLines({kTreasuryHeader, treasuryRow(u"01/03/2024"_s), treasuryRow(u"01/02/2024"_s),
                      treasuryRow(u"01/02/2024"_s)})
        << u"tr.csv:4: Date: expected a date after 2024-01-02 (the date is already on line 3)"_s;
    QTest::newRow("treasury-missing-tenor")
        << "parYields" << tr << joinLines({QString(kTreasuryHeader).replace(u"\"10 Yr\""_s, u"\"10 Year\""_s),
                                           treasuryRow(u"01/02/2024"_s)})
        << u"tr.csv:1: header: expected a column \"10 Yr\" (Treasury download format)"_s;
    QTest::newRow("treasury-bad-yield")
        << "parYields" << tr << joinLines({kTreasuryHeader, treasuryRow(u"01/02/2024"_s, u"n.a."_s)})
        << u"tr.csv:2: 10 Yr: expected a yield in percent, got \"n.a.\""_s;

    const QString sec = u"sec.csv"_s;
    QTest::newRow("cusip-check-digit")
        << "securities" << sec << securitiesWith(u"cusip"_s, u"91282CLF7"_s)
        << u"sec.csv:2: cusip: expected a 9-character CUSIP with a valid check digit, got \"91282CLF7\""_s;
    QTest::newRow("cusip-length")
        << "securities" << sec << securitiesWith(u"cusip"_s, u"91282CLF"_s) << u"sec.csv:2: cusip: "_s;
    QTest::newRow("cusip-duplicate")
        << "securities" << sec << joinLines({kSecurityHeader, kOtherSecurityRow, kSecurityRow, kSecurityRow})
        << u"sec.csv:4: cusip: expected a value not listed before (it is already on line 3)"_s;
    QTest::newRow("security-type-enum")
        << "securities" << sec << securitiesWith(u"security_type"_s, u"Bill"_s)
        << u"sec.csv:2: security_type: expected one of Note|Bond, got \"Bill\""_s;
    QTest::newRow("original-term")
        << "securities" << sec << securitiesWith(u"original_term_years"_s, u"4"_s)
        << u"sec.csv:2: original_term_years: "_s;
    QTest::newRow("coupon-out-of-range")
        << "securities" << sec << securitiesWith(u"coupon_pct"_s, u"25"_s)
        << u"sec.csv:2: coupon_pct: expected a coupon in percent from 0 to 20"_s;
    QTest::newRow("maturity-before-dated-date")
        << "securities" << sec << securitiesWith(u"maturity_date"_s, u"2024-08-15"_s)
        << u"sec.csv:2: maturity_date: expected a date after the dated date 2024-08-15"_s;
    QTest::newRow("reopening-enum")
        << "securities" << sec << securitiesWith(u"reopening"_s, u"yes"_s)
        << u"sec.csv:2: reopening: expected one of Y|N, got \"yes\""_s;
    QTest::newRow("securities-wrong-header")
        << "securities" << sec
        << joinLines({QString(kSecurityHeader).replace(u"coupon_pct"_s, u"coupon"_s), kSecurityRow})
        << u"sec.csv:1: header: expected column 4 \"coupon_pct\", got \"coupon\""_s;

    const QString specs = u"specs.csv"_s;
    QTest::newRow("spec-anchor-enum")
        << "specs" << specs << specsWith(u"remaining_min_from"_s, u"first_day"_s)
        << u"specs.csv:2: remaining_min_from: expected one of first_day_of_delivery_month|last_day_of_delivery_month"_s;
    QTest::newRow("spec-inclusive-required-with-months")
        << "specs" << specs << specsWith(u"remaining_max_inclusive"_s, QString())
        << u"specs.csv:2: remaining_max_inclusive: expected one of Y|N, got \"\""_s;
    QTest::newRow("spec-rounding-enum")
        << "specs" << specs << specsWith(u"cf_term_rounding"_s, u"week"_s)
        << u"specs.csv:2: cf_term_rounding: expected one of month|quarter, got \"week\""_s;
    QTest::newRow("spec-months-out-of-range")
        << "specs" << specs << specsWith(u"remaining_max_months"_s, u"500"_s)
        << u"specs.csv:2: remaining_max_months: expected a number of months from 0 to 480"_s;
    QTest::newRow("spec-months-fractional")
        << "specs" << specs << specsWith(u"original_term_max_months"_s, u"120.5"_s)
        << u"specs.csv:2: original_term_max_months: "_s;
    QTest::newRow("spec-face-not-positive")
        << "specs" << specs << specsWith(u"face_value_usd"_s, u"0"_s)
        << u"specs.csv:2: face_value_usd: expected a face value in USD above 0"_s;
    QTest::newRow("spec-tenor-list")
        << "specs" << specs << specsWith(u"original_issue_tenor_years"_s, u"20;30"_s)
        << u"specs.csv:2: original_issue_tenor_years: "_s;
    QTest::newRow("spec-contract-months")
        << "specs" << specs << specsWith(u"contract_months"_s, u"\"H,M,U,W\""_s)
        << u"specs.csv:2: contract_months: "_s;
    QTest::newRow("spec-duplicate-symbol")
        << "specs" << specs
        << (specsWith(u"symbol"_s, u"TWE"_s) + specsWith(u"symbol"_s, u"TWE"_s).split('\n')[1] + '\n')
        << u"specs.csv:3: symbol: expected a value not listed before (it is already on line 2)"_s;

    const QString sofr = u"sofr.csv"_s;
    QTest::newRow("sofr-unsorted")
        << "sofr" << sofr << sofrFile({u"2019-09-17,5.25"_s, u"2019-09-16,2.43"_s})
        << u"sofr.csv:3: date: expected a date after 2019-09-17"_s;
    QTest::newRow("sofr-percent-sign")
        << "sofr" << sofr << sofrFile({u"2019-09-17,5.25%"_s})
        << u"sofr.csv:2: sofr_pct: expected a rate in percent, got \"5.25%\""_s;
    QTest::newRow("sofr-not-utf8")
        << "sofr" << sofr << QByteArray("date,sofr_pct\n2019-09-17,\xFF\n")
        << u"sofr.csv:2: expected UTF-8 text, got bytes that are not UTF-8"_s;
}

void TestMarketDataLoader::rejectsMalformedInput()
{
    QFETCH(QString, loader);
    QFETCH(QString, fileName);
    QFETCH(QByteArray, input);
    QFETCH(QString, expectedStart);
    const QString context = u"loader: %1\ninput:\n%2\nexpected message starting: %3"_s
                                .arg(loader, QString::fromUtf8(input), expectedStart);
    const Loader load = loaderNamed(loader);
    QVERIFY2(load, qPrintable(context));
    QBuffer buffer(&input);
    try {
        load(buffer, fileName);
        QFAIL(qPrintable(context + u"\nloaded without error"_s));
    } catch (const InputError& error) {
        const QString actual = QString::fromUtf8(error.what());
        QVERIFY2(actual.startsWith(expectedStart), qPrintable(context + u"\nactual message: "_s + actual));
        QCOMPARE(error.file(), fileName);
    }
}

QTEST_GUILESS_MAIN(TestMarketDataLoader)
#include "tst_market_data_loader.moc"
