#include "chart_export.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace xm {

void exportChartWithDialog(QWidget* parent, const QString& suggestedStem,
                           const std::function<bool(const QString& path, bool pdf)>& save)
{
    const QString title = QCoreApplication::translate("xm::ChartExport", "Export chart");
    const QString pngFilter = QCoreApplication::translate("xm::ChartExport", "PNG image (*.png)");
    const QString pdfFilter = QCoreApplication::translate("xm::ChartExport", "PDF document (*.pdf)");
    QString filter = pngFilter;
    QString path = QFileDialog::getSaveFileName(parent, title, suggestedStem + QStringLiteral(".png"),
                                                pngFilter + QStringLiteral(";;") + pdfFilter, &filter);
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool pdf = suffix == QLatin1String("pdf") || (suffix.isEmpty() && filter == pdfFilter);
    if (suffix.isEmpty())
        path += pdf ? QStringLiteral(".pdf") : QStringLiteral(".png");
    if (!save(path, pdf))
        QMessageBox::warning(parent, title,
                             QCoreApplication::translate("xm::ChartExport", "Could not write %1.")
                                 .arg(QDir::toNativeSeparators(path)));
}

} // namespace xm
