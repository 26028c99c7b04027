#pragma once

namespace xm {

enum class AccountType { House, Customer };
// CME initial = maintenance x 110% for a heightened-risk-profile account (CME advisories).
enum class RiskProfile { Hrp, NonHrp };

struct ClearingFirm {
    bool brokerDealer = false;  // registered under Exchange Act §15(b)
    bool fcm = false;           // registered futures commission merchant
    bool ficcMember = false;    // FICC Government Securities Division netting member
    bool cmeMember = false;     // CME clearing member

    friend bool operator==(const ClearingFirm&, const ClearingFirm&) = default;
};

struct Account {
    AccountType type = AccountType::Customer;
    ClearingFirm firm;
    bool optIn = false;  // the customer and the firm both opted in to cross-margining
    RiskProfile riskProfile = RiskProfile::Hrp;

    friend bool operator==(const Account&, const Account&) = default;
};

} // namespace xm
