#include "session_fixture.h"

#include "tests/support/bundled_market.h"
#include "tests/support/random_portfolio.h"

#include "core/io/bundled_portfolios.h"
#include "core/io/model_parameters_loader.h"

#include <stdexcept>

namespace xm::test {

std::unique_ptr<MarginSession> demoSession()
{
    auto session = std::make_unique<MarginSession>(bundledMarket(), io::loadBundledModelParameters());
    session->setDocument(io::loadBundledDemoPortfolio());
    return session;
}

Position quickEntry(const MarginSession& session, const std::string& line)
{
    QuickEntryResult read = parseQuickEntry(line, session.quickEntryContext());
    if (!read.position)
        throw std::invalid_argument("quick entry \"" + line + "\": " + read.error);
    return *read.position;
}

QByteArray describeResult(const MarginResult& r)
{
    QByteArray text = QByteArray("ficc ") + QByteArray::number(r.ficcStandalone, 'f', 6) + ", cme "
                      + QByteArray::number(r.cmeStandalone, 'f', 6) + ", duplicated " + QByteArray::number(r.duplicated, 'f', 6)
                      + ", cross-margined " + QByteArray::number(r.crossMargined, 'f', 6) + ", savings "
                      + QByteArray::number(r.savings, 'f', 6) + "\n";
    for (const PositionResult& p : r.positions)
        text += "  " + QByteArray::fromStdString(p.id + " " + p.description.text + " dv01 ") + QByteArray::number(p.dv01, 'f', 2) + "\n";
    return text;
}

QList<double> barValues(const QCPBars& bars)
{
    QList<double> values;
    for (auto it = bars.data()->constBegin(); it != bars.data()->constEnd(); ++it)
        values.append(it->value);
    return values;
}

} // namespace xm::test
