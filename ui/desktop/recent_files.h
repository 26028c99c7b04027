#pragma once

#include <QObject>
#include <QStringList>

namespace xm {

// The most recently opened or saved documents, newest first, kept in QSettings
// ("recentFiles") so every window and the next start see the same list.
class RecentFiles final : public QObject {
    Q_OBJECT

public:
    static constexpr int kMaxFiles = 8;

    explicit RecentFiles(QObject* parent = nullptr);

    QStringList files() const;
    // Moves `path` to the front (absolute, without duplicates).
    void add(const QString& path);
    void remove(const QString& path);
    void clear();

signals:
    void changed();

private:
    void store(const QStringList& files);
};

} // namespace xm
