#pragma once

#include "../portfolio/account.h"
#include "../portfolio/position.h"

#include <string>
#include <vector>

namespace xm {

// One rule checked for the account or a position, in plain language with its source.
struct EligibilityCheck {
    std::string rule;     // short id, e.g. "customer-bd-fcm"
    bool passed = false;
    std::string text;     // what the rule says and how this account/position fares (English, for the CLI)
    std::string source;   // where the rule comes from
    // What `text` is built from, so a front end can word it in its own language.
    std::string symbol;       // "cme-future": the futures symbol
    double years = 0.0;       // "repo-collateral-term": the collateral's remaining maturity
    double limitYears = 0.0;  // "repo-collateral-term": the remaining maturity it must exceed
};

struct Eligibility {
    bool eligible = true;
    std::vector<EligibilityCheck> checks;

    // The failed checks' texts joined with "; " (empty when eligible).
    std::string reason() const;
    void add(EligibilityCheck check);
};

// The dated product table of MARGIN_MODEL.md §4 (values come from the parameter file).
struct EligibilityTable {
    std::vector<std::string> cmeSymbols;      // eligible CME futures
    double repoMinCollateralYears = 1.0;      // repo collateral must have more left than this
};

// Account rules: a house account needs a clearing firm that is a member of both FICC and
// CME; a customer account needs a dually registered BD-FCM common member and both opt-ins.
Eligibility accountEligibility(const Account& account);

// Product rules for one position given its remaining maturity (years) on the as-of date
// (collateral maturity for a repo; ignored for futures).
Eligibility productEligibility(const Position& position, double remainingYears, const EligibilityTable& table);

} // namespace xm
