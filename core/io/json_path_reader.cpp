#include "json_path_reader.h"

#include "input_error.h"
#include "input_text.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace xm::io {
namespace {

int lineAtOffset(const QByteArray& text, qsizetype offset)
{
    return static_cast<int>(text.left(offset).count('\n')) + 1;
}

// "positions[3].quantity" -> positions, 3, quantity: brackets are another way to write an index.
QStringList pathKeys(const QString& path)
{
    QString dotted = path;
    return dotted.replace(QLatin1Char('['), QLatin1Char('.')).remove(QLatin1Char(']')).split(QLatin1Char('.'));
}

// Offset of item `index` of the first array opening at or after `from` (-1 if it has fewer).
qsizetype arrayItemOffset(const QByteArray& text, qsizetype from, int index)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype pos = text.indexOf('[', from); pos >= 0 && pos < text.size(); ++pos) {
        const char c = text[pos];
        if (inString) {
            if (c == '\\')
                ++pos;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"')
            inString = true;
        else if (c == '[' || c == '{')
            ++depth;
        else if ((c == ']' || c == '}') && --depth == 0)
            return -1;
        if (depth == 1 && (c == '[' || c == ',') && index-- == 0) {
            while (pos + 1 < text.size() && QChar::isSpace(text[pos + 1]))
                ++pos;
            return pos + 1;
        }
    }
    return -1;
}

QString describe(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 12);
    case QJsonValue::String:
        return quotedInput(v.toString());
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

} // namespace

JsonPathReader::JsonPathReader(const QByteArray& json, QString fileName)
    : m_json(json)
    , m_file(std::move(fileName))
{
    // Size and encoding first, with clearer messages than the parser's.
    if (decodeInputText(json, m_file).trimmed().isEmpty())
        throw InputError(m_file, 0, QString(), QStringLiteral("expected a JSON object, the file is empty"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        throw InputError(m_file, lineAtOffset(json, error.offset), QString(),
                         QStringLiteral("expected valid JSON (%1)").arg(error.errorString()));
    if (!doc.isObject())
        throw InputError(m_file, 1, QString(), QStringLiteral("expected a JSON object at the top level"));
    m_root = doc.object();
}

QJsonValue JsonPathReader::value(const QString& path) const
{
    QJsonValue v = m_root;
    for (const QString& key : pathKeys(path)) {
        bool isIndex = false;
        const int index = key.toInt(&isIndex);
        if (v.isArray() && isIndex && index >= 0 && index < v.toArray().size())
            v = v.toArray().at(index);
        else if (v.isObject())
            v = v.toObject().value(key);
        else
            return QJsonValue(QJsonValue::Undefined);
    }
    return v;
}

void JsonPathReader::fail(const QString& path, const QString& expected) const
{
    throw InputError(m_file, lineOf(path), path, QStringLiteral("expected %1, got %2").arg(expected, describe(value(path))));
}

QJsonObject JsonPathReader::object(const QString& path) const
{
    const QJsonValue v = value(path);
    if (!v.isObject())
        fail(path, QStringLiteral("an object"));
    return v.toObject();
}

double JsonPathReader::number(const QString& path, const QJsonValue& v, double min, double max) const
{
    const double x = v.toDouble(std::nan(""));
    if (!v.isDouble() || !std::isfinite(x) || x < min || x > max)
        throw InputError(m_file, lineOf(path), path,
                         QStringLiteral("expected a number from %1 to %2, got %3").arg(min).arg(max).arg(describe(v)));
    return x;
}

int JsonPathReader::integer(const QString& path, const QJsonValue& v, int min, int max) const
{
    const double x = number(path, v, min, max);
    if (x != std::floor(x))
        throw InputError(m_file, lineOf(path), path, QStringLiteral("expected a whole number, got %1").arg(describe(v)));
    return static_cast<int>(x);
}

bool JsonPathReader::boolean(const QString& path, const QJsonValue& v) const
{
    if (!v.isBool())
        throw InputError(m_file, lineOf(path), path, QStringLiteral("expected true or false, got %1").arg(describe(v)));
    return v.toBool();
}

QString JsonPathReader::string(const QString& path, const QJsonValue& v) const
{
    if (!v.isString())
        throw InputError(m_file, lineOf(path), path, QStringLiteral("expected a string, got %1").arg(describe(v)));
    return v.toString();
}

int JsonPathReader::choice(const QString& path, const QJsonValue& v, const QStringList& allowed) const
{
    const int index = v.isString() ? static_cast<int>(allowed.indexOf(v.toString())) : -1;
    if (index < 0)
        throw InputError(m_file, lineOf(path), path,
                         QStringLiteral("expected one of %1, got %2").arg(allowed.join(QStringLiteral(" | ")), describe(v)));
    return index;
}

int JsonPathReader::lineOf(const QString& path) const
{
    // A missing key is reported where its parent object is.
    const qsizetype dot = path.lastIndexOf(QLatin1Char('.'));
    if (dot > 0 && value(path).isUndefined())
        return lineOf(path.left(dot));
    // Finds each key of the path in turn after the previous one, and an array item by counting
    // the commas before it: good enough to point a reader at the right place in a hand-edited file.
    qsizetype from = 0;
    for (const QString& key : pathKeys(path)) {
        bool isIndex = false;
        const int index = key.toInt(&isIndex);
        if (key.isEmpty())
            continue;
        if (isIndex) {
            const qsizetype item = arrayItemOffset(m_json, from, index);
            if (item < 0)
                break;
            from = item;
            continue;
        }
        const qsizetype at = m_json.indexOf(QByteArray("\"") + key.toUtf8() + "\"", from);
        if (at < 0)
            break;
        from = at + 1;
    }
    return from > 0 ? lineAtOffset(m_json, from) : 0;
}

} // namespace xm::io
