#include "example_names.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>

namespace xm {
namespace {

// The "name" of each file in resources/portfolios/.
constexpr const char* kBundledNames[] = {
    QT_TRANSLATE_NOOP("xm::ExampleNames", "Basis trade, 10y"),
    QT_TRANSLATE_NOOP("xm::ExampleNames", "Curve trade 2s10s across venues"),
    QT_TRANSLATE_NOOP("xm::ExampleNames", "Basis trade, 10y, customer of a non-BD-FCM"),
    QT_TRANSLATE_NOOP("xm::ExampleNames", "Unhedged cash, 10y"),
};

} // namespace

QString exampleName(const std::string& name)
{
    const bool bundled = std::any_of(std::begin(kBundledNames), std::end(kBundledNames),
                                     [&](const char* known) { return name == known; });
    return bundled ? QCoreApplication::translate("xm::ExampleNames", name.c_str()) : QString::fromStdString(name);
}

io::PortfolioDocument translatedExample(io::PortfolioDocument document)
{
    document.portfolio.name = exampleName(document.portfolio.name).toStdString();
    return document;
}

} // namespace xm
