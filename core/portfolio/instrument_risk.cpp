#include "instrument_risk.h"

#include "../instruments/fixed_rate_bond.h"
#include "../instruments/short_rate_future.h"
#include "../market_environment.h"

#include <cmath>
#include <cstdio>
#include <limits>

namespace xm {
namespace {

constexpr double kDaysPerYear = 365.25;
// Floating-rate notes reset weekly; their rate risk is proxied by a 3-month zero.
constexpr int kFrnProxyMonths = 3;
// Futures-equivalent targets, main contracts first (the first whose window holds a maturity wins).
constexpr const char* kFuturesEquivalentTargets[] = {"ZT", "Z3N", "ZF", "ZN", "ZB", "UB", "TN", "TWE"};

double sum(const FactorVector& v)
{
    double s = 0.0;
    for (double x : v)
        s += x;
    return s;
}

FactorVector scaled(const FactorVector& v, double factor)
{
    FactorVector out{};
    for (std::size_t k = 0; k < v.size(); ++k)
        out[k] = v[k] * factor;
    return out;
}

// "UST 4.250% 2034-11-15 (91282CLW9)"; `kind` names the security and holds %1 for the terms.
Message describeSecurity(const char* kind, double couponPct, Date maturity, const std::string& cusip)
{
    char buffer[96];
    std::snprintf(buffer, sizeof buffer, "%.3f%% %s", couponPct, maturity.toIso().c_str());
    std::string text = buffer;
    if (!cusip.empty())
        text += " (" + cusip + ")";
    return Message::format(kind, {text});
}

std::string underlyingOfOption(const std::string& symbol, const MarketData& data)
{
    if (data.findSpec(symbol) || shortRateFutureKind(symbol))
        return symbol;
    if (symbol.size() > 1 && symbol.front() == 'O' && data.findSpec(symbol.substr(1)))
        return symbol.substr(1);
    return {};
}

} // namespace

InstrumentRiskCache::InstrumentRiskCache(const MarketEnvironment& environment, double optionDelta)
    : m_env(environment)
    , m_optionDelta(optionDelta)
{
}

std::string InstrumentRiskCache::key(const Position& p) const
{
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%.10g", p.couponPct.value_or(std::numeric_limits<double>::quiet_NaN()));
    return std::string(toString(p.type)) + '|' + p.cusip + '|' + buffer + '|' + p.maturity.toIso() + '|'
           + p.issue.toIso() + '|' + p.end.toIso() + '|' + p.symbol + '|' + (p.month ? p.month->toIso() : "");
}

const InstrumentRisk& InstrumentRiskCache::risk(const Position& position)
{
    const std::string k = key(position);
    const auto it = m_cache.find(k);
    if (it != m_cache.end())
        return it->second;
    InstrumentRisk r;
    switch (position.type) {
    case PositionType::Future:
        r = valueFuture(position);
        break;
    case PositionType::Option:
        r = valueOption(position);
        break;
    default:
        r = valueFicc(position);
        break;
    }
    return m_cache.emplace(k, std::move(r)).first->second;
}

ContractMonth InstrumentRiskCache::frontMonth() const
{
    const Date spot = m_env.spotDate();
    ContractMonth m{spot.year(), (spot.month() + 2) / 3 * 3};
    while (!(m_env.calendar().lastBusinessDayOfMonth(m.year, m.month) > spot)) {
        m.month += 3;
        if (m.month > 12) {
            m.month -= 12;
            ++m.year;
        }
    }
    return m;
}

FactorVector InstrumentRiskCache::frontContractKrd(const std::string& symbol)
{
    const ContractMonth front = frontMonth();
    if (const auto kind = shortRateFutureKind(symbol))
        return shortRateFutureKrd(*kind, front, m_env.spotDate());
    const TreasuryFutureValuation* v = future(symbol, front, nullptr);
    return v ? v->krdPerContract : FactorVector{};
}

const TreasuryFutureValuation* InstrumentRiskCache::future(const std::string& symbol, ContractMonth month,
                                                           std::string* error)
{
    const std::string k = symbol + ' ' + month.toIso();
    if (const auto it = m_futures.find(k); it != m_futures.end())
        return it->second.get();
    if (const auto it = m_futureErrors.find(k); it != m_futureErrors.end()) {
        if (error)
            *error = it->second;
        return nullptr;
    }
    const FuturesSpec* spec = m_env.data().findSpec(symbol);
    try {
        if (!spec)
            throw std::invalid_argument("unknown Treasury futures symbol " + symbol);
        auto v = std::make_unique<TreasuryFutureValuation>(
            valueTreasuryFuture(*spec, month, m_env.data().securities, m_env.futuresMarket()));
        return m_futures.emplace(k, std::move(v)).first->second.get();
    } catch (const std::exception& e) {
        m_futureErrors.emplace(k, e.what());
        if (error)
            *error = e.what();
        return nullptr;
    }
}

void InstrumentRiskCache::addFuturesEquivalent(InstrumentRisk& r, const Date& maturity)
{
    const ContractMonth front = frontMonth();
    const char* target = nullptr;
    int bestDistance = std::numeric_limits<int>::max();
    for (const char* symbol : kFuturesEquivalentTargets) {
        const FuturesSpec* spec = m_env.data().findSpec(symbol);
        if (!spec)
            continue;
        const DeliveryWindow w = deliveryWindow(*spec, front);
        const int distance = maturity < w.earliestMaturity ? w.earliestMaturity - maturity
                             : maturity > w.latestMaturity ? maturity - w.latestMaturity
                                                           : 0;
        if (distance < bestDistance) {
            bestDistance = distance;
            target = symbol;
        }
    }
    if (!target)
        return;
    const TreasuryFutureValuation* v = future(target, front, nullptr);
    const double contractDv01 = v ? sum(v->krdPerContract) : 0.0;
    if (contractDv01 == 0.0)
        return;
    r.cmeContract = {target, front};
    r.cmeContracts = sum(r.krd) / contractDv01;
    r.cmeKrd = scaled(v->krdPerContract, r.cmeContracts);
}

InstrumentRisk InstrumentRiskCache::valueFicc(const Position& p)
{
    InstrumentRisk r;
    r.security = true;
    double couponPct = p.couponPct.value_or(0.0);
    Date maturity = p.maturity;
    Date dated = p.issue;
    if (!p.cusip.empty()) {
        const TreasurySecurity* s = m_env.data().findSecurity(p.cusip);
        if (!s) {
            r.error = "unknown CUSIP " + p.cusip + " (not in the securities list)";
            return r;
        }
        couponPct = s->couponPct;
        maturity = s->maturity;
        dated = s->datedDate;
    } else if (maturity.isNull() || (!p.couponPct && p.type != PositionType::Bill && p.type != PositionType::Strips
                                     && p.type != PositionType::Frn)) {
        r.error = "needs a CUSIP, or a coupon and a maturity";
        return r;
    }
    const Date spot = m_env.spotDate();
    if (!(maturity > spot)) {
        r.error = "matured on " + maturity.toIso();
        return r;
    }
    r.remainingYears = static_cast<double>(maturity - spot) / kDaysPerYear;
    const BumpedCurves& curves = m_env.curves();

    if (p.type == PositionType::Repo || p.type == PositionType::ReverseRepo) {
        if (p.end.isNull() || !(p.end > spot)) {
            r.error = p.end.isNull() ? "a repo needs an end (close) date" : "repo closed on " + p.end.toIso();
            return r;
        }
        if (!(p.end < maturity)) {
            r.error = "repo ends on or after its collateral matures";
            return r;
        }
        // Member delivered collateral and gets it back at the close: a forward long in it
        // until the close (a reverse repo: a forward short), domain-research §3.4.
        const double direction = p.type == PositionType::Repo ? 1.0 : -1.0;
        TreasurySecurity collateral;
        collateral.couponPct = couponPct;
        collateral.maturity = maturity;
        collateral.datedDate = dated;
        const FixedRateBond bond(couponPct, maturity, dated);
        const double repo = m_env.repo().rate;
        const auto forwardValue = [&](const YieldCurve& c) {
            return direction * (forwardCleanPrice(collateral, c, p.end, repo) + bond.accruedInterest(p.end)) / 100.0;
        };
        r.krd = curves.keyRateSensitivities(forwardValue);
        r.marketValue = forwardValue(curves.base());
        const Message security = describeSecurity("UST %1", couponPct, maturity, p.cusip);
        r.description = Message::format(p.type == PositionType::Repo
                                            ? XM_TRANSLATE_NOOP("xm::CoreMessage", "Repo to %1 on %2")
                                            : XM_TRANSLATE_NOOP("xm::CoreMessage", "Reverse repo to %1 on %2"),
                                        {p.end.toIso(), security});
        addFuturesEquivalent(r, maturity);
        return r;
    }

    const bool zeroCoupon = p.type == PositionType::Bill || p.type == PositionType::Strips;
    if (p.type == PositionType::Frn)
        maturity = spot.addMonths(kFrnProxyMonths);
    const FixedRateBond bond(zeroCoupon || p.type == PositionType::Frn ? 0.0 : couponPct, maturity,
                             p.type == PositionType::Frn ? Date() : dated);
    const auto value = [&](const YieldCurve& c) { return bond.dirtyPriceFromCurve(c, spot) / 100.0; };
    r.krd = curves.keyRateSensitivities(value);
    r.marketValue = value(curves.base());
    const char* kind = p.type == PositionType::Bill     ? XM_TRANSLATE_NOOP("xm::CoreMessage", "Bill %1")
                       : p.type == PositionType::Strips ? "STRIPS %1"
                       : p.type == PositionType::Tips   ? XM_TRANSLATE_NOOP("xm::CoreMessage", "TIPS (nominal proxy) %1")
                       : p.type == PositionType::Frn    ? XM_TRANSLATE_NOOP("xm::CoreMessage", "FRN (3M proxy) %1")
                                                        : "UST %1";
    r.description = describeSecurity(kind, couponPct, p.type == PositionType::Frn ? p.maturity : maturity, p.cusip);
    addFuturesEquivalent(r, maturity);
    return r;
}

InstrumentRisk InstrumentRiskCache::valueFuture(const Position& p)
{
    InstrumentRisk r;
    if (!p.month) {
        r.error = "a futures position needs a contract month";
        return r;
    }
    const Date spot = m_env.spotDate();
    if (const auto kind = shortRateFutureKind(p.symbol)) {
        const int months = *kind == ShortRateFutureKind::Sofr3M ? 3 : 1;
        const Date middle = p.month->firstDay().addDays((p.month->firstDay().addMonths(months) - p.month->firstDay()) / 2);
        if (!(p.month->firstDay().addMonths(months) > spot)) {
            r.error = p.symbol + " " + p.month->toIso() + " has expired";
            return r;
        }
        r.krd = shortRateFutureKrd(*kind, *p.month, spot);
        r.marketValue = shortRateFutureBpValue(*kind) * 1e4 * 12.0 / months;  // notional
        r.remainingYears = std::max(0.0, static_cast<double>(middle - spot) / kDaysPerYear);
        r.description = p.symbol + " " + p.month->toIso();
    } else {
        std::string error;
        const TreasuryFutureValuation* v = future(p.symbol, *p.month, &error);
        if (!v) {
            r.error = error;
            return r;
        }
        const FuturesSpec* spec = m_env.data().findSpec(p.symbol);
        r.krd = v->krdPerContract;
        r.marketValue = v->fairPrice / 100.0 * spec->faceValueUsd;
        r.remainingYears = static_cast<double>(v->ctd().security.maturity - spot) / kDaysPerYear;
        const std::string contract = p.symbol + " " + p.month->toIso();
        r.description = v->synthetic ? Message::format(XM_TRANSLATE_NOOP("xm::CoreMessage", "%1 (CTD synthetic)"), {contract})
                                     : Message::format(XM_TRANSLATE_NOOP("xm::CoreMessage", "%1 (CTD %2)"), {contract, v->ctd().security.cusip});
    }
    r.cmeContract = {p.symbol, *p.month};
    r.cmeContracts = 1.0;
    r.cmeKrd = r.krd;
    return r;
}

InstrumentRisk InstrumentRiskCache::valueOption(const Position& p)
{
    const std::string underlying = underlyingOfOption(p.symbol, m_env.data());
    if (underlying.empty()) {
        InstrumentRisk r;
        r.error = "no model for options on " + p.symbol;
        return r;
    }
    Position future = p;
    future.type = PositionType::Future;
    future.symbol = underlying;
    InstrumentRisk r = risk(future);
    // Delta-equivalent futures; no volatility data is bundled, so delta is a parameter.
    r.krd = scaled(r.krd, m_optionDelta);
    r.cmeKrd = scaled(r.cmeKrd, m_optionDelta);
    r.cmeContracts *= m_optionDelta;
    r.marketValue *= m_optionDelta;
    if (r.error.empty()) {
        r.description = Message::format(XM_TRANSLATE_NOOP("xm::CoreMessage", "Option on %1 (delta %2)"),
                                        {r.description, MessageArg::fixed(m_optionDelta, 2)});
    }
    return r;
}

} // namespace xm
