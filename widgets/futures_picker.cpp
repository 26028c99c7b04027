#include "futures_picker.h"

#include "listed_instruments.h"
#include "margin_session.h"
#include "quantity_validator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDate>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace xm {

FuturesPicker::FuturesPicker(MarginSession& session, QWidget* parent)
    : PositionPicker(session, parent)
    , m_symbol(new QComboBox(this))
    , m_month(new QComboBox(this))
    , m_quantity(new QLineEdit(this))
    , m_allocate(new QCheckBox(tr("Allocate to the cross-margining account"), this))
{
    setWindowTitle(tr("Add a CME future"));
    for (const ListedFuture& future : listedFutures(session.marketData()))
        m_symbol->addItem(tr("%1 — %2").arg(future.symbol, future.name), future.symbol);
    m_symbol->setCurrentIndex(m_symbol->findData(QStringLiteral("ZN")));
    for (ContractMonth month : listedMonths(session.frontMonth())) {
        const QString name = QLocale().monthName(month.month, QLocale::ShortFormat);
        m_month->addItem(tr("%1 %2 (%3%4)").arg(name).arg(month.year).arg(QLatin1Char(month.monthCode())).arg(month.year % 10),
                         QString::fromStdString(month.toIso()));
    }
    m_quantity->setValidator(new QuantityValidator(Venue::Cme, m_quantity));
    m_quantity->setPlaceholderText(tr("Contracts, e.g. -950 (short)"));
    m_allocate->setChecked(true);
    m_allocate->setToolTip(tr("CME members choose which futures to move into the cross-margining account; "
                              "unallocated futures are margined on their own."));

    auto* form = new QFormLayout;
    form->addRow(tr("Contract"), m_symbol);
    form->addRow(tr("Month"), m_month);
    form->addRow(tr("Contracts"), m_quantity);
    form->addRow(QString(), m_allocate);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(createButtons());

    connect(m_quantity, &QLineEdit::textChanged, this, &FuturesPicker::updateAddButton);
    updateAddButton();
}

std::optional<Position> FuturesPicker::position() const
{
    const std::optional<double> contracts = QuantityValidator::read(m_quantity->text(), Venue::Cme);
    if (!contracts)
        return std::nullopt;
    Position p;
    p.venue = Venue::Cme;
    p.type = PositionType::Future;
    p.symbol = m_symbol->currentData().toString().toStdString();
    p.month = ContractMonth::parseIso(m_month->currentData().toString().toStdString());
    p.quantity = *contracts;
    p.allocateXM = m_allocate->isChecked();
    return p;
}

} // namespace xm
