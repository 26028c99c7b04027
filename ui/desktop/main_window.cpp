#include "main_window.h"

#include "widgets/curve_table_model.h"
#include "widgets/date_conversion.h"
#include "widgets/history_date_edit.h"
#include "widgets/par_curve.h"
#include "widgets/yield_curve_chart.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace xm {

namespace {

constexpr int kSidePanelWidth = 340;

std::size_t oneYearEarlier(const ParYieldHistory& history, std::size_t index)
{
    return history.indexOnOrBefore(history.row(index).date.addYears(-1)).value_or(0);
}

} // namespace

MainWindow::MainWindow(const MarketData& data, QWidget* parent)
    : QMainWindow(parent)
    , m_data(data)
    , m_chart(new YieldCurveChart(this))
    , m_tableModel(new CurveTableModel(this))
{
    setWindowTitle(tr("XMargin"));
    m_chart->setObjectName(QStringLiteral("yieldCurveChart"));

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(createSidePanel());
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    createMenus();
    createStatusBar();
    updateCurves();
}

QWidget* MainWindow::createSidePanel()
{
    const ParYieldHistory& history = m_data.parYields;
    const std::size_t last = history.size() - 1;
    m_asOfEdit = new HistoryDateEdit(history, last);
    m_asOfEdit->setObjectName(QStringLiteral("asOfEdit"));
    m_asOfEdit->setToolTip(tr("Curve date; a day without a Treasury curve moves to the previous curve date"));
    m_comparisonEdit = new HistoryDateEdit(history, oneYearEarlier(history, last));
    m_comparisonEdit->setObjectName(QStringLiteral("comparisonEdit"));
    m_comparisonEdit->setToolTip(tr("Date to compare the as-of curve with"));
    connect(m_asOfEdit, &HistoryDateEdit::historyIndexChanged, this, &MainWindow::updateCurves);
    connect(m_comparisonEdit, &HistoryDateEdit::historyIndexChanged, this, &MainWindow::updateCurves);

    auto* dates = new QGroupBox(tr("Dates"));
    auto* form = new QFormLayout(dates);
    form->addRow(tr("As of:"), m_asOfEdit);
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

    // Start with the focus on the table, not inside a date edit with its year selected.
    table->setFocus();

    auto* yields = new QGroupBox(tr("Par yields (%)"));
    auto* yieldsLayout = new QVBoxLayout(yields);
    yieldsLayout->addWidget(table);

    auto* panel = new QWidget;
    panel->setFixedWidth(kSidePanelWidth);
    auto* layout = new QVBoxLayout(panel);
    layout->addWidget(dates);
    layout->addWidget(yields);
    layout->addStretch(1);
    return panel;
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* exportAction = file->addAction(tr("&Export chart…"), this, &MainWindow::exportChart);
    exportAction->setShortcut(tr("Ctrl+E"));
    file->addSeparator();
    QAction* quitAction = file->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About XMargin"), this, &MainWindow::showAbout);
}

void MainWindow::createStatusBar()
{
    const ParYieldHistory& history = m_data.parYields;
    // U.S. number formatting, matching the '.' decimals used for every yield in the app.
    const QString days = QLocale(QLocale::English, QLocale::UnitedStates).toString(static_cast<qlonglong>(history.size()));
    auto* range = new QLabel(tr("Par yields %1 – %2, %3 days · U.S. Treasury")
                                 .arg(toQDate(history.firstDate()).toString(Qt::ISODate),
                                      toQDate(history.lastDate()).toString(Qt::ISODate), days));
    range->setObjectName(QStringLiteral("dataRangeLabel"));
    auto* disclaimer = new QLabel(tr("Model estimates, not a CCP statement"));
    disclaimer->setObjectName(QStringLiteral("disclaimerLabel"));
    for (QLabel* label : {range, disclaimer})
        label->setContentsMargins(6, 0, 6, 0);
    statusBar()->addWidget(range);
    statusBar()->addPermanentWidget(disclaimer);
}

void MainWindow::setDates(QDate asOf, QDate comparison)
{
    if (asOf.isValid())
        m_asOfEdit->setDate(asOf);
    m_comparisonEdit->setDate(comparison.isValid() ? comparison : m_asOfEdit->date().addYears(-1));
}

YieldCurveChart* MainWindow::chart() const
{
    return m_chart;
}

void MainWindow::updateCurves()
{
    const ParCurve asOf = parCurveAt(m_data.parYields, m_asOfEdit->historyIndex());
    const ParCurve comparison = parCurveAt(m_data.parYields, m_comparisonEdit->historyIndex());
    m_chart->setCurves(asOf, comparison);
    m_tableModel->setCurves(asOf, comparison);
}

void MainWindow::exportChart()
{
    const QString pngFilter = tr("PNG image (*.png)");
    const QString pdfFilter = tr("PDF document (*.pdf)");
    QString filter = pngFilter;
    const QString suggested = QStringLiteral("xmargin-par-curve-%1.png").arg(m_asOfEdit->date().toString(Qt::ISODate));
    QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), suggested,
                                                pngFilter + QStringLiteral(";;") + pdfFilter, &filter);
    if (path.isEmpty())
        return;

    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool pdf = suffix == QLatin1String("pdf") || (suffix.isEmpty() && filter == pdfFilter);
    if (suffix.isEmpty())
        path += pdf ? QStringLiteral(".pdf") : QStringLiteral(".png");
    const bool saved = pdf ? m_chart->savePdf(path) : m_chart->savePng(path);
    if (!saved)
        QMessageBox::warning(this, tr("Export chart"), tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About XMargin"),
        tr("<h3>XMargin %1</h3>"
           "<p>Shows what FICC–CME cross-margining does to initial margin on a U.S. Treasury "
           "cash, repo and futures portfolio. Figures are model estimates, not a CCP statement.</p>"
           "<p>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later).</p>"
           "<p>Built with Qt %2 (LGPL-3.0), QCustomPlot %3 by Emanuel Eichhammer (GPL-3.0-or-later) "
           "and Eigen (MPL-2.0).</p>"
           "<p>Data: Daily Treasury Par Yield Curve Rates, U.S. Department of the Treasury (public domain); "
           "SOFR, Federal Reserve Bank of New York; Treasury futures contract terms, CME Group.</p>")
            .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                 QStringLiteral(QCUSTOMPLOT_VERSION_STR)));
}

} // namespace xm
