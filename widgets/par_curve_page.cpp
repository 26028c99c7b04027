#include "par_curve_page.h"

#include "chart_export.h"
#include "curve_table_model.h"
#include "date_conversion.h"
#include "history_date_edit.h"
#include "margin_session.h"
#include "par_curve.h"
#include "yield_curve_chart.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace xm {
namespace {

constexpr int kSidePanelWidth = 270;
// The chart's own minimum follows its longest text; it reads well narrower than that.
constexpr QSize kChartMinimumSize{360, 240};

} // namespace

ParCurvePage::ParCurvePage(const MarginSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_chart(new YieldCurveChart(this))
    , m_tableModel(new CurveTableModel(this))
{
    m_chart->setObjectName(QStringLiteral("yieldCurveChart"));
    m_chart->setMinimumSize(kChartMinimumSize);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(createSidePanel());
    layout->addWidget(m_chart, 1);
    m_shownAsOf = asOfIndex();
    setComparisonDate({});
    connect(&session, &MarginSession::resultChanged, this, &ParCurvePage::followAsOf);
}

QWidget* ParCurvePage::createSidePanel()
{
    const ParYieldHistory& history = m_session.marketData().parYields;
    m_comparisonEdit = new HistoryDateEdit(history, asOfIndex());
    m_comparisonEdit->setObjectName(QStringLiteral("comparisonEdit"));
    m_comparisonEdit->setToolTip(tr("Date to compare the as-of curve with"));
    connect(m_comparisonEdit, &HistoryDateEdit::historyIndexChanged, this, &ParCurvePage::updateCurves);

    auto* dates = new QGroupBox(tr("Comparison"));
    auto* form = new QFormLayout(dates);
    form->addRow(tr("Compare with:"), m_comparisonEdit);

    auto* table = new QTableView;
    table->setObjectName(QStringLiteral("curveTable"));
    table->setModel(m_tableModel);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(CurveTableModel::TenorColumn, QHeaderView::ResizeToContents);
    table->setAlternatingRowColors(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);

    auto* yields = new QGroupBox(tr("Par yields (%)"));
    auto* yieldsLayout = new QVBoxLayout(yields);
    yieldsLayout->addWidget(table);

    auto* panel = new QWidget;
    panel->setFixedWidth(kSidePanelWidth);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(dates);
    layout->addWidget(yields);
    layout->addStretch(1);
    return panel;
}

std::size_t ParCurvePage::asOfIndex() const
{
    return m_session.marketData().parYields.indexOnOrBefore(m_session.asOf()).value_or(0);
}

void ParCurvePage::setComparisonDate(QDate date)
{
    const ParYieldHistory& history = m_session.marketData().parYields;
    const QDate asOf = toQDate(history.row(asOfIndex()).date);
    m_comparisonEdit->setDate(date.isValid() ? date : asOf.addYears(-1));
    updateCurves();
}

void ParCurvePage::followAsOf()
{
    if (asOfIndex() != m_shownAsOf)
        updateCurves();
}

void ParCurvePage::updateCurves()
{
    const ParYieldHistory& history = m_session.marketData().parYields;
    m_shownAsOf = asOfIndex();
    const ParCurve asOf = parCurveAt(history, m_shownAsOf);
    const ParCurve comparison = parCurveAt(history, m_comparisonEdit->historyIndex());
    m_chart->setCurves(asOf, comparison);
    m_tableModel->setCurves(asOf, comparison);
}

void ParCurvePage::exportWithDialog()
{
    const QString date = toQDate(m_session.marketData().parYields.row(m_shownAsOf).date).toString(Qt::ISODate);
    exportChartWithDialog(this, QStringLiteral("xmargin-par-curve-%1").arg(date), [this](const QString& path, bool pdf) {
        return pdf ? m_chart->savePdf(path) : m_chart->savePng(path);
    });
}

} // namespace xm
