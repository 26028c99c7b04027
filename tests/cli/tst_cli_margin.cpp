// xmargin-cli margin, sweep, history and risk on the bundled portfolios (FORMATS.md contract).
#include "cli_runner.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString portfolio(const char* name)
{
    return QStringLiteral(XMARGIN_SOURCE_DIR "/resources/portfolios/") + QString::fromLatin1(name);
}

const QString kDemo = portfolio("demo_basis_trade.xmargin");

// The keys FORMATS.md promises, as dotted paths into the margin JSON.
const QStringList kRequiredKeys{
    u"model"_s, u"asOf"_s, u"ficc.standalone"_s, u"ficc.var"_s, u"ficc.haircut"_s, u"ficc.floor"_s, u"ficc.addOns"_s,
    u"ficc.crossMargined"_s, u"cme.standalone"_s, u"cme.scan"_s, u"cme.intraSpread"_s, u"cme.interCredit"_s,
    u"cme.crossMargined"_s, u"duplicated"_s, u"crossMargined"_s, u"savings"_s, u"savingsPct"_s, u"reduction.ficc"_s,
    u"reduction.cme"_s, u"reduction.applied"_s, u"reduction.cap"_s, u"reduction.capBinding"_s, u"reduction.binding"_s,
    u"eligibility.eligible"_s, u"eligibility.reasons"_s, u"eligibility.positions"_s, u"positions"_s};

QJsonValue at(const QJsonObject& root, const QString& path)
{
    QJsonValue v = root;
    for (const QString& key : path.split(u'.'))
        v = v.toObject().value(key);
    return v;
}

} // namespace

class TestCliMargin final : public QObject {
    Q_OBJECT

private slots:
    void marginHasEveryRequiredKey();
    void marginPositionsCarryIncrementalAndKrd();
    void marginTotalsAddUp_data();
    void marginTotalsAddUp();
    void ineligibleCustomerSavesNothing();
    void readingsAndModelsSwitch();
    void csvAndTextFormats();
    void sweepPassesThroughTheCurrentPoint();
    void historyReplaysBusinessDays();
    void riskListsTenFactorsPerPosition();
    void badInput_data();
    void badInput();
};

void TestCliMargin::marginHasEveryRequiredKey()
{
    const CliRun run = runCli({u"margin"_s, kDemo});
    const QJsonObject report = jsonOf(run);
    QVERIFY2(!report.isEmpty(), qPrintable(run.describe()));
    for (const QString& key : kRequiredKeys)
        QVERIFY2(!at(report, key).isUndefined(), qPrintable(u"missing %1 in\n"_s.arg(key) + run.describe()));
    QCOMPARE(report.value(u"model"_s).toString(), u"xm-2026.1"_s);
    QCOMPARE(report.value(u"asOf"_s).toString(), u"2025-07-11"_s);
    QCOMPARE(at(report, u"reduction.cap"_s).toDouble(), 0.8);
}

void TestCliMargin::marginPositionsCarryIncrementalAndKrd()
{
    const CliRun run = runCli({u"margin"_s, kDemo});
    const QJsonArray positions = jsonOf(run).value(u"positions"_s).toArray();
    QCOMPARE(positions.size(), 2);
    for (const QJsonValue& p : positions) {
        const QJsonObject position = p.toObject();
        QVERIFY2(position.contains(u"incremental"_s), qPrintable(run.describe()));
        QCOMPARE(position.value(u"krd"_s).toObject().size(), 10);
        QVERIFY(position.value(u"krd"_s).toObject().contains(u"10Y"_s));
    }
    // DV01-neutral: the cash and the futures offset each other's DV01 within 1%.
    const double cash = positions[0].toObject().value(u"dv01"_s).toDouble();
    const double futures = positions[1].toObject().value(u"dv01"_s).toDouble();
    QVERIFY2(std::abs(cash + futures) < 0.01 * cash, qPrintable(u"cash %1 futures %2"_s.arg(cash).arg(futures)));
}

void TestCliMargin::marginTotalsAddUp_data()
{
    QTest::addColumn<QString>("file");
    for (const char* name : {"demo_basis_trade.xmargin", "curve_trade_2s10s.xmargin", "unhedged_cash_10y.xmargin",
                             "ineligible_customer.xmargin"})
        QTest::newRow(name) << portfolio(name);
}

void TestCliMargin::marginTotalsAddUp()
{
    QFETCH(QString, file);
    const CliRun run = runCli({u"margin"_s, file});
    const QJsonObject r = jsonOf(run);
    QVERIFY2(!r.isEmpty(), qPrintable(run.describe()));
    const double ficc = at(r, u"ficc.standalone"_s).toDouble();
    const double cme = at(r, u"cme.standalone"_s).toDouble();
    const double duplicated = r.value(u"duplicated"_s).toDouble();
    const double xm = r.value(u"crossMargined"_s).toDouble();
    const QString inputs = run.describe();
    QVERIFY2(std::abs(duplicated - (ficc + cme)) < 1e-6 * duplicated + 1e-6, qPrintable(inputs));
    QVERIFY2(std::abs(xm - (at(r, u"ficc.crossMargined"_s).toDouble() + at(r, u"cme.crossMargined"_s).toDouble()))
                 < 1e-6 * xm + 1e-6,
             qPrintable(inputs));
    QVERIFY2(std::abs(r.value(u"savings"_s).toDouble() - (duplicated - xm)) < 1e-6 * duplicated + 1e-6, qPrintable(inputs));
    QVERIFY2(xm <= duplicated * (1 + 1e-9), qPrintable(inputs));
    QVERIFY2(xm >= (1 - 0.8) * duplicated - 1e-6, qPrintable(inputs));
}

void TestCliMargin::ineligibleCustomerSavesNothing()
{
    const CliRun run = runCli({u"margin"_s, portfolio("ineligible_customer.xmargin")});
    const QJsonObject r = jsonOf(run);
    QVERIFY2(!r.isEmpty(), qPrintable(run.describe()));
    QCOMPARE(at(r, u"eligibility.eligible"_s).toBool(), false);
    QVERIFY2(!at(r, u"eligibility.reasons"_s).toArray().isEmpty(), qPrintable(run.describe()));
    QVERIFY2(std::abs(r.value(u"savings"_s).toDouble()) < 1e-6, qPrintable(run.describe()));
    for (const QJsonValue& p : at(r, u"eligibility.positions"_s).toArray())
        QCOMPARE(p.toObject().value(u"eligible"_s).toBool(), false);
}

void TestCliMargin::readingsAndModelsSwitch()
{
    const double min = jsonOf(runCli({u"margin"_s, kDemo})).value(u"crossMargined"_s).toDouble();
    const CliRun legacy = runCli({u"margin"_s, kDemo, u"--xm-rule"_s, u"legacy"_s});
    QCOMPARE(jsonOf(legacy).value(u"xmRule"_s).toString(), u"legacy"_s);
    QVERIFY2(jsonOf(legacy).value(u"crossMargined"_s).toDouble() != min, qPrintable(legacy.describe()));
    const CliRun hvar = runCli({u"margin"_s, kDemo, u"--cme-model"_s, u"hvar"_s});
    QCOMPARE(jsonOf(hvar).value(u"cmeModel"_s).toString(), u"hvar"_s);
    QVERIFY2(at(jsonOf(hvar), u"cme.scan"_s).toDouble() == 0.0, qPrintable(hvar.describe()));
    const CliRun early = runCli({u"margin"_s, kDemo, u"--as-of"_s, u"2020-03-20"_s});
    QCOMPARE(jsonOf(early).value(u"asOf"_s).toString(), u"2020-03-20"_s);
}

void TestCliMargin::csvAndTextFormats()
{
    const CliRun csv = runCli({u"margin"_s, kDemo, u"--format"_s, u"csv"_s});
    QVERIFY2(csv.exitCode == 0 && csv.out.startsWith("key,value\n"), qPrintable(csv.describe()));
    QVERIFY2(csv.out.contains("\nduplicated,") && csv.out.contains("\npositions.0.krd.10Y,"), qPrintable(csv.describe()));
    const CliRun text = runCli({u"margin"_s, kDemo, u"--format"_s, u"text"_s});
    QVERIFY2(text.exitCode == 0 && text.out.contains("Cross-margined") && text.out.contains("not a CCP statement"),
             qPrintable(text.describe()));
}

void TestCliMargin::sweepPassesThroughTheCurrentPoint()
{
    const double xm = jsonOf(runCli({u"margin"_s, kDemo})).value(u"crossMargined"_s).toDouble();
    const CliRun run = runCli({u"sweep"_s, kDemo, u"--leg"_s, u"p2"_s, u"--from"_s, u"0"_s, u"--to"_s, u"2"_s,
                               u"--steps"_s, u"201"_s});
    const QJsonArray points = jsonOf(run).value(u"points"_s).toArray();
    QVERIFY2(points.size() == 201, qPrintable(run.describe()));
    const QJsonObject current = points[100].toObject();
    QCOMPARE(current.value(u"scale"_s).toDouble(), 1.0);
    QVERIFY2(std::abs(current.value(u"crossMargined"_s).toDouble() - xm) < 1e-6 * xm, qPrintable(run.describe()));
    // Without the hedge nothing offsets: cross-margined equals duplicated (FICC alone).
    const QJsonObject unhedged = points[0].toObject();
    QVERIFY(std::abs(unhedged.value(u"crossMargined"_s).toDouble() - unhedged.value(u"duplicated"_s).toDouble()) < 1e-6);
    QCOMPARE(current.value(u"quantity"_s).toDouble(), -1073.0);
}

void TestCliMargin::historyReplaysBusinessDays()
{
    const CliRun run = runCli({u"history"_s, kDemo, u"--from"_s, u"2020-03-02"_s, u"--to"_s, u"2020-04-30"_s});
    const QJsonArray points = jsonOf(run).value(u"points"_s).toArray();
    QVERIFY2(points.size() == 43, qPrintable(run.describe().left(2000)));  // business days in the window
    QCOMPARE(points.first().toObject().value(u"date"_s).toString(), u"2020-03-02"_s);
    for (const QJsonValue& p : points) {
        QVERIFY(p.toObject().value(u"stressWindow"_s).toBool());
        QVERIFY(p.toObject().value(u"crossMargined"_s).toDouble() <= p.toObject().value(u"duplicated"_s).toDouble());
    }
    // The replay on the as-of date reproduces `margin`.
    const CliRun last = runCli({u"history"_s, kDemo, u"--from"_s, u"2025-07-11"_s});
    const double replayed = jsonOf(last).value(u"points"_s).toArray().first().toObject().value(u"crossMargined"_s).toDouble();
    const double direct = jsonOf(runCli({u"margin"_s, kDemo})).value(u"crossMargined"_s).toDouble();
    QVERIFY2(std::abs(replayed - direct) < 1e-6 * direct, qPrintable(u"replayed %1 direct %2"_s.arg(replayed).arg(direct)));
}

void TestCliMargin::riskListsTenFactorsPerPosition()
{
    const CliRun run = runCli({u"risk"_s, kDemo});
    const QJsonObject risk = jsonOf(run);
    QCOMPARE(risk.value(u"factors"_s).toArray().size(), 10);
    QCOMPARE(risk.value(u"factors"_s).toArray().first().toString(), u"3M"_s);
    const QJsonArray positions = risk.value(u"positions"_s).toArray();
    QCOMPARE(positions.size(), 2);
    double sum = 0.0;
    for (const QJsonValue& k : positions[0].toObject().value(u"krd"_s).toArray())
        sum += k.toDouble();
    // P&L sign: a long bond loses when yields rise.
    QVERIFY2(sum < -50000 && sum > -100000, qPrintable(run.describe()));
}

void TestCliMargin::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing file") << QStringList{u"margin"_s, u"/nonexistent/p.xmargin"_s} << 1 << u"p.xmargin"_s;
    QTest::newRow("no file") << QStringList{u"margin"_s} << 2 << u"Usage"_s;
    QTest::newRow("bad rule") << QStringList{u"margin"_s, kDemo, u"--xm-rule"_s, u"max"_s} << 1 << u"--xm-rule"_s;
    QTest::newRow("bad format") << QStringList{u"margin"_s, kDemo, u"--format"_s, u"xml"_s} << 1 << u"--format"_s;
    QTest::newRow("as-of before data") << QStringList{u"margin"_s, kDemo, u"--as-of"_s, u"1989-01-03"_s} << 1 << u"--as-of"_s;
    QTest::newRow("unknown leg") << QStringList{u"sweep"_s, kDemo, u"--leg"_s, u"p7"_s} << 1 << u"--leg"_s;
    QTest::newRow("steps") << QStringList{u"sweep"_s, kDemo, u"--leg"_s, u"p2"_s, u"--steps"_s, u"1"_s} << 1 << u"--steps"_s;
    QTest::newRow("history order") << QStringList{u"history"_s, kDemo, u"--from"_s, u"2021-01-05"_s, u"--to"_s, u"2020-01-05"_s}
                                   << 1 << u"--to"_s;
    QTest::newRow("unknown option") << QStringList{u"risk"_s, kDemo, u"--xm-rule"_s, u"min"_s} << 2 << u"--xm-rule"_s;
    QTest::newRow("bad params file") << QStringList{u"margin"_s, kDemo, u"--params"_s, kDemo} << 1 << u"format"_s;
}

void TestCliMargin::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const CliRun run = runCli(arguments);
    QVERIFY2(run.exitCode == exitCode && QString::fromUtf8(run.err).contains(message) && run.out.isEmpty(),
             qPrintable(run.describe()));
}

QTEST_GUILESS_MAIN(TestCliMargin)
#include "tst_cli_margin.moc"
