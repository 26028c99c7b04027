// SOFR and Fed funds futures: bp value per contract and its placement on the factors.
#include "core/instruments/short_rate_future.h"

#include <QtTest>

#include <cmath>

using xm::ContractMonth;
using xm::ShortRateFutureKind;

class TestShortRateFuture final : public QObject {
    Q_OBJECT

private slots:
    void symbols();
    void krd_data();
    void krd();
};

void TestShortRateFuture::symbols()
{
    QCOMPARE(xm::shortRateFutureKind("SR3"), ShortRateFutureKind::Sofr3M);
    QCOMPARE(xm::shortRateFutureKind("SR1"), ShortRateFutureKind::Sofr1M);
    QCOMPARE(xm::shortRateFutureKind("ZQ"), ShortRateFutureKind::FedFunds30D);
    QVERIFY(!xm::shortRateFutureKind("ZN"));
    QCOMPARE(xm::shortRateFutureBpValue(ShortRateFutureKind::Sofr3M), 25.0);
    QCOMPARE(xm::shortRateFutureBpValue(ShortRateFutureKind::FedFunds30D), 41.67);
}

void TestShortRateFuture::krd_data()
{
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("factor");        // the lower factor of the interpolation
    QTest::addColumn<double>("lowerShare");  // hand-worked share on that factor
    // Spot 2025-07-14. SR3 Dec-25: reference 2025-12-01..2026-03-01 (90 days), middle
    // 2026-01-15, 185 days = 0.50685y -> between 6M (index 1) and 1Y: 1 - (0.50685-0.5)/0.5.
    QTest::newRow("SR3-Z5") << "SR3" << 2025 << 12 << 1 << 1.0 - (185.0 / 365.0 - 0.5) / 0.5;
    // ZQ Aug-25: middle 2025-08-16, 33 days -> before 3M: all on 3M.
    QTest::newRow("ZQ-Q5") << "ZQ" << 2025 << 8 << 0 << 1.0;
    // SR1 Oct-26: middle 2026-10-16, 459 days = 1.2575y -> between 1Y (2) and 2Y.
    QTest::newRow("SR1-V6") << "SR1" << 2026 << 10 << 2 << 1.0 - (459.0 / 365.0 - 1.0);
}

void TestShortRateFuture::krd()
{
    QFETCH(QString, symbol);
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, factor);
    QFETCH(double, lowerShare);
    const auto kind = *xm::shortRateFutureKind(symbol.toStdString());
    const auto krd = xm::shortRateFutureKrd(kind, ContractMonth{year, month}, *xm::Date::parseIso("2025-07-14"));
    const double bp = xm::shortRateFutureBpValue(kind);
    double sum = 0.0;
    for (double k : krd)
        sum += k;
    const auto f = static_cast<std::size_t>(factor);
    const QString inputs = QStringLiteral("%1 %2-%3").arg(symbol).arg(year).arg(month);
    QVERIFY2(std::abs(sum + bp) < 1e-12, qPrintable(inputs + QStringLiteral(": sum %1").arg(sum)));
    QVERIFY2(std::abs(krd[f] + bp * lowerShare) < 1e-9,
             qPrintable(inputs + QStringLiteral(": factor %1 has %2, expected %3").arg(factor).arg(krd[f]).arg(-bp * lowerShare)));
}

QTEST_APPLESS_MAIN(TestShortRateFuture)
#include "tst_short_rate_future.moc"
