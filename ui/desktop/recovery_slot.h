#pragma once

#include "core/io/portfolio_document.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <memory>

class QLockFile;

namespace xm {

// One session's recovery files in the recovery directory: `<id>.xmargin`, the autosaved
// portfolio document; `<id>.json`, what the recovery prompt shows; and `<id>.lock`, a
// QLockFile held for as long as this object lives, so that no other instance claims the slot
// or offers it as crashed. Destroying the object releases the lock and keeps the files.
class RecoverySlot final {
public:
    struct Info {
        QString originalPath;  // the file Save writes; empty when never saved
        QString displayName;
        QDateTime savedAt;     // UTC
        QDate asOf;
    };

    // A new slot with a fresh id, locked; nullptr when the directory or the lock cannot be
    // created.
    static std::unique_ptr<RecoverySlot> create(const QString& directory);
    // The slot whose document is `documentPath`, if its lock is free (its session ended
    // without removing it: a crash or kill); nullptr while another session holds it.
    static std::unique_ptr<RecoverySlot> claim(const QString& documentPath);
    ~RecoverySlot();
    RecoverySlot(const RecoverySlot&) = delete;
    RecoverySlot& operator=(const RecoverySlot&) = delete;

    QString documentPath() const;
    QString infoPath() const;
    bool hasDocument() const;
    // From the sidecar; when it is missing or unreadable (a kill between the first two
    // writes), the document's time and file name.
    Info info() const;
    // Throws io::InputError when the document cannot be read.
    io::PortfolioDocument readDocument() const;
    // The document, then its sidecar, each atomically: a kill leaves the previous complete
    // document or the new one, never a partial file. Throws io::InputError.
    void write(const io::PortfolioDocument& document, const Info& info);
    // Deletes the document and the sidecar; the lock stays held.
    void removeFiles();

private:
    RecoverySlot(QString basePath, std::unique_ptr<QLockFile> lock);

    QString m_basePath;  // the directory and the id, without a suffix
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace xm
