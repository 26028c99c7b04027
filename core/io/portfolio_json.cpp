#include "portfolio_json.h"

#include "atomic_save.h"
#include "date_text.h"
#include "input_text.h"
#include "position_fields.h"

#include "../portfolio/position_rules.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace xm::io {

using namespace Qt::StringLiterals;

namespace {

QString text(std::string_view value)
{
    return QString::fromUtf8(value.data(), static_cast<qsizetype>(value.size()));
}

// The position's keys over its unknown ones; a CUSIP names the security on its own.
QJsonObject positionObject(const Position& p, QJsonObject o)
{
    if (!p.id.empty())  // the reader gives it the next free pN
        o[u"id"_s] = text(p.id);
    o[u"venue"_s] = text(toString(p.venue));
    o[u"type"_s] = text(toString(p.type));
    if (p.venue == Venue::Cme) {
        o[u"symbol"_s] = text(p.symbol);
        if (p.month)
            o[u"month"_s] = text(p.month->toIso());
        if (writesAllocation(p))
            o[u"allocateXM"_s] = p.allocateXM;
    } else if (!p.cusip.empty()) {
        o[u"cusip"_s] = text(p.cusip);
    } else {
        if (p.couponPct)
            o[u"coupon"_s] = *p.couponPct;
        o[u"maturity"_s] = toIsoString(p.maturity);
        if (!p.issue.isNull())
            o[u"issue"_s] = toIsoString(p.issue);
    }
    if (needsEndDate(p.type) && !p.end.isNull())
        o[u"end"_s] = toIsoString(p.end);
    o[u"quantity"_s] = p.quantity;
    return o;
}

QJsonObject accountObject(const PortfolioDocument& d)
{
    const Account& a = d.portfolio.account;
    QJsonObject firm = d.extraClearingFirm;
    firm[u"brokerDealer"_s] = a.firm.brokerDealer;
    firm[u"fcm"_s] = a.firm.fcm;
    firm[u"ficcMember"_s] = a.firm.ficcMember;
    firm[u"cmeMember"_s] = a.firm.cmeMember;
    QJsonObject o = d.extraAccount;
    o[u"type"_s] = a.type == AccountType::House ? u"house"_s : u"customer"_s;
    o[u"clearingFirm"_s] = firm;
    o[u"optIn"_s] = a.optIn;
    o[u"riskProfile"_s] = a.riskProfile == RiskProfile::Hrp ? u"HRP"_s : u"nonHRP"_s;
    return o;
}

} // namespace

PortfolioDocument loadPortfolioDocument(const QString& path)
{
    return readPortfolioDocument(readInputFile(path, path), path);
}

QByteArray writePortfolioDocument(const PortfolioDocument& d)
{
    QJsonArray positions;
    for (const Position& p : d.portfolio.positions) {
        const auto extra = d.extraPositions.find(p.id);
        positions.append(positionObject(p, extra == d.extraPositions.end() ? QJsonObject() : extra->second));
    }
    QJsonObject root = d.extraTop;
    root[u"format"_s] = u"xmargin-portfolio"_s;
    root[u"version"_s] = 1;
    root[u"name"_s] = text(d.portfolio.name);
    if (!d.portfolio.asOf.isNull())
        root[u"asOf"_s] = toIsoString(d.portfolio.asOf);
    root[u"account"_s] = accountObject(d);
    root[u"positions"_s] = positions;
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void savePortfolioDocument(const PortfolioDocument& document, const QString& path)
{
    saveAtomically(path, writePortfolioDocument(document));
}

} // namespace xm::io
