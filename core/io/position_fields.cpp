#include "position_fields.h"

#include "../portfolio/position_rules.h"

#include <QStringList>

namespace xm::io {

using namespace Qt::StringLiterals;

namespace {

constexpr PositionType kAllTypes[] = {PositionType::Cash,  PositionType::Repo, PositionType::ReverseRepo,
                                      PositionType::Bill,  PositionType::Tips, PositionType::Frn,
                                      PositionType::Strips, PositionType::Future, PositionType::Option};

QString joined(const QStringList& names)
{
    return names.join(u" | "_s);
}

} // namespace

std::optional<PositionType> positionTypeOf(Venue venue, QStringView text)
{
    const std::optional<PositionType> type = positionTypeFromString(text.toString().toStdString());
    if (!type || isFiccType(*type) != (venue == Venue::Ficc))
        return std::nullopt;
    return type;
}

QString expectedPositionType(Venue venue)
{
    QStringList names;
    for (PositionType type : kAllTypes) {
        if (isFiccType(type) == (venue == Venue::Ficc))
            names << QString::fromUtf8(toString(type));
    }
    return u"a %1 type, one of %2"_s.arg(QString::fromUtf8(toString(venue)), joined(names));
}

QString expectedCmeSymbol(PositionType type)
{
    QStringList symbols;
    for (std::string_view symbol : kCmeFuturesSymbols)
        symbols << QString::fromUtf8(symbol);
    if (type == PositionType::Option)
        return u"an option symbol: O + a futures symbol (OZN), futures symbols "_s + joined(symbols);
    return u"a futures symbol, one of "_s + joined(symbols);
}

QString expectedCusip()
{
    return u"a 9-character CUSIP with a valid check digit"_s;
}

bool writesAllocation(const Position& position)
{
    return position.venue == Venue::Cme && (position.type == PositionType::Future || !position.allocateXM);
}

std::optional<FuturesCode> parseContract(QStringView symbol, QStringView month, int referenceYear)
{
    const std::string symbolText = symbol.toString().toStdString();
    if (month.isEmpty())
        return parseFuturesCode(symbolText, referenceYear);
    const std::string monthText = month.toString().toStdString();
    if (const std::optional<ContractMonth> iso = ContractMonth::parseIso(monthText))
        return FuturesCode{symbolText, *iso};
    if (const std::optional<ContractMonth> code = ContractMonth::parseCode(monthText, referenceYear))
        return FuturesCode{symbolText, *code};
    if (std::optional<FuturesCode> full = parseFuturesCode(monthText, referenceYear); full && full->symbol == symbolText)
        return full;
    return std::nullopt;
}

} // namespace xm::io
