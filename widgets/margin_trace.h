#pragma once

#include "core/margin/cme_model.h"
#include "core/portfolio/margin_result.h"

#include <QCoreApplication>
#include <QString>

#include <map>
#include <string>
#include <vector>

namespace xm {

// One line of the calculation trace: a quantity, its value and how it was obtained (the
// formula with the numbers filled in, a rule's source, a provenance), with its inputs below.
struct TraceLine {
    enum class Tone { Normal, Heading, Good, Bad, Muted };

    QString label;
    QString value;
    QString detail;
    Tone tone = Tone::Normal;
    std::vector<TraceLine> children;
    QString toolTip;  // rich text explaining the quantity (a glossary entry); empty: the label
};

// Every intermediate number of a result (MARGIN_MODEL.md §5) as a tree: the headline, the
// reduction factors with their formulas, the ten model evaluations behind them, the XM
// readings side by side, the regular account, eligibility, ladders, scan ranges and notes.
// Positions are listed up to `maxPositions`.
class MarginTrace final {
    Q_DECLARE_TR_FUNCTIONS(xm::MarginTrace)

public:
    static constexpr int kDefaultMaxPositions = 250;

    static std::vector<TraceLine> build(const MarginResult& result, const std::map<std::string, ScanRange>& scanRanges,
                                        int maxPositions = kDefaultMaxPositions);
    // The tree as indented plain text, one line each: label, value, detail.
    static QString text(const MarginResult& result, const std::vector<TraceLine>& lines);
};

} // namespace xm
