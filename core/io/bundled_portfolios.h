#pragma once

#include "portfolio_document.h"

#include <QString>

namespace xm::io {

// The example portfolios embedded from resources/portfolios under :/portfolios/.
QString bundledPortfolioPath(const QString& fileName);
PortfolioDocument loadBundledPortfolio(const QString& fileName);
// "Basis trade, 10y" (demo_basis_trade.xmargin), the portfolio the app opens with.
PortfolioDocument loadBundledDemoPortfolio();

} // namespace xm::io
