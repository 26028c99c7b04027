#pragma once

// Seeded random portfolios for property tests of the margin engine: every portfolio is a pure
// function of (universe, seed), so a failure message naming the seed reproduces it.
#include "core/instruments/contract_month.h"
#include "core/market/date.h"
#include "core/portfolio/portfolio.h"

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace xm {
struct MarketData;
}

namespace xm::test {

// What random positions are drawn from on one as-of date.
struct PortfolioUniverse {
    Date asOf;
    Date spot;
    struct Security {
        std::string cusip;
        Date maturity;
    };
    std::vector<Security> securities;           // issued and not matured at the spot date
    std::vector<Security> longSecurities;       // the subset with more than 1.1 years left
    std::vector<Date> repoEnds;                 // repo close dates, a few so pricing stays cached
    std::vector<ContractMonth> treasuryMonths;  // ZT ... UB: the two nearest quarterly months
    std::vector<ContractMonth> shortRateMonths; // SR3 / ZQ
};

// The bundled securities and the listed months around `asOf` (futures months are the first
// two quarterly months not yet delivered).
PortfolioUniverse bundledUniverse(const MarketData& data, Date asOf);

struct RandomPortfolioOptions {
    int minPositions = 1;
    int maxPositions = 30;
    // Only eligible products, all allocated, on an eligible account; else ~1% of the positions
    // cannot be valued at all.
    bool eligibleOnly = false;
};

class RandomPortfolioGenerator final {
public:
    RandomPortfolioGenerator(const PortfolioUniverse& universe, std::uint32_t seed);

    Portfolio portfolio(const RandomPortfolioOptions& options);
    Position position(bool eligibleOnly);
    Account account(bool eligibleOnly);
    std::mt19937& engine() { return m_rng; }
    int uniform(int lo, int hi);  // inclusive
    bool chance(double p);

private:
    Position security(PositionType type, bool longCollateral);
    Position future(const std::string& symbol, const std::vector<ContractMonth>& months);
    // A position the engine cannot value (unknown CUSIP, delivered contract): shown, not margined.
    Position unvaluable();

    const PortfolioUniverse& m_universe;
    std::mt19937 m_rng;
    int m_nextId = 0;
};

// One line per position, for failure messages.
std::string describe(const Position& position);
std::string describe(const Portfolio& portfolio);

} // namespace xm::test
