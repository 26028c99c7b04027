#pragma once

#include "ficc_exposure.h"
#include "historical_var.h"
#include "model_parameters.h"
#include "../market/scenario_generator.h"

#include <Eigen/Core>

#include <string>
#include <vector>

namespace xm {

struct FiccMargin {
    double var = 0.0;
    double haircut = 0.0;
    double floor = 0.0;
    double varCharge = 0.0;   // max(VaR + haircut, floor): the "M_F" of MARGIN_MODEL.md §4
    bool floorBinds = false;
    int quantileScenario = -1;
};

struct FiccAddOns {
    double mla = 0.0;
    double backtesting = 0.0;
    double holiday = 0.0;
    double special = 0.0;
    double total() const { return mla + backtesting + holiday + special; }
};

// FICC-like sensitivity VaR (MARGIN_MODEL.md §2): P&L_s = sum_k KRD_k dy_{s,k} over the h-day
// scenarios of the lookback plus any stress window the lookback lacks; VaR at the exact order
// statistic; haircut sleeve; floor; add-ons on their own lines.
class FiccModel final {
public:
    FiccModel(const FiccParameters& parameters, const ScenarioGenerator& scenarios, Date asOf);

    const FiccParameters& parameters() const { return m_parameters; }
    const Eigen::MatrixXd& scenarios() const { return m_scenarios; }  // rows x kFactorCount, bp
    const std::vector<Date>& scenarioEndDates() const { return m_endDates; }
    // Plain-language description of the scenario set (window, stress windows, gap filling).
    const std::vector<Message>& notes() const { return m_notes; }

    Eigen::VectorXd pnl(const FactorVector& krd) const;
    FiccMargin margin(const FiccExposure& exposure) const;
    FiccMargin marginFromPnl(const Eigen::Ref<const Eigen::VectorXd>& pnl, const FiccExposure& exposure) const;
    // Haircut, floor and charge around an already computed VaR (history replay).
    FiccMargin marginFromVar(const VarResult& var, const FiccExposure& exposure) const;
    FiccAddOns addOns(const FiccExposure& exposure) const;
    // Floor bucket of a remaining maturity in years.
    int floorBucket(double remainingYears) const;

private:
    double haircut(const FiccExposure& exposure) const;
    double floor(const FiccExposure& exposure) const;

    FiccParameters m_parameters;
    Eigen::MatrixXd m_scenarios;
    std::vector<Date> m_endDates;
    std::vector<Message> m_notes;
    mutable std::vector<std::pair<double, int>> m_scratch;
};

// The lookback ending at `asOf` plus the scenarios of each stress window that lie before the
// lookback (never after `asOf`); shared by the FICC model and CME's HVaR.
ScenarioSet lookbackWithStress(const ScenarioGenerator& generator, int horizonDays, Date asOf, int lookbackDays,
                               const std::vector<DateWindow>& stressWindows, std::vector<Message>* notes);

} // namespace xm
