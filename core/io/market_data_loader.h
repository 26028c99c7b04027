#pragma once

#include "par_yield_loader.h"

#include "../instruments/futures_spec.h"
#include "../instruments/treasury_security.h"
#include "../market_data.h"

#include <QString>

#include <vector>

class QIODevice;

namespace xm::io {

// Loaders for the bundled market-data files (resources/data, formats in PROVENANCE.md).
// Every row is validated; the first problem throws InputError naming the file, the line,
// the column and what was expected. `fileName` is the name used in those messages.

// treasury_securities.csv: nominal notes and bonds with valid, unique CUSIPs.
std::vector<TreasurySecurity> loadSecurities(QIODevice& device, const QString& fileName);
std::vector<TreasurySecurity> loadSecurities(const QString& path);

// treasury_futures_specs.csv: one CME contract per row, unique symbols.
std::vector<FuturesSpec> loadFuturesSpecs(QIODevice& device, const QString& fileName);
std::vector<FuturesSpec> loadFuturesSpecs(const QString& path);

// sofr_daily.csv (date,sofr_pct): strictly ascending dates, rates in percent.
std::vector<RateFixing> loadSofr(QIODevice& device, const QString& fileName);
std::vector<RateFixing> loadSofr(const QString& path);

// The files embedded under :/data/ (resources/data).
QString bundledDataPath(const QString& fileName);
MarketData loadBundledMarketData();

} // namespace xm::io
