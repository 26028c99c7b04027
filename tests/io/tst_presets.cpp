// The teaching presets (issue #5): every preset loads and values, and shows what its
// explanation says, with the numbers it quotes.
#include "core/io/input_error.h"
#include "core/io/model_parameters_loader.h"
#include "core/io/preset_catalog.h"
#include "core/portfolio/margin_engine.h"
#include "tests/support/bundled_market.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace xm;

namespace {

// What a preset is there to show.
enum class Headline {
    CappedSavings,       // the 80% cap binds: savings of 80% of duplicated
    NothingToNet,        // eligible, but the reduction is zero
    UnderTheCap,         // savings, but the reduction is below the cap
    AccountIneligible,   // no savings because the account is not eligible
    IneligibleOption,    // an option sits in CME's regular account
    IneligibleBillTips,  // a bill and a TIPS sit in FICC's regular account
    CostsMore,           // negative savings
    InStressWindow,      // as-of date inside a configured stress window
};

// The figures the explanation quotes are rounded to two decimals of a million: 0.5% keeps them true.
constexpr double kQuotedTolerance = 0.005;

struct HeadlineRow {
    const char* name;
    Headline headline;
    double duplicated;  // USD, as the explanation quotes them
    double crossMargined;
};

const HeadlineRow kHeadlines[] = {
    {"basis-10y", Headline::CappedSavings, 3.99e6, 0.80e6},
    {"basis-10y-repo", Headline::CappedSavings, 4.03e6, 0.806e6},
    {"curve-2s10s", Headline::UnderTheCap, 1.64e6, 0.776e6},
    {"unhedged-cash", Headline::NothingToNet, 1.97e6, 1.97e6},
    {"overhedged", Headline::UnderTheCap, 5.00e6, 1.21e6},
    {"bond-basis-not-bd-fcm", Headline::AccountIneligible, 3.39e6, 3.39e6},
    {"bond-basis-bd-fcm", Headline::CappedSavings, 3.39e6, 0.68e6},
    {"options-hedge", Headline::IneligibleOption, 4.04e6, 1.82e6},
    {"bills-tips", Headline::IneligibleBillTips, 5.43e6, 2.19e6},
    {"costs-more", Headline::CostsMore, 2.11e6, 2.68e6},
    {"stress-2020", Headline::InStressWindow, 3.99e6, 0.80e6},
};

struct Valued {
    Portfolio portfolio;
    MarginResult result;
    std::vector<PositionResult> positions;
    std::vector<DateWindow> stressWindows;
};

Valued value(const QString& name)
{
    Valued v;
    v.portfolio = io::loadPreset(name).portfolio;
    const ModelParameters parameters = io::loadBundledModelParameters();
    v.stressWindows = parameters.ficc.stressWindows;
    MarginEngine engine(test::bundledMarket(), parameters, v.portfolio.asOf);
    engine.setPortfolio(v.portfolio);
    v.result = engine.result();
    v.positions = engine.positionResults(v.result);
    return v;
}

bool hasPosition(const Valued& v, PositionType type, Book book)
{
    for (std::size_t i = 0; i < v.positions.size(); ++i) {
        if (v.portfolio.positions[i].type == type && v.positions[i].book == book && !v.positions[i].eligibility.eligible)
            return true;
    }
    return false;
}

QString describe(const QString& name, const MarginResult& r)
{
    return u"%1: duplicated %2, cross-margined %3, savings %4 (%5%), r %6, cap binds %7, account eligible %8"_s.arg(name)
        .arg(r.duplicated, 0, 'f', 0)
        .arg(r.crossMargined, 0, 'f', 0)
        .arg(r.savings, 0, 'f', 0)
        .arg(r.savingsPct * 100.0, 0, 'f', 1)
        .arg(r.applied.ficcReduction, 0, 'f', 3)
        .arg(r.applied.capBinding)
        .arg(r.account.eligible);
}

} // namespace

Q_DECLARE_METATYPE(Headline)

class TestPresets final : public QObject {
    Q_OBJECT

private slots:
    void catalogHasUniqueNamesAndReadableTexts();
    void everyPresetIsCoveredByTheHeadlineTable();
    void presetShowsItsHeadline_data();
    void presetShowsItsHeadline();
    void unknownPresetNamesTheValidOnes();
};

void TestPresets::catalogHasUniqueNamesAndReadableTexts()
{
    QSet<QString> names;
    static const QRegularExpression stableName(u"^[a-z0-9]+(-[a-z0-9]+)*$"_s);
    static const QRegularExpression sentenceEnd(u"[.!?](\\s|$)"_s);
    for (const io::Preset& preset : io::presets()) {
        QVERIFY2(stableName.match(preset.name).hasMatch(), qPrintable(preset.name));
        QVERIFY2(!names.contains(preset.name), qPrintable(u"duplicate preset name "_s + preset.name));
        names.insert(preset.name);
        QVERIFY2(QFile::exists(preset.fileName), qPrintable(preset.name + u": no resource "_s + preset.fileName));
        QVERIFY2(qstrlen(preset.title) > 0, qPrintable(preset.name));
        const auto sentences = QString::fromUtf8(preset.explanation).count(sentenceEnd);
        QVERIFY2(sentences >= 2 && sentences <= 4,
                 qPrintable(u"%1: %2 sentences in \"%3\""_s.arg(preset.name).arg(sentences).arg(preset.explanation)));
        QCOMPARE(io::findPreset(preset.name), &preset);
    }
    QVERIFY(io::presets().size() >= 10);
}

void TestPresets::everyPresetIsCoveredByTheHeadlineTable()
{
    QSet<QString> rows;
    for (const HeadlineRow& row : kHeadlines) {
        QVERIFY2(io::findPreset(QString::fromLatin1(row.name)), row.name);
        rows.insert(QString::fromLatin1(row.name));
    }
    for (const io::Preset& preset : io::presets())
        QVERIFY2(rows.contains(preset.name), qPrintable(preset.name + u" has no headline to test"_s));
}

void TestPresets::presetShowsItsHeadline_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Headline>("headline");
    QTest::addColumn<double>("duplicated");
    QTest::addColumn<double>("crossMargined");
    for (const HeadlineRow& row : kHeadlines)
        QTest::newRow(row.name) << QString::fromLatin1(row.name) << row.headline << row.duplicated << row.crossMargined;
}

void TestPresets::presetShowsItsHeadline()
{
    QFETCH(QString, name);
    QFETCH(Headline, headline);
    QFETCH(double, duplicated);
    QFETCH(double, crossMargined);

    const Valued v = value(name);
    const MarginResult& r = v.result;
    const QByteArray what = describe(name, r).toUtf8();
    for (const PositionResult& p : v.positions)
        QVERIFY2(p.error.empty(), qPrintable(u"%1: %2 cannot be valued: %3"_s.arg(name, QString::fromStdString(p.id),
                                                                                  QString::fromStdString(p.error))));
    QVERIFY2(std::abs(r.duplicated / duplicated - 1.0) < kQuotedTolerance, what.constData());
    QVERIFY2(std::abs(r.crossMargined / crossMargined - 1.0) < kQuotedTolerance, what.constData());

    switch (headline) {
    case Headline::CappedSavings:
        QVERIFY2(r.account.eligible && r.applied.capBinding && r.savingsPct > 0.70, what.constData());
        break;
    case Headline::NothingToNet:
        QVERIFY2(r.account.eligible && r.savings == 0.0 && r.applied.ficcReduction == 0.0, what.constData());
        break;
    case Headline::UnderTheCap:
        QVERIFY2(r.account.eligible && !r.applied.capBinding && r.savings > 0.0, what.constData());
        break;
    case Headline::AccountIneligible:
        QVERIFY2(!r.account.eligible && r.savings == 0.0, what.constData());
        break;
    case Headline::IneligibleOption:
        QVERIFY2(hasPosition(v, PositionType::Option, Book::CmeRegular), what.constData());
        QVERIFY2(r.savings > 0.0 && !r.applied.capBinding, what.constData());
        break;
    case Headline::IneligibleBillTips:
        QVERIFY2(hasPosition(v, PositionType::Bill, Book::FiccRegular), what.constData());
        QVERIFY2(hasPosition(v, PositionType::Tips, Book::FiccRegular), what.constData());
        QVERIFY2(r.ficcRegular > 0.0 && r.savingsPct > 0.5 && r.savingsPct < 0.7, what.constData());
        break;
    case Headline::CostsMore:
        QVERIFY2(r.savings < 0.0 && hasPosition(v, PositionType::Option, Book::CmeRegular), what.constData());
        break;
    case Headline::InStressWindow: {
        const Date asOf = v.portfolio.asOf;
        QVERIFY2(std::any_of(v.stressWindows.begin(), v.stressWindows.end(),
                             [&](const DateWindow& w) { return w.first <= asOf && asOf <= w.last; }),
                 what.constData());
        break;
    }
    }
}

void TestPresets::unknownPresetNamesTheValidOnes()
{
    QVERIFY(!io::findPreset(u"no-such-preset"_s));
    try {
        io::loadPreset(u"no-such-preset"_s);
        QFAIL("an unknown preset loaded");
    } catch (const io::InputError& error) {
        const QString message = QString::fromUtf8(error.what());
        QVERIFY2(message.contains(u"no-such-preset"_s), qPrintable(message));
        for (const io::Preset& preset : io::presets())
            QVERIFY2(message.contains(preset.name), qPrintable(message));
    }
}

QTEST_GUILESS_MAIN(TestPresets)
#include "tst_presets.moc"
