#include "session_commands.h"

#include <algorithm>

namespace xm {
namespace {

enum CommandId { UpdatePositionId = 1, RenameId };

} // namespace

SessionCommand::SessionCommand(MarginSession& session, const QString& text)
    : QUndoCommand(text)
    , m_session(session)
{
}

void SessionCommand::redo()
{
    applyRedo();
    m_session.finishChange();
}

void SessionCommand::undo()
{
    applyUndo();
    m_session.finishChange();
}

void SessionCommand::insert(int row, const std::vector<Position>& positions, const Extras& extras) const
{
    m_session.applyInsert(row, positions, extras);
}

void SessionCommand::remove(int first, int last) const
{
    m_session.applyRemove(first, last);
}

void SessionCommand::update(int row, const Position& position) const
{
    m_session.applyUpdate(row, position);
}

void SessionCommand::setAccount(const Account& account) const
{
    m_session.applyAccount(account);
}

void SessionCommand::setEngineSettings(const EngineSettings& settings) const
{
    m_session.applyEngineSettings(settings);
}

void SessionCommand::setName(const std::string& name) const
{
    m_session.applyName(name);
}

InsertPositionsCommand::InsertPositionsCommand(MarginSession& session, int row, std::vector<Position> positions,
                                               const QString& text)
    : SessionCommand(session, text)
    , m_row(row)
    , m_positions(std::move(positions))
{
}

void InsertPositionsCommand::applyRedo()
{
    insert(m_row, m_positions, {});
}

void InsertPositionsCommand::applyUndo()
{
    remove(m_row, m_row + static_cast<int>(m_positions.size()) - 1);
}

RemovePositionsCommand::RemovePositionsCommand(MarginSession& session, std::vector<int> rows, const QString& text)
    : SessionCommand(session, text)
    , m_rows(std::move(rows))
{
    const io::PortfolioDocument& document = session.document();
    for (int row : m_rows) {
        const Position& p = session.positions()[static_cast<std::size_t>(row)];
        m_positions.push_back(p);
        if (const auto extra = document.extraPositions.find(p.id); extra != document.extraPositions.end())
            m_extras.insert(*extra);
    }
}

std::vector<std::pair<int, int>> RemovePositionsCommand::runs() const
{
    std::vector<std::pair<int, int>> out;
    for (int row : m_rows) {
        if (!out.empty() && out.back().second + 1 == row)
            out.back().second = row;
        else
            out.emplace_back(row, row);
    }
    return out;
}

void RemovePositionsCommand::applyRedo()
{
    const auto blocks = runs();
    std::for_each(blocks.rbegin(), blocks.rend(), [this](const auto& run) { remove(run.first, run.second); });
}

void RemovePositionsCommand::applyUndo()
{
    auto next = m_positions.begin();
    for (const auto& [first, last] : runs()) {
        const auto end = next + (last - first + 1);
        insert(first, std::vector<Position>(next, end), m_extras);
        next = end;
    }
}

UpdatePositionCommand::UpdatePositionCommand(MarginSession& session, int row, Position before, Position after,
                                             const QString& text)
    : SessionCommand(session, text)
    , m_row(row)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

int UpdatePositionCommand::id() const
{
    return UpdatePositionId;
}

bool UpdatePositionCommand::isQuantityEdit() const
{
    Position sameQuantity = m_after;
    sameQuantity.quantity = m_before.quantity;
    return sameQuantity == m_before;
}

bool UpdatePositionCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const UpdatePositionCommand*>(other);
    if (next->m_row != m_row || !isQuantityEdit() || !next->isQuantityEdit())
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

void UpdatePositionCommand::applyRedo()
{
    update(m_row, m_after);
}

void UpdatePositionCommand::applyUndo()
{
    update(m_row, m_before);
}

AccountCommand::AccountCommand(MarginSession& session, const Account& before, const Account& after,
                               const QString& text)
    : SessionCommand(session, text)
    , m_before(before)
    , m_after(after)
{
}

void AccountCommand::applyRedo()
{
    setAccount(m_after);
}

void AccountCommand::applyUndo()
{
    setAccount(m_before);
}

EngineSettingsCommand::EngineSettingsCommand(MarginSession& session, EngineSettings before, EngineSettings after,
                                             const QString& text)
    : SessionCommand(session, text)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void EngineSettingsCommand::applyRedo()
{
    setEngineSettings(m_after);
}

void EngineSettingsCommand::applyUndo()
{
    setEngineSettings(m_before);
}

RenameCommand::RenameCommand(MarginSession& session, std::string before, std::string after, const QString& text)
    : SessionCommand(session, text)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

int RenameCommand::id() const
{
    return RenameId;
}

bool RenameCommand::mergeWith(const QUndoCommand* other)
{
    m_after = static_cast<const RenameCommand*>(other)->m_after;
    setObsolete(m_after == m_before);
    return true;
}

void RenameCommand::applyRedo()
{
    setName(m_after);
}

void RenameCommand::applyUndo()
{
    setName(m_before);
}

} // namespace xm
