#include "bundled_market.h"

#include "core/io/market_data_loader.h"

#include <stdexcept>
#include <string>

namespace xm::test {

const MarketData& bundledMarket()
{
    static const MarketData data = io::loadBundledMarketData();
    return data;
}

Date isoDate(const char* text)
{
    const auto date = Date::parseIso(text);
    if (!date)
        throw std::invalid_argument(std::string("bad test date ") + text);
    return *date;
}

} // namespace xm::test
