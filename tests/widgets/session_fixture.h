#pragma once

#include "widgets/margin_session.h"

#include <qcustomplot.h>

#include <QString>

#include <memory>
#include <string>

namespace xm::test {

// A session on the bundled market data and parameters with the bundled demo portfolio
// ("Basis trade, 10y") loaded.
std::unique_ptr<MarginSession> demoSession();
// The position a quick-entry line reads as in `session`; throws std::invalid_argument with
// the parser's message when it reads as none.
Position quickEntry(const MarginSession& session, const std::string& line);
// The headline numbers of a result and its positions, one per line, for failure messages.
QByteArray describeResult(const MarginResult& result);
// Bar heights of `bars` in key order.
QList<double> barValues(const QCPBars& bars);

} // namespace xm::test
