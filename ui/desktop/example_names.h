#pragma once

#include "core/io/portfolio_document.h"

#include <QString>

#include <string>

namespace xm {

// The bundled example portfolios' names in the application's language; any other name (a
// user's portfolio) as it is.
QString exampleName(const std::string& name);
// A bundled example as the user opens it: its name translated.
io::PortfolioDocument translatedExample(io::PortfolioDocument document);

} // namespace xm
