#pragma once

#include "core/market_data.h"

namespace xm::test {

// The bundled market data, loaded once per test process.
const MarketData& bundledMarket();

// Parses "YYYY-MM-DD" or fails the calling test via an exception.
Date isoDate(const char* text);

} // namespace xm::test
