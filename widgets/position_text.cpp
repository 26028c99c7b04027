#include "position_text.h"

#include "core/portfolio/position_rules.h"

#include <QCoreApplication>

namespace xm {
namespace {

// The quick-entry keyword that reads a FICC security for `type`.
QString quickEntryKeyword(PositionType type)
{
    switch (type) {
    case PositionType::Repo:
        return QStringLiteral("REPO");
    case PositionType::ReverseRepo:
        return QStringLiteral("REVREPO");
    case PositionType::Bill:
        return QStringLiteral("BILL");
    case PositionType::Tips:
        return QStringLiteral("TIPS");
    case PositionType::Frn:
        return QStringLiteral("FRN");
    case PositionType::Strips:
        return QStringLiteral("STRIPS");
    default:
        return QStringLiteral("UST");
    }
}

} // namespace

QString venueText(Venue venue)
{
    return QString::fromUtf8(toString(venue));
}

QString positionTypeText(PositionType type)
{
    switch (type) {
    case PositionType::Cash:
        return QCoreApplication::translate("xm::PositionText", "Cash");
    case PositionType::Repo:
        return QCoreApplication::translate("xm::PositionText", "Repo");
    case PositionType::ReverseRepo:
        return QCoreApplication::translate("xm::PositionText", "Reverse repo");
    case PositionType::Bill:
        return QCoreApplication::translate("xm::PositionText", "Bill");
    case PositionType::Tips:
        return QCoreApplication::translate("xm::PositionText", "TIPS");
    case PositionType::Frn:
        return QCoreApplication::translate("xm::PositionText", "FRN");
    case PositionType::Strips:
        return QCoreApplication::translate("xm::PositionText", "STRIPS");
    case PositionType::Future:
        return QCoreApplication::translate("xm::PositionText", "Future");
    case PositionType::Option:
        return QCoreApplication::translate("xm::PositionText", "Option");
    }
    return {};
}

QString instrumentText(const Position& p)
{
    if (!p.cusip.empty())
        return QString::fromStdString(p.cusip);
    if (p.venue == Venue::Cme) {
        const QString symbol = QString::fromStdString(p.symbol);
        return p.month ? symbol + QLatin1Char(p.month->monthCode()) + QString::number(p.month->year % 10) : symbol;
    }
    const QString maturity = QString::fromStdString(p.maturity.toIso());
    return p.couponPct ? QStringLiteral("%1% %2").arg(QString::number(*p.couponPct, 'g', 6), maturity) : maturity;
}

std::optional<Position> withInstrument(const Position& position, const QString& text, const QuickEntryContext& context)
{
    QString words = text.trimmed();
    words.replace(QLatin1Char('@'), QLatin1Char(' '));
    if (words.isEmpty())
        return std::nullopt;
    // A one-unit quick-entry line for the instrument; a repo gets a placeholder term (its own end stays).
    QStringList line{words, QStringLiteral("1")};
    if (isFiccType(position.type))
        line.prepend(quickEntryKeyword(position.type));
    if (needsEndDate(position.type))
        line.append(QStringLiteral("1d"));
    const QuickEntryResult read = parseQuickEntry(line.join(QLatin1Char(' ')).toStdString(), context);
    if (!read.position || read.position->venue != position.venue)
        return std::nullopt;
    Position p = position;
    p.type = read.position->type;
    p.cusip = read.position->cusip;
    p.couponPct = read.position->couponPct;
    p.maturity = read.position->maturity;
    p.symbol = read.position->symbol;
    p.month = read.position->month;
    if (p.cusip != position.cusip || p.couponPct != position.couponPct || p.maturity != position.maturity)
        p.issue = {};
    return p;
}

} // namespace xm
