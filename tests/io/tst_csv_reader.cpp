#include "core/io/csv_reader.h"
#include "core/io/csv_record.h"
#include "core/io/input_error.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;

using xm::io::CsvOptions;
using xm::io::CsvTable;
using xm::io::InputError;

namespace {

CsvTable readText(const QByteArray& text, CsvOptions options = {})
{
    QByteArray bytes = text;
    QBuffer buffer(&bytes);
    return CsvTable::read(buffer, u"t.csv"_s, options);
}

QString describe(const CsvTable& table)
{
    QStringList lines{u"header@%1: %2"_s.arg(table.headerLine()).arg(table.header().join(u'|'))};
    for (const xm::io::CsvRow& row : table.rows())
        lines << u"row@%1: %2"_s.arg(row.line).arg(row.fields.join(u'|'));
    return lines.join(u'\n');
}

} // namespace

class TestCsvReader final : public QObject {
    Q_OBJECT

private slots:
    // Each input is parsed and rendered as "header@line: a|b" / "row@line: x|y" lines.
    void parses_data();
    void parses();
    // Reading the table and making a record of every row must throw exactly `expected`.
    void rejects_data();
    void rejects();
    void looksUpColumnsByName();
};

void TestCsvReader::parses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("comments");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << QByteArray("a,b\n1,2\n3,4\n") << false
                           << u"header@1: a|b\nrow@2: 1|2\nrow@3: 3|4"_s;
    QTest::newRow("no-final-newline") << QByteArray("a,b\n1,2") << false << u"header@1: a|b\nrow@2: 1|2"_s;
    QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n") << false << u"header@1: a|b\nrow@2: 1|2"_s;
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF" "a,b\n1,2\n") << false
                         << u"header@1: a|b\nrow@2: 1|2"_s;
    QTest::newRow("quoted-comma-and-quote") << QByteArray("a,b\n\"x,y\",\"say \"\"hi\"\"\"\n") << false
                                            << u"header@1: a|b\nrow@2: x,y|say \"hi\""_s;
    QTest::newRow("quoted-newline-keeps-line-numbers")
        << QByteArray("a,b\n\"two\nlines\",1\nz,2\n") << false
        << u"header@1: a|b\nrow@2: two\nlines|1\nrow@4: z|2"_s;
    QTest::newRow("blank-lines-skipped") << QByteArray("\na,b\n\n1,2\n   \n3,4\n\n") << false
                                         << u"header@2: a|b\nrow@4: 1|2\nrow@6: 3|4"_s;
    QTest::newRow("empty-trailing-field") << QByteArray("a,b\n1,\n") << false
                                          << u"header@1: a|b\nrow@2: 1|"_s;
    QTest::newRow("comments-when-enabled") << QByteArray("# note\na,b\n#skip,me\n1,2\n") << true
                                           << u"header@2: a|b\nrow@4: 1|2"_s;
    QTest::newRow("hash-is-data-when-disabled") << QByteArray("a,b\n#1,2\n") << false
                                                << u"header@1: a|b\nrow@2: #1|2"_s;
    QTest::newRow("header-names-trimmed") << QByteArray(" a ,\"b\"\n1,2\n") << false
                                          << u"header@1: a|b\nrow@2: 1|2"_s;
}

void TestCsvReader::parses()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, comments);
    QFETCH(QString, expected);
    try {
        const QString actual = describe(readText(input, CsvOptions{comments}));
        QVERIFY2(actual == expected, qPrintable(u"input:\n%1\nexpected:\n%2\nactual:\n%3"_s
                                                    .arg(QString::fromUtf8(input), expected, actual)));
    } catch (const InputError& error) {
        QFAIL(qPrintable(u"input:\n%1\nthrew: %2"_s.arg(QString::fromUtf8(input), QString::fromUtf8(error.what()))));
    }
}

void TestCsvReader::rejects_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty-file") << QByteArray("") << u"t.csv: expected a header row, the file is empty"_s;
    QTest::newRow("only-blank-lines") << QByteArray("\n\r\n") << u"t.csv: expected a header row, the file is empty"_s;
    QTest::newRow("unterminated-quote") << QByteArray("a,b\n1,\"open\n2,3\n")
                                        << u"t.csv:2: b: expected a closing quote before the end of the file"_s;
    QTest::newRow("text-after-closing-quote")
        << QByteArray("a,b\n\"x\"y,2\n")
        << u"t.csv:2: a: expected a comma or the end of the line after a closing quote"_s;
    QTest::newRow("short-row") << QByteArray("a,b,c\n1,2\n")
                               << u"t.csv:2: c: expected a value, the row ends after 2 of 3 fields"_s;
    QTest::newRow("long-row") << QByteArray("a,b\n1,2,3\n")
                              << u"t.csv:2: column 3: expected 2 fields as in the header, got 3"_s;
    QTest::newRow("duplicate-column") << QByteArray("a,b,a\n1,2,3\n")
                                      << u"t.csv:1: header: expected unique column names, got \"a\" twice"_s;
    QTest::newRow("invalid-utf8") << QByteArray("a,b\n\xFF,2\n") << u"t.csv:2: expected UTF-8 text, got bytes that are not UTF-8"_s;
}

void TestCsvReader::rejects()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    try {
        const CsvTable table = readText(input);
        for (const xm::io::CsvRow& row : table.rows())
            xm::io::CsvRecord(table, row);
        QFAIL(qPrintable(u"input:\n%1\nparsed without error as:\n%2\nexpected: %3"_s
                             .arg(QString::fromUtf8(input), describe(table), expected)));
    } catch (const InputError& error) {
        const QString actual = QString::fromUtf8(error.what());
        QVERIFY2(actual == expected, qPrintable(u"input:\n%1\nexpected: %2\nactual:   %3"_s
                                                    .arg(QString::fromUtf8(input), expected, actual)));
    }
}

void TestCsvReader::looksUpColumnsByName()
{
    const CsvTable table = readText("x,y,z\n1,2,3\n");
    QCOMPARE(table.columnIndex(u"z"), std::optional<int>(2));
    QCOMPARE(table.columnIndex(u"w"), std::optional<int>());
    table.expectHeader({u"x"_s, u"y"_s, u"z"_s});
    table.expectColumns({u"z"_s, u"x"_s}, u"test layout"_s);
    QVERIFY_THROWS_EXCEPTION(InputError, table.expectHeader({u"x"_s, u"z"_s}));
    QVERIFY_THROWS_EXCEPTION(InputError, table.expectColumns({u"w"_s}, u"test layout"_s));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csv_reader.moc"
