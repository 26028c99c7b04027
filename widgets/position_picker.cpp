#include "position_picker.h"

#include "margin_session.h"

#include <QDialogButtonBox>
#include <QPushButton>

namespace xm {

PositionPicker::PositionPicker(MarginSession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
}

QDialogButtonBox* PositionPicker::createButtons()
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_add = buttons->addButton(tr("Add"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &PositionPicker::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PositionPicker::reject);
    return buttons;
}

void PositionPicker::updateAddButton()
{
    if (m_add)
        m_add->setEnabled(position().has_value());
}

void PositionPicker::accept()
{
    const std::optional<Position> p = position();
    if (!p)
        return;
    m_session.addPosition(*p);
    QDialog::accept();
}

} // namespace xm
