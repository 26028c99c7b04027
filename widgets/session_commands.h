#pragma once

#include "margin_session.h"

#include <QUndoCommand>

#include <map>
#include <string>
#include <vector>

namespace xm {

// The undo commands behind every MarginSession edit. Each applies its change through the
// session's apply functions and then lets the session recompute once and signal.
class SessionCommand : public QUndoCommand {
public:
    void redo() final;
    void undo() final;

protected:
    using EngineSettings = MarginSession::EngineSettings;
    using Extras = std::map<std::string, QJsonObject>;

    SessionCommand(MarginSession& session, const QString& text);

    virtual void applyRedo() = 0;
    virtual void applyUndo() = 0;

    MarginSession& session() const { return m_session; }
    void insert(int row, const std::vector<Position>& positions, const Extras& extras) const;
    void remove(int first, int last) const;
    void update(int row, const Position& position) const;
    void setAccount(const Account& account) const;
    void setEngineSettings(const EngineSettings& settings) const;
    void setName(const std::string& name) const;

private:
    MarginSession& m_session;
};

// Inserts positions at one row (add, paste, import: one undo step).
class InsertPositionsCommand final : public SessionCommand {
public:
    InsertPositionsCommand(MarginSession& session, int row, std::vector<Position> positions, const QString& text);

private:
    void applyRedo() override;
    void applyUndo() override;

    int m_row;
    std::vector<Position> m_positions;
};

// Removes any set of rows; undo puts each back where it was, with its unknown keys.
class RemovePositionsCommand final : public SessionCommand {
public:
    // `rows`: ascending, unique, valid.
    RemovePositionsCommand(MarginSession& session, std::vector<int> rows, const QString& text);

private:
    void applyRedo() override;
    void applyUndo() override;
    // Consecutive rows as [first, last] runs, in ascending order.
    std::vector<std::pair<int, int>> runs() const;

    std::vector<int> m_rows;
    std::vector<Position> m_positions;
    Extras m_extras;
};

// Replaces one position. Consecutive quantity edits of the same row merge into one step.
class UpdatePositionCommand final : public SessionCommand {
public:
    UpdatePositionCommand(MarginSession& session, int row, Position before, Position after, const QString& text);

    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    void applyRedo() override;
    void applyUndo() override;
    bool isQuantityEdit() const;

    int m_row;
    Position m_before;
    Position m_after;
};

class AccountCommand final : public SessionCommand {
public:
    AccountCommand(MarginSession& session, const Account& before, const Account& after, const QString& text);

private:
    void applyRedo() override;
    void applyUndo() override;

    Account m_before;
    Account m_after;
};

// As-of date or model parameters: rebuilds the engine.
class EngineSettingsCommand final : public SessionCommand {
public:
    EngineSettingsCommand(MarginSession& session, EngineSettings before, EngineSettings after, const QString& text);

private:
    void applyRedo() override;
    void applyUndo() override;

    EngineSettings m_before;
    EngineSettings m_after;
};

// The portfolio's name; consecutive renames merge.
class RenameCommand final : public SessionCommand {
public:
    RenameCommand(MarginSession& session, std::string before, std::string after, const QString& text);

    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    void applyRedo() override;
    void applyUndo() override;

    std::string m_before;
    std::string m_after;
};

} // namespace xm
