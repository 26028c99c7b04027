#include "cross_margin.h"

#include <algorithm>
#include <cmath>

namespace xm {

double reductionRatio(double combined, double a, double b)
{
    const double denominator = a + b;
    return denominator > 0.0 ? 1.0 - combined / denominator : 0.0;
}

double rF(const ReductionInputs& in)
{
    return reductionRatio(in.xF, in.sF, in.sFPrime);
}

double rC(const ReductionInputs& in)
{
    return reductionRatio(in.xC, in.sC, in.sCPrime);
}

double legacyReduction(const ReductionInputs& in, const std::vector<double>& creditByDistance)
{
    BucketVector f = in.ficcClassDv01;
    BucketVector c = in.cmeClassDv01;
    double totalF = 0.0, totalC = 0.0;
    for (std::size_t i = 0; i < f.size(); ++i) {
        totalF += std::abs(f[i]);
        totalC += std::abs(c[i]);
    }
    if (totalF <= 0.0 || totalC <= 0.0)
        return 0.0;
    // Margin per unit of DV01 on each leg.
    const double unitF = in.sF / totalF;
    const double unitC = in.sC / totalC;
    double reduction = 0.0;
    const int classes = static_cast<int>(f.size());
    for (int distance = 0; distance < static_cast<int>(creditByDistance.size()); ++distance) {
        const double credit = creditByDistance[static_cast<std::size_t>(distance)];
        for (int i = 0; i < classes; ++i) {
            for (int j : {i - distance, i + distance}) {
                if (j < 0 || j >= classes || (distance == 0 && j != i))
                    continue;
                double& fi = f[static_cast<std::size_t>(i)];
                double& cj = c[static_cast<std::size_t>(j)];
                if (fi * cj >= 0.0)
                    continue;
                const double matched = std::min(std::abs(fi), std::abs(cj));
                reduction += credit * std::min(matched * unitF, matched * unitC);
                fi -= std::copysign(matched, fi);
                cj -= std::copysign(matched, cj);
                if (distance == 0)
                    break;
            }
        }
    }
    return reduction;
}

XmReading applyXmRule(XmRule rule, const ReductionInputs& in, const CrossMarginParameters& p)
{
    const auto clamp = [&](double r) { return std::clamp(r, 0.0, p.cap); };
    const double standalone = in.sF + in.sC;
    XmReading out;
    out.rule = rule;
    double raw = 0.0;
    switch (rule) {
    case XmRule::Min: {
        const double f = rF(in), c = rC(in);
        raw = std::min(f, c);
        out.ficcReduction = out.cmeReduction = clamp(raw);
        out.binding = standalone <= 0.0 ? "none" : f < c ? "FICC" : c < f ? "CME" : "both";
        break;
    }
    case XmRule::Each:
        out.ficcReduction = clamp(rF(in));
        out.cmeReduction = clamp(rC(in));
        raw = std::max(rF(in), rC(in));
        out.binding = standalone <= 0.0 ? "none" : "each";
        break;
    case XmRule::OnePot:
        // One combined VaR (FICC's model on both legs), split pro rata to the standalone requirements.
        raw = reductionRatio(in.xF, in.sF, in.sC);
        out.ficcReduction = out.cmeReduction = clamp(raw);
        out.binding = standalone <= 0.0 ? "none" : "FICC";
        break;
    case XmRule::Legacy:
        raw = standalone > 0.0 ? legacyReduction(in, p.legacyCreditByDistance) / standalone : 0.0;
        out.ficcReduction = out.cmeReduction = clamp(raw);
        out.binding = standalone <= 0.0 ? "none" : "both";
        break;
    }
    out.capBinding = raw > p.cap;
    out.requirement = (1.0 - out.ficcReduction) * in.sF + (1.0 - out.cmeReduction) * in.sC;
    return out;
}

} // namespace xm
