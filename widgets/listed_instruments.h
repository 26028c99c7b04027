#pragma once

#include "core/instruments/contract_month.h"
#include "core/market_data.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace xm {

// What the pickers and the instrument completer offer.

// The bundled notes and bonds outstanding on `asOf` (accruing, not matured), in list order.
std::vector<const TreasurySecurity*> outstandingSecurities(const MarketData& data, Date asOf);

// Every CME futures symbol a portfolio may hold (FORMATS.md), in the quarterly months listed
// from the front month on.
struct ListedFuture {
    QString symbol;
    QString name;  // from the contract specs; built in for SR3, SR1 and ZQ
};
std::vector<ListedFuture> listedFutures(const MarketData& data);

inline constexpr int kListedQuarterlyMonths = 4;
// Three months on, e.g. 2025-12 -> 2026-03.
ContractMonth nextQuarterlyMonth(ContractMonth month);
std::vector<ContractMonth> listedMonths(ContractMonth front);
// "ZNU5", "ZNZ5", … for every symbol and listed month.
QStringList listedFuturesCodes(ContractMonth front);

} // namespace xm
