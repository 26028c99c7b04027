#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace xm::io {

// Reads typed values from a parsed JSON document by dotted key path ("ficc.floor.pct";
// array items by index, "cme.interSpreads.value.0.rate" or "positions[3].quantity"),
// throwing InputError(file, line of the key, key path, what was expected) on any mismatch.
class JsonPathReader final {
public:
    // Throws InputError with the line of a syntax error, and as decodeInputText does for
    // text that is too large or not UTF-8.
    JsonPathReader(const QByteArray& json, QString fileName);

    const QJsonObject& root() const { return m_root; }
    const QString& fileName() const { return m_file; }

    QJsonValue value(const QString& path) const;  // Undefined when absent
    [[noreturn]] void fail(const QString& path, const QString& expected) const;

    QJsonObject object(const QString& path) const;
    double number(const QString& path, const QJsonValue& v, double min, double max) const;
    int integer(const QString& path, const QJsonValue& v, int min, int max) const;
    bool boolean(const QString& path, const QJsonValue& v) const;
    QString string(const QString& path, const QJsonValue& v) const;
    int choice(const QString& path, const QJsonValue& v, const QStringList& allowed) const;

    // 1-based line where the key path first appears in the text (its parent's line when the
    // key is missing; 0 if not found).
    int lineOf(const QString& path) const;

private:
    QByteArray m_json;
    QString m_file;
    QJsonObject m_root;
};

} // namespace xm::io
