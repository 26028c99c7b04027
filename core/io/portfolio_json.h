#pragma once

#include "portfolio_document.h"

#include <QByteArray>
#include <QString>

namespace xm::io {

// The portfolio document of FORMATS.md (format "xmargin-portfolio", version 1). Reading
// checks every field and throws InputError(file, line of the key, key path such as
// "positions[3].quantity", what was expected) at the first problem; nothing partial is
// returned. Positions without an id get the first free of p1, p2, …
PortfolioDocument readPortfolioDocument(const QByteArray& json, const QString& fileName);
PortfolioDocument loadPortfolioDocument(const QString& path);

QByteArray writePortfolioDocument(const PortfolioDocument& document);
// Atomic (see saveAtomically): a failed save leaves an existing file as it was and throws
// InputError saying why.
void savePortfolioDocument(const PortfolioDocument& document, const QString& path);

} // namespace xm::io
