#pragma once

#include "message.h"

#include "instruments/treasury_future.h"
#include "market/business_calendar.h"
#include "market/market_shock.h"
#include "market/yield_curve.h"
#include "market_data.h"

#include <string>
#include <vector>

namespace xm {

// The market on one as-of date: calendar, the curve (and its bumps) at the T+1 spot date,
// the repo rate for futures carry. Built once per as-of date; cheap to query.
class MarketEnvironment final {
public:
    // Uses the last history row on or before `asOf`. Throws std::invalid_argument if `asOf`
    // is before the history or the row has no usable yields. A stress test passes
    // `parShiftBp`: the par yields move by it, the repo rate by the 3M shift.
    MarketEnvironment(const MarketData& data, Date asOf, const FactorVector& parShiftBp = {});

    const MarketData& data() const { return m_data; }
    Date asOf() const { return m_asOf; }
    Date curveDate() const { return m_curveDate; }    // the history row used
    Date spotDate() const { return m_spotDate; }
    const BusinessCalendar& calendar() const { return m_calendar; }
    const BumpedCurves& curves() const { return m_curves; }
    const YieldCurve& curve() const { return m_curves.base(); }
    const RepoRate& repo() const { return m_repo; }
    FuturesMarket futuresMarket() const { return {&m_curves, &m_calendar, m_repo.rate}; }
    // Plain-language notes (gap-filled tenors, stale curve date) for the trace.
    const std::vector<Message>& notes() const { return m_notes; }

private:
    const MarketData& m_data;
    Date m_asOf;
    Date m_curveDate;
    BusinessCalendar m_calendar;
    Date m_spotDate;
    BumpedCurves m_curves;
    RepoRate m_repo;
    std::vector<Message> m_notes;
};

} // namespace xm
