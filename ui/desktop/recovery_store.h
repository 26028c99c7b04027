#pragma once

#include "recovery_slot.h"

#include <QString>

#include <memory>
#include <vector>

namespace xm {

// The recovery directory, one RecoverySlot per autosaving session.
class RecoveryStore final {
public:
    // <AppLocalDataLocation>/recovery, e.g. ~/.local/share/XMargin/XMargin/recovery.
    static QString defaultDirectory();

    explicit RecoveryStore(QString directory = defaultDirectory());

    const QString& directory() const { return m_directory; }
    // A new slot for this session, locked; nullptr when the directory is not writable.
    std::unique_ptr<RecoverySlot> createSlot() const;
    // The documents of sessions that ended without removing them (a crash or a kill), newest
    // first, each slot now locked by the caller. A running instance's slot is never among
    // them; leftovers without a document are deleted on the way.
    std::vector<std::unique_ptr<RecoverySlot>> claimOrphans() const;

private:
    QString m_directory;
};

} // namespace xm
