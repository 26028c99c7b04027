#pragma once

#include "position_picker.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace xm {

// Picks a CME futures position: the symbol (Treasury contracts from the specs, SR3, SR1, ZQ),
// a quarterly month listed on the as-of date, the contracts and the allocate-to-XM flag.
// Accepting adds the position to the session as one undo step.
class FuturesPicker final : public PositionPicker {
    Q_OBJECT

public:
    explicit FuturesPicker(MarginSession& session, QWidget* parent = nullptr);

    QComboBox* symbolBox() const { return m_symbol; }
    QComboBox* monthBox() const { return m_month; }
    QLineEdit* quantityEdit() const { return m_quantity; }
    QCheckBox* allocateBox() const { return m_allocate; }
    // nullopt without a valid number of contracts.
    std::optional<Position> position() const override;

private:
    QComboBox* m_symbol;
    QComboBox* m_month;
    QLineEdit* m_quantity;
    QCheckBox* m_allocate;
};

} // namespace xm
