#include "report_export.h"

#include "main_window.h"
#include "startup.h"

#include "widgets/chart_deck.h"
#include "widgets/charts/session_chart.h"
#include "widgets/par_curve_page.h"
#include "widgets/yield_curve_chart.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

#include <exception>

namespace xm {

MarginReport windowReport(MainWindow& window)
{
    std::vector<ChartFrame*> charts;
    for (int i = 0; i < ChartDeck::ChartCount; ++i)
        charts.push_back(window.charts()->chart(static_cast<ChartDeck::Chart>(i)));
    charts.push_back(window.curvePage()->chart());
    return MarginReport(window.session(), *window.summary(), std::move(charts));
}

int saveReport(MainWindow& window, const QString& path, const QPageSize& pageSize)
{
    try {
        windowReport(window).writePdf(path, pageSize);
    } catch (const std::exception& error) {
        // The error names the file.
        return reportError(QCoreApplication::translate("xm::ReportExport", "Could not write the report: %1")
                               .arg(QString::fromUtf8(error.what())),
                           false);
    }
    return 0;
}

void printReport(MainWindow& window)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(MarginReport::defaultPageSize());
    QPrintDialog dialog(&printer, &window);
    dialog.setWindowTitle(QCoreApplication::translate("xm::ReportExport", "Print report"));
    if (dialog.exec() == QDialog::Accepted && windowReport(window).print(printer) == 0)
        QMessageBox::warning(&window, dialog.windowTitle(),
                             QCoreApplication::translate("xm::ReportExport",
                                                         "The printer could not be started; nothing was printed."));
}

void previewReport(MainWindow& window)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(MarginReport::defaultPageSize());
    QPrintPreviewDialog dialog(&printer, &window);
    dialog.setWindowTitle(QCoreApplication::translate("xm::ReportExport", "Print preview"));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &window,
                     [&window](QPrinter* target) { windowReport(window).print(*target); });
    dialog.exec();
}

} // namespace xm
