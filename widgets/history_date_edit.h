#pragma once

#include "core/market/par_yield_history.h"

#include <QDateEdit>

#include <cstddef>

namespace xm {

// A date edit limited to the history's range that only ever shows a history day: a date
// the history lacks (weekend, holiday) snaps to the history day on or before it, except
// that stepping forward moves on to the next history day instead of sticking.
class HistoryDateEdit final : public QDateEdit {
    Q_OBJECT

public:
    explicit HistoryDateEdit(const ParYieldHistory& history, std::size_t initialIndex, QWidget* parent = nullptr);

    std::size_t historyIndex() const;
    void stepBy(int steps) override;

signals:
    void historyIndexChanged(std::size_t index);

private:
    void snap(QDate requested);

    const ParYieldHistory& m_history;
    std::size_t m_index;
    int m_stepDirection = 0;
};

} // namespace xm
