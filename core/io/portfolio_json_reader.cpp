// Reading half of portfolio_json.h.
#include "portfolio_json.h"

#include "cusip.h"
#include "date_text.h"
#include "json_path_reader.h"
#include "position_fields.h"

#include "../portfolio/position_ids.h"
#include "../portfolio/position_rules.h"

#include <QDate>
#include <QJsonArray>

#include <map>

namespace xm::io {

using namespace Qt::StringLiterals;

namespace {

const QStringList kTopKeys{u"format"_s, u"version"_s, u"name"_s, u"asOf"_s, u"account"_s, u"positions"_s};
const QStringList kAccountKeys{u"type"_s, u"clearingFirm"_s, u"optIn"_s, u"riskProfile"_s};
const QStringList kFirmKeys{u"brokerDealer"_s, u"fcm"_s, u"ficcMember"_s, u"cmeMember"_s};
const QStringList kPositionKeys{u"id"_s,     u"venue"_s, u"type"_s,   u"cusip"_s, u"coupon"_s,   u"maturity"_s,
                                u"issue"_s,  u"end"_s,   u"symbol"_s, u"month"_s, u"quantity"_s, u"allocateXM"_s};
constexpr double kMaxCouponPct = 20.0;

QJsonObject unknownKeys(const QJsonObject& object, const QStringList& known)
{
    QJsonObject extra;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            extra.insert(it.key(), it.value());
    }
    return extra;
}

Date readDate(const JsonPathReader& json, const QString& path, const QString& expected)
{
    const QJsonValue v = json.value(path);
    const std::optional<Date> date = v.isString() ? parseIsoDate(v.toString()) : std::nullopt;
    if (!date)
        json.fail(path, expected);
    return *date;
}

// One element of "positions", read against its key path "positions[i]".
class PositionReader final {
public:
    PositionReader(const JsonPathReader& json, const QString& path, int referenceYear)
        : m_json(json)
        , m_path(path)
        , m_object(json.value(path).toObject())
        , m_referenceYear(referenceYear)
    {
    }

    Position read() const
    {
        Position p;
        if (has(u"id"_s)) {
            p.id = m_json.string(path(u"id"_s), at(u"id"_s)).toStdString();
            if (p.id.empty())
                fail(u"id"_s, u"a non-empty id"_s);
        }
        p.venue = m_json.choice(path(u"venue"_s), at(u"venue"_s), {u"FICC"_s, u"CME"_s}) == 0 ? Venue::Ficc
                                                                                             : Venue::Cme;
        const std::optional<PositionType> type = positionTypeOf(p.venue, at(u"type"_s).toString());
        if (!type)
            fail(u"type"_s, expectedPositionType(p.venue));
        p.type = *type;
        if (p.venue == Venue::Ficc) {
            forbid({u"symbol"_s, u"month"_s, u"allocateXM"_s}, u"on a FICC position"_s);
            readSecurity(p);
        } else {
            forbid({u"cusip"_s, u"coupon"_s, u"maturity"_s, u"issue"_s, u"end"_s}, u"on a CME position"_s);
            readContract(p);
        }
        const QJsonValue quantity = at(u"quantity"_s);
        if (!quantity.isDouble() || !isSensibleQuantity(p.venue, quantity.toDouble()))
            fail(u"quantity"_s, QString::fromStdString(expectedQuantity(p.venue)));
        p.quantity = quantity.toDouble();
        return p;
    }

private:
    QString path(const QString& key) const { return m_path + u'.' + key; }
    bool has(const QString& key) const { return m_object.contains(key); }
    QJsonValue at(const QString& key) const { return m_object.value(key); }
    [[noreturn]] void fail(const QString& key, const QString& expected) const { m_json.fail(path(key), expected); }

    // Fails on the first of `keys` present: "expected no symbol on a FICC position".
    void forbid(const QStringList& keys, const QString& where) const
    {
        for (const QString& key : keys) {
            if (has(key))
                fail(key, u"no %1 %2"_s.arg(key, where));
        }
    }

    // A CUSIP, or coupon + maturity (+ issue); repos also close on an end date.
    void readSecurity(Position& p) const
    {
        if (has(u"cusip"_s)) {
            const QString cusip = m_json.string(path(u"cusip"_s), at(u"cusip"_s));
            if (!isValidCusip(cusip.toStdString()))
                fail(u"cusip"_s, expectedCusip());
            p.cusip = cusip.toStdString();
            forbid({u"coupon"_s, u"maturity"_s, u"issue"_s}, u"with a cusip (name a security one way)"_s);
        } else {
            if (needsCoupon(p.type) && !has(u"coupon"_s))
                fail(u"coupon"_s, u"a coupon in percent (or a cusip)"_s);
            if (has(u"coupon"_s))
                p.couponPct = m_json.number(path(u"coupon"_s), at(u"coupon"_s), 0.0, kMaxCouponPct);
            p.maturity = readDate(m_json, path(u"maturity"_s), u"a maturity date YYYY-MM-DD (or a cusip)"_s);
            if (has(u"issue"_s))
                p.issue = readDate(m_json, path(u"issue"_s), u"an issue date YYYY-MM-DD"_s);
            if (!p.issue.isNull() && p.issue >= p.maturity)
                fail(u"issue"_s, u"an issue date before the maturity %1"_s.arg(toIsoString(p.maturity)));
        }
        if (needsEndDate(p.type))
            p.end = readDate(m_json, path(u"end"_s), u"an end date YYYY-MM-DD"_s);
        else
            forbid({u"end"_s}, u"on a %1 position (only repo and reverse_repo end)"_s.arg(QString::fromUtf8(toString(p.type))));
    }

    // symbol + month ("2025-09", or a code such as "U5" or "ZNU5"), or a code as the symbol.
    void readContract(Position& p) const
    {
        const QString symbol = m_json.string(path(u"symbol"_s), at(u"symbol"_s));
        const QString month = has(u"month"_s) ? m_json.string(path(u"month"_s), at(u"month"_s)) : QString();
        const std::optional<FuturesCode> contract = parseContract(symbol, month, m_referenceYear);
        if (!contract)
            fail(u"month"_s, u"a contract month YYYY-MM, or a code such as U5 or ZNU5"_s);
        if (!isCmeSymbolFor(p.type, contract->symbol))
            fail(u"symbol"_s, expectedCmeSymbol(p.type));
        p.symbol = contract->symbol;
        p.month = contract->month;
        if (has(u"allocateXM"_s))
            p.allocateXM = m_json.boolean(path(u"allocateXM"_s), at(u"allocateXM"_s));
    }

    const JsonPathReader& m_json;
    QString m_path;
    QJsonObject m_object;
    int m_referenceYear;
};

class DocumentReader final {
public:
    explicit DocumentReader(const JsonPathReader& json)
        : m_json(json)
    {
    }

    PortfolioDocument read() const
    {
        PortfolioDocument d;
        m_json.choice(u"format"_s, m_json.value(u"format"_s), {u"xmargin-portfolio"_s});
        if (m_json.value(u"version"_s) != QJsonValue(1))
            m_json.fail(u"version"_s, u"1, the version this program reads"_s);
        if (m_json.root().contains(u"name"_s))
            d.portfolio.name = m_json.string(u"name"_s, m_json.value(u"name"_s)).toStdString();
        if (m_json.root().contains(u"asOf"_s))
            d.portfolio.asOf = readDate(m_json, u"asOf"_s, u"an as-of date YYYY-MM-DD"_s);
        d.extraTop = unknownKeys(m_json.root(), kTopKeys);
        d.portfolio.account = readAccount(d);
        readPositions(d);
        return d;
    }

private:
    Account readAccount(PortfolioDocument& d) const
    {
        const QJsonObject o = m_json.object(u"account"_s);
        const QJsonObject firm = m_json.object(u"account.clearingFirm"_s);
        Account a;
        a.type = m_json.choice(u"account.type"_s, o.value(u"type"_s), {u"house"_s, u"customer"_s}) == 0
                     ? AccountType::House
                     : AccountType::Customer;
        bool* const flags[] = {&a.firm.brokerDealer, &a.firm.fcm, &a.firm.ficcMember, &a.firm.cmeMember};
        for (qsizetype i = 0; i < kFirmKeys.size(); ++i)
            *flags[i] = m_json.boolean(u"account.clearingFirm."_s + kFirmKeys[i], firm.value(kFirmKeys[i]));
        a.optIn = m_json.boolean(u"account.optIn"_s, o.value(u"optIn"_s));
        a.riskProfile = m_json.choice(u"account.riskProfile"_s, o.value(u"riskProfile"_s), {u"HRP"_s, u"nonHRP"_s}) == 0
                            ? RiskProfile::Hrp
                            : RiskProfile::NonHrp;
        d.extraAccount = unknownKeys(o, kAccountKeys);
        d.extraClearingFirm = unknownKeys(firm, kFirmKeys);
        return a;
    }

    void readPositions(PortfolioDocument& d) const
    {
        const QJsonValue list = m_json.value(u"positions"_s);
        if (!list.isArray())
            m_json.fail(u"positions"_s, u"an array of positions"_s);
        const int referenceYear = d.portfolio.asOf.isNull() ? QDate::currentDate().year() : d.portfolio.asOf.year();
        std::vector<QJsonObject> extras;
        std::map<std::string, int> firstWithId;
        for (int i = 0; i < list.toArray().size(); ++i) {
            const QString path = u"positions[%1]"_s.arg(i);
            if (!m_json.value(path).isObject())
                m_json.fail(path, u"a position object"_s);
            Position p = PositionReader(m_json, path, referenceYear).read();
            if (!p.id.empty() && !firstWithId.emplace(p.id, i).second)
                m_json.fail(path + u".id"_s, u"an id no other position has (positions[%1] has it)"_s.arg(firstWithId[p.id]));
            extras.push_back(unknownKeys(m_json.value(path).toObject(), kPositionKeys));
            d.portfolio.positions.push_back(std::move(p));
        }
        assignMissingIds(d.portfolio.positions);
        for (std::size_t i = 0; i < extras.size(); ++i) {
            if (!extras[i].isEmpty())
                d.extraPositions[d.portfolio.positions[i].id] = extras[i];
        }
    }

    const JsonPathReader& m_json;
};

} // namespace

PortfolioDocument readPortfolioDocument(const QByteArray& json, const QString& fileName)
{
    return DocumentReader(JsonPathReader(json, fileName)).read();
}

} // namespace xm::io
