// The portfolio document and the position CSV (FORMATS.md): round trips that keep unknown
// keys, malformed input refused with file, line and field, atomic saves, and the bundled
// example portfolios.
#include "core/io/bundled_portfolios.h"
#include "core/io/input_error.h"
#include "core/io/model_parameters_loader.h"
#include "core/io/portfolio_json.h"
#include "core/io/position_csv.h"
#include "core/portfolio/margin_engine.h"
#include "tests/support/bundled_market.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;
using namespace xm;
using io::InputError;
using io::PortfolioDocument;

namespace {

// The example of FORMATS.md, verbatim: one position per line.
const QByteArray kFormatsExample = R"({
  "format": "xmargin-portfolio",
  "version": 1,
  "name": "Basis trade, 10y",
  "asOf": "2025-07-11",
  "account": {
    "type": "customer",
    "clearingFirm": { "brokerDealer": true, "fcm": true, "ficcMember": true, "cmeMember": true },
    "optIn": true,
    "riskProfile": "HRP"
  },
  "positions": [
    { "id": "p1", "venue": "FICC", "type": "cash", "cusip": "91282CLF6", "quantity": 100000000 },
    { "id": "p2", "venue": "FICC", "type": "cash", "coupon": 4.25, "maturity": "2034-11-15", "quantity": -25000000 },
    { "id": "p3", "venue": "FICC", "type": "repo", "cusip": "91282CLF6", "quantity": 100000000, "end": "2025-10-11" },
    { "id": "p4", "venue": "CME", "type": "future", "symbol": "ZN", "month": "2025-09", "quantity": -950, "allocateXM": true },
    { "id": "p5", "venue": "CME", "type": "option", "symbol": "OZN", "month": "2025-09", "quantity": 10 }
  ]
}
)";
const QString kFile = u"doc.xmargin"_s;

// kFormatsExample with the first occurrence of `from` replaced by `to` (empty if absent).
QByteArray exampleWith(const QByteArray& from, const QByteArray& to)
{
    QByteArray json = kFormatsExample;
    const qsizetype at = json.indexOf(from);
    return at < 0 ? QByteArray() : json.replace(at, from.size(), to);
}

QString errorPrefix(int line, const QString& field)
{
    QString prefix = line > 0 ? u"%1:%2: "_s.arg(kFile).arg(line) : kFile + u": "_s;
    return field.isEmpty() ? prefix : prefix + field + u": "_s;
}

Position position(Venue venue, PositionType type, double quantity)
{
    Position p;
    p.venue = venue;
    p.type = type;
    p.quantity = quantity;
    return p;
}

Position cusipPosition(PositionType type, const char* cusip, double quantity)
{
    Position p = position(Venue::Ficc, type, quantity);
    p.cusip = cusip;
    return p;
}

Position securityPosition(PositionType type, std::optional<double> coupon, const char* maturity, double quantity)
{
    Position p = position(Venue::Ficc, type, quantity);
    p.couponPct = coupon;
    p.maturity = test::isoDate(maturity);
    return p;
}

Position contractPosition(PositionType type, const char* symbol, ContractMonth month, double quantity)
{
    Position p = position(Venue::Cme, type, quantity);
    p.symbol = symbol;
    p.month = month;
    return p;
}

// The positions of kFormatsExample.
std::vector<Position> formatsPositions()
{
    std::vector<Position> v{cusipPosition(PositionType::Cash, "91282CLF6", 1e8),
                            securityPosition(PositionType::Cash, 4.25, "2034-11-15", -2.5e7),
                            cusipPosition(PositionType::Repo, "91282CLF6", 1e8),
                            contractPosition(PositionType::Future, "ZN", {2025, 9}, -950),
                            contractPosition(PositionType::Option, "OZN", {2025, 9}, 10)};
    v[2].end = test::isoDate("2025-10-11");
    for (std::size_t i = 0; i < v.size(); ++i)
        v[i].id = "p" + std::to_string(i + 1);
    return v;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// A directory nobody may add files to. Root ignores permission bits, so for root (CI
// containers) the directory is made immutable instead; neither may be possible, hence `ok`.
class ReadOnlyDirectory final {
public:
    explicit ReadOnlyDirectory(const QString& path)
        : m_path(path)
    {
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ExeOwner);
        m_ok = !writeFile(path + u"/probe"_s, "x");
        if (!m_ok) {
            QFile::remove(path + u"/probe"_s);
            m_immutable = setImmutable(true);
            m_ok = m_immutable && !writeFile(path + u"/probe"_s, "x");
        }
    }
    ~ReadOnlyDirectory()
    {
        if (m_immutable)
            setImmutable(false);
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    ReadOnlyDirectory(const ReadOnlyDirectory&) = delete;
    ReadOnlyDirectory& operator=(const ReadOnlyDirectory&) = delete;

    bool ok() const { return m_ok; }

private:
    bool setImmutable(bool on) const
    {
        const int fd = ::open(QFile::encodeName(m_path).constData(), O_RDONLY | O_DIRECTORY);
        if (fd < 0)
            return false;
        int flags = 0;
        bool done = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
        flags = on ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
        done = done && ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
        ::close(fd);
        return done;
    }

    QString m_path;
    bool m_ok = false;
    bool m_immutable = false;
};

// Runs `action`, which must throw InputError; returns its message (empty if none was thrown).
QString inputError(const std::function<void()>& action)
{
    try {
        action();
    } catch (const InputError& e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

const QString kCsvHeader = u"venue,type,instrument,quantity,allocate_xm"_s;

std::vector<Position> importCsv(const QString& text)
{
    QByteArray data = text.toUtf8();
    QBuffer buffer(&data);
    return io::importPositionsCsv(buffer, u"positions.csv"_s, 2025);
}

std::vector<Position> withoutIds(std::vector<Position> positions)
{
    for (Position& p : positions)
        p.id.clear();
    return positions;
}

} // namespace

class TestPortfolioIo : public QObject {
    Q_OBJECT

private slots:
    void readsFormatsExample();
    void roundTripKeepsUnknownKeys();
    void generatesMissingIds();
    void monthForms_data();
    void monthForms();
    void malformed_data();
    void malformed();
    void saveAndLoadFile();
    void failedSaveLeavesFileIntact();
    void saveToMissingDirectoryFails();
    void csvImport();
    void csvRoundTrip();
    void csvMalformed_data();
    void csvMalformed();
    void bundledDemoIsDv01Neutral();
    void bundledExamplesLoad();
};

void TestPortfolioIo::readsFormatsExample()
{
    const PortfolioDocument d = io::readPortfolioDocument(kFormatsExample, kFile);
    QCOMPARE(d.portfolio.name, std::string("Basis trade, 10y"));
    QCOMPARE(d.portfolio.asOf, test::isoDate("2025-07-11"));
    const Account expectedAccount{AccountType::Customer, {true, true, true, true}, true, RiskProfile::Hrp};
    QVERIFY(d.portfolio.account == expectedAccount);
    const std::vector<Position> expected = formatsPositions();
    QCOMPARE(d.portfolio.positions.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i)
        QVERIFY2(d.portfolio.positions[i] == expected[i], qPrintable(u"position %1 differs"_s.arg(i)));
    QVERIFY(d.extraTop.isEmpty() && d.extraAccount.isEmpty() && d.extraClearingFirm.isEmpty());
    QVERIFY(d.extraPositions.empty());
}

void TestPortfolioIo::roundTripKeepsUnknownKeys()
{
    QByteArray json = exampleWith("\"version\": 1,", "\"version\": 1, \"ui\": {\"zoom\": 2, \"tabs\": [\"a\"]},");
    json.replace("\"optIn\": true,", "\"optIn\": true, \"note\": \"desk 4\",");
    json.replace("\"cmeMember\": true }", "\"cmeMember\": true, \"lei\": \"5493001KJTIIGC8Y1R12\" }");
    json.replace("\"id\": \"p4\",", "\"id\": \"p4\", \"trader\": \"AB\", \"tags\": [1, null],");
    const PortfolioDocument first = io::readPortfolioDocument(json, kFile);
    QCOMPARE(first.extraTop.value(u"ui"_s).toObject().value(u"zoom"_s).toInt(), 2);
    QCOMPARE(first.extraAccount.value(u"note"_s).toString(), u"desk 4"_s);
    QCOMPARE(first.extraClearingFirm.value(u"lei"_s).toString(), u"5493001KJTIIGC8Y1R12"_s);
    QCOMPARE(first.extraPositions.size(), std::size_t(1));
    QCOMPARE(first.extraPositions.at("p4").value(u"trader"_s).toString(), u"AB"_s);

    const QByteArray saved = io::writePortfolioDocument(first);
    const PortfolioDocument second = io::readPortfolioDocument(saved, u"saved.xmargin"_s);
    QVERIFY(second.portfolio == first.portfolio);
    QCOMPARE(second.extraTop, first.extraTop);
    QCOMPARE(second.extraAccount, first.extraAccount);
    QCOMPARE(second.extraClearingFirm, first.extraClearingFirm);
    QVERIFY(second.extraPositions == first.extraPositions);
    // Key by key, the saved JSON is the input again.
    QCOMPARE(QJsonDocument::fromJson(saved).object(), QJsonDocument::fromJson(json).object());
}

void TestPortfolioIo::generatesMissingIds()
{
    QByteArray json = exampleWith("\"id\": \"p1\", ", "");
    json.replace("\"id\": \"p3\", ", "\"extra\": 3, ");
    json.replace("\"id\": \"p2\"", "\"id\": \"p3\"");
    const PortfolioDocument d = io::readPortfolioDocument(json, kFile);
    QStringList ids;
    for (const Position& p : d.portfolio.positions)
        ids << QString::fromStdString(p.id);
    QCOMPARE(ids, (QStringList{u"p1"_s, u"p3"_s, u"p2"_s, u"p4"_s, u"p5"_s}));
    // The unknown key follows its position under the generated id.
    QCOMPARE(d.extraPositions.at("p2").value(u"extra"_s).toInt(), 3);
}

void TestPortfolioIo::monthForms_data()
{
    QTest::addColumn<QByteArray>("contract");

    QTest::newRow("YYYY-MM") << QByteArray(R"("symbol": "ZN", "month": "2025-09")");
    QTest::newRow("month code") << QByteArray(R"("symbol": "ZN", "month": "U5")");
    QTest::newRow("two-digit code") << QByteArray(R"("symbol": "ZN", "month": "U25")");
    QTest::newRow("full code as month") << QByteArray(R"("symbol": "ZN", "month": "ZNU5")");
    QTest::newRow("code as symbol") << QByteArray(R"("symbol": "ZNU5")");
}

void TestPortfolioIo::monthForms()
{
    QFETCH(QByteArray, contract);
    const QByteArray json = exampleWith(R"("symbol": "ZN", "month": "2025-09")", contract);
    const PortfolioDocument d = io::readPortfolioDocument(json, kFile);
    QVERIFY2(d.portfolio.positions[3] == formatsPositions()[3], contract.constData());
}

void TestPortfolioIo::malformed_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<int>("line");          // reported line (0: none)
    QTest::addColumn<QString>("field");     // key path the message names
    QTest::addColumn<QString>("expected");  // part of what the message says was expected

    QTest::newRow("syntax") << QByteArray("\"version\": 1,") << QByteArray("\"version\": 1,,") << 3 << QString()
                            << "expected valid JSON";
    QTest::newRow("NaN") << QByteArray("\"quantity\": -950") << QByteArray("\"quantity\": NaN") << 16 << QString()
                         << "expected valid JSON";
    QTest::newRow("overflow") << QByteArray("\"quantity\": -950") << QByteArray("\"quantity\": -1e999") << 16
                              << QString() << "expected valid JSON";
    QTest::newRow("format") << QByteArray("xmargin-portfolio") << QByteArray("xmargin-parameters") << 2 << "format"
                            << "xmargin-portfolio, got \"xmargin-parameters\"";
    QTest::newRow("version") << QByteArray("\"version\": 1") << QByteArray("\"version\": 2") << 3 << "version"
                             << "expected 1, the version this program reads, got 2";
    QTest::newRow("name") << QByteArray("\"Basis trade, 10y\"") << QByteArray("7") << 4 << "name" << "a string";
    QTest::newRow("asOf") << QByteArray("2025-07-11") << QByteArray("2025-07-32") << 5 << "asOf" << "YYYY-MM-DD";
    QTest::newRow("account type") << QByteArray("\"customer\"") << QByteArray("\"retail\"") << 7 << "account.type"
                                  << "house | customer";
    QTest::newRow("firm flag") << QByteArray("\"fcm\": true") << QByteArray("\"fcm\": \"yes\"") << 8
                               << "account.clearingFirm.fcm" << "true or false, got \"yes\"";
    QTest::newRow("optIn missing") << QByteArray("\"optIn\": true,") << QByteArray() << 6 << "account.optIn"
                                   << "true or false, got nothing";
    QTest::newRow("risk profile") << QByteArray("\"HRP\"") << QByteArray("\"high\"") << 10 << "account.riskProfile"
                                  << "HRP | nonHRP";
    QTest::newRow("account missing") << QByteArray("\"account\"") << QByteArray("\"acount\"") << 0 << "account"
                                     << "an object";
    QTest::newRow("positions not an array") << QByteArray("\"positions\": [") << QByteArray("\"positions\": 5, \"x\": [")
                                            << 12 << "positions" << "an array of positions";
    QTest::newRow("position not an object")
        << QByteArray(R"({ "id": "p1", "venue": "FICC", "type": "cash", "cusip": "91282CLF6", "quantity": 100000000 })")
        << QByteArray("5") << 13 << "positions[0]" << "a position object";
    QTest::newRow("unknown venue") << QByteArray("\"FICC\"") << QByteArray("\"NYSE\"") << 13 << "positions[0].venue"
                                   << "FICC | CME";
    QTest::newRow("unknown type") << QByteArray("\"cash\"") << QByteArray("\"swap\"") << 13 << "positions[0].type"
                                  << "a FICC type, one of cash | repo | reverse_repo | bill | tips | frn | strips";
    QTest::newRow("CME type at FICC") << QByteArray("\"CME\", \"type\": \"future\"")
                                      << QByteArray("\"FICC\", \"type\": \"future\"") << 16 << "positions[3].type"
                                      << "a FICC type";
    QTest::newRow("FICC type at CME") << QByteArray("\"FICC\", \"type\": \"cash\"")
                                      << QByteArray("\"CME\", \"type\": \"cash\"") << 13 << "positions[0].type"
                                      << "a CME type, one of future | option";
    QTest::newRow("empty id") << QByteArray("\"p1\"") << QByteArray("\"\"") << 13 << "positions[0].id"
                              << "a non-empty id";
    QTest::newRow("duplicate id") << QByteArray("\"p2\"") << QByteArray("\"p1\"") << 14 << "positions[1].id"
                                  << "an id no other position has (positions[0] has it)";
    QTest::newRow("check digit") << QByteArray("91282CLF6") << QByteArray("91282CLF7") << 13 << "positions[0].cusip"
                                 << "a 9-character CUSIP with a valid check digit";
    QTest::newRow("cusip and coupon") << QByteArray("\"cusip\": \"91282CLF6\",")
                                      << QByteArray("\"cusip\": \"91282CLF6\", \"coupon\": 4,") << 13
                                      << "positions[0].coupon" << "no coupon with a cusip";
    QTest::newRow("coupon range") << QByteArray("4.25") << QByteArray("42.5") << 14 << "positions[1].coupon"
                                  << "a number from 0 to 20, got 42.5";
    QTest::newRow("coupon missing") << QByteArray("\"coupon\": 4.25, ") << QByteArray() << 14
                                    << "positions[1].coupon" << "a coupon in percent (or a cusip)";
    QTest::newRow("maturity") << QByteArray("2034-11-15") << QByteArray("2034-11-31") << 14 << "positions[1].maturity"
                              << "a maturity date YYYY-MM-DD";
    QTest::newRow("issue after maturity") << QByteArray("\"maturity\": \"2034-11-15\",")
                                          << QByteArray("\"maturity\": \"2034-11-15\", \"issue\": \"2035-01-01\",") << 14
                                          << "positions[1].issue" << "before the maturity 2034-11-15";
    QTest::newRow("repo without end") << QByteArray(", \"end\": \"2025-10-11\"") << QByteArray() << 15
                                      << "positions[2].end" << "an end date YYYY-MM-DD, got nothing";
    QTest::newRow("end on cash") << QByteArray("\"quantity\": 100000000 }")
                                 << QByteArray("\"quantity\": 100000000, \"end\": \"2025-10-11\" }") << 13
                                 << "positions[0].end" << "no end on a cash position";
    QTest::newRow("symbol at FICC") << QByteArray("\"type\": \"cash\",") << QByteArray("\"type\": \"cash\", \"symbol\": \"ZN\",")
                                    << 13 << "positions[0].symbol" << "no symbol on a FICC position";
    QTest::newRow("cusip at CME") << QByteArray("\"symbol\": \"ZN\",")
                                  << QByteArray("\"symbol\": \"ZN\", \"cusip\": \"91282CLF6\",") << 16
                                  << "positions[3].cusip" << "no cusip on a CME position";
    QTest::newRow("unknown symbol") << QByteArray("\"ZN\"") << QByteArray("\"ZZ\"") << 16 << "positions[3].symbol"
                                    << "a futures symbol, one of ZT | Z3N";
    QTest::newRow("option symbol") << QByteArray("\"OZN\"") << QByteArray("\"OXX\"") << 17 << "positions[4].symbol"
                                   << "an option symbol";
    QTest::newRow("month") << QByteArray("\"2025-09\"") << QByteArray("\"2025-13\"") << 16 << "positions[3].month"
                           << "a contract month YYYY-MM";
    QTest::newRow("quantity as text") << QByteArray("-950") << QByteArray("\"-950\"") << 16 << "positions[3].quantity"
                                      << "a whole number of contracts from -1e7 to 1e7, got \"-950\"";
    QTest::newRow("fractional contracts") << QByteArray("-950") << QByteArray("-950.5") << 16
                                          << "positions[3].quantity" << "a whole number of contracts";
    QTest::newRow("absurd contracts") << QByteArray("-950") << QByteArray("-20000000") << 16 << "positions[3].quantity"
                                      << "from -1e7 to 1e7";
    QTest::newRow("absurd face") << QByteArray("-25000000") << QByteArray("-2.5e13") << 14 << "positions[1].quantity"
                                 << "a face value in USD from -1e13 to 1e13";
    QTest::newRow("quantity missing") << QByteArray(", \"quantity\": 10 }") << QByteArray(" }") << 17
                                      << "positions[4].quantity" << "got nothing";
    QTest::newRow("allocateXM") << QByteArray("\"allocateXM\": true") << QByteArray("\"allocateXM\": \"yes\"") << 16
                                << "positions[3].allocateXM" << "true or false";
}

void TestPortfolioIo::malformed()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(int, line);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    const QByteArray json = exampleWith(from, to);
    QVERIFY2(!json.isEmpty(), qPrintable(u"test input not found: "_s + QString::fromUtf8(from)));
    const PortfolioDocument before = io::readPortfolioDocument(kFormatsExample, kFile);
    PortfolioDocument result = before;
    const QString message = inputError([&] { result = io::readPortfolioDocument(json, kFile); });
    const QString context = u"%1 -> %2: \"%3\""_s.arg(QString::fromUtf8(from), QString::fromUtf8(to), message);
    QVERIFY2(!message.isEmpty(), qPrintable(u"accepted: "_s + context));
    QVERIFY2(message.startsWith(errorPrefix(line, field)), qPrintable(context));
    QVERIFY2(message.contains(expected), qPrintable(context));
    // Nothing partial: the target still holds what it held.
    QVERIFY2(result.portfolio == before.portfolio, qPrintable(context));
}

void TestPortfolioIo::saveAndLoadFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"basis.xmargin"_s);
    QVERIFY(writeFile(path, "old contents"));
    const PortfolioDocument d = io::readPortfolioDocument(kFormatsExample, kFile);
    io::savePortfolioDocument(d, path);
    QVERIFY(io::loadPortfolioDocument(path).portfolio == d.portfolio);
    // The temporary file was renamed over the target: nothing else is left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"basis.xmargin"_s});
}

void TestPortfolioIo::failedSaveLeavesFileIntact()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"basis.xmargin"_s);
    QVERIFY(writeFile(path, "old contents"));
    const ReadOnlyDirectory readOnly(dir.path());
    if (!readOnly.ok())
        QSKIP("cannot make a directory read-only here (neither permissions nor the immutable flag apply)");
    // The file itself stays writable: an in-place write would succeed, a QSaveFile cannot
    // create its temporary file next to it.
    QVERIFY(QFileInfo(path).isWritable());
    const PortfolioDocument d = io::readPortfolioDocument(kFormatsExample, kFile);
    const QString message = inputError([&] { io::savePortfolioDocument(d, path); });
    QVERIFY2(message.startsWith(path + u": expected a writable file ("_s), qPrintable(message));
    QVERIFY2(!message.endsWith(u"()"_s), qPrintable(message));
    QCOMPARE(readAll(path), QByteArray("old contents"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"basis.xmargin"_s});
    const QString csvMessage = inputError([&] { io::savePositionsCsv(d.portfolio.positions, path); });
    QVERIFY2(csvMessage.startsWith(path + u": expected a writable file"_s), qPrintable(csvMessage));
    QCOMPARE(readAll(path), QByteArray("old contents"));
}

void TestPortfolioIo::saveToMissingDirectoryFails()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"no/such/dir/basis.xmargin"_s);
    const PortfolioDocument d = io::readPortfolioDocument(kFormatsExample, kFile);
    const QString message = inputError([&] { io::savePortfolioDocument(d, path); });
    QVERIFY2(message.startsWith(path + u": expected a writable file ("_s), qPrintable(message));
    QVERIFY(!QFile::exists(path));
}

void TestPortfolioIo::csvImport()
{
    const QString text = u"# FORMATS.md example and friends\n"_s + kCsvHeader + u",end\n"_s
                         + u"FICC,cash,91282CLF6,100000000,,\n"_s
                         + u"CME,future,ZNU5,-950,yes,\n"_s
                         + u"# a comment between rows\n"_s
                         + u"FICC,cash,4.25@2034-11-15,-25m,,\n"_s
                         + u"FICC,repo,91282CLF6,+100mm,,2025-10-11\n"_s
                         + u"CME,future,ZN 2025-12,1.5k,no,\n"_s
                         + u"CME,option,OZN 2025-09,10,,\n"_s
                         + u"FICC,bill,@2025-12-26,0.5bn,,\n"_s;
    const std::vector<Position> positions = importCsv(text);
    Position repo = cusipPosition(PositionType::Repo, "91282CLF6", 1e8);
    repo.end = test::isoDate("2025-10-11");
    Position unallocated = contractPosition(PositionType::Future, "ZN", {2025, 12}, 1500);
    unallocated.allocateXM = false;
    const std::vector<Position> expected{cusipPosition(PositionType::Cash, "91282CLF6", 1e8),
                                         contractPosition(PositionType::Future, "ZN", {2025, 9}, -950),
                                         securityPosition(PositionType::Cash, 4.25, "2034-11-15", -2.5e7),
                                         repo,
                                         unallocated,
                                         contractPosition(PositionType::Option, "OZN", {2025, 9}, 10),
                                         securityPosition(PositionType::Bill, std::nullopt, "2025-12-26", 5e8)};
    QCOMPARE(positions.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i)
        QVERIFY2(positions[i] == expected[i], qPrintable(u"row %1 differs"_s.arg(i + 1)));
}

void TestPortfolioIo::csvRoundTrip()
{
    std::vector<Position> positions = withoutIds(formatsPositions());
    positions.push_back(securityPosition(PositionType::Bill, std::nullopt, "2025-12-26", 1e7));
    positions.push_back(securityPosition(PositionType::Tips, 1.875, "2034-07-15", -3.3e6));
    positions.push_back(securityPosition(PositionType::ReverseRepo, 0.1, "2030-01-31", 12345678.9));
    positions.back().end = test::isoDate("2026-01-02");
    positions.push_back(contractPosition(PositionType::Future, "SR3", {2026, 3}, 7));
    positions.back().allocateXM = false;
    const QByteArray csv = io::exportPositionsCsv(positions);
    QVERIFY2(csv.startsWith((kCsvHeader + u",end\n"_s).toUtf8()), csv.constData());
    const std::vector<Position> back = importCsv(QString::fromUtf8(csv));
    QCOMPARE(back.size(), positions.size());
    for (std::size_t i = 0; i < positions.size(); ++i)
        QVERIFY2(back[i] == positions[i], qPrintable(u"row %1 differs in\n%2"_s.arg(i + 1).arg(QString::fromUtf8(csv))));

    // Without repos there is no end column, and the file form reads the same.
    std::erase_if(positions, [](const Position& p) { return !p.end.isNull(); });
    QTemporaryDir dir;
    const QString path = dir.filePath(u"positions.csv"_s);
    io::savePositionsCsv(positions, path);
    QVERIFY(readAll(path).startsWith((kCsvHeader + u'\n').toUtf8()));
    QVERIFY(io::importPositionsCsv(path, 2025) == positions);
}

void TestPortfolioIo::csvMalformed_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("row");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");

    const QString h = kCsvHeader;
    QTest::newRow("venue") << h << "NYSE,cash,91282CLF6,1mm," << 3 << "venue" << "one of FICC|CME";
    QTest::newRow("type") << h << "FICC,swap,91282CLF6,1mm," << 3 << "type" << "a FICC type";
    QTest::newRow("FICC type at CME") << h << "CME,cash,ZNU5,1," << 3 << "type" << "a CME type";
    QTest::newRow("check digit") << h << "FICC,cash,91282CLF7,1mm," << 3 << "instrument" << "valid check digit";
    QTest::newRow("maturity") << h << "FICC,cash,4.25@2034-13-15,1mm," << 3 << "instrument" << "a date YYYY-MM-DD";
    QTest::newRow("coupon range") << h << "FICC,cash,42@2034-11-15,1mm," << 3 << "instrument"
                                  << "a coupon in percent from 0 to 20";
    QTest::newRow("coupon missing") << h << "FICC,cash,@2034-11-15,1mm," << 3 << "instrument"
                                    << "a coupon before the @ for a cash position";
    QTest::newRow("unknown symbol") << h << "CME,future,ZZU5,1," << 3 << "instrument" << "a futures symbol";
    QTest::newRow("bad contract") << h << "CME,future,ZN 2025-13,1," << 3 << "instrument"
                                  << "a futures code such as ZNU5 or ZN 2025-09";
    QTest::newRow("quantity") << h << "FICC,cash,91282CLF6,100xx," << 3 << "quantity" << "a quantity such as";
    QTest::newRow("absurd face") << h << "FICC,cash,91282CLF6,20000bn," << 3 << "quantity" << "from -1e13 to 1e13";
    QTest::newRow("fractional contracts") << h << "CME,future,ZNU5,-950.5,yes" << 3 << "quantity"
                                          << "a whole number of contracts";
    QTest::newRow("allocate") << h << "CME,future,ZNU5,-950,maybe" << 3 << "allocate_xm" << "one of yes|no";
    QTest::newRow("allocate on FICC") << h << "FICC,cash,91282CLF6,1mm,yes" << 3 << "allocate_xm"
                                      << "a blank on a FICC row";
    QTest::newRow("repo without end column") << h << "FICC,repo,91282CLF6,1mm," << 3 << "end"
                                             << "an end date YYYY-MM-DD on a repo row";
    QTest::newRow("end on cash") << h + u",end"_s << "FICC,cash,91282CLF6,1mm,,2025-10-11" << 3 << "end"
                                 << "only repo and reverse_repo rows";
    QTest::newRow("short row") << h << "FICC,cash,91282CLF6,1mm" << 3 << "allocate_xm" << "the row ends after 4 of 5";
    QTest::newRow("missing column") << u"venue,type,instrument,quantity"_s << "FICC,cash,91282CLF6,1mm" << 2
                                    << "header" << "a column \"allocate_xm\"";
    QTest::newRow("unknown column") << h + u",trader"_s << "FICC,cash,91282CLF6,1mm,,AB" << 2 << "header"
                                    << "only the columns";
}

void TestPortfolioIo::csvMalformed()
{
    QFETCH(QString, header);
    QFETCH(QString, row);
    QFETCH(int, line);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    const QString text = u"# positions\n"_s + header + u'\n' + row + u'\n';
    const QString message = inputError([&] { importCsv(text); });
    const QString context = u"%1 / %2: \"%3\""_s.arg(header, row, message);
    QVERIFY2(message.startsWith(u"positions.csv:%1: %2: "_s.arg(line).arg(field)), qPrintable(context));
    QVERIFY2(message.contains(expected), qPrintable(context));
}

void TestPortfolioIo::bundledDemoIsDv01Neutral()
{
    const PortfolioDocument demo = io::loadBundledDemoPortfolio();
    const Portfolio& p = demo.portfolio;
    QCOMPARE(p.name, std::string("Basis trade, 10y"));
    QCOMPARE(p.asOf, test::isoDate("2025-07-11"));
    const Account expectedAccount{AccountType::Customer, {true, true, true, true}, true, RiskProfile::Hrp};
    QVERIFY(p.account == expectedAccount);
    QCOMPARE(p.positions.size(), std::size_t(2));
    QCOMPARE(p.positions[0].cusip, std::string("91282CLF6"));
    QCOMPARE(p.positions[0].quantity, 1e8);
    QCOMPARE(p.positions[1].symbol, std::string("ZN"));
    QVERIFY(p.positions[1].month == (ContractMonth{2025, 9}));

    MarginEngine engine(test::bundledMarket(), io::loadBundledModelParameters(), p.asOf);
    engine.setPortfolio(p);
    const MarginResult result = engine.result();
    const std::vector<PositionResult> positions = engine.positionResults(result);
    const double cash = positions[0].dv01;
    const double futures = positions[1].dv01;
    const QString context = u"cash DV01 %1, futures DV01 %2 (%3 contracts)"_s.arg(cash).arg(futures).arg(p.positions[1].quantity);
    QVERIFY2(cash > 0.0 && futures < 0.0, qPrintable(context));
    QVERIFY2(std::abs(cash + futures) <= 0.01 * cash, qPrintable(context));
    // Rounding to whole contracts: one more or one fewer would be further from neutral.
    const double perContract = futures / p.positions[1].quantity;
    QVERIFY2(std::abs(cash + futures) <= std::abs(perContract) / 2.0, qPrintable(context));
    QVERIFY2(result.account.eligible, result.account.reason().c_str());
}

void TestPortfolioIo::bundledExamplesLoad()
{
    const QStringList files = QDir(u":/portfolios"_s).entryList(QDir::Files);
    QCOMPARE(files, (QStringList{u"curve_trade_2s10s.xmargin"_s, u"demo_basis_trade.xmargin"_s,
                                 u"ineligible_customer.xmargin"_s, u"unhedged_cash_10y.xmargin"_s}));
    for (const QString& file : files) {
        const Portfolio p = io::loadBundledPortfolio(file).portfolio;
        MarginEngine engine(test::bundledMarket(), io::loadBundledModelParameters(), p.asOf);
        engine.setPortfolio(p);
        const MarginResult result = engine.result();
        for (const PositionResult& r : engine.positionResults(result))
            QVERIFY2(r.error.empty(), qPrintable(file + u": "_s + QString::fromStdString(r.id + " " + r.error)));
        QVERIFY2(result.account.eligible == (file != u"ineligible_customer.xmargin"), qPrintable(file));
        if (file == u"curve_trade_2s10s.xmargin") {
            // DV01-weighted: the 2y and 10y cash legs match, and each futures leg offsets one.
            std::vector<double> dv01;
            for (const PositionResult& r : engine.positionResults(result))
                dv01.push_back(r.dv01);
            QVERIFY2(std::abs(dv01[0] + dv01[1]) <= 0.01 * dv01[0], qPrintable(u"2y %1, 10y %2"_s.arg(dv01[0]).arg(dv01[1])));
            QVERIFY2(std::abs(dv01[0] + dv01[2]) <= 0.01 * dv01[0], qPrintable(u"2y %1, ZT %2"_s.arg(dv01[0]).arg(dv01[2])));
            QVERIFY2(std::abs(dv01[1] + dv01[3]) <= 0.01 * dv01[0], qPrintable(u"10y %1, ZN %2"_s.arg(dv01[1]).arg(dv01[3])));
        }
    }
}

QTEST_GUILESS_MAIN(TestPortfolioIo)
#include "tst_portfolio_io.moc"
