#include "random_portfolio.h"

#include "core/market_data.h"
#include "core/market_environment.h"

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <sstream>

namespace xm::test {
namespace {

constexpr const char* kTreasurySymbols[] = {"ZT", "Z3N", "ZF", "ZN", "TN", "TWE", "ZB", "UB"};
constexpr const char* kShortRateSymbols[] = {"SR3", "ZQ"};
constexpr const char* kOptionSymbols[] = {"OZT", "OZF", "OZN", "OZB"};
constexpr double kDaysPerYear = 365.25;

ContractMonth addMonths(ContractMonth m, int months)
{
    const int index = m.year * 12 + (m.month - 1) + months;
    return {index / 12, index % 12 + 1};
}

template <typename T, std::size_t N>
const T& pick(std::mt19937& rng, const T (&items)[N])
{
    return items[std::uniform_int_distribution<std::size_t>(0, N - 1)(rng)];
}

template <typename T>
const T& pick(std::mt19937& rng, const std::vector<T>& items)
{
    return items.at(std::uniform_int_distribution<std::size_t>(0, items.size() - 1)(rng));
}

} // namespace

PortfolioUniverse bundledUniverse(const MarketData& data, Date asOf)
{
    const MarketEnvironment env(data, asOf);
    PortfolioUniverse u;
    u.asOf = asOf;
    u.spot = env.spotDate();
    for (const auto& s : data.securities) {
        if (!(s.maturity > u.spot) || s.datedDate > u.spot)
            continue;
        u.securities.push_back({s.cusip, s.maturity});
        if (static_cast<double>(s.maturity - u.spot) / kDaysPerYear > 1.1)
            u.longSecurities.push_back({s.cusip, s.maturity});
    }
    for (int days : {7, 31, 92, 182})
        u.repoEnds.push_back(u.spot.addDays(days));
    // The first quarterly month not yet delivered, as the engine's front month.
    ContractMonth front{u.spot.year(), (u.spot.month() + 2) / 3 * 3};
    while (!(env.calendar().lastBusinessDayOfMonth(front.year, front.month) > u.spot))
        front = addMonths(front, 3);
    u.treasuryMonths = {front, addMonths(front, 3)};
    u.shortRateMonths = {addMonths({u.spot.year(), u.spot.month()}, 1), front, addMonths(front, 3)};
    return u;
}

RandomPortfolioGenerator::RandomPortfolioGenerator(const PortfolioUniverse& universe, std::uint32_t seed)
    : m_universe(universe)
    , m_rng(seed)
{
}

int RandomPortfolioGenerator::uniform(int lo, int hi)
{
    return std::uniform_int_distribution<int>(lo, hi)(m_rng);
}

bool RandomPortfolioGenerator::chance(double p)
{
    return std::bernoulli_distribution(p)(m_rng);
}

Portfolio RandomPortfolioGenerator::portfolio(const RandomPortfolioOptions& options)
{
    Portfolio p;
    p.asOf = m_universe.asOf;
    p.account = account(options.eligibleOnly);
    const int n = uniform(options.minPositions, options.maxPositions);
    for (int i = 0; i < n; ++i)
        p.positions.push_back(position(options.eligibleOnly));
    return p;
}

Account RandomPortfolioGenerator::account(bool eligibleOnly)
{
    Account a;
    a.riskProfile = chance(0.7) ? RiskProfile::Hrp : RiskProfile::NonHrp;
    const int kind = eligibleOnly ? uniform(0, 1) : uniform(0, 3);
    switch (kind) {
    case 0:  // house account of a common member
        a.type = AccountType::House;
        a.firm = {chance(0.5), chance(0.5), true, true};
        break;
    case 1:  // customer of an eligible BD-FCM, both opted in
        a.type = AccountType::Customer;
        a.firm = {true, true, true, true};
        a.optIn = true;
        break;
    case 2:  // house account of a firm missing one membership
        a.type = AccountType::House;
        a.firm = {chance(0.5), chance(0.5), chance(0.5), false};
        break;
    default:  // customer with any firm and opt-in
        a.type = AccountType::Customer;
        a.firm = {chance(0.5), chance(0.5), chance(0.5), chance(0.5)};
        a.optIn = chance(0.5);
        break;
    }
    return a;
}

Position RandomPortfolioGenerator::position(bool eligibleOnly)
{
    const int roll = uniform(0, 99);
    Position p;
    if (roll < 40)
        p = security(PositionType::Cash, false);
    else if (roll < 46)
        p = security(PositionType::Repo, eligibleOnly);
    else if (roll < 52)
        p = security(PositionType::ReverseRepo, eligibleOnly);
    else if (roll < 82)
        p = future(pick(m_rng, kTreasurySymbols), m_universe.treasuryMonths);
    else if (roll < 90 || eligibleOnly)
        p = future(pick(m_rng, kShortRateSymbols), m_universe.shortRateMonths);
    else if (roll < 93)
        p = security(PositionType::Bill, false);
    else if (roll < 96)
        p = security(PositionType::Tips, false);
    else if (roll < 98) {
        p = future(pick(m_rng, kOptionSymbols), m_universe.treasuryMonths);
        p.type = PositionType::Option;
    } else if (roll < 99)
        p = security(chance(0.5) ? PositionType::Frn : PositionType::Strips, false);
    else
        p = unvaluable();
    if (!eligibleOnly && p.venue == Venue::Cme)
        p.allocateXM = chance(0.85);
    p.id = "p" + std::to_string(++m_nextId);
    return p;
}

Position RandomPortfolioGenerator::security(PositionType type, bool longCollateral)
{
    Position p;
    p.venue = Venue::Ficc;
    p.type = type;
    p.quantity = uniform(1, 300) * 1e6 * (chance(0.5) ? 1.0 : -1.0);
    const Date spot = m_universe.spot;
    switch (type) {
    case PositionType::Bill:
        p.maturity = spot.addDays(pick(m_rng, {35, 91, 182, 300}));
        return p;
    case PositionType::Tips:
        p.couponPct = pick(m_rng, {0.125, 1.375, 2.125});
        p.maturity = Date::fromYmd(spot.year() + pick(m_rng, {3, 7, 25}), 7, 15);
        return p;
    case PositionType::Frn:
        p.maturity = Date::fromYmd(spot.year() + 2, 4, 30);
        return p;
    case PositionType::Strips:
        p.maturity = Date::fromYmd(spot.year() + pick(m_rng, {5, 12, 28}), 5, 15);
        return p;
    default:
        break;
    }
    const bool repo = type == PositionType::Repo || type == PositionType::ReverseRepo;
    const auto& pool = longCollateral ? m_universe.longSecurities : m_universe.securities;
    for (;;) {
        const PortfolioUniverse::Security& s = pick(m_rng, pool);
        p.cusip = s.cusip;
        if (!repo)
            return p;
        // A close date before the collateral matures; else draw another collateral.
        std::vector<Date> ends;
        std::copy_if(m_universe.repoEnds.begin(), m_universe.repoEnds.end(), std::back_inserter(ends),
                     [&](Date end) { return end < s.maturity; });
        if (!ends.empty()) {
            p.end = pick(m_rng, ends);
            return p;
        }
    }
}

Position RandomPortfolioGenerator::unvaluable()
{
    Position p;
    if (chance(0.5)) {
        p = security(PositionType::Cash, false);
        p.cusip = "912828AA0";  // not in the securities list
    } else {
        // Delivered before the spot date.
        p = future(pick(m_rng, kTreasurySymbols), {addMonths(m_universe.treasuryMonths.front(), -3)});
    }
    return p;
}

Position RandomPortfolioGenerator::future(const std::string& symbol, const std::vector<ContractMonth>& months)
{
    Position p;
    p.venue = Venue::Cme;
    p.type = PositionType::Future;
    p.symbol = symbol;
    p.month = pick(m_rng, months);
    p.quantity = uniform(1, 3000) * (chance(0.5) ? 1.0 : -1.0);
    return p;
}

std::string describe(const Position& p)
{
    std::ostringstream out;
    out << p.id << ' ' << toString(p.venue) << ' ' << toString(p.type);
    if (!p.cusip.empty())
        out << ' ' << p.cusip;
    if (p.couponPct)
        out << " coupon " << *p.couponPct;
    if (!p.maturity.isNull())
        out << " maturity " << p.maturity.toIso();
    if (!p.end.isNull())
        out << " end " << p.end.toIso();
    if (!p.symbol.empty())
        out << ' ' << p.symbol << ' ' << (p.month ? p.month->toIso() : std::string("?"));
    char quantity[32];
    std::snprintf(quantity, sizeof quantity, "%.17g", p.quantity);
    out << " qty " << quantity;
    if (p.venue == Venue::Cme)
        out << (p.allocateXM ? " allocated" : " not allocated");
    return out.str();
}

std::string describe(const Portfolio& portfolio)
{
    const Account& a = portfolio.account;
    std::ostringstream out;
    out << "account " << (a.type == AccountType::House ? "house" : "customer") << " bd=" << a.firm.brokerDealer
        << " fcm=" << a.firm.fcm << " ficc=" << a.firm.ficcMember << " cme=" << a.firm.cmeMember
        << " optIn=" << a.optIn << (a.riskProfile == RiskProfile::Hrp ? " HRP" : " non-HRP") << "; "
        << portfolio.positions.size() << " positions:";
    for (const auto& p : portfolio.positions)
        out << "\n  " << describe(p);
    return out.str();
}

} // namespace xm::test
