// xmargin-cli stress on the bundled demo: the standard set, one window against `history`,
// shocks and their P&L per leg, and bad input.
#include "cli_runner.h"

#include <QJsonArray>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

const QString kDemo = QStringLiteral(XMARGIN_SOURCE_DIR "/resources/portfolios/demo_basis_trade.xmargin");

QJsonArray scenariosOf(const CliRun& run)
{
    return jsonOf(run).value(u"scenarios"_s).toArray();
}

double number(const QJsonObject& object, const QString& path)
{
    QJsonValue v = object;
    for (const QString& key : path.split(u'.'))
        v = v.toObject().value(key);
    return v.toDouble(std::nan(""));
}

} // namespace

class TestCliStress final : public QObject {
    Q_OBJECT

private slots:
    void standardSet();
    void windowEqualsHistory();
    void twistAndVolatilityOptions();
    void badInput_data();
    void badInput();
};

void TestCliStress::standardSet()
{
    const CliRun run = runCli({u"stress"_s, kDemo});
    const QJsonArray scenarios = scenariosOf(run);
    QStringList ids;
    for (const QJsonValue& s : scenarios)
        ids << s.toObject().value(u"scenario"_s).toObject().value(u"id"_s).toString();
    QVERIFY2(ids == (QStringList{u"2008"_s, u"2020"_s, u"2022"_s, u"parallel+100"_s, u"parallel-100"_s, u"parallel+200"_s,
                                 u"twist-25+25"_s, u"twist+25-25"_s, u"volatility1.5"_s, u"volatility2"_s}),
             qPrintable(ids.join(u' ') + u'\n' + run.describe().left(2000)));
    for (const QJsonValue& value : scenarios) {
        const QJsonObject s = value.toObject();
        const QString id = s.value(u"scenario"_s).toObject().value(u"id"_s).toString();
        for (const QString& key : {u"before.duplicated"_s, u"before.crossMargined"_s, u"before.ficcStandalone"_s,
                                   u"before.cmeStandalone"_s, u"before.savings"_s, u"after.duplicated"_s,
                                   u"after.crossMargined"_s, u"after.ficcCrossMargined"_s, u"after.cmeCrossMargined"_s,
                                   u"change.crossMargined.usd"_s, u"change.duplicated.pct"_s, u"pnl.total"_s})
            QVERIFY2(std::isfinite(number(s, key)), qPrintable(id + u" lacks "_s + key));
        const QJsonArray legs = s.value(u"pnl"_s).toObject().value(u"legs"_s).toArray();
        QCOMPARE(legs.size(), 2);
        const double sum = legs[0].toObject().value(u"pnl"_s).toDouble() + legs[1].toObject().value(u"pnl"_s).toDouble();
        QVERIFY2(std::abs(sum - number(s, u"pnl.total"_s)) < 1e-6, qPrintable(id));
        QVERIFY2(number(s, u"after.crossMargined"_s) <= number(s, u"after.duplicated"_s), qPrintable(id));
        QVERIFY2(!s.value(u"notes"_s).toArray().isEmpty() && !s.value(u"scenario"_s).toObject().value(u"source"_s).toString().isEmpty(),
                 qPrintable(id));
        QCOMPARE(s.value(u"scenario"_s).toObject().value(u"provenance"_s).toString(), u"assumed"_s);
    }
    // The demo is DV01-neutral: +100bp moves both legs by about $7m in opposite directions.
    const QJsonObject up = scenarios[3].toObject();
    QVERIFY2(number(up, u"scenario.shiftBp.10Y"_s) == 100.0, qPrintable(run.describe().left(2000)));
    const QJsonArray legs = up.value(u"pnl"_s).toObject().value(u"legs"_s).toArray();
    QVERIFY2(legs[0].toObject().value(u"pnl"_s).toDouble() < -6.5e6 && legs[1].toObject().value(u"pnl"_s).toDouble() > 6.5e6,
             qPrintable(run.describe().left(3000)));
    QCOMPARE(legs[1].toObject().value(u"venue"_s).toString(), u"CME"_s);
}

void TestCliStress::windowEqualsHistory()
{
    const CliRun run = runCli({u"stress"_s, kDemo, u"--window"_s, u"2020"_s});
    const QJsonArray scenarios = scenariosOf(run);
    QVERIFY2(scenarios.size() == 1, qPrintable(run.describe()));
    const QJsonObject s = scenarios[0].toObject();
    QCOMPARE(s.value(u"before"_s).toObject().value(u"date"_s).toString(), u"2020-02-28"_s);
    QCOMPARE(s.value(u"windowEnd"_s).toObject().value(u"date"_s).toString(), u"2020-04-30"_s);
    QCOMPARE(s.value(u"scenario"_s).toObject().value(u"first"_s).toString(), u"2020-03-02"_s);
    const QString peak = s.value(u"after"_s).toObject().value(u"date"_s).toString();

    const CliRun history = runCli({u"history"_s, kDemo, u"--from"_s, u"2020-02-28"_s, u"--to"_s, u"2020-04-30"_s});
    double highest = 0.0;
    QString highestDate;
    for (const QJsonValue& p : jsonOf(history).value(u"points"_s).toArray()) {
        const QJsonObject point = p.toObject();
        const QString date = point.value(u"date"_s).toString();
        if (date == u"2020-02-28"_s)
            QCOMPARE(point.value(u"crossMargined"_s).toDouble(), number(s, u"before.crossMargined"_s));
        if (date >= u"2020-03-02"_s && point.value(u"crossMargined"_s).toDouble() > highest) {
            highest = point.value(u"crossMargined"_s).toDouble();
            highestDate = date;
        }
    }
    QCOMPARE(peak, highestDate);
    QCOMPARE(number(s, u"after.crossMargined"_s), highest);
}

void TestCliStress::twistAndVolatilityOptions()
{
    const CliRun twist = runCli({u"stress"_s, kDemo, u"--twist"_s, u"-25,25"_s});
    const QJsonObject t = scenariosOf(twist).at(0).toObject();
    QCOMPARE(number(t, u"scenario.shiftBp.2Y"_s), -25.0);
    QCOMPARE(number(t, u"scenario.shiftBp.10Y"_s), 25.0);
    QCOMPARE(number(t, u"scenario.shiftBp.5Y"_s), -6.25);
    QCOMPARE(t.value(u"scenario"_s).toObject().value(u"name"_s).toString(), u"Steepener: 2Y -25bp, 10Y +25bp"_s);

    const CliRun both = runCli({u"stress"_s, kDemo, u"--parallel"_s, u"100"_s, u"--vol"_s, u"2"_s});
    const QJsonObject b = scenariosOf(both).at(0).toObject();
    QCOMPARE(b.value(u"scenario"_s).toObject().value(u"id"_s).toString(), u"parallel+100-volatility2"_s);
    QCOMPARE(number(b, u"scenario.volatilityMultiplier"_s), 2.0);
    // Twice the scenario changes on the shifted curve: more than the shift alone.
    const QJsonObject shiftOnly = scenariosOf(runCli({u"stress"_s, kDemo, u"--parallel"_s, u"100"_s})).at(0).toObject();
    QVERIFY2(number(b, u"after.crossMargined"_s) > 1.9 * number(shiftOnly, u"after.crossMargined"_s), qPrintable(both.describe()));
    QCOMPARE(number(b, u"pnl.total"_s), number(shiftOnly, u"pnl.total"_s));
}

void TestCliStress::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown window") << QStringList{u"stress"_s, kDemo, u"--window"_s, u"1999"_s} << 1 << u"2008|2020|2022"_s;
    QTest::newRow("two shocks") << QStringList{u"stress"_s, kDemo, u"--parallel"_s, u"100"_s, u"--twist"_s, u"1,2"_s} << 2
                                << u"at most one"_s;
    QTest::newRow("window and vol") << QStringList{u"stress"_s, kDemo, u"--window"_s, u"2020"_s, u"--vol"_s, u"2"_s} << 2
                                    << u"--vol"_s;
    QTest::newRow("zero vol") << QStringList{u"stress"_s, kDemo, u"--vol"_s, u"0"_s} << 1 << u"--vol"_s;
    QTest::newRow("one twist number") << QStringList{u"stress"_s, kDemo, u"--twist"_s, u"25"_s} << 1 << u"SHORT,LONG"_s;
    QTest::newRow("huge shift") << QStringList{u"stress"_s, kDemo, u"--parallel"_s, u"5000"_s} << 1 << u"--parallel"_s;
    QTest::newRow("no file") << QStringList{u"stress"_s} << 2 << u"Usage"_s;
}

void TestCliStress::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const CliRun run = runCli(arguments);
    QVERIFY2(run.exitCode == exitCode && QString::fromUtf8(run.err).contains(message) && run.out.isEmpty(),
             qPrintable(run.describe()));
}

QTEST_GUILESS_MAIN(TestCliStress)
#include "tst_cli_stress.moc"
