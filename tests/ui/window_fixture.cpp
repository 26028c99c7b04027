#include "window_fixture.h"

#include "core/io/model_parameters_loader.h"
#include "document_controller.h"
#include "tests/support/bundled_market.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

namespace xm::test {
namespace {

constexpr int kPollMs = 20;
constexpr int kMaxPolls = 500;

// Polls until a message box is up (modal loops start after the call that shows them).
void answerWhenShown(QMessageBox::StandardButton button, const std::shared_ptr<MessageBoxAnswer::State>& state,
                     int pollsLeft)
{
    if (!state->active)
        return;
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        auto* box = qobject_cast<QMessageBox*>(widget);
        if (box && box->isVisible() && box->button(button)) {
            state->text = box->text() + QLatin1Char('\n') + box->informativeText();
            state->answered = true;
            state->active = false;
            box->button(button)->click();
            return;
        }
    }
    if (pollsLeft > 0)
        QTimer::singleShot(kPollMs, [=] { answerWhenShown(button, state, pollsLeft - 1); });
}

} // namespace

void isolateSettings(const QTemporaryDir& directory)
{
    isolateSettings(directory.path());
}

void isolateSettings(const QString& directory)
{
    QCoreApplication::setOrganizationName(QStringLiteral("XMarginTests"));
    QCoreApplication::setApplicationName(QStringLiteral("XMarginTests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, directory);
}

std::unique_ptr<MainWindow> demoWindow()
{
    auto window = std::make_unique<MainWindow>(bundledMarket(), io::loadBundledModelParameters());
    window->documents()->loadDemo();
    return window;
}

ProcessResult runProcess(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return {-1, QStringLiteral("did not finish: ") + process.errorString()};
    }
    const int code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return {code, QString::fromLocal8Bit(process.readAllStandardError())};
}

QString writeFile(const QTemporaryDir& directory, const QString& name, const QByteArray& contents)
{
    const QString path = directory.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QObject* namedChild(const QObject& parent, const char* name)
{
    auto* found = parent.findChild<QObject*>(QLatin1String(name));
    if (!found)
        qFatal("%s has no child named \"%s\"", qPrintable(parent.objectName()), name);
    return found;
}

MessageBoxAnswer::MessageBoxAnswer(QMessageBox::StandardButton button)
    : m_state(std::make_shared<State>())
{
    QTimer::singleShot(0, [button, state = m_state] { answerWhenShown(button, state, kMaxPolls); });
}

MessageBoxAnswer::~MessageBoxAnswer()
{
    m_state->active = false;
}

} // namespace xm::test
