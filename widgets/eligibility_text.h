#pragma once

#include "core/margin/eligibility.h"
#include "core/portfolio/margin_result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace xm {

// How the app words the cross-margining eligibility rules (MARGIN_MODEL.md §4) in the
// application's language: the rule's sentence is the core's message translated (CoreText);
// the rule's name, its sources with addresses, and where a position is margined are worded here.
class EligibilityText final {
    Q_DECLARE_TR_FUNCTIONS(xm::EligibilityText)

public:
    // One document a rule comes from; `url` is empty when the reference gives none.
    struct Source {
        QString citation;
        QString url;
    };

    static QString ruleName(const EligibilityCheck& check);  // "Eligible BD-FCM", "Repo collateral term"
    static QString text(const EligibilityCheck& check);      // the sentence: EligibilityCheck::text, translated
    static QList<Source> sources(const EligibilityCheck& check);
    static QString sourceText(const EligibilityCheck& check);  // the citations joined by "; "
    // The failed checks' sentences joined by "; " (empty when eligible), as Eligibility::reason().
    static QString reason(const Eligibility& eligibility);

    // "House account" or "Customer account".
    static QString accountName(AccountType type);
    // How a position joins the cross-margining account: passive for FICC, the member's
    // allocation flag for CME futures. `inXmAccount` says whether it is cross-margined.
    static QString allocation(const Position& position, bool inXmAccount);
    static Source allocationSource();
    // Where the position is margined and why, in one sentence ("Margined in the
    // cross-margining account." / "Stays in the regular CME account: margined on its own.").
    static QString placement(const Position& position, const PositionResult& result, bool accountEligible);
};

} // namespace xm
