#pragma once

#include "../margin/cme_model.h"
#include "../margin/cross_margin.h"
#include "../margin/eligibility.h"
#include "../margin/ficc_model.h"
#include "../market/date.h"
#include "../market/risk_factors.h"

#include <string>
#include <vector>

namespace xm {

// Where a position is margined.
enum class Book { FiccXm, CmeXm, FiccRegular, CmeRegular, NotMargined };
std::string_view toString(Book book);

struct PositionResult {
    std::string id;
    Message description;
    std::string error;            // cannot be valued: shown, not margined
    Eligibility eligibility;      // product rules; the account's are in MarginResult::account
    Book book = Book::NotMargined;
    FactorVector krd{};           // USD P&L per +1bp (FICC's view; futures via the CTD)
    double dv01 = 0.0;            // trader's DV01: -sum(krd), positive for a long bond
    double marketValue = 0.0;     // USD
    std::string cmeContract;      // CME's view: the contract or the futures-equivalent target
    double cmeContracts = 0.0;
    double componentVar = 0.0;    // share of the XM account's FICC VaR at its quantile scenario
};

// Everything the core reports for one portfolio (MARGIN_MODEL.md §5). Amounts in USD.
struct MarginResult {
    std::string model;
    Date asOf;
    XmRule rule = XmRule::Min;
    CmeModel cmeModel = CmeModel::Span;

    // Standalone: each CCP on all of its own positions.
    FiccMargin ficcAll;
    FiccAddOns ficcAddOns;
    double ficcStandalone = 0.0;  // varCharge + add-ons
    CmeMargin cmeAll;
    double cmeStandalone = 0.0;   // initial
    double duplicated = 0.0;

    // The XM account.
    ReductionInputs reduction;
    FiccMargin ficcLeg, ficcFuturesLeg, ficcCombined;  // S_F, S_F', X_F in detail
    CmeMargin cmeLeg, cmeCashLeg, cmeCombined;         // S_C, S_C', X_C in detail
    double rF = 0.0;
    double rC = 0.0;
    double cap = 0.0;
    XmReading applied;                  // the selected rule
    std::vector<XmReading> readings;    // every rule side by side

    // The regular account: ineligible and unallocated positions, margined on their own.
    double ficcRegular = 0.0;
    double cmeRegular = 0.0;

    double ficcCrossMargined = 0.0;  // (1 - r) S_F + add-ons + FICC regular
    double cmeCrossMargined = 0.0;   // (1 - r) S_C + CME regular
    double crossMargined = 0.0;
    double savings = 0.0;            // duplicated - cross-margined (negative when XM costs more)
    double savingsPct = 0.0;         // of duplicated

    Eligibility account;
    std::vector<PositionResult> positions;  // filled by MarginEngine::positionResults()

    // Key-rate ladders (USD per +1bp) per venue and net, all positions.
    FactorVector ficcLadder{};
    FactorVector cmeLadder{};
    FactorVector netLadder{};

    // Scenario P&L behind the FICC VaRs: the FICC leg, the CME leg and the XM account.
    std::vector<double> pnlFiccLeg;
    std::vector<double> pnlCmeLeg;
    std::vector<double> pnlCombined;

    // How the figures were obtained (scenario sets, gaps in the data).
    std::vector<Message> notes;
    // Findings that change what the figures mean (account not eligible, cross-margining costing more).
    std::vector<Message> warnings;
};

// The headline requirements of one result, as sweeps and history replays report them.
struct RequirementSummary {
    double ficcStandalone = 0.0;
    double cmeStandalone = 0.0;
    double duplicated = 0.0;
    double crossMargined = 0.0;
    double savings = 0.0;
    double rF = 0.0;
    double rC = 0.0;
    double reduction = 0.0;  // applied to the FICC leg (equal to the CME leg's except under "each")
    bool capBinding = false;
    double ficcCrossMargined = 0.0;  // each CCP's part of the cross-margined requirement
    double cmeCrossMargined = 0.0;

    static RequirementSummary of(const MarginResult& result);
};

// One point of a hedge sweep: the position's quantity scaled by `scale`.
struct SweepPoint {
    double scale = 0.0;
    double quantity = 0.0;
    RequirementSummary requirements;
};

// One day of a history replay.
struct HistoryPoint {
    Date date;
    bool inStressWindow = false;  // the date lies in one of the configured stress windows
    RequirementSummary requirements;
};

} // namespace xm
