#include "save_generation.h"

#include <QJsonObject>

#include <string>

namespace xm::test {
namespace {

constexpr int kPositions = 5000;
const QString kNamePrefix = QStringLiteral("Generation ");

} // namespace

io::PortfolioDocument savedGeneration(int generation)
{
    io::PortfolioDocument document;
    Portfolio& portfolio = document.portfolio;
    portfolio.name = (kNamePrefix + QString::number(generation)).toStdString();
    portfolio.asOf = Date::fromYmd(2025, 7, 11);
    portfolio.positions.reserve(kPositions);
    for (int i = 0; i < kPositions; ++i) {
        Position p;
        p.id = "p" + std::to_string(i + 1);
        p.venue = Venue::Ficc;
        p.type = PositionType::Cash;
        p.cusip = "91282CLF6";  // the demo's note
        p.quantity = 1e6 * (i + 1) + generation;
        document.extraPositions[p.id] =
            QJsonObject{{QStringLiteral("note"), QStringLiteral("row %1 of generation %2").arg(i).arg(generation)}};
        portfolio.positions.push_back(std::move(p));
    }
    return document;
}

std::optional<int> generationOf(const io::PortfolioDocument& document)
{
    const QString name = QString::fromStdString(document.portfolio.name);
    if (!name.startsWith(kNamePrefix))
        return std::nullopt;
    bool ok = false;
    const int generation = name.mid(kNamePrefix.size()).toInt(&ok);
    return ok ? std::optional<int>(generation) : std::nullopt;
}

} // namespace xm::test
