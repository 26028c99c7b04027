// Reports never carry NaN or infinities (QJsonDocument would write them as null, the CSV as
// "nan"): marginReportJson, marginReportCsv, marginReportText and riskReportJson refuse a
// non-finite number with std::domain_error naming its key path; a finite result is written.
#include "core/io/bundled_portfolios.h"
#include "core/io/margin_report.h"
#include "core/io/model_parameters_loader.h"
#include "core/portfolio/margin_engine.h"
#include "tests/support/bundled_market.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QtTest>

#include <functional>
#include <limits>
#include <stdexcept>

using namespace xm;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

// The refusal `write` throws, or an empty string.
QString refusal(const std::function<void()>& write)
{
    try {
        write();
    } catch (const std::domain_error& error) {
        return QString::fromUtf8(error.what());
    }
    return {};
}

using Spoil = std::function<void(MarginResult&, std::vector<double>&)>;

} // namespace

Q_DECLARE_METATYPE(Spoil)

class TestReportNumbers final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void finiteResultIsWritten();
    void nonFiniteNumberIsRefused_data();
    void nonFiniteNumberIsRefused();
    void textAndCsvRefuseToo();

private:
    std::unique_ptr<MarginEngine> m_engine;
    MarginResult m_result;
    std::vector<double> m_incremental;
};

void TestReportNumbers::initTestCase()
{
    m_engine = std::make_unique<MarginEngine>(test::bundledMarket(), io::loadBundledModelParameters(),
                                              test::isoDate("2025-07-11"));
    m_engine->setPortfolio(io::loadBundledDemoPortfolio().portfolio);
    m_result = m_engine->result();
    m_result.positions = m_engine->positionResults(m_result);
    m_incremental = m_engine->incrementalMargins();
    QVERIFY(m_result.positions.size() >= 2);
}

void TestReportNumbers::finiteResultIsWritten()
{
    const QJsonObject report = io::marginReportJson(m_result, m_incremental, {}, {});
    QVERIFY(!QJsonDocument(report).toJson().contains("null"));
    const QRegularExpression notFiniteValue(QStringLiteral(",-?(nan|inf)$"), QRegularExpression::MultilineOption);
    QVERIFY(!io::marginReportCsv(report).contains(notFiniteValue));
    QVERIFY(!io::marginReportText(m_result).contains(QRegularExpression(QStringLiteral("\\b-?(nan|inf)\\b"))));
    QVERIFY(!QJsonDocument(io::riskReportJson(m_result.positions)).toJson().contains("null"));
}

void TestReportNumbers::nonFiniteNumberIsRefused_data()
{
    QTest::addColumn<Spoil>("spoil");
    QTest::addColumn<QString>("key");
    QTest::newRow("FICC standalone NaN") << Spoil([](MarginResult& r, auto&) { r.ficcStandalone = kNaN; })
                                         << QStringLiteral("ficc.standalone is nan");
    QTest::newRow("savings infinite") << Spoil([](MarginResult& r, auto&) { r.savingsPct = kInf; })
                                      << QStringLiteral("savingsPct is inf");
    QTest::newRow("position DV01") << Spoil([](MarginResult& r, auto&) { r.positions[1].dv01 = -kInf; })
                                   << QStringLiteral("positions.1.dv01 is -inf");
    QTest::newRow("key-rate DV01") << Spoil([](MarginResult& r, auto&) { r.positions[0].krd[7] = kNaN; })
                                   << QStringLiteral("positions.0.krd.10Y is nan");
    QTest::newRow("incremental") << Spoil([](MarginResult&, std::vector<double>& incremental) { incremental[0] = kNaN; })
                                 << QStringLiteral("positions.0.incremental is nan");
    QTest::newRow("a reading") << Spoil([](MarginResult& r, auto&) { r.readings.at(2).requirement = kInf; })
                               << QStringLiteral("trace.readings.2.eligibleRequirement is inf");
    QTest::newRow("scan of a leg") << Spoil([](MarginResult& r, auto&) { r.cmeLeg.scan = kNaN; })
                                   << QStringLiteral("trace.cmeLeg.scan is nan");
}

void TestReportNumbers::nonFiniteNumberIsRefused()
{
    QFETCH(Spoil, spoil);
    QFETCH(QString, key);
    MarginResult result = m_result;
    std::vector<double> incremental = m_incremental;
    spoil(result, incremental);
    const QString message = refusal([&] { io::marginReportJson(result, incremental, {}, {}); });
    QVERIFY2(message.contains(key) && message.contains(QLatin1String("nothing was written")),
             qPrintable(QStringLiteral("refusal \"%1\" does not name %2").arg(message, key)));
}

void TestReportNumbers::textAndCsvRefuseToo()
{
    MarginResult result = m_result;
    result.crossMargined = kNaN;
    QVERIFY(refusal([&] { io::marginReportText(result); }).contains(QLatin1String("crossMargined is nan")));
    QVERIFY(refusal([&] { io::marginReportCsv(QJsonObject{{"a", QJsonObject{{"b", -kInf}}}}); })
                .contains(QLatin1String("a.b is -inf")));
    result = m_result;
    result.positions[0].krd[3] = kInf;
    QVERIFY(refusal([&] { io::riskReportJson(result.positions); }).contains(QLatin1String("positions.0.krd.3 is inf")));
}

QTEST_GUILESS_MAIN(TestReportNumbers)
#include "tst_report_numbers.moc"
