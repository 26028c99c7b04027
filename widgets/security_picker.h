#pragma once

#include "position_picker.h"

class QComboBox;
class QDateEdit;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace xm {

// Picks one of the bundled Treasury notes and bonds outstanding on the as-of date: a table
// searchable by CUSIP, coupon and maturity (every word typed must match), the position type
// (cash, repo, reverse repo with its end date) and the face. Accepting adds the position to
// the session as one undo step.
class SecurityPicker final : public PositionPicker {
    Q_OBJECT

public:
    enum Column { CusipColumn, SecurityColumn, CouponColumn, MaturityColumn, ColumnCount };

    explicit SecurityPicker(MarginSession& session, QWidget* parent = nullptr);

    QLineEdit* searchEdit() const { return m_search; }
    QTableView* table() const { return m_table; }
    QComboBox* typeBox() const { return m_type; }
    QLineEdit* quantityEdit() const { return m_quantity; }
    // nullopt without a selected security or a valid face.
    std::optional<Position> position() const override;

private:
    void fillSecurities();

    QStandardItemModel* m_securities;
    QSortFilterProxyModel* m_filter;
    QLineEdit* m_search;
    QTableView* m_table;
    QComboBox* m_type;
    QDateEdit* m_end;
    QLineEdit* m_quantity;
};

} // namespace xm
