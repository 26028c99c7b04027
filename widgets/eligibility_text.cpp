#include "eligibility_text.h"

#include "core_text.h"

#include <QStringList>

namespace xm {

QString eligibilityCheckText(const EligibilityCheck& check)
{
    return CoreText::message(check.text);
}

QString eligibilityReason(const Eligibility& eligibility)
{
    QStringList failed;
    for (const EligibilityCheck& check : eligibility.checks) {
        if (!check.passed)
            failed << eligibilityCheckText(check);
    }
    return failed.join(QStringLiteral("; "));
}

} // namespace xm
