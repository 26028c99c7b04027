#include "xm_rule_text.h"

namespace xm {

QString XmRuleText::name(XmRule rule)
{
    switch (rule) {
    case XmRule::Min:
        return tr("More conservative of both CCPs (min)");
    case XmRule::Each:
        return tr("Each CCP applies its own factor (each)");
    case XmRule::OnePot:
        return tr("One pot, split pro rata (onepot)");
    case XmRule::Legacy:
        break;
    }
    return tr("Legacy offset classes (legacy)");
}

QString XmRuleText::description(XmRule rule)
{
    switch (rule) {
    case XmRule::Min:
        return tr("The smaller of r_F and r_C, capped, reduces both legs: the more conservative result applies.");
    case XmRule::Each:
        return tr("FICC reduces its leg by r_F, CME its leg by r_C, each capped.");
    case XmRule::OnePot:
        return tr("One combined VaR over both legs, split between the CCPs pro rata.");
    case XmRule::Legacy:
        break;
    }
    return tr("Opposite FICC and CME DV01 matched by maturity class; credit × the smaller leg's margin.");
}

} // namespace xm
