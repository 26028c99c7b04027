#pragma once

#include "recovery_store.h"

#include "core/io/portfolio_document.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>
#include <memory>
#include <optional>

namespace xm {

class DocumentController;
class MarginSession;

// Keeps a recovery copy of the open document so that a crash or kill loses at most the last
// few seconds of work: once the document is modified, it is written to this session's
// RecoverySlot kQuietDelay after the last change, and no later than kMaxDelay after the first
// change not yet written (steady typing never pauses that long). The copy is written on a
// worker thread: serializing and syncing a 10,000-position document takes about 0.15 s, which
// the window must not stall for. When the document is clean again (saved, undone to the saved
// state, replaced by new or open) the recovery files go.
class Autosaver final : public QObject {
    Q_OBJECT

public:
    // A pause in typing, and how long steady typing may go without a copy.
    static constexpr std::chrono::milliseconds kQuietDelay{3000};
    static constexpr std::chrono::milliseconds kMaxDelay{5000};

    Autosaver(const MarginSession& session, const DocumentController& documents, RecoveryStore store,
              QObject* parent = nullptr);
    // Waits for a write in progress.
    ~Autosaver() override;

    const RecoveryStore& store() const { return m_store; }
    // This session's slot: nullptr until the first write or adopt().
    const RecoverySlot* slot() const { return m_slot.get(); }
    // Other delays than kQuietDelay and kMaxDelay (tests).
    void setDelays(std::chrono::milliseconds quiet, std::chrono::milliseconds max);

    // Goes on in a recovered session's slot, whose files already hold the document (its own
    // slot's files go: the document they held was replaced).
    void adopt(std::unique_ptr<RecoverySlot> slot);
    // Writes the recovery copy of a modified document on this thread and returns once it is
    // on disk.
    void saveNow();
    // The session ends with its changes saved or discarded: deletes the recovery files and
    // writes no more.
    void finish();

signals:
    // After each write of the recovery copy.
    void saved();
    // When writing fails; once until a write works again.
    void failed(const QString& message);

private:
    struct Snapshot {
        io::PortfolioDocument document;
        RecoverySlot::Info info;
    };

    void documentChanged();
    // What to write now; nullopt when nothing is to be written (or no slot can be had).
    std::optional<Snapshot> snapshot();
    // The timers' action: a write on the worker thread, or another one once it is done.
    void startWrite();
    void writeFinished();
    // Blocks until a write in progress is done and reports it; no other write follows.
    void waitForWrite();
    // `error` is empty after a successful write.
    void report(const QString& error);
    void removeFiles();

    const MarginSession& m_session;
    const DocumentController& m_documents;
    RecoveryStore m_store;
    std::unique_ptr<RecoverySlot> m_slot;
    QTimer m_quiet;
    QTimer m_latest;
    QFutureWatcher<QString> m_write;  // the error text of a write on the worker thread
    bool m_writing = false;
    bool m_writeAgain = false;        // changes came while writing
    bool m_failing = false;
    bool m_finished = false;
};

} // namespace xm
