#include "screenshot.h"

#include "main_window.h"
#include "startup.h"
#include "widgets/yield_curve_chart.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QTimer>

#include <cstdio>

namespace xm {

namespace {

constexpr int kReplotTimeoutMs = 30000;

QString sizeText(QSize size)
{
    return QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
}

void grabAndSave(MainWindow& window, const QString& path, QSize requested)
{
    if (window.size() != requested)
        std::fprintf(stderr, "xmargin: the window needs at least %s; saving at that size\n",
                     qPrintable(sizeText(window.size())));
    const QPixmap pixmap = window.grab();
    if (!pixmap.save(path, "PNG")) {
        QApplication::exit(reportError(
            QCoreApplication::translate("xm::Screenshot", "Could not write the screenshot to %1.").arg(QDir::toNativeSeparators(path)), false));
        return;
    }
    QApplication::exit(0);
}

} // namespace

int saveScreenshot(MainWindow& window, const QString& path, QSize size)
{
    // Connect before the event loop runs: the chart's first replot is queued until then.
    QObject::connect(
        window.chart(), &YieldCurveChart::replotted, &window,
        [&window, path, size] {
            // One more turn of the event loop so the replotted buffer is painted into the grab.
            QTimer::singleShot(0, &window, [&window, path, size] { grabAndSave(window, path, size); });
        },
        Qt::SingleShotConnection);
    QTimer::singleShot(kReplotTimeoutMs, &window, [] {
        QApplication::exit(reportError(QCoreApplication::translate("xm::Screenshot", "The chart did not render; no screenshot saved."), false));
    });
    window.resize(size);
    window.show();
    return QApplication::exec();
}

} // namespace xm
