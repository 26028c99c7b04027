#include "listed_instruments.h"

#include "position_text.h"

#include "core/portfolio/position_rules.h"

#include <QCoreApplication>

namespace xm {
namespace {

constexpr int kMonthsPerQuarter = 3;

QString shortRateName(std::string_view symbol)
{
    if (symbol == "SR3")
        return QCoreApplication::translate("xm::ListedInstruments", "Three-Month SOFR Futures");
    if (symbol == "SR1")
        return QCoreApplication::translate("xm::ListedInstruments", "One-Month SOFR Futures");
    return QCoreApplication::translate("xm::ListedInstruments", "30-Day Federal Funds Futures");
}

} // namespace

std::vector<const TreasurySecurity*> outstandingSecurities(const MarketData& data, Date asOf)
{
    std::vector<const TreasurySecurity*> out;
    for (const TreasurySecurity& security : data.securities) {
        if (security.datedDate <= asOf && security.maturity > asOf)
            out.push_back(&security);
    }
    return out;
}

std::vector<ListedFuture> listedFutures(const MarketData& data)
{
    std::vector<ListedFuture> out;
    for (std::string_view symbol : kCmeFuturesSymbols) {
        const FuturesSpec* spec = data.findSpec(symbol);
        out.push_back({QString::fromUtf8(symbol.data(), static_cast<qsizetype>(symbol.size())),
                       spec ? QString::fromStdString(spec->name) : shortRateName(symbol)});
    }
    return out;
}

ContractMonth nextQuarterlyMonth(ContractMonth month)
{
    return month.month + kMonthsPerQuarter > 12 ? ContractMonth{month.year + 1, month.month + kMonthsPerQuarter - 12}
                                                : ContractMonth{month.year, month.month + kMonthsPerQuarter};
}

std::vector<ContractMonth> listedMonths(ContractMonth front)
{
    std::vector<ContractMonth> months{front};
    while (static_cast<int>(months.size()) < kListedQuarterlyMonths)
        months.push_back(nextQuarterlyMonth(months.back()));
    return months;
}

QStringList listedFuturesCodes(ContractMonth front)
{
    QStringList codes;
    for (std::string_view symbol : kCmeFuturesSymbols) {
        for (ContractMonth month : listedMonths(front)) {
            Position p;
            p.venue = Venue::Cme;
            p.symbol = std::string(symbol);
            p.month = month;
            codes << instrumentText(p);
        }
    }
    return codes;
}

} // namespace xm
