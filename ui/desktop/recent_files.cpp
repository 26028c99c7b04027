#include "recent_files.h"

#include <QFileInfo>
#include <QSettings>

namespace xm {
namespace {

const QString kKey = QStringLiteral("recentFiles");

QString absolute(const QString& path)
{
    return QFileInfo(path).absoluteFilePath();
}

} // namespace

RecentFiles::RecentFiles(QObject* parent)
    : QObject(parent)
{
}

QStringList RecentFiles::files() const
{
    return QSettings().value(kKey).toStringList();
}

void RecentFiles::add(const QString& path)
{
    QStringList list = files();
    list.removeAll(absolute(path));
    list.prepend(absolute(path));
    store(list.mid(0, kMaxFiles));
}

void RecentFiles::remove(const QString& path)
{
    QStringList list = files();
    list.removeAll(absolute(path));
    store(list);
}

void RecentFiles::clear()
{
    store({});
}

void RecentFiles::store(const QStringList& files)
{
    QSettings().setValue(kKey, files);
    emit changed();
}

} // namespace xm
