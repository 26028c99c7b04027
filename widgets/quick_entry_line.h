#pragma once

#include <QLineEdit>
#include <QStringList>

namespace xm {

class MarginSession;

// The quick-entry line (FORMATS.md): Enter reads the line; a position is added to the session
// (one undo step) and the line cleared, anything else keeps the text and reports which word
// failed through errorChanged(). Up and Down walk through the lines entered before.
class QuickEntryLine final : public QLineEdit {
    Q_OBJECT

public:
    explicit QuickEntryLine(MarginSession& session, QWidget* parent = nullptr);

    const QString& error() const { return m_error; }
    const QStringList& history() const { return m_history; }

signals:
    // The message for each line read (empty when it was added) and when the text is cleared.
    void errorChanged(const QString& error);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void enter();
    void recall(int step);
    void setError(const QString& error);

    MarginSession& m_session;
    QStringList m_history;
    int m_historyIndex = 0;  // m_history.size(): the line being typed
    QString m_draft;
    QString m_error;
};

} // namespace xm
