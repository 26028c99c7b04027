// The versioned parameter file: the bundled one loads with provenance for every value; a
// malformed one is refused with the offending key and its line named.
#include "core/io/input_error.h"
#include "core/io/model_parameters_loader.h"

#include <QFile>
#include <QtTest>

using xm::io::InputError;

namespace {

QByteArray bundledJson()
{
    QFile f(QStringLiteral(":/parameters/xm-2026.1.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("bundled parameter file missing");
    return f.readAll();
}

} // namespace

class TestModelParametersLoader final : public QObject {
    Q_OBJECT

private slots:
    void bundledFileLoads();
    void everyParameterHasProvenance();
    void malformed_data();
    void malformed();
};

void TestModelParametersLoader::bundledFileLoads()
{
    const xm::ModelParameters p = xm::io::loadBundledModelParameters();
    QCOMPARE(QString::fromStdString(p.model), QStringLiteral("xm-2026.1"));
    QCOMPARE(p.ficc.confidence, 0.99);
    QCOMPARE(p.ficc.horizonDays, 3);
    QCOMPARE(p.ficc.lookbackDays, 2520);
    QCOMPARE(p.ficc.stressWindows.size(), std::size_t(2));
    QCOMPARE(p.ficc.stressWindows[0].first, *xm::Date::parseIso("2008-09-01"));
    QCOMPARE(p.ficc.floorPct.size(), p.ficc.floorBucketMaxYears.size());
    QCOMPARE(p.cme.hrpMultiplier, 1.10);
    QVERIFY(p.cme.model == xm::CmeModel::Span);
    QCOMPARE(p.cme.interSpreads.size(), std::size_t(16));
    QCOMPARE(p.xm.cap, 0.80);
    QVERIFY(p.xm.rule == xm::XmRule::Min);
    QCOMPARE(p.xm.eligibility.cmeSymbols.size(), std::size_t(11));
}

void TestModelParametersLoader::everyParameterHasProvenance()
{
    const xm::ModelParameters p = xm::io::loadBundledModelParameters();
    QVERIFY(p.records.size() >= 45);
    int official = 0;
    for (const auto& r : p.records) {
        QVERIFY2(!r.source.empty(), r.key.c_str());
        official += r.provenance == xm::Provenance::Official ? 1 : 0;
    }
    QVERIFY(official >= 8);
    const auto cap = std::find_if(p.records.begin(), p.records.end(), [](const auto& r) { return r.key == "xm.cap"; });
    QVERIFY(cap != p.records.end());
    QCOMPARE(QString::fromStdString(cap->value), QStringLiteral("0.8"));
    QVERIFY(cap->provenance == xm::Provenance::Official);
}

void TestModelParametersLoader::malformed_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("field");     // the key path the message must name
    QTest::addColumn<QString>("expected");  // part of the message

    QTest::newRow("syntax") << QByteArray("\"ficc\": {") << QByteArray("\"ficc\": {{") << QString() << "valid JSON";
    QTest::newRow("wrong format") << QByteArray("\"xmargin-parameters\"") << QByteArray("\"something\"") << "format"
                                  << "\"xmargin-parameters\"";
    QTest::newRow("other model") << QByteArray("\"model\": \"xm-2026.1\"") << QByteArray("\"model\": \"xm-2030.9\"")
                                 << "model" << "xm-2026.1";
    QTest::newRow("confidence as text") << QByteArray("\"value\": 0.99, \"provenance\": \"official\", \"source\": \"FICC GSD")
                                        << QByteArray("\"value\": \"high\", \"provenance\": \"official\", \"source\": \"FICC GSD")
                                        << "ficc.confidence.value" << "a number from 0.5";
    QTest::newRow("horizon fractional") << QByteArray("\"value\": 3, \"provenance\"")
                                        << QByteArray("\"value\": 3.5, \"provenance\"") << "ficc.horizonDays.value"
                                        << "a whole number";
    QTest::newRow("bad provenance") << QByteArray("\"value\": 2520, \"provenance\": \"assumed\"")
                                    << QByteArray("\"value\": 2520, \"provenance\": \"guessed\"")
                                    << "ficc.lookbackDays.provenance" << "official | calibrated | assumed";
    QTest::newRow("missing source") << QByteArray("\"value\": 2520, \"provenance\": \"assumed\", \"source\": \"10-year")
                                    << QByteArray("\"value\": 2520, \"provenance\": \"assumed\", \"sauce\": \"10-year")
                                    << "ficc.lookbackDays.source" << "a string";
    QTest::newRow("stress date") << QByteArray("\"2008-09-01\"") << QByteArray("\"2008-09-31\"")
                                 << "ficc.stressWindows.value.0.first" << "a date YYYY-MM-DD";
    QTest::newRow("stress reversed") << QByteArray("\"last\": \"2009-03-31\"") << QByteArray("\"last\": \"2007-03-31\"")
                                     << "ficc.stressWindows.value.0.last" << "on or after";
    QTest::newRow("floor unsorted") << QByteArray("[1, 3, 5, 10, 20, 100]") << QByteArray("[1, 3, 5, 10, 7, 100]")
                                    << "ficc.floor.bucketMaxYears.value.4" << "ascending";
    QTest::newRow("floor count") << QByteArray("[0.05, 0.1, 0.15, 0.2, 0.3, 0.4]") << QByteArray("[0.05, 0.1]")
                                 << "ficc.floor.pct.value" << "one percentage per bucket";
    QTest::newRow("correlation") << QByteArray("\"value\": 0.9,") << QByteArray("\"value\": 1.9,")
                                 << "ficc.haircut.correlation.value" << "a number from -1 to 1";
    QTest::newRow("mla flag") << QByteArray("\"value\": true, \"provenance\": \"assumed\", \"source\": \"Margin Liquidity")
                              << QByteArray("\"value\": 1, \"provenance\": \"assumed\", \"source\": \"Margin Liquidity")
                              << "ficc.mla.enabled.value" << "true or false";
    QTest::newRow("cme model") << QByteArray("\"value\": \"span\"") << QByteArray("\"value\": \"span3\"")
                               << "cme.model.value" << "span | hvar";
    QTest::newRow("negative intra") << QByteArray("\"ZN\": 100,") << QByteArray("\"ZN\": -100,")
                                    << "cme.intraSpreadCharge.value.ZN" << "a number from 0";
    QTest::newRow("spread rate") << QByteArray("\"rate\": 0.80,") << QByteArray("\"rate\": 80,")
                                 << "cme.interSpreads.value.0.rate" << "a number from 0 to 1";
    QTest::newRow("spread legs") << QByteArray("\"legB\": \"TN\", \"ratioB\": 2, \"rate\": 0.80")
                                 << QByteArray("\"legB\": \"ZN\", \"ratioB\": 2, \"rate\": 0.80")
                                 << "cme.interSpreads.value.0.legB" << "a different contract";
    QTest::newRow("hrp") << QByteArray("\"value\": 1.10,") << QByteArray("\"value\": 0.9,") << "cme.hrpMultiplier.value"
                         << "a number from 1 to 3";
    QTest::newRow("cap") << QByteArray("\"value\": 0.80,") << QByteArray("\"value\": 1.2,") << "xm.cap.value"
                         << "a number from 0 to 1";
    QTest::newRow("rule") << QByteArray("\"value\": \"min\"") << QByteArray("\"value\": \"max\"") << "xm.rule.value"
                          << "min | each | onepot | legacy";
    QTest::newRow("symbols") << QByteArray("[\"ZT\", \"Z3N\"") << QByteArray("[7, \"Z3N\"")
                             << "xm.eligibleCmeSymbols.value.0" << "a string";
    QTest::newRow("section missing") << QByteArray("\"legacy\": {") << QByteArray("\"legacyX\": {")
                                     << "xm.legacy.classMaxYears" << "an object";
}

void TestModelParametersLoader::malformed()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    QByteArray json = bundledJson();
    const qsizetype at = json.indexOf(from);
    QVERIFY2(at >= 0, qPrintable(QStringLiteral("test input not found: %1").arg(QString::fromUtf8(from))));
    json.replace(at, from.size(), to);
    const int changedLine = static_cast<int>(json.left(at).count('\n')) + 1;
    try {
        xm::io::loadModelParameters(json, QStringLiteral("params.json"));
        QFAIL(qPrintable(QStringLiteral("accepted %1 -> %2").arg(QString::fromUtf8(from), QString::fromUtf8(to))));
    } catch (const InputError& e) {
        const QString message = QString::fromUtf8(e.what());
        QVERIFY2(e.field() == field, qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));
        QVERIFY2(message.startsWith(QStringLiteral("params.json:")), qPrintable(message));
        // The reported line is where the edit was made (for a missing section, where its parent is).
        if (!field.endsWith(QStringLiteral("classMaxYears")))
            QVERIFY2(e.line() == changedLine,
                     qPrintable(QStringLiteral("line %1, edit on line %2: %3").arg(e.line()).arg(changedLine).arg(message)));
    }
}

QTEST_GUILESS_MAIN(TestModelParametersLoader)
#include "tst_model_parameters_loader.moc"
