// No NaN or infinity reaches the screen: every amount text shows a dash for them, extreme but
// finite amounts are written out in full, and an absurdly over-hedged leg keeps the hedge-ratio
// sweep (and its slider) within ±500%.
#include "widgets/amount_format.h"
#include "widgets/charts/hedge_leg.h"
#include "widgets/charts/usd_text.h"

#include <QRegularExpression>
#include <QtTest>

#include <cmath>
#include <functional>
#include <limits>

using namespace xm;

namespace {

using Format = std::function<QString(double)>;

const std::pair<const char*, Format> kFormats[] = {
    {"formatUsd", formatUsd},
    {"formatPercent", [](double fraction) { return formatPercent(fraction); }},
    {"formatQuantity", formatQuantity},
    {"usdCompact", usdCompact},
    {"usdSignedCompact", usdSignedCompact},
    {"usdExact", usdExact},
    {"usdInUnit", [](double usd) { return usdInUnit(usd, usdUnitFor(std::abs(usd)), 2); }},
};

bool readsLikeANumber(const QString& text)
{
    return !text.contains(QLatin1String("nan"), Qt::CaseInsensitive)
           && !text.contains(QLatin1String("inf"), Qt::CaseInsensitive) && !text.contains(QLatin1Char('e'))
           && text.contains(QRegularExpression(QStringLiteral("[0-9]")));
}

Position position(Venue venue, double quantity)
{
    Position p;
    p.venue = venue;
    p.type = venue == Venue::Ficc ? PositionType::Cash : PositionType::Future;
    p.quantity = quantity;
    return p;
}

PositionResult withDv01(double dv01)
{
    PositionResult r;
    r.dv01 = dv01;
    return r;
}

} // namespace

class TestNumericText final : public QObject {
    Q_OBJECT

private slots:
    void notFiniteShowsADash_data();
    void notFiniteShowsADash();
    void extremeAmountsAreWrittenOut_data();
    void extremeAmountsAreWrittenOut();
    void overHedgedLegKeepsTheSweepBounded_data();
    void overHedgedLegKeepsTheSweepBounded();
};

void TestNumericText::notFiniteShowsADash_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<double>("value");
    for (int i = 0; i < static_cast<int>(std::size(kFormats)); ++i) {
        QTest::addRow("%s NaN", kFormats[i].first) << i << std::numeric_limits<double>::quiet_NaN();
        QTest::addRow("%s +inf", kFormats[i].first) << i << std::numeric_limits<double>::infinity();
        QTest::addRow("%s -inf", kFormats[i].first) << i << -std::numeric_limits<double>::infinity();
    }
}

void TestNumericText::notFiniteShowsADash()
{
    QFETCH(int, format);
    QFETCH(double, value);
    QCOMPARE(kFormats[format].second(value), notFiniteText());
}

void TestNumericText::extremeAmountsAreWrittenOut_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<double>("value");
    for (int i = 0; i < static_cast<int>(std::size(kFormats)); ++i) {
        for (const double value : {2e17, -2e17, 1e13, 9.5e12, 1e-12, 1e300})
            QTest::addRow("%s %g", kFormats[i].first, value) << i << value;
    }
}

void TestNumericText::extremeAmountsAreWrittenOut()
{
    QFETCH(int, format);
    QFETCH(double, value);
    const QString text = kFormats[format].second(value);
    QVERIFY2(readsLikeANumber(text), qPrintable(QStringLiteral("%1 shows \"%2\"").arg(value).arg(text)));
}

void TestNumericText::overHedgedLegKeepsTheSweepBounded_data()
{
    QTest::addColumn<double>("bondFace");
    QTest::addColumn<double>("contracts");
    QTest::newRow("1e7 contracts against one dollar") << 1.0 << 1e7;
    QTest::newRow("-1e7 contracts against one dollar") << 1.0 << -1e7;
    QTest::newRow("1e7 contracts against 1mm") << 1e6 << 1e7;
    QTest::newRow("one contract against 1e13") << 1e13 << -1.0;
}

void TestNumericText::overHedgedLegKeepsTheSweepBounded()
{
    QFETCH(double, bondFace);
    QFETCH(double, contracts);
    const std::vector<Position> positions{position(Venue::Ficc, bondFace), position(Venue::Cme, contracts)};
    // DV01 per 100 face of a 10-year note and per ZN contract, near 2025-07-11.
    const std::vector<PositionResult> results{withDv01(0.078 / 100.0 * bondFace), withDv01(80.0 * contracts)};
    const std::optional<HedgeLeg> leg = hedgeLeg(positions, results, 1);
    QVERIFY(leg);
    QVERIFY2(leg->fromRatio >= -5.0 && leg->toRatio <= 5.0 && leg->fromRatio < leg->toRatio,
             qPrintable(QStringLiteral("sweep %1 to %2").arg(leg->fromRatio).arg(leg->toRatio)));
    QVERIFY2(leg->steps >= 2 && leg->steps <= 1001, qPrintable(QString::number(leg->steps)));
    QVERIFY(std::isfinite(leg->scaleAt(leg->fromRatio)) && std::isfinite(leg->scaleAt(leg->toRatio)));
}

QTEST_GUILESS_MAIN(TestNumericText)
#include "tst_widgets_numeric_text.moc"
