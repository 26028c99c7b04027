#include "core/instruments/conversion_factor.h"

#include <QTest>

#include <cmath>
#include <fstream>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

using xm::CfTermRounding;
using xm::ContractMonth;
using xm::Date;

// tests/data/conversion_factors.csv: one case per row with the arithmetic of the CME formula
// (domain-research.md §5.1) spelled out, computed independently of this code:
//   v = z if z < 7, else 3 (quarter) or z - 6 (month);  a = 1.03^(-v/6);  b = coupon/2 * (6 - v)/6
//   c = 1.03^(-2n) if z < 7, else 1.03^(-(2n + 1));     d = coupon/0.06 * (1 - c)
//   factor = a * (coupon/2 + c + d) - b, rounded to 4 decimals.
// Rows with a maturity and delivery month also fix n and z (z before and after rounding).

namespace {

constexpr double kFactorTolerance = 1e-12;
// The CSV prints a, b, c, d and the unrounded factor with 12 decimals.
constexpr double kPrintedTolerance = 1e-11;

using Row = std::map<std::string, std::string>;

std::vector<Row> readTable()
{
    std::ifstream in(XMARGIN_TEST_DATA_DIR "/conversion_factors.csv");
    std::vector<std::string> header;
    std::vector<Row> rows;
    std::string line;
    while (std::getline(in, line)) {
        std::vector<std::string> cells;
        std::size_t start = 0;
        for (std::size_t comma; (comma = line.find(',', start)) != std::string::npos; start = comma + 1)
            cells.push_back(line.substr(start, comma - start));
        cells.push_back(line.substr(start));
        if (header.empty()) {
            header = cells;
            continue;
        }
        if (cells.size() != header.size())
            throw std::runtime_error("conversion_factors.csv: wrong cell count in: " + line);
        Row row;
        for (std::size_t i = 0; i < header.size(); ++i)
            row[header[i]] = cells[i];
        rows.push_back(row);
    }
    return rows;
}

double num(const Row& row, const char* column)
{
    return std::stod(row.at(column));
}

CfTermRounding toRounding(const QString& text)
{
    return text == QLatin1String("quarter") ? CfTermRounding::Quarter : CfTermRounding::Month;
}

} // namespace

class TestConversionFactor : public QObject {
    Q_OBJECT

private slots:
    void tableCoverage();
    void factor_data();
    void factor();
};

void TestConversionFactor::tableCoverage()
{
    const std::vector<Row> rows = readTable();
    int published = 0, realCusips = 0, month = 0, quarter = 0, zBelow7 = 0, z7OrMore = 0, zZero = 0;
    int below6 = 0, at6 = 0, above6 = 0, longBonds = 0;
    for (const Row& row : rows) {
        published += row.at("source").rfind("published", 0) == 0;
        realCusips += !row.at("cusip").empty();
        (row.at("rounding") == "quarter" ? quarter : month) += 1;
        const int z = std::stoi(row.at("z"));
        (z < 7 ? zBelow7 : z7OrMore) += 1;
        zZero += z == 0;
        const double coupon = num(row, "coupon_pct");
        (coupon < 6.0 ? below6 : coupon > 6.0 ? above6 : at6) += 1;
        longBonds += std::stoi(row.at("n")) >= 20;
    }
    const QString summary = QStringLiteral("rows %1, published %2, real CUSIPs %3, month %4, quarter %5, z<7 %6, z>=7 %7, "
                                           "z=0 %8, coupon <6 %9, =6 %10, >6 %11, n>=20 %12")
                                .arg(rows.size()).arg(published).arg(realCusips).arg(month).arg(quarter).arg(zBelow7)
                                .arg(z7OrMore).arg(zZero).arg(below6).arg(at6).arg(above6).arg(longBonds);
    QVERIFY2(rows.size() >= 25 && published >= 2 && realCusips >= 8 && month >= 3 && quarter >= 3 && zBelow7 >= 3
                 && z7OrMore >= 3 && zZero >= 2 && below6 >= 3 && at6 >= 2 && above6 >= 3 && longBonds >= 3,
             qPrintable(summary));
}

void TestConversionFactor::factor_data()
{
    QTest::addColumn<double>("coupon");
    QTest::addColumn<QString>("maturity");
    QTest::addColumn<QString>("deliveryMonth");
    QTest::addColumn<QString>("rounding");
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("z");
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("b");
    QTest::addColumn<double>("c");
    QTest::addColumn<double>("d");
    QTest::addColumn<double>("unrounded");
    QTest::addColumn<double>("expected");

    for (const Row& row : readTable()) {
        QTest::newRow(row.at("id").c_str())
            << num(row, "coupon_pct") << QString::fromStdString(row.at("maturity"))
            << QString::fromStdString(row.at("delivery_month")) << QString::fromStdString(row.at("rounding"))
            << std::stoi(row.at("n")) << std::stoi(row.at("z")) << num(row, "a") << num(row, "b") << num(row, "c")
            << num(row, "d") << num(row, "factor_unrounded") << num(row, "expected_factor");
    }
}

void TestConversionFactor::factor()
{
    QFETCH(double, coupon);
    QFETCH(QString, maturity);
    QFETCH(QString, deliveryMonth);
    QFETCH(QString, rounding);
    QFETCH(int, n);
    QFETCH(int, z);
    QFETCH(double, a);
    QFETCH(double, b);
    QFETCH(double, c);
    QFETCH(double, d);
    QFETCH(double, unrounded);
    QFETCH(double, expected);

    const QString inputs = QStringLiteral("coupon %1%, n %2, z %3, %4 rounding").arg(coupon).arg(n).arg(z).arg(rounding);

    // The table's own arithmetic must hold, so that a reader can trust each printed step.
    const double recomputed = a * (coupon / 200.0 + c + d) - b;
    QVERIFY2(std::abs(recomputed - unrounded) < kPrintedTolerance,
             qPrintable(QStringLiteral("table row inconsistent (%1): a(coupon/2 + c + d) - b = %2, factor_unrounded = %3")
                            .arg(inputs).arg(recomputed, 0, 'f', 12).arg(unrounded, 0, 'f', 12)));
    QVERIFY2(std::abs(std::round(unrounded * 1e4) / 1e4 - expected) < kFactorTolerance,
             qPrintable(QStringLiteral("table row inconsistent (%1): %2 does not round to %3")
                            .arg(inputs).arg(unrounded, 0, 'f', 12).arg(expected, 0, 'f', 4)));

    const double fromTerm = xm::conversionFactor(coupon, xm::CfTerm{n, z}, toRounding(rounding));
    QVERIFY2(std::abs(fromTerm - expected) < kFactorTolerance,
             qPrintable(QStringLiteral("conversionFactor(%1) = %2, expected %3 (unrounded %4)")
                            .arg(inputs).arg(fromTerm, 0, 'f', 12).arg(expected, 0, 'f', 4).arg(unrounded, 0, 'f', 12)));

    if (maturity.isEmpty())
        return;  // published examples give only n and z
    const Date maturityDate = Date::parseIso(maturity.toStdString()).value();
    const ContractMonth month = ContractMonth::parseIso(deliveryMonth.toStdString()).value();
    const xm::CfTerm term = xm::conversionFactorTerm(maturityDate, month, toRounding(rounding));
    QVERIFY2(term.years == n && term.months == z,
             qPrintable(QStringLiteral("conversionFactorTerm(%1, %2, %3) = n %4, z %5; expected n %6, z %7")
                            .arg(maturity, deliveryMonth, rounding).arg(term.years).arg(term.months).arg(n).arg(z)));
    const double fromDates = xm::conversionFactor(coupon, maturityDate, month, toRounding(rounding));
    QVERIFY2(std::abs(fromDates - expected) < kFactorTolerance,
             qPrintable(QStringLiteral("conversionFactor(%1%, %2 into %3, %4) = %5, expected %6")
                            .arg(coupon).arg(maturity, deliveryMonth, rounding).arg(fromDates, 0, 'f', 12)
                            .arg(expected, 0, 'f', 4)));
}

QTEST_APPLESS_MAIN(TestConversionFactor)
#include "tst_conversion_factor.moc"
