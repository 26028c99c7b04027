#include "bundled_portfolios.h"

#include "portfolio_json.h"

namespace xm::io {

using namespace Qt::StringLiterals;

QString bundledPortfolioPath(const QString& fileName)
{
    return u":/portfolios/"_s + fileName;
}

PortfolioDocument loadBundledPortfolio(const QString& fileName)
{
    return loadPortfolioDocument(bundledPortfolioPath(fileName));
}

PortfolioDocument loadBundledDemoPortfolio()
{
    return loadBundledPortfolio(u"demo_basis_trade.xmargin"_s);
}

} // namespace xm::io
