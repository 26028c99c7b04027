// Golden margin cases (tests/data/golden/*.json): six portfolios as of 2025-07-11 with the
// bundled parameters, against numbers computed independently by tests/golden/compute_golden.py
// from the par-yield history, the recorded KRDs and the scan ranges.
#include "core/io/model_parameters_loader.h"
#include "core/io/portfolio_json.h"
#include "core/margin/historical_var.h"
#include "core/portfolio/margin_engine.h"
#include "tests/support/bundled_market.h"
#include "tests/support/result_numbers.h"

#include <QtTest>

#include <cmath>
#include <map>
#include <memory>

using namespace xm;

namespace {

QJsonObject loadCase(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot open " + path.toStdString());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (doc.isNull())
        throw std::runtime_error(path.toStdString() + ": " + error.errorString().toStdString());
    return doc.object();
}

QByteArray number(double v)
{
    return QByteArray::number(v, 'g', 17);
}

QByteArray jsonArray(const FactorVector& v)
{
    QByteArray out = "[";
    for (std::size_t k = 0; k < v.size(); ++k)
        out += (k ? ", " : "") + number(v[k]);
    return out + "]";
}

} // namespace

class TestMarginGolden final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void recordedInputsStillHold_data() { cases(); }
    void recordedInputsStillHold();
    void scenarioSetMatches_data() { cases(); }
    void scenarioSetMatches();
    void numbersMatchIndependentComputation_data() { cases(); }
    void numbersMatchIndependentComputation();
    void positionsInTheirBooks_data() { cases(); }
    void positionsInTheirBooks();

private:
    void cases();
    // The case of the current row, with the engine set to its portfolio.
    QJsonObject current();

    std::unique_ptr<MarginEngine> m_engine;
};

void TestMarginGolden::initTestCase()
{
    m_engine = std::make_unique<MarginEngine>(test::bundledMarket(), io::loadBundledModelParameters(),
                                              test::isoDate("2025-07-11"));
}

void TestMarginGolden::cases()
{
    QTest::addColumn<QString>("path");
    const QDir dir(XMARGIN_TEST_DATA_DIR "/golden");
    const QStringList files = dir.entryList({"*.json"}, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 6, "six golden cases expected in tests/data/golden");
    for (const QString& f : files)
        QTest::newRow(f.chopped(5).toUtf8().constData()) << dir.filePath(f);
}

QJsonObject TestMarginGolden::current()
{
    QFETCH(QString, path);
    const QJsonObject c = loadCase(path);
    const QJsonObject portfolio = c["portfolio"].toObject();
    if (Date::parseIso(portfolio["asOf"].toString().toStdString()) != m_engine->environment().asOf())
        throw std::runtime_error("golden cases are as of 2025-07-11");
    m_engine->setPortfolio(io::readPortfolioDocument(QJsonDocument(portfolio).toJson(), path).portfolio);
    return c;
}

void TestMarginGolden::recordedInputsStillHold()
{
    const QJsonObject c = current();
    const QJsonObject recorded = c["recorded"].toObject();
    const std::vector<PositionResult> positions = m_engine->positionResults(m_engine->result());
    const QJsonObject byId = recorded["positions"].toObject();
    QCOMPARE(positions.size(), std::size_t(byId.size()));
    QByteArray changed;
    for (const PositionResult& p : positions) {
        const QJsonObject r = byId[QString::fromStdString(p.id)].toObject();
        const QJsonArray krd = r["krd"].toArray();
        bool same = krd.size() == kFactorCount && p.error.empty()
                    && std::abs(p.marketValue - r["marketValue"].toDouble()) <= 1e-9 * std::abs(p.marketValue)
                    && p.description == r["description"].toString().toStdString()
                    && p.cmeContract == r["cmeContract"].toString().toStdString();
        double scale = 0.0;
        for (double k : p.krd)
            scale = std::max(scale, std::abs(k));
        for (int k = 0; same && k < kFactorCount; ++k)
            same = std::abs(p.krd[static_cast<std::size_t>(k)] - krd[k].toDouble()) <= 1e-9 * scale;
        if (!same)
            changed += "\n  " + QByteArray::fromStdString(p.id) + ": {\"description\": \"" + p.description.text.c_str()
                       + "\", \"krd\": " + jsonArray(p.krd) + ", \"marketValue\": " + number(p.marketValue)
                       + ", \"cmeContract\": \"" + p.cmeContract.c_str() + "\"}" + p.error.c_str();
    }
    const QJsonObject ranges = recorded["scanRanges"].toObject();
    for (auto it = ranges.begin(); it != ranges.end(); ++it) {
        const double actual = m_engine->cmeModel().scanRanges().at(it.key().toStdString()).usdPerContract;
        if (std::abs(actual - it.value().toDouble()) > 1e-9 * actual)
            changed += "\n  scan range " + it.key().toUtf8() + ": " + number(actual);
    }
    QVERIFY2(changed.isEmpty(), "the engine no longer produces the recorded inputs of case "
                                    + c["case"].toString().toUtf8()
                                    + " (pricing changed?); if that is intended, record these and rerun "
                                      "tests/golden/compute_golden.py:"
                                    + changed);
}

void TestMarginGolden::scenarioSetMatches()
{
    const QJsonObject c = current();
    const QJsonObject scenarios = c["expected"].toObject()["scenarios"].toObject();
    const auto rows = static_cast<int>(m_engine->ficcModel().scenarios().rows());
    QCOMPARE(rows, scenarios["count"].toInt());
    QCOMPARE(varRank(rows, m_engine->parameters().ficc.confidence), scenarios["k"].toInt());
}

void TestMarginGolden::numbersMatchIndependentComputation()
{
    const QJsonObject c = current();
    const QJsonObject expected = c["expected"].toObject();
    const QJsonObject tolerance = expected["tolerance"].toObject();
    const double relative = tolerance["relative"].toDouble();
    const double absoluteUsd = tolerance["absoluteUsd"].toDouble();
    std::map<std::string, test::ResultNumber> actual;
    for (auto& n : test::resultNumbers(m_engine->result(), false))
        actual.emplace(n.label(), n);

    const QJsonObject numbers = expected["numbers"].toObject();
    QVERIFY(numbers.size() > 60);
    QByteArray failures;
    for (auto it = numbers.begin(); it != numbers.end(); ++it) {
        const std::string name = it.key().toStdString();
        const auto found = actual.find(name);
        if (found == actual.end()) {
            failures += "\n  " + it.key().toUtf8() + ": not in the engine's result";
            continue;
        }
        const double want = it.value().toDouble(), got = found->second.value;
        const double allowed = found->second.kind == test::NumberKind::Ratio ? relative
                                                                              : relative * std::abs(want) + absoluteUsd;
        if (!(std::abs(got - want) <= allowed))
            failures += "\n  case " + c["case"].toString().toUtf8() + ", " + it.key().toUtf8() + ": expected "
                        + number(want) + ", actual " + number(got) + " (tolerance " + number(allowed) + ")";
    }
    QVERIFY2(failures.isEmpty(), failures.constData());
}

void TestMarginGolden::positionsInTheirBooks()
{
    const QJsonObject c = current();
    const QJsonObject expected = c["expected"].toObject()["positions"].toObject();
    const double relative = c["expected"].toObject()["tolerance"].toObject()["relative"].toDouble();
    for (const PositionResult& p : m_engine->positionResults(m_engine->result())) {
        const QJsonObject e = expected[QString::fromStdString(p.id)].toObject();
        const QByteArray where = "case " + c["case"].toString().toUtf8() + ", " + p.id.c_str();
        const std::string book(toString(p.book));
        QVERIFY2(book == e["book"].toString().toStdString(),
                 (where + ": book " + book.c_str() + ", expected " + e["book"].toString().toUtf8()).constData());
        if (e.contains("cmeContracts")) {
            const double want = e["cmeContracts"].toDouble();
            const QByteArray message
                = where + ": futures-equivalents " + number(p.cmeContracts) + ", expected " + number(want);
            QVERIFY2(std::abs(p.cmeContracts - want) <= relative * std::abs(want), message.constData());
        }
    }
}

QTEST_GUILESS_MAIN(TestMarginGolden)
#include "tst_margin_golden.moc"
