#pragma once

#include "main_window.h"

#include <QMessageBox>
#include <QString>
#include <QStringList>

#include <memory>

class QTemporaryDir;

namespace xm::test {

// QSettings of this test process go to an INI file in `directory`, never to the user's.
void isolateSettings(const QTemporaryDir& directory);
void isolateSettings(const QString& directory);

// The main window on the bundled data and parameters with the bundled demo portfolio.
std::unique_ptr<MainWindow> demoWindow();

// Writes `contents` to `name` in `directory` and returns the path; fails the test process
// when it cannot.
QString writeFile(const QTemporaryDir& directory, const QString& name, const QByteArray& contents);

// What a program run to its end left: its exit code (-1 when it crashed or hung) and stderr.
struct ProcessResult {
    int exitCode = -1;
    QString errorOutput;
};
// Runs `program` with `arguments`, for at most two minutes.
ProcessResult runProcess(const QString& program, const QStringList& arguments);

// The descendant of `parent` named `name`; fails the test process when there is none.
QObject* namedChild(const QObject& parent, const char* name);

// Answers the next message box that has `button`: once it is shown, records its text and
// clicks the button. Stops looking when destroyed.
class MessageBoxAnswer final {
public:
    struct State {
        bool active = true;
        bool answered = false;
        QString text;
    };

    explicit MessageBoxAnswer(QMessageBox::StandardButton button);
    ~MessageBoxAnswer();
    MessageBoxAnswer(const MessageBoxAnswer&) = delete;
    MessageBoxAnswer& operator=(const MessageBoxAnswer&) = delete;

    bool answered() const { return m_state->answered; }
    const QString& text() const { return m_state->text; }

private:
    std::shared_ptr<State> m_state;
};

} // namespace xm::test
