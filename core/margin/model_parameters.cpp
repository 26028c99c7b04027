#include "model_parameters.h"

namespace xm {

std::string_view toString(Provenance provenance)
{
    switch (provenance) {
    case Provenance::Official:
        return "official";
    case Provenance::Calibrated:
        return "calibrated";
    case Provenance::Assumed:
        break;
    }
    return "assumed";
}

std::string_view toString(XmRule rule)
{
    switch (rule) {
    case XmRule::Min:
        return "min";
    case XmRule::Each:
        return "each";
    case XmRule::OnePot:
        return "onepot";
    case XmRule::Legacy:
        break;
    }
    return "legacy";
}

std::string_view toString(CmeModel model)
{
    return model == CmeModel::Span ? "span" : "hvar";
}

} // namespace xm
