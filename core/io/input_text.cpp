#include "input_text.h"

#include "input_error.h"

#include <QFile>
#include <QIODevice>
#include <QStringDecoder>

namespace xm::io {

using namespace Qt::StringLiterals;

namespace {

QString megabytes(qint64 bytes)
{
    return QString::number(static_cast<double>(bytes) / (1024.0 * 1024.0), 'f', 1);
}

[[noreturn]] void failSize(const QString& fileName, const QString& actual)
{
    throw InputError(fileName, 0, {},
                     u"expected a file of at most %1 MB, got %2"_s.arg(kMaxInputBytes / (1024 * 1024)).arg(actual));
}

void checkSize(qint64 bytes, const QString& fileName)
{
    if (bytes > kMaxInputBytes)
        failSize(fileName, u"%1 MB"_s.arg(megabytes(bytes)));
}

int lineAt(const QByteArray& bytes, qsizetype offset)
{
    return static_cast<int>(QByteArrayView(bytes).first(offset).count('\n')) + 1;
}

// The line of the first byte sequence that is not UTF-8 (none spans a line end: '\n' is never
// part of a multi-byte sequence).
int firstNonUtf8Line(const QByteArray& bytes)
{
    int line = 1;
    for (qsizetype start = 0; start <= bytes.size(); ++line) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        [[maybe_unused]] const QString decoded = decoder(QByteArrayView(bytes).sliced(start, end - start));
        if (decoder.hasError())
            return line;
        start = end + 1;
    }
    return 0;
}

} // namespace

QByteArray readInput(QIODevice& device, const QString& fileName)
{
    if (!device.isOpen() && !device.open(QIODevice::ReadOnly))
        throw InputError(fileName, 0, {}, u"expected a readable file (%1)"_s.arg(device.errorString()));
    if (!device.isSequential()) {
        checkSize(device.size() - device.pos(), fileName);
        return device.readAll();
    }
    // A pipe or socket: no size to check first, so read a chunk at a time up to the limit.
    constexpr qint64 kChunkBytes = 1024 * 1024;
    QByteArray bytes;
    for (QByteArray chunk = device.read(kChunkBytes); !chunk.isEmpty(); chunk = device.read(kChunkBytes)) {
        bytes += chunk;
        if (bytes.size() > kMaxInputBytes)
            failSize(fileName, u"more"_s);
    }
    return bytes;
}

QByteArray readInputFile(const QString& path, const QString& fileName)
{
    QFile file(path);
    return readInput(file, fileName);
}

QString decodeInputText(const QByteArray& bytes, const QString& fileName)
{
    checkSize(bytes.size(), fileName);
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        throw InputError(fileName, 0, {}, u"expected UTF-8 text, got UTF-16 (save the file as UTF-8)"_s);
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0)
        throw InputError(fileName, lineAt(bytes, nul), {},
                         u"expected UTF-8 text, got a NUL byte (UTF-16 text or binary data)"_s);
    // Drops a leading byte-order mark; stateless, so that a sequence cut off at the end is an
    // error instead of being held back for more input.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError())
        throw InputError(fileName, firstNonUtf8Line(bytes), {}, u"expected UTF-8 text, got bytes that are not UTF-8"_s);
    return text;
}

} // namespace xm::io
