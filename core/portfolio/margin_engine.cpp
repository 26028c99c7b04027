#include "margin_engine.h"

#include "margin_engine_books.h"


#include <cmath>
#include <stdexcept>

namespace xm {
namespace {

constexpr std::size_t kBookCount = 4;
constexpr double kHaircutFirstBucketYears = 0.5;
constexpr const char* kShortRateSymbols[] = {"SR3", "SR1", "ZQ"};

double sum(const FactorVector& v)
{
    double s = 0.0;
    for (double x : v)
        s += x;
    return s;
}

int bucketOf(const std::vector<double>& upperBounds, double years)
{
    for (std::size_t b = 0; b + 1 < upperBounds.size(); ++b) {
        if (years <= upperBounds[b])
            return static_cast<int>(b);
    }
    return static_cast<int>(upperBounds.size()) - 1;
}

} // namespace

RequirementSummary RequirementSummary::of(const MarginResult& r)
{
    return {r.ficcStandalone, r.cmeStandalone, r.duplicated, r.crossMargined, r.savings, r.rF, r.rC,
            r.applied.ficcReduction, r.applied.capBinding, r.ficcCrossMargined, r.cmeCrossMargined};
}

std::string_view toString(Book book)
{
    switch (book) {
    case Book::FiccXm:
        return "FICC XM account";
    case Book::CmeXm:
        return "CME XM account";
    case Book::FiccRegular:
        return "FICC regular account";
    case Book::CmeRegular:
        return "CME regular account";
    case Book::NotMargined:
        break;
    }
    return "not margined";
}

MarginEngine::MarginEngine(const MarketData& data, ModelParameters parameters, Date asOf, const MarketShock& shock)
    : m_data(data)
    , m_parameters(std::move(parameters))
    , m_shock(shock)
{
    if (!(shock.volatilityMultiplier > 0.0))
        throw std::invalid_argument("the volatility multiplier must be positive");
    if (m_parameters.xm.legacyClassMaxYears.empty()
        || m_parameters.xm.legacyClassMaxYears.size() > static_cast<std::size_t>(kMaxMaturityBuckets))
        throw std::invalid_argument("legacy offset classes: 1 to 8 maturity bounds expected");
    m_env = std::make_unique<MarketEnvironment>(data, asOf, shock.parShiftBp);
    m_generator = std::make_unique<ScenarioGenerator>(data.parYields, shock.volatilityMultiplier);
    m_ficc = std::make_unique<FiccModel>(m_parameters.ficc, *m_generator, asOf);
    m_risk = std::make_unique<InstrumentRiskCache>(*m_env, m_parameters.cme.optionDelta);

    // Scan ranges: published maintenance levels where given, else calibrated on the front contract.
    const CmeParameters& cme = m_parameters.cme;
    const ScenarioSet psrScenarios = m_generator->lookback(cme.psrHorizonDays, asOf, cme.psrLookbackDays);
    const ContractMonth front = m_risk->frontMonth();
    std::map<std::string, ScanRange> scanRanges;
    const auto calibrated = [&](const std::string& symbol, const FactorVector& krd) {
        ScanRange range;
        range.usdPerContract = calibrateScanRange(krd, psrScenarios.changesBp, cme.psrConfidence);
        range.provenance = Provenance::Calibrated;
        range.source = Message::format(XM_TRANSLATE_NOOP("xm::CoreMessage", "99% %1-day loss of one %2 %3 contract over %4 business "
                                                                 "days to %5"),
                                       {MessageArg::count(cme.psrHorizonDays), symbol, front.toIso(),
                                        MessageArg::count(static_cast<long long>(psrScenarios.size())), asOf.toIso()});
        scanRanges[symbol] = range;
    };
    for (const auto& spec : data.futuresSpecs)
        calibrated(spec.symbol, m_risk->frontContractKrd(spec.symbol));
    for (const char* symbol : kShortRateSymbols)
        calibrated(symbol, m_risk->frontContractKrd(symbol));
    for (const auto& [symbol, level] : cme.maintenanceOverride)
        scanRanges[symbol] = ScanRange{level * shock.volatilityMultiplier, Provenance::Official,
                                       Message::format(XM_TRANSLATE_NOOP("xm::CoreMessage", "published maintenance level (parameter file)"))};
    const ScenarioSet hvar = lookbackWithStress(*m_generator, cme.hvarHorizonDays, asOf, cme.hvarLookbackDays,
                                                m_parameters.ficc.stressWindows, nullptr);
    m_cme = std::make_unique<CmeMarginModel>(cme, std::move(scanRanges), hvar.changesBp);
    m_books = std::make_unique<std::array<BookState, 4>>();
    rebuildBooks();
}

MarginEngine::~MarginEngine() = default;

void MarginEngine::setPortfolio(const Portfolio& portfolio)
{
    m_account = portfolio.account;
    m_accountEligibility = accountEligibility(m_account);
    m_positions = portfolio.positions;
    m_states.clear();
    m_states.reserve(m_positions.size());
    for (const auto& p : m_positions)
        m_states.push_back(evaluate(p));
    rebuildBooks();
}

void MarginEngine::setAccount(const Account& account)
{
    m_account = account;
    m_accountEligibility = accountEligibility(m_account);
    for (std::size_t i = 0; i < m_positions.size(); ++i)
        m_states[i] = evaluate(m_positions[i]);
    rebuildBooks();
}

void MarginEngine::addPosition(const Position& position)
{
    m_positions.push_back(position);
    m_states.push_back(evaluate(position));
    apply(*m_books, m_states.back(), 1.0);
}

void MarginEngine::updatePosition(std::size_t index, const Position& position)
{
    apply(*m_books, m_states.at(index), -1.0);
    m_positions[index] = position;
    m_states[index] = evaluate(position);
    apply(*m_books, m_states[index], 1.0);
}

void MarginEngine::removePosition(std::size_t index)
{
    apply(*m_books, m_states.at(index), -1.0);
    m_positions.erase(m_positions.begin() + static_cast<std::ptrdiff_t>(index));
    m_states.erase(m_states.begin() + static_cast<std::ptrdiff_t>(index));
}

MarginEngine::PositionState MarginEngine::evaluate(const Position& position)
{
    PositionState s;
    s.risk = &m_risk->risk(position);
    const InstrumentRisk& r = *s.risk;
    s.product = productEligibility(position, r.remainingYears, m_parameters.xm.eligibility);
    if (!r.error.empty())
        return s;
    const bool ficc = isFiccType(position.type);
    const bool xm = m_accountEligibility.eligible && s.product.eligible && (ficc || position.allocateXM);
    s.book = ficc ? (xm ? Book::FiccXm : Book::FiccRegular) : (xm ? Book::CmeXm : Book::CmeRegular);

    const double q = position.quantity;
    const FiccParameters& fp = m_parameters.ficc;
    for (std::size_t k = 0; k < s.ladder.size(); ++k)
        s.ladder[k] = r.krd[k] * q;
    const double mv = r.marketValue * q;
    if (r.security && r.remainingYears <= fp.haircutMaxYears)
        s.ficc.haircutNetMv[r.remainingYears <= kHaircutFirstBucketYears ? 0 : 1] = mv;
    else
        s.ficc.krd = s.ladder;
    const double dv01 = sum(s.ladder);
    const auto floorBucket = static_cast<std::size_t>(m_ficc->floorBucket(r.remainingYears));
    s.ficc.grossMv[floorBucket] = std::abs(mv);
    s.ficc.netDv01[floorBucket] = dv01;
    s.ficc.legacyDv01[static_cast<std::size_t>(bucketOf(m_parameters.xm.legacyClassMaxYears, r.remainingYears))] = dv01;
    if (r.cmeContracts != 0.0) {
        s.cme.contracts[r.cmeContract] = r.cmeContracts * q;
        for (std::size_t k = 0; k < s.cme.krd.size(); ++k)
            s.cme.krd[k] = r.cmeKrd[k] * q;
    }
    return s;
}

void MarginEngine::apply(std::array<BookState, 4>& books, const PositionState& state, double sign) const
{
    applyExposure(books, state, sign);
    if (state.book == Book::NotMargined)
        return;
    BookState& book = books[bookIndex(state.book)];
    if (book.count == 0)
        return;
    book.pnl.noalias() += sign * (m_ficc->scenarios() * Eigen::Map<const Eigen::VectorXd>(state.ficc.krd.data(), kFactorCount));
}

void MarginEngine::applyExposure(std::array<BookState, 4>& books, const PositionState& state, double sign) const
{
    if (state.book == Book::NotMargined)
        return;
    BookState& book = books[bookIndex(state.book)];
    book.count += sign > 0.0 ? 1 : -1;
    if (book.count == 0) {
        // Reset exactly, so an emptied book holds no rounding residue.
        book = BookState{};
        book.pnl = Eigen::VectorXd::Zero(m_ficc->scenarios().rows());
        return;
    }
    if (sign > 0.0) {
        book.ficc += state.ficc;
        book.cme += state.cme;
    } else {
        book.ficc -= state.ficc;
        book.cme -= state.cme;
    }
    for (std::size_t k = 0; k < book.ladder.size(); ++k)
        book.ladder[k] += sign * state.ladder[k];
}

void MarginEngine::rebuildBooks()
{
    for (auto& book : *m_books) {
        book = BookState{};
        book.pnl = Eigen::VectorXd::Zero(m_ficc->scenarios().rows());
    }
    // Sum the sensitivities first: one scenario mat-vec per book, not one per position.
    for (const auto& state : m_states)
        applyExposure(*m_books, state, 1.0);
    for (auto& book : *m_books)
        book.pnl.noalias() = m_ficc->scenarios() * Eigen::Map<const Eigen::VectorXd>(book.ficc.krd.data(), kFactorCount);
}

MarginResult MarginEngine::result() const
{
    return resultFrom(*m_books);
}

MarginEngine::BookMargins MarginEngine::marginsFrom(const std::array<BookState, 4>& books,
                                                   Eigen::VectorXd* combinedPnl) const
{
    const BookState& fx = books[bookIndex(Book::FiccXm)];
    const BookState& cx = books[bookIndex(Book::CmeXm)];
    const BookState& fr = books[bookIndex(Book::FiccRegular)];
    const BookState& cr = books[bookIndex(Book::CmeRegular)];
    const double multiplier = initialMultiplier();

    BookMargins m;
    Eigen::VectorXd combined = fx.pnl + cx.pnl;
    m.ficcLeg = m_ficc->marginFromPnl(fx.pnl, fx.ficc);
    m.ficcFuturesLeg = m_ficc->marginFromPnl(cx.pnl, cx.ficc);
    m.ficcCombined = m_ficc->marginFromPnl(combined, fx.ficc + cx.ficc);
    m.ficcAll = m_ficc->marginFromPnl(fx.pnl + fr.pnl, fx.ficc + fr.ficc);
    m.ficcRegular = fr.count ? m_ficc->marginFromPnl(fr.pnl, fr.ficc).varCharge : 0.0;
    m.ficcAddOns = m_ficc->addOns(fx.ficc + fr.ficc);
    m.cmeLeg = m_cme->margin(cx.cme, multiplier);
    m.cmeCashLeg = m_cme->margin(fx.cme, multiplier);
    m.cmeCombined = m_cme->margin(fx.cme + cx.cme, multiplier);
    m.cmeAll = m_cme->margin(cx.cme + cr.cme, multiplier);
    m.cmeRegular = cr.count ? m_cme->margin(cr.cme, multiplier).initial : 0.0;
    m.ficcClassDv01 = fx.ficc.legacyDv01;
    m.cmeClassDv01 = cx.ficc.legacyDv01;
    if (combinedPnl)
        *combinedPnl = std::move(combined);
    return m;
}

double MarginEngine::initialMultiplier() const
{
    return m_account.riskProfile == RiskProfile::Hrp ? m_parameters.cme.hrpMultiplier : 1.0;
}

MarginResult MarginEngine::assemble(BookMargins m) const
{
    MarginResult r;
    r.model = m_parameters.model;
    r.asOf = m_env->asOf();
    r.rule = m_parameters.xm.rule;
    r.cmeModel = m_parameters.cme.model;
    r.account = m_accountEligibility;

    r.ficcLeg = m.ficcLeg;
    r.ficcFuturesLeg = m.ficcFuturesLeg;
    r.ficcCombined = m.ficcCombined;
    r.ficcAll = m.ficcAll;
    r.ficcRegular = m.ficcRegular;
    r.ficcAddOns = m.ficcAddOns;
    r.ficcStandalone = r.ficcAll.varCharge + r.ficcAddOns.total();
    r.cmeLeg = std::move(m.cmeLeg);
    r.cmeCashLeg = std::move(m.cmeCashLeg);
    r.cmeCombined = std::move(m.cmeCombined);
    r.cmeAll = std::move(m.cmeAll);
    r.cmeRegular = m.cmeRegular;
    r.cmeStandalone = r.cmeAll.initial;
    r.duplicated = r.ficcStandalone + r.cmeStandalone;

    r.reduction.sF = r.ficcLeg.varCharge;
    r.reduction.sFPrime = r.ficcFuturesLeg.varCharge;
    r.reduction.xF = r.ficcCombined.varCharge;
    r.reduction.sC = r.cmeLeg.initial;
    r.reduction.sCPrime = r.cmeCashLeg.initial;
    r.reduction.xC = r.cmeCombined.initial;
    r.reduction.ficcClassDv01 = m.ficcClassDv01;
    r.reduction.cmeClassDv01 = m.cmeClassDv01;
    r.rF = xm::rF(r.reduction);
    r.rC = xm::rC(r.reduction);
    r.cap = m_parameters.xm.cap;
    for (XmRule rule : {XmRule::Min, XmRule::Each, XmRule::OnePot, XmRule::Legacy}) {
        r.readings.push_back(applyXmRule(rule, r.reduction, m_parameters.xm));
        if (rule == r.rule)
            r.applied = r.readings.back();
    }
    r.ficcCrossMargined = (1.0 - r.applied.ficcReduction) * r.reduction.sF + r.ficcAddOns.total() + r.ficcRegular;
    r.cmeCrossMargined = (1.0 - r.applied.cmeReduction) * r.reduction.sC + r.cmeRegular;
    r.crossMargined = r.ficcCrossMargined + r.cmeCrossMargined;
    r.savings = r.duplicated - r.crossMargined;
    r.savingsPct = r.duplicated > 0.0 ? r.savings / r.duplicated : 0.0;
    return r;
}

MarginResult MarginEngine::resultFrom(const std::array<BookState, 4>& books) const
{
    Eigen::VectorXd combinedPnl;
    MarginResult r = assemble(marginsFrom(books, &combinedPnl));
    const BookState& fx = books[bookIndex(Book::FiccXm)];
    const BookState& cx = books[bookIndex(Book::CmeXm)];
    const BookState& fr = books[bookIndex(Book::FiccRegular)];
    const BookState& cr = books[bookIndex(Book::CmeRegular)];
    for (std::size_t k = 0; k < r.ficcLadder.size(); ++k) {
        r.ficcLadder[k] = fx.ladder[k] + fr.ladder[k];
        r.cmeLadder[k] = cx.ladder[k] + cr.ladder[k];
        r.netLadder[k] = r.ficcLadder[k] + r.cmeLadder[k];
    }
    r.pnlFiccLeg.assign(fx.pnl.data(), fx.pnl.data() + fx.pnl.size());
    r.pnlCmeLeg.assign(cx.pnl.data(), cx.pnl.data() + cx.pnl.size());
    r.pnlCombined.assign(combinedPnl.data(), combinedPnl.data() + combinedPnl.size());

    r.notes = m_env->notes();
    for (const auto& note : m_ficc->notes())
        r.notes.push_back(Message::format(XM_TRANSLATE_NOOP("xm::CoreMessage", "FICC VaR scenarios: %1"), {note}));
    if (m_shock.volatilityMultiplier != 1.0) {
        const double multiplier = m_shock.volatilityMultiplier;
        const int decimals = multiplier == std::round(multiplier) ? 0 : multiplier * 10 == std::round(multiplier * 10) ? 1 : 2;
        r.notes.push_back(Message::format(XM_TRANSLATE_NOOP("xm::CoreMessage", "Volatility stress (hypothetical): every historical "
                                                            "scenario change and every scan range scaled by %1; "
                                                            "haircuts and floors unchanged."),
                                          {MessageArg::fixed(multiplier, decimals)}));
    }
    if (!m_accountEligibility.eligible)
        r.warnings.push_back(Message::format(XM_TRANSLATE_NOOP("xm::CoreMessage", "The account is not eligible for cross-margining (see "
                                                                "its eligibility): every position stays in the "
                                                                "regular account, each CCP margining its own.")));
    if (r.savings < 0.0)
        r.warnings.push_back(Message::format(XM_TRANSLATE_NOOP("xm::CoreMessage", "Cross-margining costs more than margining separately "
                                                                "here: ineligible or unallocated positions that "
                                                                "hedged eligible ones sit in the regular account, "
                                                                "margined on their own.")));
    return r;
}

std::vector<PositionResult> MarginEngine::positionResults(const MarginResult& result) const
{
    std::vector<PositionResult> out;
    out.reserve(m_positions.size());
    const int quantile = result.ficcCombined.quantileScenario;
    for (std::size_t i = 0; i < m_positions.size(); ++i) {
        const PositionState& s = m_states[i];
        PositionResult p;
        p.id = m_positions[i].id;
        p.description = s.risk->description;
        p.error = s.risk->error;
        p.eligibility = s.product;
        p.book = s.book;
        p.krd = s.ladder;
        p.dv01 = -sum(s.ladder);
        p.marketValue = s.risk->marketValue * m_positions[i].quantity;
        if (s.risk->cmeContracts != 0.0) {
            p.cmeContract = s.risk->cmeContract.symbol + " " + s.risk->cmeContract.month.toIso();
            p.cmeContracts = s.risk->cmeContracts * m_positions[i].quantity;
        }
        if (quantile >= 0 && result.ficcCombined.var > 0.0 && (s.book == Book::FiccXm || s.book == Book::CmeXm)) {
            const Eigen::Map<const Eigen::VectorXd> krd(s.ficc.krd.data(), kFactorCount);
            p.componentVar = -m_ficc->scenarios().row(quantile).dot(krd);
        }
        out.push_back(std::move(p));
    }
    return out;
}

double MarginEngine::crossMarginedWithout(std::size_t index) const
{
    std::array<BookState, 4> books = *m_books;
    apply(books, m_states[index], -1.0);
    return resultFrom(books).crossMargined;
}

std::vector<double> MarginEngine::incrementalMargins() const
{
    const double with = result().crossMargined;
    std::vector<double> out(m_positions.size());
    for (std::size_t i = 0; i < m_positions.size(); ++i)
        out[i] = with - crossMarginedWithout(i);
    return out;
}

std::vector<SweepPoint> MarginEngine::sweep(std::size_t index, double from, double to, int steps) const
{
    if (steps < 2)
        throw std::invalid_argument("a sweep needs at least two points");
    const PositionState& s = m_states.at(index);
    std::array<BookState, 4> without = *m_books;
    apply(without, s, -1.0);
    std::array<BookState, 4> work = without;
    const bool margined = s.book != Book::NotMargined;
    const std::size_t b = bookIndex(margined ? s.book : Book::FiccXm);
    const Eigen::VectorXd unitPnl
        = m_ficc->scenarios() * Eigen::Map<const Eigen::VectorXd>(s.ficc.krd.data(), kFactorCount);

    std::vector<SweepPoint> points;
    points.reserve(static_cast<std::size_t>(steps));
    for (int i = 0; i < steps; ++i) {
        const double scale = from + (to - from) * i / (steps - 1);
        if (margined) {
            BookState& book = work[b];
            book.ficc = without[b].ficc + s.ficc.scaled(scale);
            book.cme = without[b].cme + s.cme.scaled(scale);
            book.pnl = without[b].pnl + scale * unitPnl;
            book.count = without[b].count + 1;
        }
        points.push_back({scale, m_positions[index].quantity * scale,
                          RequirementSummary::of(assemble(marginsFrom(work, nullptr)))});
    }
    return points;
}

} // namespace xm
