#include "recovery_store.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>

namespace xm {

QString RecoveryStore::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("recovery"));
}

RecoveryStore::RecoveryStore(QString directory)
    : m_directory(std::move(directory))
{
}

std::unique_ptr<RecoverySlot> RecoveryStore::createSlot() const
{
    return RecoverySlot::create(m_directory);
}

std::vector<std::unique_ptr<RecoverySlot>> RecoveryStore::claimOrphans() const
{
    // By id, from the documents and the sidecars; QSaveFile's leftover temporary files
    // ("<id>.xmargin.XXXXXX") match neither pattern.
    const QDir directory(m_directory);
    QSet<QString> ids;
    for (const QFileInfo& file : directory.entryInfoList({QStringLiteral("*.xmargin"), QStringLiteral("*.json")},
                                                         QDir::Files))
        ids.insert(file.completeBaseName());

    std::vector<std::unique_ptr<RecoverySlot>> orphans;
    for (const QString& id : std::as_const(ids)) {
        std::unique_ptr<RecoverySlot> slot = RecoverySlot::claim(directory.filePath(id + QStringLiteral(".xmargin")));
        if (!slot)
            continue;  // its session is running
        if (slot->hasDocument())
            orphans.push_back(std::move(slot));
        else
            slot->removeFiles();
    }
    std::sort(orphans.begin(), orphans.end(),
              [](const auto& a, const auto& b) { return a->info().savedAt > b->info().savedAt; });
    return orphans;
}

} // namespace xm
