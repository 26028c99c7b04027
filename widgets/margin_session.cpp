#include "margin_session.h"

#include "listed_instruments.h"
#include "position_text.h"
#include "session_commands.h"

#include "core/portfolio/position_ids.h"

#include <QUndoStack>

#include <algorithm>
#include <set>

namespace xm {

MarginSession::MarginSession(const MarketData& data, ModelParameters parameters, QObject* parent)
    : QObject(parent)
    , m_data(data)
    , m_parameters(std::move(parameters))
    , m_undoStack(new QUndoStack(this))
{
    m_document.portfolio.asOf = m_data.parYields.lastDate();
    m_engine = buildEngine(engineSettings());
    m_engine->setPortfolio(m_document.portfolio);
    recompute();
    connect(m_undoStack, &QUndoStack::cleanChanged, this, &MarginSession::documentChanged);
}

MarginSession::~MarginSession() = default;

const std::vector<Position>& MarginSession::positions() const
{
    return m_document.portfolio.positions;
}

const Account& MarginSession::account() const
{
    return m_document.portfolio.account;
}

Date MarginSession::asOf() const
{
    return m_document.portfolio.asOf;
}

QuickEntryContext MarginSession::quickEntryContext() const
{
    return xm::quickEntryContext(m_data, asOf(), frontMonth());
}

const std::vector<double>& MarginSession::incrementalMargins() const
{
    if (!m_incrementalValid) {
        m_incremental = m_engine->incrementalMargins();
        m_incrementalValid = true;
    }
    return m_incremental;
}

std::vector<SweepPoint> MarginSession::sweep(int row, double from, double to, int steps) const
{
    return m_engine->sweep(static_cast<std::size_t>(row), from, to, steps);
}

std::vector<HistoryPoint> MarginSession::history(Date from, Date to) const
{
    return m_engine->history(from, to);
}

StressResult MarginSession::stress(const StressScenario& scenario) const
{
    return runStress(*m_engine, scenario);
}

const std::map<std::string, ScanRange>& MarginSession::scanRanges() const
{
    return m_engine->cmeModel().scanRanges();
}

void MarginSession::setDocument(io::PortfolioDocument document)
{
    if (document.portfolio.asOf.isNull())
        document.portfolio.asOf = m_data.parYields.lastDate();
    std::unique_ptr<MarginEngine> engine = buildEngine({document.portfolio.asOf, m_parameters});
    engine->setPortfolio(document.portfolio);

    emit positionsAboutToBeReset();
    m_document = std::move(document);
    m_engine = std::move(engine);
    m_undoStack->clear();
    recompute();
    emit positionsReset();
    emit resultChanged();
    m_undoStack->setClean();
    emit documentChanged();
}

void MarginSession::addPosition(Position position)
{
    addPositions({std::move(position)});
}

void MarginSession::addPositions(std::vector<Position> positions)
{
    if (positions.empty())
        return;
    // Ids another position already has are given up, then every missing one assigned.
    std::set<std::string> used;
    for (const Position& p : this->positions())
        used.insert(p.id);
    for (Position& p : positions) {
        if (!used.insert(p.id).second)
            p.id.clear();
    }
    std::vector<Position> all = this->positions();
    all.insert(all.end(), positions.begin(), positions.end());
    assignMissingIds(all);
    const auto row = static_cast<int>(this->positions().size());
    positions.assign(all.begin() + row, all.end());
    const QString text = positions.size() == 1 ? tr("Add %1").arg(instrumentText(positions.front()))
                                               : tr("Add %1 positions").arg(positions.size());
    m_undoStack->push(new InsertPositionsCommand(*this, row, std::move(positions), text));
}

void MarginSession::updatePosition(int row, Position position)
{
    const Position& before = positions().at(static_cast<std::size_t>(row));
    position.id = before.id;
    if (position == before)
        return;
    const QString text = tr("Edit %1").arg(instrumentText(position));
    m_undoStack->push(new UpdatePositionCommand(*this, row, before, std::move(position), text));
}

void MarginSession::removePositions(std::vector<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    if (rows.empty())
        return;
    const QString text = rows.size() == 1 ? tr("Remove %1").arg(instrumentText(positions().at(static_cast<std::size_t>(rows.front()))))
                                          : tr("Remove %1 positions").arg(rows.size());
    m_undoStack->push(new RemovePositionsCommand(*this, std::move(rows), text));
}

void MarginSession::setAccount(const Account& account)
{
    if (account == this->account())
        return;
    m_undoStack->push(new AccountCommand(*this, this->account(), account, tr("Change account")));
}

void MarginSession::setAsOf(Date asOf)
{
    if (asOf == this->asOf())
        return;
    pushEngineSettings({asOf, m_parameters}, tr("As of %1").arg(QString::fromStdString(asOf.toIso())));
}

void MarginSession::setParameters(ModelParameters parameters)
{
    const QString model = QString::fromStdString(parameters.model);
    pushEngineSettings({asOf(), std::move(parameters)}, tr("Parameters %1").arg(model));
}

void MarginSession::setName(const QString& name)
{
    const std::string after = name.toStdString();
    if (after == m_document.portfolio.name)
        return;
    m_undoStack->push(new RenameCommand(*this, m_document.portfolio.name, after, tr("Rename")));
}

void MarginSession::pushEngineSettings(EngineSettings settings, const QString& text)
{
    buildEngine(settings);  // throws, before anything changes, when the engine cannot be built
    m_undoStack->push(new EngineSettingsCommand(*this, engineSettings(), std::move(settings), text));
}

MarginSession::EngineSettings MarginSession::engineSettings() const
{
    return {asOf(), m_parameters};
}

std::unique_ptr<MarginEngine> MarginSession::buildEngine(const EngineSettings& settings) const
{
    return std::make_unique<MarginEngine>(m_data, settings.parameters, settings.asOf);
}

void MarginSession::applyInsert(int row, const std::vector<Position>& positions,
                                const std::map<std::string, QJsonObject>& extras)
{
    const int last = row + static_cast<int>(positions.size()) - 1;
    std::vector<Position>& list = m_document.portfolio.positions;
    const bool append = row == static_cast<int>(list.size());
    list.insert(list.begin() + row, positions.begin(), positions.end());
    m_document.extraPositions.insert(extras.begin(), extras.end());
    // The engine only appends; putting rows back in the middle (undoing a removal) re-adds all.
    if (append) {
        for (const Position& p : positions)
            m_engine->addPosition(p);
    } else {
        m_engine->setPortfolio(m_document.portfolio);
    }
    m_result.positions.insert(m_result.positions.begin() + row, positions.size(), PositionResult{});
    m_incrementalValid = false;
    emit positionsInserted(row, last);
}

void MarginSession::applyRemove(int first, int last)
{
    emit positionsAboutToBeRemoved(first, last);
    std::vector<Position>& list = m_document.portfolio.positions;
    for (int row = last; row >= first; --row) {
        m_document.extraPositions.erase(list[static_cast<std::size_t>(row)].id);
        m_engine->removePosition(static_cast<std::size_t>(row));
    }
    list.erase(list.begin() + first, list.begin() + last + 1);
    m_result.positions.erase(m_result.positions.begin() + first, m_result.positions.begin() + last + 1);
    m_incrementalValid = false;
    emit positionsRemoved(first, last);
}

void MarginSession::applyUpdate(int row, const Position& position)
{
    m_document.portfolio.positions.at(static_cast<std::size_t>(row)) = position;
    m_engine->updatePosition(static_cast<std::size_t>(row), position);
    m_incrementalValid = false;
    emit positionChanged(row);
}

void MarginSession::applyAccount(const Account& account)
{
    m_document.portfolio.account = account;
    m_engine->setAccount(account);
    m_incrementalValid = false;
}

void MarginSession::applyEngineSettings(const EngineSettings& settings)
{
    std::unique_ptr<MarginEngine> engine = buildEngine(settings);
    Portfolio portfolio = m_document.portfolio;
    portfolio.asOf = settings.asOf;
    engine->setPortfolio(portfolio);
    m_engine = std::move(engine);
    m_parameters = settings.parameters;
    m_document.portfolio.asOf = settings.asOf;
    m_incrementalValid = false;
}

void MarginSession::applyName(const std::string& name)
{
    m_document.portfolio.name = name;
}

void MarginSession::finishChange()
{
    recompute();
    emit resultChanged();
    emit documentChanged();
}

void MarginSession::recompute()
{
    m_result = m_engine->result();
    m_result.positions = m_engine->positionResults(m_result);
    m_incrementalValid = false;
}

} // namespace xm
