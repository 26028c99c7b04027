#pragma once

#include "core/portfolio/position.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QPushButton;

namespace xm {

class MarginSession;

// A dialog that adds one position to the session (one undo step) when accepted: the base of
// the security and futures pickers. Add is enabled while the input names a position.
class PositionPicker : public QDialog {
    Q_OBJECT

public:
    // What accepting would add: nullopt while the input names no position.
    virtual std::optional<Position> position() const = 0;
    void accept() final;

protected:
    PositionPicker(MarginSession& session, QWidget* parent);

    MarginSession& session() const { return m_session; }
    // Add and Cancel, wired to accept() and reject().
    QDialogButtonBox* createButtons();
    void updateAddButton();

private:
    MarginSession& m_session;
    QPushButton* m_add = nullptr;
};

} // namespace xm
