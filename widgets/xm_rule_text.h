#pragma once

#include "core/margin/model_parameters.h"

#include <QCoreApplication>
#include <QString>

#include <array>

namespace xm {

// How the app names the cross-margin readings (MARGIN_MODEL.md §4) and says what each does.
class XmRuleText final {
    Q_DECLARE_TR_FUNCTIONS(xm::XmRuleText)

public:
    static constexpr std::array<XmRule, 4> kRules{XmRule::Min, XmRule::Each, XmRule::OnePot, XmRule::Legacy};

    static QString name(XmRule rule);         // "More conservative of both CCPs (min)"
    static QString description(XmRule rule);  // one sentence
};

} // namespace xm
