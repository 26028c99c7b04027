// Malformed input of every kind (tests/support/bad_inputs.h) is refused with a message that
// names the file, the line and the field and says what was expected; CRLF line ends and a
// UTF-8 byte-order mark read like plain LF text; files above kMaxInputBytes are refused.
#include "core/io/input_error.h"
#include "core/io/input_text.h"
#include "core/io/model_parameters_loader.h"
#include "core/io/par_yield_loader.h"
#include "core/io/portfolio_json.h"
#include "core/io/position_csv.h"
#include "core/portfolio/quick_entry.h"
#include "tests/support/bad_inputs.h"
#include "tests/support/bundled_market.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <optional>

using namespace xm;
using test::InputFormat;

namespace {

constexpr int kReferenceYear = 2025;
// Longer than this, a message would not fit a message box: runaway input must be cut.
constexpr qsizetype kMaxMessageLength = 600;

// The refusal of a file as one of the file formats: the InputError's text, line and field.
struct Refusal {
    QString message;
    int line = 0;
    QString field;
};

void readFile(InputFormat format, const QString& path)
{
    switch (format) {
    case InputFormat::PortfolioJson:
        io::loadPortfolioDocument(path);
        return;
    case InputFormat::PositionCsv:
        io::importPositionsCsv(path, kReferenceYear);
        return;
    case InputFormat::ParYieldCsv:
        io::loadParYields(path);
        return;
    case InputFormat::ModelParameters:
        io::loadModelParameters(path);
        return;
    case InputFormat::QuickEntry:
        break;
    }
    qFatal("quick entry reads no file");
}

std::optional<Refusal> refusal(InputFormat format, const QString& path)
{
    try {
        readFile(format, path);
    } catch (const io::InputError& error) {
        return Refusal{QString::fromUtf8(error.what()), error.line(), error.field()};
    }
    return std::nullopt;
}

QuickEntryResult readQuickEntry(const QByteArray& line)
{
    const QuickEntryContext context =
        quickEntryContext(test::bundledMarket(), test::isoDate("2025-07-11"), ContractMonth{2025, 9});
    return parseQuickEntry(line.toStdString(), context);
}

// "file:line: field: expected …" with the parts InputError leaves out when there are none.
QString expectedStart(const QString& file, int line, const QString& field, const QString& expected)
{
    QString start = line > 0 ? QStringLiteral("%1:%2: ").arg(file, QString::number(line)) : file + QStringLiteral(": ");
    if (!field.isEmpty())
        start += field + QStringLiteral(": ");
    return start + QStringLiteral("expected ") + expected;
}

std::vector<Position> positionsOf(const QString& path)
{
    return io::importPositionsCsv(path, kReferenceYear);
}

// Rows equal, NaN equal to NaN.
bool sameHistory(const ParYieldHistory& a, const ParYieldHistory& b)
{
    const auto same = [](double x, double y) { return x == y || (std::isnan(x) && std::isnan(y)); };
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a.row(i).date != b.row(i).date
            || !std::equal(a.row(i).yieldsPct.begin(), a.row(i).yieldsPct.end(), b.row(i).yieldsPct.begin(), same))
            return false;
    }
    return true;
}

bool sameRecords(const ModelParameters& a, const ModelParameters& b)
{
    return std::equal(a.records.begin(), a.records.end(), b.records.begin(), b.records.end(),
                      [](const ParameterRecord& x, const ParameterRecord& y) {
                          return x.key == y.key && x.value == y.value && x.provenance == y.provenance
                                 && x.source == y.source;
                      });
}

QByteArray goodInput(InputFormat format)
{
    switch (format) {
    case InputFormat::PortfolioJson:
        return test::goodPortfolioJson();
    case InputFormat::PositionCsv:
        return test::goodPositionCsv();
    case InputFormat::ParYieldCsv:
        return test::goodParYieldCsv();
    case InputFormat::ModelParameters:
        return test::goodModelParameters();
    case InputFormat::QuickEntry:
        break;
    }
    qFatal("quick entry has no file");
}

constexpr InputFormat kFileFormats[] = {InputFormat::PortfolioJson, InputFormat::PositionCsv, InputFormat::ParYieldCsv,
                                        InputFormat::ModelParameters};

} // namespace

class TestBadInput final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void theGoodInputsRead();
    void refusedWithAMessage_data();
    void refusedWithAMessage();
    void crlfAndBomReadAsPlainText_data();
    void crlfAndBomReadAsPlainText();
    void hugeFilesAreRefusedBeforeReading_data();
    void hugeFilesAreRefusedBeforeReading();
    void quantitiesAtTheLimits_data();
    void quantitiesAtTheLimits();

private:
    QString write(const QString& name, const QByteArray& contents);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestBadInput::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestBadInput::write(const QString& name, const QByteArray& contents)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestBadInput::theGoodInputsRead()
{
    for (const InputFormat format : kFileFormats) {
        const QString path = write(test::fileNameFor(format), goodInput(format));
        const std::optional<Refusal> refused = refusal(format, path);
        QVERIFY2(!refused, qPrintable(refused ? refused->message : QString()));
    }
}

void TestBadInput::refusedWithAMessage_data()
{
    QTest::addColumn<InputFormat>("format");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    for (const test::BadInput& bad : test::badInputs())
        QTest::newRow(qPrintable(bad.name)) << bad.format << bad.input << bad.line << bad.field << bad.expected;
}

void TestBadInput::refusedWithAMessage()
{
    QFETCH(InputFormat, format);
    QFETCH(QByteArray, input);
    QFETCH(int, line);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    QString message;
    if (format == InputFormat::QuickEntry) {
        const QuickEntryResult read = readQuickEntry(input);
        QVERIFY2(!read.position, "the line was read as a position");
        message = QString::fromStdString(read.error);
        QVERIFY2(message.startsWith(field) && message.contains(QStringLiteral(": expected ") + expected),
                 qPrintable(QStringLiteral("message \"%1\" does not start with %2 and say expected %3")
                                .arg(message, field, expected)));
    } else {
        const QString name = test::fileNameFor(format);
        const std::optional<Refusal> refused = refusal(format, write(name, input));
        QVERIFY2(refused, "the file was read without complaint");
        message = refused->message;
        const QString start = expectedStart(name, line, field, expected);
        QVERIFY2(message.contains(start),
                 qPrintable(QStringLiteral("message \"%1\"\n   does not contain \"%2\"").arg(message.left(800), start)));
        QCOMPARE(refused->line, line);
        QCOMPARE(refused->field, field);
    }
    QVERIFY2(message.size() <= kMaxMessageLength,
             qPrintable(QStringLiteral("a %1-character message: %2…").arg(message.size()).arg(message.left(200))));
}

void TestBadInput::crlfAndBomReadAsPlainText_data()
{
    QTest::addColumn<InputFormat>("format");
    QTest::addColumn<QByteArray>("variant");
    for (const InputFormat format : kFileFormats) {
        const QByteArray good = goodInput(format);
        const QString name = test::fileNameFor(format);
        QTest::addRow("%s CRLF", qPrintable(name)) << format << test::withCrlf(good);
        QTest::addRow("%s BOM", qPrintable(name)) << format << test::withBom(good);
        QTest::addRow("%s BOM and CRLF", qPrintable(name)) << format << test::withBom(test::withCrlf(good));
    }
}

void TestBadInput::crlfAndBomReadAsPlainText()
{
    QFETCH(InputFormat, format);
    QFETCH(QByteArray, variant);
    const QString plain = write(QStringLiteral("plain-") + test::fileNameFor(format), goodInput(format));
    const QString other = write(test::fileNameFor(format), variant);
    switch (format) {
    case InputFormat::PortfolioJson:
        QVERIFY(io::loadPortfolioDocument(other).portfolio == io::loadPortfolioDocument(plain).portfolio);
        break;
    case InputFormat::PositionCsv:
        QVERIFY(positionsOf(other) == positionsOf(plain));
        QCOMPARE(positionsOf(other).size(), std::size_t{3});
        break;
    case InputFormat::ParYieldCsv:
        QVERIFY(sameHistory(io::loadParYields(other), io::loadParYields(plain)));
        break;
    case InputFormat::ModelParameters:
        QVERIFY(sameRecords(io::loadModelParameters(other), io::loadModelParameters(plain)));
        break;
    case InputFormat::QuickEntry:
        QFAIL("quick entry has no file");
    }
}

void TestBadInput::hugeFilesAreRefusedBeforeReading_data()
{
    QTest::addColumn<InputFormat>("format");
    for (const InputFormat format : kFileFormats)
        QTest::newRow(qPrintable(test::fileNameFor(format))) << format;
}

// 100 MB: the good file followed by blank lines, which every reader would skip. The limit
// refuses it before a byte is read (README: at most 8 MB per input file).
void TestBadInput::hugeFilesAreRefusedBeforeReading()
{
    QFETCH(InputFormat, format);
    const QString name = test::fileNameFor(format);
    const QString path = write(name, goodInput(format));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        const QByteArray blankLines(1024 * 1024, '\n');
        for (int i = 0; i < 100; ++i)
            QCOMPARE(file.write(blankLines), blankLines.size());
    }
    const std::optional<Refusal> refused = refusal(format, path);
    QVERIFY2(refused, "a 100 MB file was read");
    QVERIFY2(refused->message.contains(name + QStringLiteral(": expected a file of at most 8 MB, got 100.0 MB")),
             qPrintable(refused->message));
}

void TestBadInput::quantitiesAtTheLimits_data()
{
    QTest::addColumn<InputFormat>("format");
    QTest::addColumn<QByteArray>("quantity");
    QTest::addColumn<bool>("futures");
    QTest::addColumn<double>("expected");   // NaN: refused naming the field and the range
    const double refused = std::nan("");
    const struct {
        InputFormat format;
        const char* name;
    } formats[] = {{InputFormat::PositionCsv, "csv"}, {InputFormat::PortfolioJson, "json"}, {InputFormat::QuickEntry, "quick"}};
    for (const auto& [format, name] : formats) {
        const bool json = format == InputFormat::PortfolioJson;
        QTest::addRow("%s face 1e13", name) << format << QByteArray(json ? "1e13" : "10000bn") << false << 1e13;
        QTest::addRow("%s face -1e13", name) << format << QByteArray("-10000000000000") << false << -1e13;
        QTest::addRow("%s face 1e13 + 1", name) << format << QByteArray("10000000000001") << false << refused;
        QTest::addRow("%s contracts 1e7", name) << format << QByteArray(json ? "1e7" : "10000k") << true << 1e7;
        QTest::addRow("%s contracts -1e7", name) << format << QByteArray("-10000000") << true << -1e7;
        QTest::addRow("%s contracts -1e7 - 1", name) << format << QByteArray("-10000001") << true << refused;
    }
}

// The limits of position_rules.h hold to the unit in every reader, and a quantity just past
// one is refused with a message naming the field and the range.
void TestBadInput::quantitiesAtTheLimits()
{
    QFETCH(InputFormat, format);
    QFETCH(QByteArray, quantity);
    QFETCH(bool, futures);
    QFETCH(double, expected);
    const QString range = futures ? QStringLiteral("a whole number of contracts from -1e7 to 1e7")
                                  : QStringLiteral("a face value in USD from -1e13 to 1e13");
    std::optional<double> read;
    QString message;
    if (format == InputFormat::QuickEntry) {
        const QuickEntryResult result = readQuickEntry((futures ? "ZN " : "UST 4.25 2034-11-15 ") + quantity);
        if (result.position)
            read = result.position->quantity;
        message = QString::fromStdString(result.error);
    } else {
        const QByteArray input = format == InputFormat::PositionCsv
            ? test::goodPositionCsv().replace(futures ? ",-950," : ",100mm,", "," + quantity + ",")
            : test::goodPortfolioJson().replace(futures ? "\"quantity\": -950" : "\"quantity\": 100000000",
                                                "\"quantity\": " + quantity);
        const QString path = write(test::fileNameFor(format), input);
        if (const std::optional<Refusal> refused = refusal(format, path))
            message = refused->message;
        else if (format == InputFormat::PositionCsv)
            read = positionsOf(path)[futures ? 2 : 0].quantity;
        else
            read = io::loadPortfolioDocument(path).portfolio.positions[futures ? 2 : 0].quantity;
    }
    if (std::isnan(expected)) {
        QVERIFY2(!read && message.contains(QStringLiteral("expected ") + range), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("quantity")) || message.startsWith(QLatin1String("word ")),
                 qPrintable(message));
    } else {
        QVERIFY2(read, qPrintable(message));
        QCOMPARE(*read, expected);
    }
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_bad_input.moc"
