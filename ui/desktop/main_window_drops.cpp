// Dropping a portfolio document (*.xmargin) anywhere on the window opens it, as File → Open
// does (asking first about unsaved changes); the portfolio table takes CSV drops itself.
#include "main_window.h"

#include "document_controller.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QUrl>

namespace xm {
namespace {

// The one local portfolio document a drag carries; empty for anything else.
QString portfolioFile(const QMimeData* mime)
{
    const QList<QUrl> urls = mime->urls();
    if (urls.size() != 1 || !urls.front().isLocalFile())
        return {};
    const QString path = urls.front().toLocalFile();
    return path.endsWith(QStringLiteral(".xmargin"), Qt::CaseInsensitive) ? path : QString();
}

} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!portfolioFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QString path = portfolioFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    m_documents->openFile(path);
}

} // namespace xm
