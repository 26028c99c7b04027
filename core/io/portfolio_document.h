#pragma once

#include "../portfolio/portfolio.h"

#include <QJsonObject>

#include <map>
#include <string>

namespace xm::io {

// A portfolio as read from a `*.xmargin` file, with the keys this version does not know kept
// so that saving writes them back (FORMATS.md: unknown keys are kept, not dropped).
struct PortfolioDocument {
    Portfolio portfolio;
    QJsonObject extraTop;
    QJsonObject extraAccount;
    QJsonObject extraClearingFirm;
    // By position id, so that adding, removing or reordering positions keeps each one's keys.
    std::map<std::string, QJsonObject> extraPositions;
};

} // namespace xm::io
