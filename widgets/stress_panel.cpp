#include "stress_panel.h"

#include "amount_format.h"
#include "charts/stress_chart.h"
#include "charts/usd_text.h"
#include "date_conversion.h"
#include "editor_palette.h"
#include "stress_text.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace xm {
namespace {

enum RequirementRow {
    FiccStandaloneRow,
    CmeStandaloneRow,
    DuplicatedRow,
    FiccCrossMarginedRow,
    CmeCrossMarginedRow,
    CrossMarginedRow,
    SavingsRow,
    SavingsPctRow,
    RequirementRowCount
};

constexpr double kReadingScale = 1.1;
constexpr int kFittedRows = 9;
constexpr int kRowPadding = 4;
// The chart gives way to the numbers in a small window, down to this height.
constexpr int kChartMinimumHeight = 240;

double amount(const RequirementSummary& r, int row)
{
    switch (row) {
    case FiccStandaloneRow:
        return r.ficcStandalone;
    case CmeStandaloneRow:
        return r.cmeStandalone;
    case DuplicatedRow:
        return r.duplicated;
    case FiccCrossMarginedRow:
        return r.ficcCrossMargined;
    case CmeCrossMarginedRow:
        return r.cmeCrossMargined;
    case CrossMarginedRow:
        return r.crossMargined;
    case SavingsRow:
        return r.savings;
    default:
        return r.duplicated > 0.0 ? r.savings / r.duplicated : 0.0;
    }
}

QTableWidget* newTable(QWidget* parent, const QString& name)
{
    auto* table = new QTableWidget(parent);
    table->setObjectName(name);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::ContiguousSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    // Rows of one line each, so fitRows() knows their height before the table is laid out.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + kRowPadding);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QTableWidgetItem* numberItem(const QString& text, const QColor& color = QColor())
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (color.isValid())
        item->setForeground(color);
    return item;
}

// Exactly tall enough for every row, up to kFittedRows rows (a large portfolio's
// legs scroll).
void fitRows(QTableWidget* table)
{
    table->resizeColumnsToContents();
    QHeaderView* header = table->horizontalHeader();
    const int rows = std::min(table->rowCount(), kFittedRows) * table->verticalHeader()->defaultSectionSize();
    table->setFixedHeight(rows + header->sizeHint().height() + 2 * table->frameWidth()
                          + table->horizontalScrollBar()->sizeHint().height());
}

QString dateText(Date date)
{
    return toQDate(date).toString(Qt::ISODate);
}

} // namespace

StressPanel::StressPanel(MarginSession& session, QWidget* parent)
    : QWidget(parent)
    , m_chart(new StressChart(session))
    , m_reading(new QLabel)
    , m_requirements(newTable(this, QStringLiteral("stressRequirementsTable")))
    , m_pnl(newTable(this, QStringLiteral("stressPnlTable")))
    , m_method(new QLabel)
{
    m_reading->setObjectName(QStringLiteral("stressReading"));
    m_reading->setWordWrap(true);
    m_reading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = m_reading->font();
    font.setPointSizeF(font.pointSizeF() * kReadingScale);
    font.setBold(true);
    m_reading->setFont(font);
    m_method->setObjectName(QStringLiteral("stressMethod"));
    m_method->setWordWrap(true);
    m_method->setTextInteractionFlags(Qt::TextSelectableByMouse);
    editor_palette::setTextColor(m_method, editor_palette::kMuted);

    m_requirements->setRowCount(RequirementRowCount);
    m_requirements->horizontalHeader()->setStretchLastSection(false);
    m_requirements->setVerticalHeaderLabels({tr("FICC standalone"), tr("CME standalone"), tr("Duplicated"),
                                             tr("FICC cross-margined"), tr("CME cross-margined"), tr("Cross-margined"),
                                             tr("Savings"), tr("Savings, % of duplicated")});
    m_pnl->setColumnCount(2);
    m_pnl->setHorizontalHeaderLabels({tr("Position"), tr("P&L (USD)")});
    m_pnl->horizontalHeaderItem(1)->setToolTip(tr("Profit or loss of the curve move: variation margin on futures, "
                                                  "mark-to-market at FICC (negative: a loss)"));
    m_pnl->verticalHeader()->hide();

    auto* tables = new QWidget;
    auto* tablesLayout = new QHBoxLayout(tables);
    tablesLayout->setContentsMargins(0, 0, 0, 0);
    tablesLayout->addWidget(m_requirements, 3, Qt::AlignTop);
    tablesLayout->addWidget(m_pnl, 2, Qt::AlignTop);
    auto* details = new QWidget;
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(8, 4, 8, 4);
    detailsLayout->addWidget(m_reading);
    detailsLayout->addWidget(tables);
    detailsLayout->addWidget(m_method);

    // The chart takes what the numbers leave.
    m_chart->setMinimumHeight(kChartMinimumHeight);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_chart, 1);
    layout->addWidget(details);

    connect(m_chart, &StressChart::resultShown, this, &StressPanel::showResult);
    showResult();
}

QString StressPanel::readingText() const
{
    return m_reading->text();
}

void StressPanel::showResult()
{
    const auto& result = m_chart->result();
    m_reading->setText(result ? StressText::reading(*result) : QString());
    m_method->setText(result ? StressText::method(*result) : QString());
    showRequirements();
    showPnl();
}

void StressPanel::showRequirements()
{
    const auto& result = m_chart->result();
    m_requirements->clearContents();
    if (!result) {
        m_requirements->setColumnCount(0);
        return;
    }
    const bool historical = result->scenario.kind == StressKind::Historical;
    std::vector<const StressDay*> days{&result->before, &result->after};
    QStringList headers = historical ? QStringList{tr("Before\n%1").arg(dateText(result->before.date)),
                                                   tr("At its highest\n%1").arg(dateText(result->after.date))}
                                     : QStringList{tr("Today\n%1").arg(dateText(result->before.date)), tr("Stressed")};
    headers << tr("Change") << tr("Change, %");
    if (historical) {
        days.push_back(&result->windowEnd);
        headers << tr("Window end\n%1").arg(dateText(result->windowEnd.date));
    }
    m_requirements->setColumnCount(static_cast<int>(headers.size()));
    m_requirements->setHorizontalHeaderLabels(headers);
    const RequirementSummary& before = result->before.requirements;
    const RequirementSummary& after = result->after.requirements;
    for (int row = 0; row < RequirementRowCount; ++row) {
        const bool share = row == SavingsPctRow;
        const auto text = [&](const RequirementSummary& r) {
            return share ? formatPercent(amount(r, row)) : usdExact(amount(r, row));
        };
        const double from = amount(before, row);
        const double to = amount(after, row);
        m_requirements->setItem(row, 0, numberItem(text(before)));
        m_requirements->setItem(row, 1, numberItem(text(after)));
        const QColor tone = to > from ? editor_palette::kBad : to < from ? editor_palette::kGood : QColor();
        // More savings is good news; more margin is bad news.
        const bool savings = row == SavingsRow || share;
        const QColor changeTone = savings && tone.isValid() ? (to > from ? editor_palette::kGood : editor_palette::kBad) : tone;
        m_requirements->setItem(row, 2, numberItem(share ? tr("%1 pp").arg(QLocale().toString(100.0 * (to - from), 'f', 1))
                                                         : usdSignedCompact(to - from),
                                                   changeTone));
        m_requirements->setItem(row, 3, numberItem(share ? QString() : StressText::change(from, to), changeTone));
        if (historical)
            m_requirements->setItem(row, 4, numberItem(text(result->windowEnd.requirements)));
    }
    fitRows(m_requirements);
}

void StressPanel::showPnl()
{
    const auto& result = m_chart->result();
    m_pnl->clearContents();
    if (!result) {
        m_pnl->setRowCount(0);
        return;
    }
    const auto& legs = result->legs;
    m_pnl->setRowCount(static_cast<int>(legs.size()) + 1);
    for (std::size_t i = 0; i < legs.size(); ++i) {
        const LegPnl& leg = legs[i];
        const int row = static_cast<int>(i);
        auto* name = new QTableWidgetItem(tr("%1 · %2").arg(QString::fromStdString(leg.id), QString::fromStdString(leg.description)));
        name->setToolTip(name->text());
        m_pnl->setItem(row, 0, name);
        m_pnl->setItem(row, 1, leg.error.empty() ? numberItem(usdExact(leg.pnl), leg.pnl < 0.0 ? editor_palette::kBad : QColor())
                                                 : numberItem(tr("not valued"), editor_palette::kMuted));
    }
    const int total = static_cast<int>(legs.size());
    auto* name = new QTableWidgetItem(tr("Portfolio"));
    QFont bold = name->font();
    bold.setBold(true);
    name->setFont(bold);
    m_pnl->setItem(total, 0, name);
    QTableWidgetItem* sum = numberItem(usdExact(result->pnl), result->pnl < 0.0 ? editor_palette::kBad : QColor());
    sum->setFont(bold);
    m_pnl->setItem(total, 1, sum);
    fitRows(m_pnl);
}

} // namespace xm
