#include "basket_command.h"

#include "arguments.h"

#include "core/instruments/treasury_future.h"
#include "core/io/date_text.h"
#include "core/io/market_data_loader.h"
#include "core/market_environment.h"

#include <QJsonArray>

#include <stdexcept>

namespace xm::cli {
namespace {

using namespace Qt::StringLiterals;

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

QStringList specSymbols(const MarketData& data)
{
    QStringList symbols;
    for (const FuturesSpec& spec : data.futuresSpecs)
        symbols << fromStd(spec.symbol);
    return symbols;
}

// SYMBOL MONTH, or one futures code such as ZNU5; month codes take the decade nearest `asOf`.
FuturesCode parseContract(const QStringList& positionals, Date asOf, const io::FieldParser& parser)
{
    if (positionals.size() == 1) {
        const io::Field code{u"CONTRACT"_s, positionals[0]};
        const std::optional<FuturesCode> parsed =
            parseFuturesCode(code.text.trimmed().toUpper().toStdString(), asOf.year());
        if (!parsed)
            parser.fail(code, u"a futures code such as ZNU5, or SYMBOL MONTH"_s);
        return *parsed;
    }
    const io::Field month{u"MONTH"_s, positionals[1]};
    const std::string monthText = month.text.trimmed().toUpper().toStdString();
    std::optional<ContractMonth> parsed = ContractMonth::parseIso(monthText);
    if (!parsed)
        parsed = ContractMonth::parseCode(monthText, asOf.year());
    if (!parsed)
        parser.fail(month, u"a contract month YYYY-MM or a month code such as U5"_s);
    return {positionals[0].trimmed().toUpper().toStdString(), *parsed};
}

MarketEnvironment environmentOn(const MarketData& data, const io::Field& asOfField, Date asOf,
                                const io::FieldParser& parser)
{
    try {
        return MarketEnvironment(data, asOf);
    } catch (const std::invalid_argument& error) {
        parser.fail(asOfField, u"a date the history covers (%1)"_s.arg(QString::fromUtf8(error.what())));
    }
}

QJsonValue cusipOrNull(const TreasurySecurity& security)
{
    return security.cusip.empty() ? QJsonValue() : QJsonValue(fromStd(security.cusip));
}

QJsonObject deliverableJson(const DeliverableValuation& d)
{
    return {
        {u"cusip"_s, cusipOrNull(d.security)},
        {u"coupon"_s, d.security.couponPct},
        {u"maturity"_s, io::toIsoString(d.security.maturity)},
        {u"cf"_s, d.conversionFactor},
        {u"spotClean"_s, d.spotCleanPrice},
        {u"forwardClean"_s, d.forwardCleanPrice},
        {u"impliedRepo"_s, d.impliedRepo * 100.0},
        {u"netBasis"_s, d.netBasis},
    };
}

QJsonArray toJsonArray(const std::vector<Message>& messages)
{
    QJsonArray array;
    for (const Message& message : messages)
        array.append(fromStd(message.text));
    return array;
}

} // namespace

QJsonObject runBasketCommand(const QStringList& arguments)
{
    const Arguments args(arguments, {u"--as-of"_s});
    args.expectPositionals(1, 2);
    const io::FieldParser parser({}, 0);
    const MarketData data = io::loadBundledMarketData();

    const io::Field asOfField = args.optionalOption(u"--as-of"_s)
                                    .value_or(io::Field{u"--as-of"_s, io::toIsoString(data.parYields.lastDate())});
    const Date asOf = parser.isoDate(asOfField);
    const FuturesCode contract = parseContract(args.positionals(), asOf, parser);
    const FuturesSpec* spec = data.findSpec(contract.symbol);
    if (!spec)
        parser.fail({u"SYMBOL"_s, fromStd(contract.symbol)}, u"one of "_s + specSymbols(data).join(u'|'));

    const MarketEnvironment env = environmentOn(data, asOfField, asOf, parser);
    TreasuryFutureValuation future;
    try {
        future = valueTreasuryFuture(*spec, contract.month, data.securities, env.futuresMarket());
    } catch (const std::invalid_argument& error) {
        parser.fail({u"MONTH"_s, fromStd(contract.month.toIso())},
                    u"a contract month that delivers after the spot date (%1)"_s.arg(QString::fromUtf8(error.what())));
    }

    QJsonArray deliverables;
    for (const DeliverableValuation& d : future.basket)
        deliverables.append(deliverableJson(d));
    return {
        {u"symbol"_s, fromStd(future.symbol)},
        {u"month"_s, fromStd(future.month.toIso())},
        {u"asOf"_s, io::toIsoString(env.asOf())},
        {u"curveDate"_s, io::toIsoString(env.curveDate())},
        {u"deliveryDate"_s, io::toIsoString(future.deliveryDate)},
        {u"repoRate"_s, future.repoRate * 100.0},
        {u"repoSource"_s, fromStd(env.repo().source)},
        {u"fairPrice"_s, future.fairPrice},
        {u"dv01PerContract"_s, future.dv01PerContract},
        {u"deliverables"_s, deliverables},
        {u"ctd"_s, cusipOrNull(future.ctd().security)},
        {u"synthetic"_s, future.synthetic},
        {u"notes"_s, toJsonArray(env.notes())},
    };
}

} // namespace xm::cli
