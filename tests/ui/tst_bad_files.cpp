// Opening a bad portfolio or importing a bad position CSV (tests/support/bad_inputs.h) changes
// nothing: the open document keeps its positions, undo stack, modified flag and title, and a
// message box names the file, the line and the field and says what was expected.
#include "core/io/position_csv.h"
#include "document_controller.h"
#include "main_window.h"
#include "position_import_job.h"
#include "tests/support/bad_inputs.h"
#include "window_fixture.h"
#include "widgets/margin_session.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace xm;
using test::InputFormat;

namespace {

constexpr int kImportTimeoutMs = 60000;
// A message box stays readable: runaway input is cut in the message.
constexpr qsizetype kMaxMessageLength = 1000;

// What a failed open or import must leave as it was.
struct DocumentState {
    std::vector<Position> positions;
    int undoCount = 0;
    int undoIndex = 0;
    bool modified = false;
    QString title;
    Date asOf;

    explicit DocumentState(const MainWindow& window)
        : positions(window.session().positions())
        , undoCount(window.session().undoStack()->count())
        , undoIndex(window.session().undoStack()->index())
        , modified(window.documents()->isModified())
        , title(window.windowTitle())
        , asOf(window.session().asOf())
    {
    }

    friend bool operator==(const DocumentState&, const DocumentState&) = default;
};

QByteArray describe(const DocumentState& s)
{
    return QByteArray::number(s.positions.size()) + " positions, undo " + QByteArray::number(s.undoIndex) + "/"
           + QByteArray::number(s.undoCount) + (s.modified ? ", modified" : ", clean") + ", as of "
           + QByteArray::fromStdString(s.asOf.toIso()) + ", title \"" + s.title.toUtf8() + "\"";
}

// The demo with an edit: a document with an undo step and unsaved changes to lose.
std::unique_ptr<MainWindow> editedDemo()
{
    auto window = test::demoWindow();
    Position first = window->session().positions().front();
    first.quantity *= 2.0;
    window->session().updatePosition(0, first);
    return window;
}

} // namespace

class TestBadFiles final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void badFileChangesNothing_data();
    void badFileChangesNothing();

private:
    QTemporaryDir m_settings;
    QTemporaryDir m_files;
};

void TestBadFiles::initTestCase()
{
    QVERIFY(m_settings.isValid() && m_files.isValid());
    test::isolateSettings(m_settings);
}

void TestBadFiles::badFileChangesNothing_data()
{
    QTest::addColumn<InputFormat>("format");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    for (const test::BadInput& bad : test::badInputs()) {
        if (bad.format == InputFormat::PortfolioJson || bad.format == InputFormat::PositionCsv)
            QTest::newRow(qPrintable(bad.name)) << bad.format << bad.input << bad.line << bad.field << bad.expected;
    }
    // Files the readers accept but the bundled data cannot value.
    const QByteArray good = test::goodPortfolioJson();
    QTest::newRow("json as-of before the history")
        << InputFormat::PortfolioJson << QByteArray(good).replace("\"2025-07-11\"", "\"1985-01-02\"") << 5
        << QStringLiteral("asOf") << QStringLiteral("an as-of date on or after 1990-01-02");
    QTest::newRow("json as-of at the end of the calendar")
        << InputFormat::PortfolioJson << QByteArray(good).replace("\"2025-07-11\"", "\"9999-12-31\"") << 5
        << QStringLiteral("asOf") << QStringLiteral("an as-of date the bundled data can value");
}

void TestBadFiles::badFileChangesNothing()
{
    QFETCH(InputFormat, format);
    QFETCH(QByteArray, input);
    QFETCH(int, line);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    const QString name = QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_'))
                         + (format == InputFormat::PortfolioJson ? QStringLiteral(".xmargin") : QStringLiteral(".csv"));
    const QString path = test::writeFile(m_files, name, input);
    auto window = editedDemo();
    const DocumentState before(*window);

    const test::MessageBoxAnswer discard(QMessageBox::Discard);  // the unsaved-changes prompt of an open
    const test::MessageBoxAnswer warning(QMessageBox::Ok);
    if (format == InputFormat::PortfolioJson) {
        QVERIFY2(!window->documents()->openFile(path), "the file was opened");
        QVERIFY(discard.answered());
    } else {
        PositionImportJob* job = window->documents()->importPositionsFrom(path);
        QSignalSpy finished(job, &PositionImportJob::finished);
        QVERIFY(finished.wait(kImportTimeoutMs));
    }
    QTRY_VERIFY(warning.answered());

    const QString where = (line > 0 ? QStringLiteral("%1:%2: ").arg(name).arg(line) : name + QStringLiteral(": "))
                          + (field.isEmpty() ? QString() : field + QStringLiteral(": ")) + QStringLiteral("expected ")
                          + expected;
    QVERIFY2(warning.text().contains(where),
             qPrintable(QStringLiteral("the message\n%1\ndoes not contain\n%2").arg(warning.text().left(1500), where)));
    QVERIFY2(warning.text().size() <= kMaxMessageLength, qPrintable(QString::number(warning.text().size())));
    const DocumentState after(*window);
    QVERIFY2(after == before, ("before: " + describe(before) + "\nafter:  " + describe(after)).constData());
}

QTEST_MAIN(TestBadFiles)
#include "tst_bad_files.moc"
