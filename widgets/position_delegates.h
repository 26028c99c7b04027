#pragma once

#include <QStyledItemDelegate>

class QLineEdit;

namespace xm {

class MarginSession;

// The venue column: the venue's name on the first row of its group only, so FICC and CME
// rows read as two labelled groups.
class VenueDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit VenueDelegate(QObject* parent = nullptr);

    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

// A line-edit delegate that commits only acceptable input: Enter on anything else keeps the
// editor open, leaving the editor another way drops the text.
class ValidatingDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const final;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const final;

protected:
    explicit ValidatingDelegate(QObject* parent);
    // Gives `editor` its validator (and completer) for the cell at `index`.
    virtual void configure(QLineEdit* editor, const QModelIndex& index) const = 0;
};

// Quantity cells of the portfolio table: 100mm, 25m, 1.5bn, -950 (QuantityValidator for the row's venue).
class QuantityDelegate final : public ValidatingDelegate {
    Q_OBJECT

public:
    explicit QuantityDelegate(QObject* parent = nullptr);

private:
    void configure(QLineEdit* editor, const QModelIndex& index) const override;
};

// Instrument cells: completes the outstanding bundled CUSIPs on FICC rows and the listed futures codes on
// CME rows; accepts what names an instrument for the row (see withInstrument).
class InstrumentDelegate final : public ValidatingDelegate {
    Q_OBJECT

public:
    explicit InstrumentDelegate(const MarginSession& session, QObject* parent = nullptr);

private:
    void configure(QLineEdit* editor, const QModelIndex& index) const override;

    const MarginSession& m_session;
};

} // namespace xm
