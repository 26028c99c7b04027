#include "position_delegates.h"

#include "listed_instruments.h"
#include "margin_session.h"
#include "portfolio_table_model.h"
#include "position_text.h"
#include "quantity_validator.h"

#include <QCompleter>
#include <QLineEdit>

namespace xm {
namespace {

// Acceptable when the text names an instrument for the position; anything else may still be typed.
class InstrumentValidator final : public QValidator {
public:
    InstrumentValidator(Position position, QuickEntryContext context, QObject* parent)
        : QValidator(parent)
        , m_position(std::move(position))
        , m_context(std::move(context))
    {
    }

    State validate(QString& input, int& /*position*/) const override
    {
        return withInstrument(m_position, input, m_context) ? Acceptable : Intermediate;
    }

private:
    Position m_position;
    QuickEntryContext m_context;
};

QStringList outstandingCusips(const MarginSession& session)
{
    QStringList cusips;
    for (const TreasurySecurity* security : outstandingSecurities(session.marketData(), session.asOf()))
        cusips << QString::fromStdString(security->cusip);
    return cusips;
}

} // namespace

VenueDelegate::VenueDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

void VenueDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QModelIndex above = index.siblingAtRow(index.row() - 1);
    if (above.isValid() && above.data(PortfolioTableModel::VenueRole) == index.data(PortfolioTableModel::VenueRole))
        option->text.clear();
}

ValidatingDelegate::ValidatingDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

QWidget* ValidatingDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& /*option*/,
                                          const QModelIndex& index) const
{
    auto* editor = new QLineEdit(parent);
    editor->setFrame(false);
    configure(editor, index);
    return editor;
}

void ValidatingDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    const auto* line = qobject_cast<QLineEdit*>(editor);
    if (line && line->hasAcceptableInput())
        QStyledItemDelegate::setModelData(editor, model, index);
}

QuantityDelegate::QuantityDelegate(QObject* parent)
    : ValidatingDelegate(parent)
{
}

void QuantityDelegate::configure(QLineEdit* editor, const QModelIndex& index) const
{
    const auto venue = static_cast<Venue>(index.data(PortfolioTableModel::VenueRole).toInt());
    editor->setValidator(new QuantityValidator(venue, editor));
    editor->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
}

InstrumentDelegate::InstrumentDelegate(const MarginSession& session, QObject* parent)
    : ValidatingDelegate(parent)
    , m_session(session)
{
}

void InstrumentDelegate::configure(QLineEdit* editor, const QModelIndex& index) const
{
    const int row = index.data(PortfolioTableModel::PositionRowRole).toInt();
    const Position& position = m_session.positions().at(static_cast<std::size_t>(row));
    editor->setValidator(new InstrumentValidator(position, m_session.quickEntryContext(), editor));
    auto* completer = new QCompleter(position.venue == Venue::Ficc ? outstandingCusips(m_session)
                                                                   : listedFuturesCodes(m_session.frontMonth()),
                                     editor);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    editor->setCompleter(completer);
}

} // namespace xm
