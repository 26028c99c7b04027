// Started and killed by tst_crash_recovery: an interactive session on a portfolio file with
// crash recovery on (MainWindow::startCrashRecovery: the real autosaver with its real delays)
// that makes the setup edits of crash_session_edits.h, then types one keystroke every
// kTypingIntervalMs. Prints "edit <k>" after keystroke k and "autosaved <k>" after each
// autosave (k: the last keystroke the recovery copy holds), until it is killed.
//
// autosave_session_helper <settings dir> <recovery dir> <portfolio file>
#include "crash_session_edits.h"
#include "window_fixture.h"

#include "autosaver.h"
#include "core/io/model_parameters_loader.h"
#include "document_controller.h"
#include "main_window.h"
#include "tests/support/bundled_market.h"
#include "widgets/margin_session.h"

#include <QApplication>
#include <QStringList>
#include <QTimer>

#include <cstdio>
#include <exception>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList arguments = QApplication::arguments();
    if (arguments.size() != 4) {
        std::fprintf(stderr, "usage: autosave_session_helper <settings dir> <recovery dir> <portfolio file>\n");
        return 2;
    }
    xm::test::isolateSettings(arguments[1]);
    try {
        xm::MainWindow window(xm::test::bundledMarket(), xm::io::loadBundledModelParameters());
        window.documents()->load(arguments[3]);
        window.startCrashRecovery(arguments[2]);
        xm::MarginSession& session = window.session();
        xm::test::makeSetupEdits(session);

        // The copy is written on a worker thread while typing goes on: what it holds is what
        // was written.
        const xm::Autosaver* autosaver = window.autosaver();
        QObject::connect(autosaver, &xm::Autosaver::saved, [autosaver] {
            std::printf("autosaved %d\n", xm::test::typedEdits(autosaver->slot()->readDocument()));
            std::fflush(stdout);
        });
        int typed = 0;
        QTimer keystrokes;
        keystrokes.setTimerType(Qt::PreciseTimer);
        keystrokes.setInterval(xm::test::kTypingIntervalMs);
        QObject::connect(&keystrokes, &QTimer::timeout, [&session, &typed] {
            xm::test::typeEdit(session, ++typed);
            std::printf("edit %d\n", typed);
            std::fflush(stdout);
        });
        keystrokes.start();
        return QApplication::exec();
    } catch (const std::exception& error) {
        std::fprintf(stderr, "autosave_session_helper: %s\n", error.what());
        return 1;
    }
}
