#include "security_picker.h"

#include "date_conversion.h"
#include "listed_instruments.h"
#include "margin_session.h"
#include "position_text.h"
#include "quantity_validator.h"

#include "core/portfolio/position_rules.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace xm {
namespace {

constexpr int kDefaultRepoMonths = 3;

// Rows where every word of the filter text appears in some column ("4.25 2034", "91282C").
class WordFilter final : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setWords(const QString& text)
    {
        m_words = text.simplified().remove(QLatin1Char('%')).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override
    {
        QString row;
        for (int column = 0; column < sourceModel()->columnCount(sourceParent); ++column)
            row += sourceModel()->index(sourceRow, column, sourceParent).data().toString() + QLatin1Char(' ');
        return std::all_of(m_words.begin(), m_words.end(),
                           [&](const QString& word) { return row.contains(word, Qt::CaseInsensitive); });
    }

private:
    QStringList m_words;
};

QString securityName(const TreasurySecurity& security)
{
    return security.originalTermYears > 0
               ? SecurityPicker::tr("%1-year %2").arg(security.originalTermYears).arg(QString::fromStdString(security.securityType).toLower())
               : QString::fromStdString(security.securityType);
}

} // namespace

SecurityPicker::SecurityPicker(MarginSession& session, QWidget* parent)
    : PositionPicker(session, parent)
    , m_securities(new QStandardItemModel(0, ColumnCount, this))
    , m_filter(new WordFilter(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_type(new QComboBox(this))
    , m_end(new QDateEdit(this))
    , m_quantity(new QLineEdit(this))
{
    setWindowTitle(tr("Add a Treasury security"));
    m_securities->setHorizontalHeaderLabels({tr("CUSIP"), tr("Security"), tr("Coupon (%)"), tr("Maturity")});
    fillSecurities();
    m_filter->setSourceModel(m_securities);
    m_filter->setSortRole(Qt::UserRole);
    m_search->setPlaceholderText(tr("Search by CUSIP, coupon or maturity, e.g. 4.25 2034"));
    m_search->setClearButtonEnabled(true);
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(MaturityColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();

    for (PositionType type : {PositionType::Cash, PositionType::Repo, PositionType::ReverseRepo})
        m_type->addItem(positionTypeText(type), static_cast<int>(type));
    m_end->setCalendarPopup(true);
    m_end->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_end->setMinimumDate(toQDate(session.asOf()).addDays(1));
    m_end->setDate(toQDate(session.asOf()).addMonths(kDefaultRepoMonths));
    m_end->setEnabled(false);
    m_quantity->setValidator(new QuantityValidator(Venue::Ficc, m_quantity));
    m_quantity->setText(QStringLiteral("100mm"));
    m_quantity->setToolTip(tr("Face value in USD, long > 0: 100mm, 25m, 1.5bn"));

    auto* form = new QFormLayout;
    form->addRow(tr("Type"), m_type);
    form->addRow(tr("Repo end"), m_end);
    form->addRow(tr("Face (USD)"), m_quantity);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(createButtons());
    resize(640, 520);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        static_cast<WordFilter*>(m_filter)->setWords(text);
        // A search picks its first match, so Enter (the default Add button) adds it.
        if (!m_table->selectionModel()->hasSelection() && m_filter->rowCount() > 0)
            m_table->selectRow(0);
        updateAddButton();
    });
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        m_end->setEnabled(needsEndDate(static_cast<PositionType>(m_type->currentData().toInt())));
    });
    connect(m_quantity, &QLineEdit::textChanged, this, &SecurityPicker::updateAddButton);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SecurityPicker::updateAddButton);
    connect(m_table, &QTableView::doubleClicked, this, &SecurityPicker::accept);
    updateAddButton();
}

void SecurityPicker::fillSecurities()
{
    for (const TreasurySecurity* outstanding : outstandingSecurities(session().marketData(), session().asOf())) {
        const TreasurySecurity& security = *outstanding;
        const QString maturity = QString::fromStdString(security.maturity.toIso());
        QList<QStandardItem*> row{new QStandardItem(QString::fromStdString(security.cusip)),
                                  new QStandardItem(securityName(security)),
                                  new QStandardItem(QString::number(security.couponPct, 'f', 3)),
                                  new QStandardItem(maturity)};
        row[CusipColumn]->setData(row[CusipColumn]->text(), Qt::UserRole);
        row[SecurityColumn]->setData(security.originalTermYears, Qt::UserRole);
        row[CouponColumn]->setData(security.couponPct, Qt::UserRole);
        row[MaturityColumn]->setData(maturity, Qt::UserRole);
        row[CouponColumn]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_securities->appendRow(row);
    }
}

std::optional<Position> SecurityPicker::position() const
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows(CusipColumn);
    const std::optional<double> face = QuantityValidator::read(m_quantity->text(), Venue::Ficc);
    if (selected.isEmpty() || !face)
        return std::nullopt;
    Position p;
    p.venue = Venue::Ficc;
    p.type = static_cast<PositionType>(m_type->currentData().toInt());
    p.cusip = selected.front().data().toString().toStdString();
    p.quantity = *face;
    if (needsEndDate(p.type))
        p.end = toDate(m_end->date());
    return p;
}

} // namespace xm
