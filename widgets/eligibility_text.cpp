#include "eligibility_text.h"

#include "core_text.h"

#include <QStringList>

namespace xm {
namespace {

// The documents behind the rules (shared reference domain-research.md, key primary sources).
EligibilityText::Source secNotice()
{
    // The reference names the Federal Register document but gives no address for it.
    return {EligibilityText::tr("SEC Release 34-104748 (91 FR 4994, 3 Feb 2026), FICC/CME customer cross-margining"),
            QString()};
}

EligibilityText::Source dtccProducts(const QString& note = QString())
{
    const QString citation = EligibilityText::tr("DTCC, FICC cross-margining: eligible products (dtcclearning.com)");
    return {note.isEmpty() ? citation : EligibilityText::tr("%1 (%2)").arg(citation, note),
            QStringLiteral("https://dtcclearning.com/products-and-services/fixed-income-clearing/cross-margining.html")};
}

EligibilityText::Source cmeFaq()
{
    return {EligibilityText::tr("CME Group, CME-FICC cross-margining arrangement FAQ"),
            QStringLiteral("https://www.cmegroup.com/trading/interest-rates/cleared-otc/"
                           "faq-cme-ficc-cross-margining-arrangement-expansion.html")};
}

bool is(const EligibilityCheck& check, const char* rule)
{
    return check.rule == rule;
}

} // namespace

QString EligibilityText::ruleName(const EligibilityCheck& c)
{
    if (is(c, "house-common-member"))
        return tr("Common member");
    if (is(c, "customer-bd-fcm"))
        return tr("Eligible BD-FCM");
    if (is(c, "customer-opt-in"))
        return tr("Opt-in");
    if (is(c, "ficc-note-bond"))
        return tr("Note or bond");
    if (is(c, "repo-collateral-term"))
        return tr("Repo collateral term");
    if (is(c, "ficc-bill"))
        return tr("Treasury bill");
    if (is(c, "ficc-tips"))
        return tr("TIPS");
    if (is(c, "ficc-strips"))
        return tr("STRIPS");
    if (is(c, "ficc-frn"))
        return tr("Floating-rate note");
    if (is(c, "cme-future"))
        return tr("Eligible future");
    if (is(c, "cme-option"))
        return tr("Option");
    if (is(c, "ficc-venue") || is(c, "cme-venue"))
        return tr("Venue");
    return QString::fromStdString(c.rule);
}

QString EligibilityText::text(const EligibilityCheck& c)
{
    return CoreText::message(c.text);
}

QList<EligibilityText::Source> EligibilityText::sources(const EligibilityCheck& c)
{
    if (is(c, "house-common-member"))
        return {cmeFaq()};
    if (is(c, "customer-bd-fcm") || is(c, "customer-opt-in"))
        return {secNotice()};
    if (is(c, "ficc-bill"))
        return {dtccProducts(tr("bills not listed"))};
    if (is(c, "ficc-frn"))
        return {dtccProducts(tr("FRNs not listed"))};
    if (is(c, "cme-option"))
        return {dtccProducts(), cmeFaq()};
    if (is(c, "ficc-note-bond") || is(c, "repo-collateral-term") || is(c, "ficc-tips") || is(c, "ficc-strips")
        || is(c, "cme-future") || is(c, "ficc-venue") || is(c, "cme-venue"))
        return {dtccProducts()};
    return {{QString::fromStdString(c.source), QString()}};
}

QString EligibilityText::sourceText(const EligibilityCheck& check)
{
    QStringList citations;
    for (const Source& source : sources(check))
        citations << source.citation;
    return citations.join(QStringLiteral("; "));
}

QString EligibilityText::reason(const Eligibility& eligibility)
{
    QStringList failed;
    for (const EligibilityCheck& check : eligibility.checks) {
        if (!check.passed)
            failed << text(check);
    }
    return failed.join(QStringLiteral("; "));
}

QString EligibilityText::accountName(AccountType type)
{
    return type == AccountType::House ? tr("House account") : tr("Customer account");
}

QString EligibilityText::allocation(const Position& position, bool inXmAccount)
{
    if (isFiccType(position.type))
        return tr("Passive: every eligible FICC position of the account is in the cross-margining account");
    if (!position.allocateXM)
        return tr("Not allocated: the CME member keeps this future out of the cross-margining account");
    return inXmAccount ? tr("Allocated to the cross-margining account (the CME member chooses which futures to move)")
                       : tr("Marked for allocation to the cross-margining account");
}

EligibilityText::Source EligibilityText::allocationSource()
{
    return {tr("CME, Treasury Rules-based Offset Engine: CME positions managed actively, FICC positions passively"),
            QStringLiteral("https://cmegroupclientsite.atlassian.net/wiki/spaces/EPICSANDBOX/pages/457217181")};
}

QString EligibilityText::placement(const Position& position, const PositionResult& result, bool accountEligible)
{
    if (!result.error.empty())
        return tr("Not margined: it cannot be valued (%1).").arg(QString::fromStdString(result.error));
    if (result.book == Book::FiccXm || result.book == Book::CmeXm)
        return tr("Margined in the cross-margining account.");
    const bool ficc = result.book == Book::FiccRegular;
    if (!accountEligible)
        return ficc ? tr("Stays in the regular FICC account: the account is not eligible, so it is margined on its own.")
                    : tr("Stays in the regular CME account: the account is not eligible, so it is margined on its own.");
    if (!result.eligibility.eligible)
        return ficc ? tr("Stays in the regular FICC account: margined on its own.")
                    : tr("Stays in the regular CME account: margined on its own.");
    if (!position.allocateXM)
        return tr("Stays in the regular CME account: not allocated, so it is margined on its own.");
    return tr("Not margined.");
}

} // namespace xm
