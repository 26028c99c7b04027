#include "position_import_job.h"

#include "csv_chunks.h"

#include "core/io/input_error.h"
#include "core/io/input_text.h"
#include "core/io/position_csv.h"

#include <QBuffer>
#include <QFileInfo>
#include <QProgressDialog>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace xm {
namespace {

constexpr int kProgressDelayMs = 200;

PositionCsvRead readCsv(const QByteArray& csv, const QString& path, int referenceYear)
{
    QBuffer buffer;
    buffer.setData(csv);
    try {
        return {io::importPositionsCsv(buffer, path, referenceYear), {}};
    } catch (const std::exception& error) {
        return {{}, QString::fromUtf8(error.what())};
    }
}

void readInChunks(QPromise<PositionCsvRead>& promise, const QString& path, int referenceYear)
{
    QByteArray csv;
    try {
        csv = io::readInputFile(path, path);
    } catch (const io::InputError& error) {
        promise.addResult(PositionCsvRead{{}, QString::fromUtf8(error.what())});
        return;
    }
    const std::vector<QByteArray> chunks = splitCsvRows(csv, PositionImportJob::kLinesPerChunk);
    promise.setProgressRange(0, static_cast<int>(chunks.size()));
    PositionCsvRead read;
    for (std::size_t i = 0; i < chunks.size(); ++i) {
        if (promise.isCanceled())
            return;
        PositionCsvRead chunk = readCsv(chunks[i], path, referenceYear);
        // A chunk boundary the splitter misjudged must not invent an error: the whole file decides.
        if (!chunk.error.isEmpty()) {
            promise.addResult(chunks.size() == 1 ? chunk : readCsv(csv, path, referenceYear));
            return;
        }
        read.positions.insert(read.positions.end(), std::make_move_iterator(chunk.positions.begin()),
                              std::make_move_iterator(chunk.positions.end()));
        promise.setProgressValue(static_cast<int>(i + 1));
    }
    promise.addResult(std::move(read));
}

} // namespace

PositionImportJob::PositionImportJob(QString path, int referenceYear, QWidget* dialogParent)
    : m_path(std::move(path))
    , m_referenceYear(referenceYear)
    , m_progress(new QProgressDialog(dialogParent))
{
    m_progress->setWindowTitle(tr("Import positions"));
    m_progress->setLabelText(tr("Reading positions from %1…").arg(QFileInfo(m_path).fileName()));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(kProgressDelayMs);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->reset();
    connect(m_progress, &QProgressDialog::canceled, this, &PositionImportJob::cancel);
    connect(&m_watcher, &QFutureWatcherBase::progressRangeChanged, m_progress, &QProgressDialog::setRange);
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressDialog::setValue);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &PositionImportJob::finish);
}

PositionImportJob::~PositionImportJob()
{
    m_watcher.disconnect(this);
    m_watcher.cancel();
    m_watcher.waitForFinished();
    delete m_progress;
}

QProgressDialog* PositionImportJob::progressDialog() const
{
    return m_progress.data();
}

void PositionImportJob::start()
{
    m_progress->setRange(0, 0);
    m_progress->setValue(0);
    m_watcher.setFuture(QtConcurrent::run(readInChunks, m_path, m_referenceYear));
}

void PositionImportJob::cancel()
{
    if (m_outcome == Outcome::Running)
        m_watcher.cancel();
}

void PositionImportJob::finish()
{
    if (m_progress) {
        m_progress->reset();
        m_progress->hide();
    }
    if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0) {
        m_outcome = Outcome::Cancelled;
    } else {
        m_read = m_watcher.result();
        m_outcome = m_read.error.isEmpty() ? Outcome::Read : Outcome::Failed;
    }
    emit finished();
}

} // namespace xm
