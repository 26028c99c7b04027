#pragma once

#include "core/portfolio/position.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QString>

#include <vector>

class QProgressDialog;
class QWidget;

namespace xm {

// What reading a position CSV gave: positions (ids empty), or the first problem as
// "file:line: field: expected …", or nothing when cancelled.
struct PositionCsvRead {
    std::vector<Position> positions;
    QString error;
};

// Reads a position CSV on a worker thread in chunks of rows, so a file of 10,000 positions
// never stalls the window: a progress dialog shows how far it got and its Cancel stops the
// reading at the next chunk. finished() is emitted once, on the thread that started the job.
class PositionImportJob final : public QObject {
    Q_OBJECT

public:
    enum class Outcome { Running, Read, Failed, Cancelled };
    static constexpr int kLinesPerChunk = 250;

    PositionImportJob(QString path, int referenceYear, QWidget* dialogParent);
    ~PositionImportJob() override;

    void start();
    void cancel();
    Outcome outcome() const { return m_outcome; }
    const QString& path() const { return m_path; }
    const QString& error() const { return m_read.error; }
    std::vector<Position> takePositions() { return std::move(m_read.positions); }
    QProgressDialog* progressDialog() const;

signals:
    void finished();

private:
    void finish();

    QString m_path;
    int m_referenceYear;
    QPointer<QProgressDialog> m_progress;  // owned; its parent window may delete it first
    QFutureWatcher<PositionCsvRead> m_watcher;
    PositionCsvRead m_read;
    Outcome m_outcome = Outcome::Running;
};

} // namespace xm
