#include "position_rules.h"

#include <algorithm>
#include <cmath>

namespace xm {
namespace {

constexpr double kMaxFaceUsd = 1e13;
constexpr double kMaxContracts = 1e7;

} // namespace

bool needsCoupon(PositionType type)
{
    return type == PositionType::Cash || type == PositionType::Repo || type == PositionType::ReverseRepo
           || type == PositionType::Tips;
}

bool needsEndDate(PositionType type)
{
    return type == PositionType::Repo || type == PositionType::ReverseRepo;
}

bool isCmeFuturesSymbol(std::string_view symbol)
{
    return std::find(kCmeFuturesSymbols.begin(), kCmeFuturesSymbols.end(), symbol) != kCmeFuturesSymbols.end();
}

bool isCmeOptionSymbol(std::string_view symbol)
{
    return isCmeFuturesSymbol(symbol) || (symbol.starts_with('O') && isCmeFuturesSymbol(symbol.substr(1)));
}

bool isCmeSymbolFor(PositionType type, std::string_view symbol)
{
    if (type == PositionType::Future)
        return isCmeFuturesSymbol(symbol);
    return type == PositionType::Option && isCmeOptionSymbol(symbol);
}

bool isSensibleQuantity(Venue venue, double quantity)
{
    if (!std::isfinite(quantity))
        return false;
    if (venue == Venue::Ficc)
        return std::abs(quantity) <= kMaxFaceUsd;
    return std::abs(quantity) <= kMaxContracts && quantity == std::trunc(quantity);
}

std::string expectedQuantity(Venue venue)
{
    return venue == Venue::Ficc ? "a face value in USD from -1e13 to 1e13"
                                : "a whole number of contracts from -1e7 to 1e7";
}

} // namespace xm
