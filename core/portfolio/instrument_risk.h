#pragma once

#include "position.h"
#include "../instruments/treasury_future.h"
#include "../margin/cme_exposure.h"
#include "../market/risk_factors.h"
#include "../message.h"

#include <map>
#include <memory>
#include <string>

namespace xm {

class MarketEnvironment;

// The risk of one unit of a position's instrument on the as-of date: 1 USD of face for FICC
// positions, one contract for CME positions. Positions scale it by their quantity.
struct InstrumentRisk {
    std::string error;              // non-empty: cannot be valued (unknown CUSIP, matured, delivered)
    Message description;            // e.g. "UST 4.250% 2034-11-15 (91282CLW9)"
    double remainingYears = 0.0;    // security, repo collateral, CTD or reference period
    FactorVector krd{};             // USD P&L per +1bp per factor (FICC's view)
    double marketValue = 0.0;       // USD (futures: notional at the fair price)
    bool security = false;          // a bond, bill or repo collateral (not a futures contract)
    // CME's view: the contract itself, or the futures-equivalent of a cash leg (SPAN Type-9
    // style, n = DV01_cash / DV01_contract into the contract whose window holds it).
    CmeContractKey cmeContract;
    double cmeContracts = 0.0;
    FactorVector cmeKrd{};
};

// Values instruments once per as-of date and hands out cached per-unit risk.
class InstrumentRiskCache final {
public:
    // `optionDelta`: delta assumed for options on futures (no volatility data is bundled).
    InstrumentRiskCache(const MarketEnvironment& environment, double optionDelta);

    const MarketEnvironment& environment() const { return m_env; }
    const InstrumentRisk& risk(const Position& position);
    // The futures valuation of a contract (nullptr with `error` set if it cannot be valued).
    const TreasuryFutureValuation* future(const std::string& symbol, ContractMonth month, std::string* error);
    // The first quarterly contract month not yet delivered on the as-of date.
    ContractMonth frontMonth() const;
    // Key-rate DV01 of one front-month contract (zero if it cannot be valued): what the
    // calibrated scan range of `symbol` is measured on.
    FactorVector frontContractKrd(const std::string& symbol);
    std::size_t size() const { return m_cache.size(); }

private:
    InstrumentRisk valueFicc(const Position& position);
    InstrumentRisk valueFuture(const Position& position);
    InstrumentRisk valueOption(const Position& position);
    void addFuturesEquivalent(InstrumentRisk& risk, const Date& maturity);
    std::string key(const Position& position) const;

    const MarketEnvironment& m_env;
    double m_optionDelta;
    std::map<std::string, InstrumentRisk> m_cache;
    std::map<std::string, std::unique_ptr<TreasuryFutureValuation>> m_futures;
    std::map<std::string, std::string> m_futureErrors;
};

} // namespace xm
