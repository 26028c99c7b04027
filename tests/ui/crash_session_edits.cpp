#include "crash_session_edits.h"

#include "tests/support/bundled_market.h"
#include "widgets/margin_session.h"

#include <QString>

#include <cmath>

namespace xm::test {
namespace {

constexpr double kBaseQuantity = 100e6;
constexpr double kStep = 1e6;

} // namespace

void makeSetupEdits(MarginSession& session)
{
    session.setName(QStringLiteral("Basis trade, edited before the crash"));
    Account account = session.account();
    account.riskProfile = RiskProfile::NonHrp;
    session.setAccount(account);
    session.setAsOf(isoDate("2025-06-02"));
}

void typeEdit(MarginSession& session, int k)
{
    Position position = session.positions().front();
    position.quantity = kBaseQuantity + k * kStep;
    session.updatePosition(0, position);
}

int typedEdits(const MarginSession& session)
{
    return typedEdits(session.document());
}

int typedEdits(const io::PortfolioDocument& document)
{
    return static_cast<int>(std::lround((document.portfolio.positions.front().quantity - kBaseQuantity) / kStep));
}

} // namespace xm::test
