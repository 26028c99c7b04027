// The cross-margin reduction (MARGIN_MODEL.md §4, domain-research §1.2) on hand-worked inputs:
// r_F, r_C, the four readings, the 80% cap and the legacy offset classes.
#include "core/margin/cross_margin.h"

#include <QtTest>

#include <cmath>

using namespace xm;

namespace {

CrossMarginParameters parameters()
{
    CrossMarginParameters p;
    p.cap = 0.80;
    p.legacyClassMaxYears = {2.5, 4, 6.5, 10.5, 17, 25, 100};
    p.legacyCreditByDistance = {0.8, 0.6, 0.4};
    return p;
}

ReductionInputs inputs(double sF, double sFPrime, double xF, double sC, double sCPrime, double xC)
{
    ReductionInputs in;
    in.sF = sF;
    in.sFPrime = sFPrime;
    in.xF = xF;
    in.sC = sC;
    in.sCPrime = sCPrime;
    in.xC = xC;
    return in;
}

// Modelled on the public sample (343.24m -> 68.65m): S_F 200m, S_F' 150m, X_F 50m give
// r_F = 1 - 50/350 = 6/7 = 0.857; S_C 143.24m, S_C' 160m, X_C 30.324m give r_C = 1 - 30.324/303.24 = 0.9.
ReductionInputs publicSample()
{
    return inputs(200e6, 150e6, 50e6, 143.24e6, 160e6, 30.324e6);
}

// r_F = 1 - 6/(10 + 10) = 0.7; r_C = 1 - 6/(6 + 4) = 0.4 (USD millions).
ReductionInputs cmeBinds()
{
    return inputs(10e6, 10e6, 6e6, 6e6, 4e6, 6e6);
}

// X_F above S_F + S_F' (a floor on the combined book): r_F = 1 - 12/10 = -0.2; r_C = 1 - 3/6 = 0.5.
ReductionInputs negativeFicc()
{
    return inputs(5e6, 5e6, 12e6, 4e6, 2e6, 3e6);
}

} // namespace

Q_DECLARE_METATYPE(XmRule)
Q_DECLARE_METATYPE(ReductionInputs)

class TestCrossMargin final : public QObject {
    Q_OBJECT

private slots:
    void reductionRatios();
    void readings_data();
    void readings();
    void legacyOffsetClassesByDistance();
    void legacyNeedsOppositeDv01WithinReach();
    void zeroDenominatorsMeanNoReduction_data();
    void zeroDenominatorsMeanNoReduction();
};

void TestCrossMargin::reductionRatios()
{
    QCOMPARE(reductionRatio(30, 40, 60), 0.7);
    QCOMPARE(reductionRatio(100, 40, 60), 0.0);
    QCOMPARE(reductionRatio(120, 40, 60), -0.2);  // clamped later, by the reading
    QCOMPARE(reductionRatio(5, 0, 0), 0.0);       // zero denominator: no reduction
    QCOMPARE(rF(publicSample()), 6.0 / 7.0);
    QVERIFY(std::abs(rC(publicSample()) - 0.9) < 1e-15);
    QCOMPARE(rF(cmeBinds()), 0.7);
    QCOMPARE(rC(cmeBinds()), 0.4);
}

void TestCrossMargin::readings_data()
{
    QTest::addColumn<XmRule>("rule");
    QTest::addColumn<ReductionInputs>("in");
    QTest::addColumn<double>("ficcReduction");
    QTest::addColumn<double>("cmeReduction");
    QTest::addColumn<double>("requirement");
    QTest::addColumn<bool>("capBinding");
    QTest::addColumn<QString>("binding");

    // min(6/7, 0.9) = 0.857 > 0.80: the cap binds; (1 - 0.8) x 343.24m = 68.648m, exactly 80% off.
    QTest::newRow("public sample, min: cap binds") << XmRule::Min << publicSample() << 0.8 << 0.8 << 68.648e6 << true
                                                   << "FICC";
    // Each CCP's own factor, both above the cap: 0.2 x 200m + 0.2 x 143.24m = 68.648m.
    QTest::newRow("public sample, each") << XmRule::Each << publicSample() << 0.8 << 0.8 << 68.648e6 << true << "each";
    // One pot: 1 - X_F / (S_F + S_C) = 1 - 50 / 343.24 = 0.854 -> cap: 68.648m.
    QTest::newRow("public sample, one pot") << XmRule::OnePot << publicSample() << 0.8 << 0.8 << 68.648e6 << true
                                            << "FICC";
    // min(0.7, 0.4) = 0.4, CME's factor binds: (1 - 0.4) x (10m + 6m) = 9.6m.
    QTest::newRow("CME binds, min") << XmRule::Min << cmeBinds() << 0.4 << 0.4 << 9.6e6 << false << "CME";
    // Each applies its own: 0.3 x 10m + 0.6 x 6m = 3m + 3.6m = 6.6m.
    QTest::newRow("CME binds, each") << XmRule::Each << cmeBinds() << 0.7 << 0.4 << 6.6e6 << false << "each";
    // One pot: 1 - 6 / (10 + 6) = 0.625; (1 - 0.625) x 16m = 6m = X_F.
    QTest::newRow("CME binds, one pot") << XmRule::OnePot << cmeBinds() << 0.625 << 0.625 << 6e6 << false << "FICC";
    // r_F = -0.2 < r_C: min clamps to 0, no reduction: 5m + 4m = 9m.
    QTest::newRow("negative r_F, min") << XmRule::Min << negativeFicc() << 0.0 << 0.0 << 9e6 << false << "FICC";
    // Each: FICC 0 (clamped), CME 0.5: 5m + 0.5 x 4m = 7m.
    QTest::newRow("negative r_F, each") << XmRule::Each << negativeFicc() << 0.0 << 0.5 << 7e6 << false << "each";
    // One pot: 1 - 12 / 9 < 0 -> 0: 9m.
    QTest::newRow("negative r_F, one pot") << XmRule::OnePot << negativeFicc() << 0.0 << 0.0 << 9e6 << false << "FICC";
}

void TestCrossMargin::readings()
{
    QFETCH(XmRule, rule);
    QFETCH(ReductionInputs, in);
    QFETCH(double, ficcReduction);
    QFETCH(double, cmeReduction);
    QFETCH(double, requirement);
    QFETCH(bool, capBinding);
    QFETCH(QString, binding);
    const XmReading r = applyXmRule(rule, in, parameters());
    QVERIFY(r.rule == rule);
    QVERIFY2(std::abs(r.ficcReduction - ficcReduction) < 1e-12, QByteArray::number(r.ficcReduction, 'g', 17).constData());
    QVERIFY2(std::abs(r.cmeReduction - cmeReduction) < 1e-12, QByteArray::number(r.cmeReduction, 'g', 17).constData());
    QVERIFY2(std::abs(r.requirement - requirement) < 1e-6, QByteArray::number(r.requirement, 'f', 6).constData());
    QCOMPARE(r.capBinding, capBinding);
    QCOMPARE(QString::fromStdString(r.binding), binding);
}

void TestCrossMargin::legacyOffsetClassesByDistance()
{
    // Net DV01 per offset class (USD/bp, P&L sign): FICC long in classes 0, 2, 4; CME short in 0, 3, 6.
    ReductionInputs in = inputs(360, 0, 0, 510, 0, 0);
    in.ficcClassDv01 = {-100, 0, -50, 0, -30, 0, 0, 0};
    in.cmeClassDv01 = {60, 0, 0, 70, 0, 0, 40, 0};
    // Margin per DV01: FICC 360 / 180 = 2, CME 510 / 170 = 3. A match of m DV01 at distance d
    // earns credit(d) x min(2m, 3m) = credit(d) x 2m.
    //   distance 0: class 0, min(100, 60) = 60 -> 0.8 x 120 = 96. FICC 0 left -40, CME 0 left 0.
    //   distance 1: FICC 2 vs CME 3, min(50, 70) = 50 -> 0.6 x 100 = 60 (CME 3 left 20);
    //               FICC 4 vs CME 3, min(30, 20) = 20 -> 0.6 x 40 = 24 (FICC 4 left -10).
    //   distance 2: FICC 4 vs CME 6, min(10, 40) = 10 -> 0.4 x 20 = 8 (CME 6 left 30).
    //   FICC 0's -40 has no CME within two classes: unmatched.
    // Reduction 96 + 60 + 24 + 8 = 188 of 870: raw 0.2161, requirement 870 - 188 = 682.
    QCOMPARE(legacyReduction(in, parameters().legacyCreditByDistance), 188.0);
    const XmReading r = applyXmRule(XmRule::Legacy, in, parameters());
    QCOMPARE(r.ficcReduction, 188.0 / 870.0);
    QCOMPARE(r.cmeReduction, 188.0 / 870.0);
    QCOMPARE(r.requirement, 682.0);
    QVERIFY(!r.capBinding);
    QCOMPARE(r.binding, std::string("both"));
}

void TestCrossMargin::legacyNeedsOppositeDv01WithinReach()
{
    ReductionInputs in = inputs(100, 0, 0, 100, 0, 0);
    // Three classes apart: beyond the credit table (distances 0, 1, 2).
    in.ficcClassDv01 = {-10, 0, 0, 0, 0, 0, 0, 0};
    in.cmeClassDv01 = {0, 0, 0, 10, 0, 0, 0, 0};
    QCOMPARE(legacyReduction(in, parameters().legacyCreditByDistance), 0.0);
    // Same direction in the same class: no offset.
    in.cmeClassDv01 = {-10, 0, 0, 0, 0, 0, 0, 0};
    QCOMPARE(legacyReduction(in, parameters().legacyCreditByDistance), 0.0);
    // Opposite in the same class, equal margins per DV01 (10 each): 0.8 x 10 x 10 = 80 of 200;
    // 0.4 < cap, requirement 120.
    in.cmeClassDv01 = {10, 0, 0, 0, 0, 0, 0, 0};
    QCOMPARE(legacyReduction(in, parameters().legacyCreditByDistance), 80.0);
    QCOMPARE(applyXmRule(XmRule::Legacy, in, parameters()).requirement, 120.0);
}

void TestCrossMargin::zeroDenominatorsMeanNoReduction_data()
{
    QTest::addColumn<XmRule>("rule");
    QTest::newRow("min") << XmRule::Min;
    QTest::newRow("each") << XmRule::Each;
    QTest::newRow("one pot") << XmRule::OnePot;
    QTest::newRow("legacy") << XmRule::Legacy;
}

void TestCrossMargin::zeroDenominatorsMeanNoReduction()
{
    QFETCH(XmRule, rule);
    // Nothing in the XM account.
    const XmReading none = applyXmRule(rule, ReductionInputs{}, parameters());
    QCOMPARE(none.ficcReduction, 0.0);
    QCOMPARE(none.cmeReduction, 0.0);
    QCOMPARE(none.requirement, 0.0);
    QVERIFY(!none.capBinding);
    QCOMPARE(none.binding, std::string("none"));

    // Only a FICC leg (X_F = S_F): CME's denominator S_C + S_C' is zero, so r_C = 0; r_F = 1 - X_F / S_F
    // = 0; one pot 1 - X_F / S_F = 0; legacy finds no CME DV01. No reading gives a reduction.
    ReductionInputs ficcOnly = inputs(7e6, 0, 7e6, 0, 0, 0);
    ficcOnly.ficcClassDv01 = {-5000, 0, 0, 0, 0, 0, 0, 0};
    QCOMPARE(rC(ficcOnly), 0.0);
    const XmReading r = applyXmRule(rule, ficcOnly, parameters());
    QCOMPARE(r.ficcReduction, 0.0);
    QCOMPARE(r.cmeReduction, 0.0);
    QCOMPARE(r.requirement, 7e6);
}

QTEST_GUILESS_MAIN(TestCrossMargin)
#include "tst_cross_margin.moc"
