#include "fuzz_entry_points.h"

#include "core/io/input_error.h"
#include "core/io/market_data_loader.h"
#include "core/io/model_parameters_loader.h"
#include "core/io/par_yield_loader.h"
#include "core/io/portfolio_json.h"
#include "core/io/position_csv.h"
#include "core/market/yield_curve.h"
#include "core/portfolio/position_rules.h"
#include "core/portfolio/quick_entry.h"

#include <QBuffer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <exception>
#include <iterator>
#include <sstream>
#include <stdexcept>

namespace xm::fuzz {

using namespace Qt::StringLiterals;

namespace {

const QString kInputName = u"fuzz-input"_s;
constexpr int kReferenceYear = 2025;

// Accepts the input when `read` returns no problem, refuses it on an InputError that names the
// input, a line it has and what was expected, and reports anything else as a violation:
// another exception, or a property of the result that `read` found broken.
template <typename Read>
Outcome guarded(const QByteArray& input, Read read)
{
    try {
        const QString problem = read();
        return {problem.isEmpty(), {}, problem};
    } catch (const io::InputError& error) {
        Outcome outcome{false, QString::fromUtf8(error.what()), {}};
        const qsizetype lines = input.count('\n') + 1;
        if (error.file() != kInputName || !error.message().startsWith(u"expected "_s))
            outcome.violation = u"refused without naming the input and what was expected: "_s + outcome.message;
        else if (error.line() < 0 || error.line() > lines)
            outcome.violation = u"refused at line %1 of %2: "_s.arg(error.line()).arg(lines) + outcome.message;
        return outcome;
    } catch (const std::exception& error) {
        return {false, {}, u"unexpected exception: "_s + QString::fromUtf8(error.what())};
    }
}

bool isListedYear(const ContractMonth& month)
{
    return month.year >= 1900 && month.year <= 9999 && month.month >= 1 && month.month <= 12;
}

// What every reader must guarantee of a position it accepts (FORMATS.md, position_rules.h).
QString positionProblem(const Position& p)
{
    if (!isSensibleQuantity(p.venue, p.quantity))
        return u"accepted quantity %1"_s.arg(p.quantity, 0, 'g', 17);
    if (isFiccType(p.type) != (p.venue == Venue::Ficc))
        return u"accepted a type of the other venue"_s;
    if (p.venue == Venue::Cme) {
        if (!isCmeSymbolFor(p.type, p.symbol))
            return u"accepted symbol %1"_s.arg(QString::fromStdString(p.symbol));
        if (!p.month || !isListedYear(*p.month))
            return u"accepted a contract month outside 1900-01..9999-12"_s;
        return {};
    }
    if (p.cusip.empty() && p.maturity.isNull())
        return u"accepted a FICC position without a security"_s;
    if (needsEndDate(p.type) == p.end.isNull())
        return u"accepted a repo without an end date, or an end date on a non-repo"_s;
    if (p.couponPct && !(*p.couponPct >= 0.0 && *p.couponPct <= 20.0))
        return u"accepted coupon %1"_s.arg(*p.couponPct);
    return {};
}

QString positionsProblem(const std::vector<Position>& positions)
{
    for (std::size_t i = 0; i < positions.size(); ++i) {
        if (const QString problem = positionProblem(positions[i]); !problem.isEmpty())
            return u"position %1: %2"_s.arg(QString::number(i), problem);
    }
    return {};
}

std::vector<Position> readCsv(const QByteArray& csv, const QString& name)
{
    QBuffer buffer;
    buffer.setData(csv);
    return io::importPositionsCsv(buffer, name, kReferenceYear);
}

// Exporting `positions` and importing the export gives them back (ids and issue dates aside,
// which the CSV does not carry).
QString csvRoundTripProblem(const std::vector<Position>& positions)
{
    std::vector<Position> expected = positions;
    for (Position& p : expected) {
        p.id.clear();
        p.issue = {};
    }
    try {
        if (readCsv(io::exportPositionsCsv(expected), u"exported.csv"_s) != expected)
            return u"the position CSV export reads back as other positions"_s;
    } catch (const io::InputError& error) {
        return u"the position CSV export does not read back: "_s + QString::fromUtf8(error.what());
    }
    return {};
}

Outcome portfolioJson(const QByteArray& input)
{
    return guarded(input, [&input]() -> QString {
        const io::PortfolioDocument document = io::readPortfolioDocument(input, kInputName);
        if (const QString problem = positionsProblem(document.portfolio.positions); !problem.isEmpty())
            return problem;
        io::PortfolioDocument saved;
        try {
            saved = io::readPortfolioDocument(io::writePortfolioDocument(document), u"saved.xmargin"_s);
        } catch (const io::InputError& error) {
            return u"the saved document does not read back: "_s + QString::fromUtf8(error.what());
        }
        if (!(saved.portfolio == document.portfolio) || saved.extraTop != document.extraTop
            || saved.extraAccount != document.extraAccount || saved.extraClearingFirm != document.extraClearingFirm
            || saved.extraPositions != document.extraPositions)
            return u"saving and reading back changed the document"_s;
        return {};
    });
}

Outcome positionCsv(const QByteArray& input)
{
    return guarded(input, [&input]() -> QString {
        const std::vector<Position> positions = readCsv(input, kInputName);
        if (const QString problem = positionsProblem(positions); !problem.isEmpty())
            return problem;
        return csvRoundTripProblem(positions);
    });
}

QString quickEntryProblem(const std::string& line, const QuickEntryContext& context)
{
    const QuickEntryResult result = parseQuickEntry(line, context);
    if (!result.position) {
        // "word N…": N at most one past the last word (the word that is missing).
        std::istringstream words{line};
        const auto count = std::distance(std::istream_iterator<std::string>(words), std::istream_iterator<std::string>());
        std::size_t word = 0;
        const bool named = std::sscanf(result.error.c_str(), "word %zu", &word) == 1;
        if (!named || word < 1 || word > static_cast<std::size_t>(count) + 1)
            return u"refused without naming one of its %1 words: "_s.arg(count) + QString::fromStdString(result.error);
        return {};
    }
    if (!result.error.empty())
        return u"a position and an error"_s;
    if (const QString problem = positionProblem(*result.position); !problem.isEmpty())
        return problem;
    if (!context.asOf.isNull() && !result.position->end.isNull() && result.position->end <= context.asOf)
        return u"accepted a repo ending on or before the as-of date"_s;
    return csvRoundTripProblem({*result.position});
}

// The line read as the desktop reads it (as of the last history date) and without an as-of
// date (front month only).
Outcome quickEntry(const QByteArray& input)
{
    static const MarketData data = io::loadBundledMarketData();
    const ContractMonth front{2025, 9};
    return guarded(input, [&input, &front]() -> QString {
        const std::string line = input.toStdString();
        for (const Date asOf : {data.parYields.lastDate(), Date()}) {
            if (const QString problem = quickEntryProblem(line, quickEntryContext(data, asOf, front)); !problem.isEmpty())
                return problem;
        }
        return {};
    });
}

Outcome parYields(const QByteArray& input)
{
    return guarded(input, [&input]() -> QString {
        QBuffer buffer;
        buffer.setData(input);
        const ParYieldHistory history = io::loadParYields(buffer, kInputName);
        for (std::size_t i = 0; i < history.size(); ++i) {
            const FactorVector& yields = history.row(i).yieldsPct;
            if (i > 0 && !(history.row(i - 1).date < history.row(i).date))
                return u"accepted dates out of order"_s;
            if (std::none_of(yields.begin(), yields.end(), [](double y) { return std::isfinite(y); }))
                return u"accepted a row without a yield"_s;
            if (std::any_of(yields.begin(), yields.end(), [](double y) { return y < -5.0 || y > 30.0; }))
                return u"accepted a yield outside -5..30%"_s;
        }
        const FactorVector filled = history.filledYieldsPct(history.size() - 1);
        try {
            const YieldCurve curve(history.lastDate(), filled);
            for (const double t : {0.0, 0.25, 1.0, 10.0, 30.0, 50.0}) {
                if (!(std::isfinite(curve.discount(t)) && curve.discount(t) > 0.0))
                    return u"the last curve discounts %1 years by %2"_s.arg(t).arg(curve.discount(t));
            }
        } catch (const std::invalid_argument&) {
            // The curve builder refuses yields that imply a negative discount factor.
        }
        return {};
    });
}

Outcome modelParameters(const QByteArray& input)
{
    return guarded(input, [&input]() -> QString {
        const ModelParameters p = io::loadModelParameters(input, kInputName);
        if (p.records.empty())
            return u"accepted parameters without provenance records"_s;
        if (p.ficc.floorPct.size() != p.ficc.floorBucketMaxYears.size())
            return u"accepted a floor with a percentage count unlike its bucket count"_s;
        return {};
    });
}

} // namespace

const std::vector<Target>& targets()
{
    static const std::vector<Target> list{
        {"portfolio_json", portfolioJson}, {"position_csv", positionCsv},         {"quick_entry", quickEntry},
        {"par_yields", parYields},         {"model_parameters", modelParameters},
    };
    return list;
}

const Target* findTarget(std::string_view name)
{
    for (const Target& target : targets()) {
        if (name == target.name)
            return &target;
    }
    return nullptr;
}

} // namespace xm::fuzz
