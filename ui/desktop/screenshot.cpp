#include "screenshot.h"

#include "main_window.h"
#include "startup.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QTimer>

#include <cstdio>

namespace xm {

namespace {

// Long enough for the first layout, the deferred chart refreshes and the queued replots.
constexpr int kSettleMs = 600;

QString sizeText(QSize size)
{
    return QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
}

void grabAndSave(MainWindow& window, const QString& path, QSize requested)
{
    window.renderNow();
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
    window.resize(size);
    window.show();
    QTimer::singleShot(kSettleMs, &window, [&window, path, size] { grabAndSave(window, path, size); });
    return QApplication::exec();
}

} // namespace xm
