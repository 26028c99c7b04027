#include "cme_model.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <utility>

namespace xm {

const std::vector<SpanScenario>& spanScenarios()
{
    static const std::vector<SpanScenario> kScenarios{
        {0.0, 1.0},         {0.0, 1.0},         {1.0 / 3, 1.0}, {1.0 / 3, 1.0}, {-1.0 / 3, 1.0}, {-1.0 / 3, 1.0},
        {2.0 / 3, 1.0},     {2.0 / 3, 1.0},     {-2.0 / 3, 1.0}, {-2.0 / 3, 1.0}, {1.0, 1.0},     {1.0, 1.0},
        {-1.0, 1.0},        {-1.0, 1.0},        {2.0, 0.35},    {-2.0, 0.35}};
    return kScenarios;
}

double calibrateScanRange(const FactorVector& contractKrd, const Eigen::MatrixXd& scenariosBp, double confidence)
{
    const Eigen::VectorXd pnl = scenariosBp * Eigen::Map<const Eigen::VectorXd>(contractKrd.data(), kFactorCount);
    std::vector<std::pair<double, int>> scratch;
    const double longLoss = historicalVar(pnl, confidence, scratch).var;
    const double shortLoss = historicalVar(-pnl, confidence, scratch).var;
    return std::max(longLoss, shortLoss);
}

CmeMarginModel::CmeMarginModel(const CmeParameters& parameters, std::map<std::string, ScanRange> scanRanges,
                               Eigen::MatrixXd hvarScenarios)
    : m_parameters(parameters)
    , m_scanRanges(std::move(scanRanges))
    , m_spreadsByPriority(parameters.interSpreads)
    , m_hvarScenarios(std::move(hvarScenarios))
{
    std::stable_sort(m_spreadsByPriority.begin(), m_spreadsByPriority.end(),
                     [](const auto& a, const auto& b) { return a.priority < b.priority; });
}

CmeMargin CmeMarginModel::margin(const CmeExposure& exposure, double initialMultiplier) const
{
    if (m_parameters.model == CmeModel::HVaR) {
        const Eigen::VectorXd pnl
            = m_hvarScenarios * Eigen::Map<const Eigen::VectorXd>(exposure.krd.data(), kFactorCount);
        return hvarMargin(historicalVar(pnl, m_parameters.hvarConfidence, m_scratch), initialMultiplier);
    }
    return spanMargin(exposure, initialMultiplier, m_scanRanges);
}

CmeMargin CmeMarginModel::hvarMargin(const VarResult& v, double initialMultiplier) const
{
    CmeMargin m;
    m.model = CmeModel::HVaR;
    m.hvar = v.var;
    m.quantileScenario = v.scenario;
    m.maintenance = v.var;
    m.initial = m.maintenance * initialMultiplier;
    return m;
}

CmeMargin CmeMarginModel::spanMargin(const CmeExposure& exposure, double initialMultiplier,
                                     const std::map<std::string, ScanRange>& scanRanges) const
{
    CmeMargin m;
    std::map<std::string, CommodityLine> lines;
    for (const auto& [key, n] : exposure.contracts) {
        CommodityLine& line = lines[key.symbol];
        line.symbol = key.symbol;
        line.netContracts += n;
        (n > 0 ? line.longContracts : line.shortContracts) += std::abs(n);
    }
    std::map<std::string, double> remainingDelta;
    for (auto& [symbol, line] : lines) {
        const auto range = scanRanges.find(symbol);
        if (range == scanRanges.end())
            throw std::invalid_argument("no price scan range for " + symbol);
        line.scanRange = range->second.usdPerContract;
        // Scan risk: the worst weighted scenario loss of the net position (the risk array).
        for (const auto& s : spanScenarios())
            line.scanRisk = std::max(line.scanRisk, -line.netContracts * s.priceMove * line.scanRange * s.weight);
        line.calendarSpreads = std::min(line.longContracts, line.shortContracts);
        const auto rate = m_parameters.intraSpreadCharge.find(symbol);
        line.intraCharge = line.calendarSpreads * (rate == m_parameters.intraSpreadCharge.end() ? 0.0 : rate->second);
        m.scan += line.scanRisk;
        m.intraSpread += line.intraCharge;
        remainingDelta[symbol] = line.netContracts;
    }
    // Inter-commodity credits in priority order; each spread consumes its legs' deltas.
    for (const auto& spread : m_spreadsByPriority) {
        const auto a = remainingDelta.find(spread.legA);
        const auto b = remainingDelta.find(spread.legB);
        if (a == remainingDelta.end() || b == remainingDelta.end() || a->second * b->second >= 0.0)
            continue;
        const double n = std::min(std::abs(a->second) / spread.ratioA, std::abs(b->second) / spread.ratioB);
        if (n <= 0.0)
            continue;
        CreditLine credit;
        credit.priority = spread.priority;
        credit.legA = spread.legA;
        credit.legB = spread.legB;
        credit.spreads = n;
        credit.rate = spread.creditRate;
        credit.credit = spread.creditRate * n
                        * (spread.ratioA * lines[spread.legA].scanRange + spread.ratioB * lines[spread.legB].scanRange);
        // The limiting leg is used up exactly: |d| / ratio x ratio can miss |d| by a rounding
        // residue that would form spurious lower-priority spreads.
        for (auto [leg, ratio] : {std::pair{a, spread.ratioA}, std::pair{b, spread.ratioB}}) {
            const double left = std::abs(leg->second) / ratio <= n ? 0.0 : std::abs(leg->second) - n * ratio;
            leg->second = std::copysign(left, leg->second);
        }
        m.interCredit += credit.credit;
        m.credits.push_back(std::move(credit));
    }
    for (auto& [symbol, line] : lines)
        m.commodities.push_back(std::move(line));
    m.maintenance = std::max(0.0, m.scan + m.intraSpread - m.interCredit);
    m.initial = m.maintenance * initialMultiplier;
    return m;
}

} // namespace xm
