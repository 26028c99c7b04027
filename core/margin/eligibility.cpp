#include "eligibility.h"

#include <algorithm>

namespace xm {
namespace {

constexpr const char* kSecNotice = "SEC Release 34-104748 (91 FR 4994, 3 Feb 2026), FICC/CME customer cross-margining";
constexpr const char* kDtccXm = "DTCC, FICC cross-margining: eligible products (dtcclearning.com)";
constexpr const char* kCmeFaq = "CME Group, CME-FICC cross-margining arrangement FAQ";

MessageArg years(double value)
{
    return MessageArg::fixed(value, 2);
}

Message text(const char* pattern, std::vector<MessageArg> args = {})
{
    return Message::format(pattern, std::move(args));
}

EligibilityCheck check(std::string rule, bool passed, Message text, std::string source)
{
    return {std::move(rule), passed, std::move(text), std::move(source)};
}

} // namespace

std::string Eligibility::reason() const
{
    std::string out;
    for (const auto& c : checks) {
        if (c.passed)
            continue;
        if (!out.empty())
            out += "; ";
        out += c.text.text;
    }
    return out;
}

void Eligibility::add(EligibilityCheck c)
{
    eligible = eligible && c.passed;
    checks.push_back(std::move(c));
}

Eligibility accountEligibility(const Account& account)
{
    Eligibility e;
    const ClearingFirm& f = account.firm;
    const bool commonMember = f.ficcMember && f.cmeMember;
    if (account.type == AccountType::House) {
        e.add(check("house-common-member", commonMember,
                    commonMember ? text(XM_TRANSLATE_NOOP("xm::CoreMessage", "House account of a firm that clears at both FICC and CME"))
                                 : text(XM_TRANSLATE_NOOP("xm::CoreMessage", "House cross-margining needs a firm that is a member of both FICC and CME")),
                    kCmeFaq));
        return e;
    }
    const bool dual = f.brokerDealer && f.fcm;
    e.add(check("customer-bd-fcm", dual && commonMember,
                dual && commonMember
                    ? text(XM_TRANSLATE_NOOP("xm::CoreMessage", "Cleared through a dually registered broker-dealer/FCM that is a member of FICC and CME"))
                    : text(XM_TRANSLATE_NOOP("xm::CoreMessage", "Customer cross-margining is only available through a firm that is both a registered "
                                                 "broker-dealer and an FCM and a member of both FICC and CME (an "
                                                 "Eligible BD-FCM); retail and other customer accounts elsewhere do "
                                                 "not get it")),
                kSecNotice));
    e.add(check("customer-opt-in", account.optIn,
                account.optIn ? text(XM_TRANSLATE_NOOP("xm::CoreMessage", "The customer and the BD-FCM have both opted in"))
                              : text(XM_TRANSLATE_NOOP("xm::CoreMessage", "The customer and the BD-FCM must both opt in to cross-margining")),
                kSecNotice));
    return e;
}

Eligibility productEligibility(const Position& position, double remainingYears, const EligibilityTable& table)
{
    Eligibility e;
    switch (position.type) {
    case PositionType::Cash:
        e.add(check("ficc-note-bond", true, text(XM_TRANSLATE_NOOP("xm::CoreMessage", "U.S. Treasury note or bond cleared at FICC")), kDtccXm));
        break;
    case PositionType::Repo:
    case PositionType::ReverseRepo: {
        const bool longEnough = remainingYears > table.repoMinCollateralYears;
        e.add(check("repo-collateral-term", longEnough,
                    longEnough ? text(XM_TRANSLATE_NOOP("xm::CoreMessage", "Repo on Treasury collateral with %1 years to maturity "
                                                                      "(more than %2 years)"),
                                      {years(remainingYears), years(table.repoMinCollateralYears)})
                               : text(XM_TRANSLATE_NOOP("xm::CoreMessage", "Repo collateral has %1 years to maturity; only repo on "
                                                                      "collateral with more than %2 years left is "
                                                                      "eligible"),
                                      {years(remainingYears), years(table.repoMinCollateralYears)}),
                    kDtccXm));
        break;
    }
    case PositionType::Bill:
        e.add(check("ficc-bill", false,
                    text(XM_TRANSLATE_NOOP("xm::CoreMessage", "Treasury bills are not among the eligible FICC products (notes, bonds, "
                                                     "repo on >1y collateral)")),
                    std::string(kDtccXm) + " (bills not listed)"));
        break;
    case PositionType::Tips:
        e.add(check("ficc-tips", false, text(XM_TRANSLATE_NOOP("xm::CoreMessage", "TIPS are excluded from cross-margining")), kDtccXm));
        break;
    case PositionType::Strips:
        e.add(check("ficc-strips", false, text(XM_TRANSLATE_NOOP("xm::CoreMessage", "STRIPS are excluded from cross-margining")), kDtccXm));
        break;
    case PositionType::Frn:
        e.add(check("ficc-frn", false,
                    text(XM_TRANSLATE_NOOP("xm::CoreMessage", "Floating-rate notes are not among the eligible FICC products (notes, "
                                                     "bonds, repo on >1y collateral)")),
                    std::string(kDtccXm) + " (FRNs not listed)"));
        break;
    case PositionType::Future: {
        const bool listed = std::find(table.cmeSymbols.begin(), table.cmeSymbols.end(), position.symbol)
                            != table.cmeSymbols.end();
        e.add(check("cme-future", listed,
                    listed ? text(XM_TRANSLATE_NOOP("xm::CoreMessage", "%1 futures are eligible CME interest-rate futures"), {position.symbol})
                           : text(XM_TRANSLATE_NOOP("xm::CoreMessage", "%1 is not on the list of eligible CME interest-rate futures"),
                                  {position.symbol}),
                    kDtccXm));
        break;
    }
    case PositionType::Option:
        e.add(check("cme-option", false,
                    text(XM_TRANSLATE_NOOP("xm::CoreMessage", "Options (on Treasury futures, or on bond ETFs such as TLT and IEF) are "
                                                     "not in the cross-margining program")),
                    std::string(kDtccXm) + "; " + kCmeFaq));
        break;
    }
    if (position.venue == Venue::Ficc && !isFiccType(position.type))
        e.add(check("ficc-venue", false, text(XM_TRANSLATE_NOOP("xm::CoreMessage", "A futures or options position cannot be cleared at FICC")),
                    kDtccXm));
    if (position.venue == Venue::Cme && isFiccType(position.type))
        e.add(check("cme-venue", false, text(XM_TRANSLATE_NOOP("xm::CoreMessage", "Cash and repo positions clear at FICC, not CME")), kDtccXm));
    return e;
}

} // namespace xm
