#include "bad_inputs.h"

#include <QFile>

#include <stdexcept>

namespace xm::test {

using namespace Qt::StringLiterals;

namespace {

constexpr const char* kPortfolio = R"({
  "format": "xmargin-portfolio",
  "version": 1,
  "name": "Bad input",
  "asOf": "2025-07-11",
  "account": {
    "type": "customer",
    "clearingFirm": { "brokerDealer": true, "fcm": true, "ficcMember": true, "cmeMember": true },
    "optIn": true,
    "riskProfile": "HRP"
  },
  "positions": [
    { "id": "p1", "venue": "FICC", "type": "cash", "cusip": "91282CLF6", "quantity": 100000000 },
    { "id": "p2", "venue": "FICC", "type": "repo", "coupon": 4.25, "maturity": "2034-11-15", "end": "2025-10-11", "quantity": 50000000 },
    { "id": "p3", "venue": "CME", "type": "future", "symbol": "ZN", "month": "2025-09", "quantity": -950, "allocateXM": true }
  ]
}
)";

constexpr const char* kPositions = "venue,type,instrument,quantity,allocate_xm,end\n"
                                   "FICC,cash,91282CLF6,100mm,,\n"
                                   "FICC,repo,4.25@2034-11-15,50mm,,2025-10-11\n"
                                   "CME,future,ZNU5,-950,yes,\n";

constexpr const char* kCurveHeader = "date,1M,2M,3M,6M,1Y,2Y,3Y,5Y,7Y,10Y,20Y,30Y\n";
constexpr const char* kCurve = "date,1M,2M,3M,6M,1Y,2Y,3Y,5Y,7Y,10Y,20Y,30Y\n"
                               "2025-07-09,4.36,4.45,4.42,4.31,4.07,3.86,3.8,3.92,4.11,4.34,4.87,4.87\n"
                               "2025-07-10,4.36,4.47,4.42,4.31,4.07,3.86,3.82,3.93,4.12,4.35,4.87,4.86\n"
                               "2025-07-11,4.37,4.47,4.41,4.31,4.09,3.9,3.86,3.99,4.19,4.43,4.96,4.96\n";
constexpr const char* kTreasuryCurve =
    "Date,\"1 Mo\",\"3 Mo\",\"6 Mo\",\"1 Yr\",\"2 Yr\",\"3 Yr\",\"5 Yr\",\"7 Yr\",\"10 Yr\",\"20 Yr\",\"30 Yr\"\n"
    "07/11/2025,4.36,4.42,4.30,4.08,3.90,3.89,3.99,4.19,4.43,4.98,4.97\n";

// `text` with its first `from` replaced by `to`; throws when `from` is not there.
QByteArray replaced(QByteArray text, const QByteArray& from, const QByteArray& to)
{
    const qsizetype at = text.indexOf(from);
    if (at < 0)
        throw std::logic_error("bad input template lacks " + from.toStdString());
    return text.replace(at, from.size(), to);
}

// The line of the first `needle` in `text`.
int lineOf(const QByteArray& text, const QByteArray& needle)
{
    const qsizetype at = text.indexOf(needle);
    if (at < 0)
        throw std::logic_error("bad input lacks " + needle.toStdString());
    return static_cast<int>(text.first(at).count('\n')) + 1;
}

// Adds the case `good` with its first `from` replaced by `to`, reported at the line of `to`.
struct Edit {
    std::vector<BadInput>& cases;
    InputFormat format;
    const QByteArray& good;

    void operator()(const char* name, const QByteArray& from, const QByteArray& to, const QString& field,
                    const QString& expected) const
    {
        const QByteArray input = replaced(good, from, to);
        cases.push_back({QString::fromLatin1(name), format, input, lineOf(input, to), field, expected});
    }
};

// A PNG file's first bytes: binary data with a NUL on line 3.
const QByteArray kPngHeader("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0", 20);
const QByteArray kMillionCharacters(1000000, 'X');

void addPortfolioCases(std::vector<BadInput>& cases)
{
    const QByteArray good = goodPortfolioJson();
    const InputFormat f = InputFormat::PortfolioJson;
    const Edit edit{cases, f, good};
    const QString quantity0 = u"positions[0].quantity"_s;
    const QString face = u"a face value in USD from -1e13 to 1e13"_s;
    cases.push_back({u"json truncated"_s, f, good.first(good.indexOf("    { \"id\": \"p2\"")), 14, {},
                     u"valid JSON (unterminated array)"_s});
    edit("json quantity as text", "\"quantity\": 100000000", "\"quantity\": \"100000000\"", quantity0, face);
    edit("json quantity NaN as text", "\"quantity\": 100000000", "\"quantity\": \"NaN\"", quantity0, face);
    edit("json quantity Infinity as text", "\"quantity\": 100000000", "\"quantity\": \"-Infinity\"", quantity0, face);
    edit("json quantity NaN", "\"quantity\": 100000000", "\"quantity\": NaN", {}, u"valid JSON (illegal number)"_s);
    edit("json quantity overflows", "\"quantity\": 100000000", "\"quantity\": 1e400", {}, u"valid JSON (illegal number)"_s);
    edit("json face 1e300", "\"quantity\": 100000000", "\"quantity\": 1e300", quantity0, face);
    edit("json contracts 1e300", "\"quantity\": -950", "\"quantity\": -1e300", u"positions[2].quantity"_s,
         u"a whole number of contracts from -1e7 to 1e7"_s);
    edit("json million-character cusip", "\"91282CLF6\"", '"' + kMillionCharacters + '"', u"positions[0].cusip"_s,
         u"a 9-character CUSIP with a valid check digit"_s);
    edit("json unknown cusip", "\"91282CLF6\"", "\"91282CLF7\"", u"positions[0].cusip"_s,
         u"a 9-character CUSIP with a valid check digit"_s);
    edit("json impossible maturity", "\"2034-11-15\"", "\"2025-02-30\"", u"positions[1].maturity"_s,
         u"a maturity date YYYY-MM-DD"_s);
    edit("json impossible asOf", "\"2025-07-11\"", "\"2025-02-29\"", u"asOf"_s, u"an as-of date YYYY-MM-DD"_s);
    edit("json impossible end", "\"2025-10-11\"", "\"2025-09-31\"", u"positions[1].end"_s, u"an end date YYYY-MM-DD"_s);
    cases.push_back({u"json duplicate id"_s, f, replaced(good, "\"id\": \"p2\"", "\"id\": \"p1\""), 14,
                     u"positions[1].id"_s, u"an id no other position has (positions[0] has it)"_s});
    edit("json unknown venue", "\"FICC\"", "\"NYSE\"", u"positions[0].venue"_s, u"one of FICC | CME"_s);
    edit("json unknown type", "\"repo\"", "\"swap\"", u"positions[1].type"_s, u"a FICC type, one of cash | repo"_s);
    edit("json unknown risk profile", "\"HRP\"", "\"medium\"", u"account.riskProfile"_s, u"one of HRP | nonHRP"_s);
    edit("json impossible month", "\"2025-09\"", "\"2025-13\"", u"positions[2].month"_s, u"a contract month YYYY-MM"_s);
    edit("json version as text", "\"version\": 1", "\"version\": \"1\"", u"version"_s, u"1, the version"_s);
    edit("json flag as text", "\"optIn\": true", "\"optIn\": \"yes\"", u"account.optIn"_s, u"true or false"_s);
    edit("json extra comma", "\"version\": 1,", "\"version\": 1,,", {}, u"valid JSON"_s);
    edit("json not UTF-8", "\"Bad input\"", "\"Bad \xff input\"", {}, u"UTF-8 text, got bytes that are not UTF-8"_s);
    cases.push_back({u"json top-level array"_s, f, "[1, 2]\n", 1, {}, u"a JSON object at the top level"_s});
    cases.push_back({u"json empty file"_s, f, {}, 0, {}, u"a JSON object, the file is empty"_s});
    cases.push_back({u"json blank file"_s, f, " \r\n\n", 0, {}, u"a JSON object, the file is empty"_s});
    cases.push_back({u"json UTF-16"_s, f, asUtf16(good), 0, {}, u"UTF-8 text, got UTF-16"_s});
    cases.push_back({u"json UTF-16 without byte-order mark"_s, f, asUtf16(good).sliced(2), 1, {},
                     u"UTF-8 text, got a NUL byte"_s});
    cases.push_back({u"json binary"_s, f, kPngHeader, 3, {}, u"UTF-8 text, got a NUL byte"_s});
}

void addPositionCsvCases(std::vector<BadInput>& cases)
{
    const QByteArray good = goodPositionCsv();
    const InputFormat f = InputFormat::PositionCsv;
    const Edit edit{cases, f, good};
    const QString quantity = u"quantity"_s;
    const QString typed = u"a quantity such as -950, +100mm, 25m or 1.5bn"_s;
    cases.push_back({u"csv empty file"_s, f, {}, 0, {}, u"a header row, the file is empty"_s});
    cases.push_back({u"csv header only"_s, f, good.first(good.indexOf('\n') + 1), 0, {},
                     u"at least one data row below the header"_s});
    edit("csv short row", "FICC,cash,91282CLF6,100mm,,", "FICC,cash,91282CLF6,100mm,", u"end"_s,
         u"a value, the row ends after 5 of 6 fields"_s);
    edit("csv long row", "CME,future,ZNU5,-950,yes,", "CME,future,ZNU5,-950,yes,,desk", u"column 7"_s,
         u"6 fields as in the header, got 7"_s);
    edit("csv missing column", "allocate_xm,end", "end", u"header"_s, u"a column \"allocate_xm\""_s);
    edit("csv unknown column", "allocate_xm,end", "allocate_xm,end,trader", u"header"_s,
         u"only the columns venue, type, instrument, quantity, allocate_xm and end, got \"trader\""_s);
    edit("csv duplicate column", "allocate_xm,end", "allocate_xm,venue", u"header"_s,
         u"unique column names, got \"venue\" twice"_s);
    edit("csv quantity nan", "100mm", "nan", quantity, typed);
    edit("csv quantity inf", "100mm", "-inf", quantity, typed);
    edit("csv quantity 1e300", "100mm", "1e300", quantity, typed);
    edit("csv quantity 10^22", "100mm", "10000000000000000000000", quantity, u"a face value in USD from -1e13 to 1e13"_s);
    edit("csv fractional contracts", "-950", "-950.5", quantity, u"a whole number of contracts from -1e7 to 1e7"_s);
    edit("csv absurd contracts", "-950", "-99999999", quantity, u"a whole number of contracts from -1e7 to 1e7"_s);
    edit("csv unknown cusip", "91282CLF6", "91282CLF7", u"instrument"_s, u"a CUSIP or coupon@YYYY-MM-DD"_s);
    edit("csv impossible maturity", "4.25@2034-11-15", "4.25@2025-02-30", u"instrument"_s, u"a date YYYY-MM-DD"_s);
    edit("csv impossible end", "2025-10-11", "2025-02-30", u"end"_s, u"a date YYYY-MM-DD"_s);
    edit("csv missing end", "50mm,,2025-10-11", "50mm,,", u"end"_s, u"an end date YYYY-MM-DD on a repo row"_s);
    edit("csv unknown venue", "FICC,cash", "LCH,cash", u"venue"_s, u"one of FICC|CME"_s);
    edit("csv unknown type", "FICC,repo", "FICC,swap", u"type"_s, u"a FICC type, one of cash | repo"_s);
    edit("csv unknown allocation", "-950,yes", "-950,maybe", u"allocate_xm"_s, u"one of yes|no"_s);
    edit("csv unknown symbol", "ZNU5", "ZZU5", u"instrument"_s, u"a futures symbol, one of ZT | Z3N"_s);
    edit("csv million-character instrument", "91282CLF6", kMillionCharacters, u"instrument"_s,
         u"a CUSIP or coupon@YYYY-MM-DD"_s);
    edit("csv unclosed quote", "4.25@2034-11-15", "\"4.25@2034-11-15", u"instrument"_s,
         u"a closing quote before the end of the file"_s);
    edit("csv not UTF-8", "4.25@2034-11-15", "4.25\xa0@2034-11-15", {}, u"UTF-8 text, got bytes that are not UTF-8"_s);
    QByteArray wide = "venue,type,instrument,quantity,allocate_xm";
    for (int i = 0; i < 100000; ++i)
        wide += ",c" + QByteArray::number(i);
    cases.push_back({u"csv 100,000 columns"_s, f, wide + "\nFICC,cash,91282CLF6,1mm,\n", 1, u"header"_s,
                     u"only the columns venue, type, instrument, quantity, allocate_xm and end, got \"c0\""_s});
    cases.push_back({u"csv UTF-16"_s, f, asUtf16(good), 0, {}, u"UTF-8 text, got UTF-16"_s});
    cases.push_back({u"csv binary"_s, f, kPngHeader, 3, {}, u"UTF-8 text, got a NUL byte"_s});
}

void addParYieldCases(std::vector<BadInput>& cases)
{
    const QByteArray good = goodParYieldCsv();
    const InputFormat f = InputFormat::ParYieldCsv;
    const Edit edit{cases, f, good};
    const QString yield = u"a yield in percent"_s;
    cases.push_back({u"curve empty file"_s, f, {}, 0, {}, u"a header row, the file is empty"_s});
    cases.push_back({u"curve header only"_s, f, kCurveHeader, 0, {}, u"at least one data row below the header"_s});
    edit("curve missing column", ",20Y,30Y\n", ",20Y\n", u"header"_s, u"column 13 \"30Y\", the header has only 12 columns"_s);
    edit("curve impossible date", "2025-07-10", "2025-02-30", u"date"_s, u"a date YYYY-MM-DD"_s);
    cases.push_back({u"curve duplicate date"_s, f, replaced(good, "2025-07-10", "2025-07-09"), 3, u"date"_s,
                     u"a date after 2025-07-09 (the date is already on line 2)"_s});
    edit("curve dates descending", "2025-07-11", "2025-07-01", u"date"_s,
         u"a date after 2025-07-10 (dates ascending; line 3 has the later date)"_s);
    edit("curve yield NaN", "4.34,4.87,4.87", "NaN,4.87,4.87", u"10Y"_s, yield + u" (a finite number)"_s);
    edit("curve yield inf", "2025-07-09,4.36,4.45,4.42", "2025-07-09,4.36,4.45,inf", u"3M"_s, yield + u" (a finite number)"_s);
    edit("curve yield 1e300", "4.34,4.87,4.87", "1e300,4.87,4.87", u"10Y"_s, yield + u" from -5 to 30"_s);
    edit("curve row without yields", "2025-07-10,4.36,4.47,4.42,4.31,4.07,3.86,3.82,3.93,4.12,4.35,4.87,4.86",
         "2025-07-10,4.36,4.47,,,,,,,,,,", u"3M..30Y"_s, u"at least one yield, the row has none"_s);
    edit("curve short row", "4.43,4.96,4.96", "4.43,4.96", u"30Y"_s, u"a value, the row ends after 12 of 13 fields"_s);
    edit("curve million-character date", "2025-07-10", kMillionCharacters, u"date"_s, u"a date YYYY-MM-DD"_s);
    const QByteArray treasury(kTreasuryCurve);
    const QByteArray badDate = replaced(treasury, "07/11/2025", "13/45/2025");
    cases.push_back({u"curve impossible Treasury date"_s, f, badDate, 2, u"Date"_s, u"a date MM/DD/YYYY"_s});
    cases.push_back({u"curve Treasury layout without 10 Yr"_s, f, replaced(treasury, ",\"10 Yr\"", ",\"10Y\""), 1,
                     u"header"_s, u"a column \"10 Yr\" (Treasury download format)"_s});
    cases.push_back({u"curve Treasury holidays only"_s, f, replaced(treasury, "4.36,4.42,4.30,4.08,3.90,3.89,3.99,4.19,4.43,4.98,4.97",
                                                                     "N/A,N/A,N/A,N/A,N/A,N/A,N/A,N/A,N/A,N/A,N/A"),
                     0, {}, u"at least one row with a yield (Treasury download format)"_s});
    cases.push_back({u"curve UTF-16"_s, f, asUtf16(good), 0, {}, u"UTF-8 text, got UTF-16"_s});
}

void addParameterCases(std::vector<BadInput>& cases)
{
    const QByteArray good = goodModelParameters();
    const InputFormat f = InputFormat::ModelParameters;
    const Edit edit{cases, f, good};
    cases.push_back({u"parameters empty file"_s, f, {}, 0, {}, u"a JSON object, the file is empty"_s});
    const QByteArray half = good.first(good.size() / 2);
    cases.push_back({u"parameters truncated"_s, f, half, static_cast<int>(half.count('\n')) + 1, {}, u"valid JSON"_s});
    edit("parameters wrong format", "\"xmargin-parameters\"", "\"xmargin-portfolio\"", u"format"_s,
         u"\"xmargin-parameters\""_s);
    edit("parameters other model", "\"model\": \"xm-2026.1\"", "\"model\": \"xm-2025.9\"", u"model"_s,
         u"\"xm-2026.1\" (the methodology this version implements)"_s);
    edit("parameters NaN as text", "\"value\": 0.99", "\"value\": \"NaN\"", u"ficc.confidence.value"_s,
         u"a number from 0.5 to 0.9999"_s);
    edit("parameters 1e300", "\"value\": 500000", "\"value\": 1e300", u"ficc.mla.thresholdDv01.value"_s,
         u"a number from 1 to 1e+15"_s);
    edit("parameters unknown provenance", "\"value\": 3, \"provenance\": \"official\"",
         "\"value\": 3, \"provenance\": \"guessed\"", u"ficc.horizonDays.provenance"_s,
         u"one of official | calibrated | assumed"_s);
    edit("parameters impossible window date", "\"2008-09-01\"", "\"2008-02-30\"", u"ficc.stressWindows.value.0.first"_s,
         u"a date YYYY-MM-DD"_s);
    edit("parameters unknown CME model", "\"value\": \"span\"", "\"value\": \"spam\"", u"cme.model.value"_s,
         u"one of span | hvar"_s);
    edit("parameters unknown rule", "\"value\": \"min\"", "\"value\": \"max\"", u"xm.rule.value"_s,
         u"one of min | each | onepot | legacy"_s);
    edit("parameters fractional days", "\"value\": 3,", "\"value\": 2.5,", u"ficc.horizonDays.value"_s,
         u"a whole number"_s);
    edit("parameters floor without a percentage", "[0.05, 0.1, 0.15, 0.2, 0.3, 0.4]", "[0.05, 0.1, 0.15, 0.2, 0.3]",
         u"ficc.floor.pct.value"_s, u"one percentage per bucket (6)"_s);
    cases.push_back({u"parameters UTF-16"_s, f, asUtf16(good), 0, {}, u"UTF-8 text, got UTF-16"_s});
}

void addQuickEntryCases(std::vector<BadInput>& cases)
{
    const InputFormat f = InputFormat::QuickEntry;
    const auto line = [&](const char* name, const QByteArray& input, const QString& field, const QString& expected) {
        cases.push_back({QString::fromLatin1(name), f, input, 0, field, expected});
    };
    const QString typed = u"a quantity such as -950, +100mm, 25m or 1.5bn"_s;
    line("quick empty line", "", u"word 1"_s, u"UST, REPO, REVREPO"_s);
    line("quick unknown cusip", "912828XX9 10mm", u"word 1 \"912828XX9\""_s, u"a CUSIP from the securities list"_s);
    line("quick impossible date", "UST 4.25 2025-02-30 10mm", u"word 3 \"2025-02-30\""_s, u"a maturity date YYYY-MM-DD"_s);
    line("quick quantity nan", "ZN nan", u"word 2 \"nan\""_s, typed);
    line("quick quantity inf", "UST 4.25 2034-11-15 inf", u"word 4 \"inf\""_s, typed);
    line("quick quantity 1e300", "ZN 1e300", u"word 2 \"1e300\""_s, typed);
    line("quick absurd contracts", "ZN 100000000", u"word 2 \"100000000\""_s, u"a whole number of contracts from -1e7 to 1e7"_s);
    line("quick absurd face", "UST 4.25 2034-11-15 20000bn", u"word 4 \"20000bn\""_s, u"a face value in USD from -1e13 to 1e13"_s);
    line("quick million-character word", "ZN " + kMillionCharacters, u"word 2 \"XXXX"_s, typed);
    line("quick repo ended", "REPO 91282CLF6 100mm 2020-01-01", u"word 4 \"2020-01-01\""_s,
         u"an end date after the as-of date 2025-07-11"_s);
    line("quick unknown keyword", "SWAP 10mm", u"word 1 \"SWAP\""_s, u"UST, REPO, REVREPO"_s);
    line("quick extra word", "ZN -950 now", u"word 3 \"now\""_s, u"nothing more on the line"_s);
    line("quick unknown term", "REPO 91282CLF6 100mm 90y", u"word 4 \"90y\""_s, u"a repo term such as 90d, 13w or 3m"_s);
    line("quick coupon 42", "UST 42 2034-11-15 10mm", u"word 2 \"42\""_s, u"a CUSIP or a coupon in percent from 0 to 20"_s);
    line("quick impossible month", "ZN 2025-13 -950", u"word 2 \"2025-13\""_s, u"a contract month YYYY-MM"_s);
}

QByteArray resource(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read " + path.toStdString());
    return file.readAll();
}

} // namespace

std::vector<BadInput> badInputs()
{
    std::vector<BadInput> cases;
    addPortfolioCases(cases);
    addPositionCsvCases(cases);
    addParYieldCases(cases);
    addParameterCases(cases);
    addQuickEntryCases(cases);
    return cases;
}

QString fileNameFor(InputFormat format)
{
    switch (format) {
    case InputFormat::PortfolioJson:
        return u"portfolio.xmargin"_s;
    case InputFormat::PositionCsv:
        return u"positions.csv"_s;
    case InputFormat::ParYieldCsv:
        return u"par_yields.csv"_s;
    case InputFormat::ModelParameters:
        return u"parameters.json"_s;
    case InputFormat::QuickEntry:
        break;
    }
    return u"quick-entry.txt"_s;
}

QByteArray goodPortfolioJson()
{
    return kPortfolio;
}

QByteArray goodPositionCsv()
{
    return kPositions;
}

QByteArray goodParYieldCsv()
{
    return kCurve;
}

QByteArray goodModelParameters()
{
    return resource(u":/parameters/xm-2026.1.json"_s);
}

QByteArray withCrlf(const QByteArray& text)
{
    return QByteArray(text).replace("\n", "\r\n");
}

QByteArray withBom(const QByteArray& text)
{
    return "\xEF\xBB\xBF" + text;
}

QByteArray asUtf16(const QByteArray& text)
{
    const QString decoded = QString::fromUtf8(text);
    QByteArray bytes("\xFF\xFE");
    for (const QChar c : decoded) {
        bytes += static_cast<char>(c.unicode() & 0xFF);
        bytes += static_cast<char>(c.unicode() >> 8);
    }
    return bytes;
}

} // namespace xm::test
