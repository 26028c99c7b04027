#include "recovery_slot.h"

#include "core/io/atomic_save.h"
#include "core/io/portfolio_json.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QUuid>

namespace xm {
namespace {

using namespace Qt::StringLiterals;

const QString kDocumentSuffix = u".xmargin"_s;
const QString kInfoSuffix = u".json"_s;
const QString kLockSuffix = u".lock"_s;
const QString kInfoFormat = u"xmargin-recovery"_s;

std::unique_ptr<QLockFile> tryLock(const QString& basePath)
{
    auto lock = std::make_unique<QLockFile>(basePath + kLockSuffix);
    // Only a dead owner makes a lock stale, never its age (Qt's default: 30 s): an instance
    // keeps its slot however long it runs.
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0))
        return nullptr;
    return lock;
}

} // namespace

RecoverySlot::RecoverySlot(QString basePath, std::unique_ptr<QLockFile> lock)
    : m_basePath(std::move(basePath))
    , m_lock(std::move(lock))
{
}

RecoverySlot::~RecoverySlot() = default;

std::unique_ptr<RecoverySlot> RecoverySlot::create(const QString& directory)
{
    if (!QDir().mkpath(directory))
        return nullptr;
    const QString basePath = QDir(directory).filePath(QUuid::createUuid().toString(QUuid::WithoutBraces));
    std::unique_ptr<QLockFile> lock = tryLock(basePath);
    if (!lock)
        return nullptr;
    return std::unique_ptr<RecoverySlot>(new RecoverySlot(basePath, std::move(lock)));
}

std::unique_ptr<RecoverySlot> RecoverySlot::claim(const QString& documentPath)
{
    if (!documentPath.endsWith(kDocumentSuffix))
        return nullptr;
    const QString basePath = documentPath.chopped(kDocumentSuffix.size());
    std::unique_ptr<QLockFile> lock = tryLock(basePath);
    if (!lock)
        return nullptr;
    return std::unique_ptr<RecoverySlot>(new RecoverySlot(basePath, std::move(lock)));
}

QString RecoverySlot::documentPath() const
{
    return m_basePath + kDocumentSuffix;
}

QString RecoverySlot::infoPath() const
{
    return m_basePath + kInfoSuffix;
}

bool RecoverySlot::hasDocument() const
{
    return QFileInfo::exists(documentPath());
}

RecoverySlot::Info RecoverySlot::info() const
{
    QFile file(infoPath());
    const QJsonObject o = file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object()
                                                         : QJsonObject();
    if (o.value(u"format"_s).toString() == kInfoFormat) {
        Info info{o.value(u"originalPath"_s).toString(), o.value(u"displayName"_s).toString(),
                  QDateTime::fromString(o.value(u"savedAt"_s).toString(), Qt::ISODate),
                  QDate::fromString(o.value(u"asOf"_s).toString(), Qt::ISODate)};
        if (info.savedAt.isValid() && !info.displayName.isEmpty())
            return info;
    }
    const QFileInfo document(documentPath());
    return {{}, document.fileName(), document.lastModified().toUTC(), {}};
}

io::PortfolioDocument RecoverySlot::readDocument() const
{
    return io::loadPortfolioDocument(documentPath());
}

void RecoverySlot::write(const io::PortfolioDocument& document, const Info& info)
{
    io::savePortfolioDocument(document, documentPath());
    const QJsonObject sidecar{
        {u"format"_s, kInfoFormat},
        {u"version"_s, 1},
        {u"originalPath"_s, info.originalPath},
        {u"displayName"_s, info.displayName},
        {u"savedAt"_s, info.savedAt.toUTC().toString(Qt::ISODateWithMs)},
        {u"asOf"_s, info.asOf.toString(Qt::ISODate)},
    };
    io::saveAtomically(infoPath(), QJsonDocument(sidecar).toJson(QJsonDocument::Indented));
}

void RecoverySlot::removeFiles()
{
    // The document first: a sidecar alone is never listed.
    QFile::remove(documentPath());
    QFile::remove(infoPath());
}

} // namespace xm
