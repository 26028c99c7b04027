#include "autosaver.h"

#include "document_controller.h"

#include "widgets/date_conversion.h"
#include "widgets/margin_session.h"

#include <QDateTime>
#include <QDir>
#include <QtConcurrent>

#include <stdexcept>
#include <utility>

namespace xm {
namespace {

// Runs on the worker thread: the slot object outlives it (waitForWrite before any change).
QString write(RecoverySlot* slot, const io::PortfolioDocument& document, const RecoverySlot::Info& info)
{
    try {
        slot->write(document, info);
    } catch (const std::exception& error) {
        return Autosaver::tr("Autosave failed: %1").arg(QString::fromUtf8(error.what()));
    }
    return {};
}

} // namespace

Autosaver::Autosaver(const MarginSession& session, const DocumentController& documents, RecoveryStore store,
                     QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_documents(documents)
    , m_store(std::move(store))
{
    for (QTimer* timer : {&m_quiet, &m_latest}) {
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, &Autosaver::startWrite);
    }
    setDelays(kQuietDelay, kMaxDelay);
    connect(&m_write, &QFutureWatcher<QString>::finished, this, &Autosaver::writeFinished);
    connect(&session, &MarginSession::documentChanged, this, &Autosaver::documentChanged);
    documentChanged();
}

Autosaver::~Autosaver()
{
    m_write.waitForFinished();
}

void Autosaver::setDelays(std::chrono::milliseconds quiet, std::chrono::milliseconds max)
{
    m_quiet.setInterval(quiet);
    m_latest.setInterval(max);
}

void Autosaver::adopt(std::unique_ptr<RecoverySlot> slot)
{
    removeFiles();
    m_slot = std::move(slot);
}

void Autosaver::documentChanged()
{
    if (m_finished)
        return;
    if (!m_documents.isModified()) {
        m_quiet.stop();
        m_latest.stop();
        removeFiles();
        return;
    }
    m_quiet.start();
    if (!m_latest.isActive())
        m_latest.start();
}

std::optional<Autosaver::Snapshot> Autosaver::snapshot()
{
    m_quiet.stop();
    m_latest.stop();
    if (m_finished || !m_documents.isModified())
        return std::nullopt;
    if (!m_slot)
        m_slot = m_store.createSlot();
    if (!m_slot) {
        report(tr("Autosave failed: cannot create a recovery file in %1")
                   .arg(QDir::toNativeSeparators(m_store.directory())));
        return std::nullopt;
    }
    return Snapshot{m_session.document(),
                    {m_documents.filePath(), m_documents.displayName(), QDateTime::currentDateTimeUtc(),
                     toQDate(m_session.asOf())}};
}

void Autosaver::saveNow()
{
    waitForWrite();
    if (const std::optional<Snapshot> s = snapshot())
        report(write(m_slot.get(), s->document, s->info));
}

void Autosaver::startWrite()
{
    if (m_writing) {
        m_writeAgain = true;
        return;
    }
    std::optional<Snapshot> s = snapshot();
    if (!s)
        return;
    m_writing = true;
    m_write.setFuture(QtConcurrent::run(
        [slot = m_slot.get(), s = std::move(*s)] { return write(slot, s.document, s.info); }));
}

void Autosaver::writeFinished()
{
    if (!m_writing || !m_write.isFinished())
        return;  // reported by waitForWrite(), or an earlier write's signal
    m_writing = false;
    report(m_write.result());
    if (std::exchange(m_writeAgain, false))
        startWrite();
}

void Autosaver::waitForWrite()
{
    if (!m_writing)
        return;
    m_write.waitForFinished();
    m_writing = false;
    m_writeAgain = false;  // every caller writes now or wants nothing written
    report(m_write.result());
}

void Autosaver::finish()
{
    removeFiles();
    m_finished = true;
    m_quiet.stop();
    m_latest.stop();
    m_slot.reset();
}

void Autosaver::removeFiles()
{
    waitForWrite();
    if (m_slot)
        m_slot->removeFiles();
}

void Autosaver::report(const QString& error)
{
    if (error.isEmpty()) {
        m_failing = false;
        emit saved();
        return;
    }
    if (!m_failing)
        emit failed(error);
    m_failing = true;
}

} // namespace xm
