#pragma once

#include "core/margin/eligibility.h"
#include "core/portfolio/margin_result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace xm {

// How the app words the cross-margining eligibility rules (MARGIN_MODEL.md §4): the
// translation seam between the core's English check texts (kept for the CLI) and every
// place the GUI explains eligibility. In English each sentence and source reads exactly as
// the core's; a rule the seam does not know falls back to the core's text.
class EligibilityText final {
    Q_DECLARE_TR_FUNCTIONS(xm::EligibilityText)

public:
    // One document a rule comes from; `url` is empty when the reference gives none.
    struct Source {
        QString citation;
        QString url;
    };

    static QString ruleName(const EligibilityCheck& check);  // "Eligible BD-FCM", "Repo collateral term"
    static QString text(const EligibilityCheck& check);      // the sentence, as EligibilityCheck::text
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
