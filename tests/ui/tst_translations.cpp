// Issue #5: the application in German shows no English, the glossary is complete in every
// language and explains the terms where they appear, numbers follow the chosen language.
#include "command_line.h"
#include "document_controller.h"
#include "english_text_detector.h"
#include "language.h"
#include "main_window.h"
#include "start_page.h"
#include "window_fixture.h"

#include "core/io/preset_catalog.h"
#include "core/margin/eligibility.h"
#include "tests/support/bundled_market.h"
#include "widgets/account_panel.h"
#include "widgets/amount_format.h"
#include "widgets/chart_deck.h"
#include "widgets/charts/usd_text.h"
#include "widgets/charts/stress_chart.h"
#include "widgets/core_text.h"
#include "widgets/eligibility_explainer.h"
#include "widgets/futures_picker.h"
#include "widgets/glossary.h"
#include "widgets/glossary_window.h"
#include "widgets/margin_session.h"
#include "widgets/model_settings_dialog.h"
#include "widgets/portfolio_editor.h"
#include "widgets/portfolio_table_view.h"
#include "widgets/misconceptions_panel.h"
#include "widgets/preset_banner.h"
#include "widgets/security_picker.h"
#include "widgets/stress_panel.h"
#include "widgets/summary_panel.h"
#include "widgets/trace_panel.h"

#include <qcustomplot.h>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QToolBar>
#include <QTreeWidget>
#include <QtTest>

using namespace xm;

namespace {

constexpr int kMaxRowsPerLevel = 200;
const QString kGerman = QStringLiteral("de");
const QString kEnglish = QStringLiteral("en");

// Every string a user can see in a widget tree, with where it is.
class ShownTexts final {
public:
    struct Text {
        QString where;
        QString text;
    };

    const QList<Text>& texts() const { return m_texts; }

    void add(const QString& where, const QString& text)
    {
        if (!text.trimmed().isEmpty())
            m_texts.append({where, text});
    }

    // `root` and its descendants that are visible with it.
    void tree(QWidget* root)
    {
        widget(root);
        for (QWidget* child : root->findChildren<QWidget*>()) {
            if (child->isVisibleTo(root))
                widget(child);
        }
    }

    void widget(QWidget* w)
    {
        const QString where = QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(w->metaObject()->className()),
                                                                w->objectName());
        add(where + QStringLiteral(" tooltip"), w->toolTip());
        if (w->isWindow())
            add(where + QStringLiteral(" title"), w->windowTitle());
        if (auto* label = qobject_cast<QLabel*>(w))
            add(where, label->text());
        if (auto* button = qobject_cast<QAbstractButton*>(w))
            add(where, button->text());
        if (auto* edit = qobject_cast<QLineEdit*>(w))
            add(where + QStringLiteral(" placeholder"), edit->placeholderText());
        if (auto* box = qobject_cast<QComboBox*>(w)) {
            for (int i = 0; i < box->count(); ++i)
                add(where + QStringLiteral(" item"), box->itemText(i));
        }
        if (auto* group = qobject_cast<QGroupBox*>(w))
            add(where, group->title());
        if (auto* dock = qobject_cast<QDockWidget*>(w))
            add(where, dock->windowTitle());
        if (auto* spin = qobject_cast<QAbstractSpinBox*>(w))
            add(where + QStringLiteral(" special value"), spin->specialValueText());
        if (auto* text = qobject_cast<QTextEdit*>(w))
            add(where, text->toPlainText());
        if (auto* bar = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < bar->count(); ++i) {
                add(where + QStringLiteral(" tab"), bar->tabText(i));
                add(where + QStringLiteral(" tab tooltip"), bar->tabToolTip(i));
            }
        }
        if (auto* view = qobject_cast<QAbstractItemView*>(w); view && view->model())
            model(*view->model(), QModelIndex(), where);
        if (auto* plot = qobject_cast<QCustomPlot*>(w))
            chart(*plot, where);
        for (QAction* action : w->actions())
            this->action(action, where);
    }

    void action(QAction* action, const QString& where)
    {
        add(where + QStringLiteral(" action"), action->text());
        add(where + QStringLiteral(" action tooltip"), action->toolTip());
        if (QMenu* menu = action->menu())
            this->menu(menu);
    }

    void menu(QMenu* menu)
    {
        emit menu->aboutToShow();
        add(QStringLiteral("menu"), menu->title());
        for (QAction* action : menu->actions())
            this->action(action, QStringLiteral("menu \"%1\"").arg(menu->title()));
    }

private:
    void model(const QAbstractItemModel& items, const QModelIndex& parent, const QString& where)
    {
        if (!parent.isValid()) {
            for (int column = 0; column < items.columnCount(); ++column) {
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
                    add(where + QStringLiteral(" header"), items.headerData(column, Qt::Horizontal, role).toString());
            }
        }
        const int rows = std::min(items.rowCount(parent), kMaxRowsPerLevel);
        for (int row = 0; row < rows; ++row) {
            for (int column = 0; column < items.columnCount(parent); ++column) {
                const QModelIndex index = items.index(row, column, parent);
                add(where + QStringLiteral(" cell"), index.data(Qt::DisplayRole).toString());
                add(where + QStringLiteral(" cell tooltip"), index.data(Qt::ToolTipRole).toString());
            }
            model(items, items.index(row, 0, parent), where);
        }
    }

    void chart(QCustomPlot& plot, const QString& where)
    {
        for (int i = 0; i < plot.plotLayout()->elementCount(); ++i) {
            if (auto* text = qobject_cast<QCPTextElement*>(plot.plotLayout()->elementAt(i)))
                add(where + QStringLiteral(" title"), text->text());
        }
        for (QCPAxisRect* rect : plot.axisRects()) {
            for (QCPAxis* axis : rect->axes())
                add(where + QStringLiteral(" axis"), axis->label());
        }
        for (int i = 0; i < plot.plottableCount(); ++i)
            add(where + QStringLiteral(" legend"), plot.plottable(i)->name());
        for (int i = 0; i < plot.itemCount(); ++i) {
            if (auto* text = qobject_cast<QCPItemText*>(plot.item(i)))
                add(where + QStringLiteral(" label"), text->text());
        }
    }

    QList<Text> m_texts;
};

// For looking at the German layout: with XMARGIN_SCREENSHOT_DIR set, `widget` is saved there.
void savePicture(QWidget& widget, const QString& name)
{
    const QString directory = qEnvironmentVariable("XMARGIN_SCREENSHOT_DIR");
    if (directory.isEmpty())
        return;
    QTest::qWait(100);  // queued replots and layouts settle
    QVERIFY(widget.grab().save(directory + QLatin1Char('/') + name + QStringLiteral(".png")));
}

// Names and citations from the bundled data files, shown as published.
QStringList dataTexts(const MarginSession& session)
{
    QStringList texts;
    for (const FuturesSpec& spec : test::bundledMarket().futuresSpecs)
        texts << QString::fromStdString(spec.name);
    for (const ParameterRecord& record : session.parameters().records)
        texts << QString::fromStdString(record.source) << QString::fromStdString(record.value);
    const MarginResult& result = session.result();
    for (const EligibilityCheck& check : result.account.checks)
        texts << QString::fromStdString(check.source);
    for (const PositionResult& position : result.positions) {
        for (const EligibilityCheck& check : position.eligibility.checks)
            texts << QString::fromStdString(check.source);
    }
    texts.removeAll(QString());
    texts.removeDuplicates();
    return texts;
}

} // namespace

class TestTranslations final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void detectorTellsEnglishFromGerman_data();
    void detectorTellsEnglishFromGerman();
    void germanWindowShowsNoEnglish();
    void germanTeachingViewsShowNoEnglish();
    void glossaryIsCompleteInEveryLanguage_data();
    void glossaryIsCompleteInEveryLanguage();
    void glossaryExplainsTheTermsWhereTheyAppear();
    void glossaryWindowSearches();
    void numbersFollowTheLanguage_data();
    void numbersFollowTheLanguage();
    void coreMessagesAreTranslated();
    void languageSettingAndFlag();

private:
    QStringList englishIn(const ShownTexts& shown) const;
    QTemporaryDir m_settings;
    std::unique_ptr<test::EnglishTextDetector> m_detector;
};

QStringList TestTranslations::englishIn(const ShownTexts& shown) const
{
    QStringList english;
    for (const ShownTexts::Text& text : shown.texts()) {
        const QString reason = m_detector->reason(text.text);
        if (!reason.isEmpty())
            english << QStringLiteral("%1: \"%2\" (%3)").arg(text.where, text.text.left(160), reason);
    }
    english.removeDuplicates();
    for (const QString& line : std::as_const(english))
        qWarning("English in the German window: %s", qPrintable(line));
    return english;
}

void TestTranslations::initTestCase()
{
    QVERIFY(m_settings.isValid());
    test::isolateSettings(m_settings);
    m_detector = std::make_unique<test::EnglishTextDetector>(QStringLiteral(XMARGIN_SOURCE_DIR "/translations/xmargin_de.ts"));
    QVERIFY2(m_detector->catalogSize() > 300, qPrintable(QString::number(m_detector->catalogSize())));
}

void TestTranslations::cleanup()
{
    Language::apply(kEnglish);
}

void TestTranslations::detectorTellsEnglishFromGerman_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("english");
    QTest::newRow("function words") << QStringLiteral("Move the hedge to zero") << true;
    QTest::newRow("catalog source") << QStringLiteral("Savings") << true;
    QTest::newRow("catalog template") << QStringLiteral("Lowest: $1.2m at 95%") << true;
    QTest::newRow("rich text") << QStringLiteral("<p><b>Haircut</b>: taken off the value</p>") << true;
    QTest::newRow("German") << QStringLiteral("Ersparnis, % von doppelt") << false;
    QTest::newRow("German with anglicisms") << QStringLiteral("Initial Margin mit Cross-Margining") << false;
    QTest::newRow("codes and numbers") << QStringLiteral("ZNU5 −1.073 · 91282CLF6 · DV01 · VaR 3,99 Mio. $") << false;
    QTest::newRow("proper name") << QStringLiteral("Quelle: Federal Reserve Bank of New York") << false;
    QTest::newRow("mnemonic in a word") << QStringLiteral("Be&richt als PDF exportieren…") << false;
    QTest::newRow("English mnemonic") << QStringLiteral("E&xport report") << true;
    QTest::newRow("web address") << QStringLiteral("Klicken, um https://example.com/products-and-services zu öffnen") << false;
}

void TestTranslations::detectorTellsEnglishFromGerman()
{
    QFETCH(QString, text);
    QFETCH(bool, english);
    const QString reason = m_detector->reason(text);
    QVERIFY2(reason.isEmpty() != english, qPrintable(QStringLiteral("\"%1\": %2").arg(text, reason)));
}

void TestTranslations::germanWindowShowsNoEnglish()
{
    QCOMPARE(Language::apply(kGerman), kGerman);
    const std::unique_ptr<MainWindow> window = test::demoWindow();
    window->resize(1600, 1000);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    window->renderNow();
    m_detector->setData(dataTexts(window->session()));

    ShownTexts shown;
    shown.tree(window.get());
    for (QAction* action : window->menuBar()->actions())
        shown.action(action, QStringLiteral("menu bar"));
    ChartDeck* deck = window->charts();
    for (int i = 0; i < deck->count(); ++i) {
        deck->setCurrentIndex(i);
        window->renderNow();
        shown.tree(deck->widget(i));
    }

    ModelSettingsDialog settings(window->session().parameters(), window->session().scanRanges(), window.get());
    settings.show();
    shown.tree(&settings);
    SecurityPicker securities(window->session(), window.get());
    securities.show();
    shown.tree(&securities);
    FuturesPicker futures(window->session(), window.get());
    futures.show();
    shown.tree(&futures);

    qobject_cast<QAction*>(test::namedChild(*window, "glossaryAction"))->trigger();
    auto* glossary = window->findChild<GlossaryWindow*>();
    QVERIFY(glossary);
    for (int row = 0; row < glossary->termList()->count(); ++row) {
        glossary->termList()->setCurrentRow(row);
        shown.add(QStringLiteral("glossary definition"), glossary->definitionView()->toPlainText());
    }
    shown.tree(glossary);

    test::MessageBoxAnswer about(QMessageBox::Ok);
    qobject_cast<QAction*>(test::namedChild(*window, "aboutAction"))->trigger();
    QVERIFY(about.answered());
    shown.add(QStringLiteral("about box"), about.text());

    const QStringList english = englishIn(shown);
    QVERIFY2(shown.texts().size() > 1000, qPrintable(QString::number(shown.texts().size())));
    QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("%1 English strings in the German window (listed above)").arg(english.size())));
}

// What a trainer walks through: the start page, every preset with its banner, the
// misconceptions and each position's eligibility rules, and the stress test's scenarios.
void TestTranslations::germanTeachingViewsShowNoEnglish()
{
    QCOMPARE(Language::apply(kGerman), kGerman);
    const std::unique_ptr<MainWindow> window = test::demoWindow();
    window->resize(1600, 1000);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));

    ShownTexts shown;
    StartPage start(window.get());
    start.show();
    shown.tree(&start);

    QStringList data;
    EligibilityExplainer* explainer = window->eligibilityExplainer();
    for (const io::Preset& preset : io::presets()) {
        QVERIFY2(window->documents()->openPreset(preset.name), qPrintable(preset.name));
        window->renderNow();
        data << dataTexts(window->session());
        shown.tree(window->presetBanner());
        shown.tree(window->misconceptions());
        for (int row = 0; row < static_cast<int>(window->session().positions().size()); ++row) {
            explainer->showPosition(row);
            shown.add(QStringLiteral("eligibility details of %1").arg(preset.name), explainer->detailsText());
        }
        shown.tree(explainer);
    }

    QVERIFY(window->documents()->openPreset(io::presets().front().name));
    qobject_cast<QAction*>(test::namedChild(*window, "stressTestAction"))->trigger();
    StressPanel* panel = window->stressPanel();
    QVERIFY(panel);
    StressChart* chart = panel->chart();
    const auto showScenario = [&] {
        chart->refreshNow();
        QVERIFY(chart->result().has_value());
        shown.tree(panel->window());
        shown.add(QStringLiteral("stress reading"), panel->readingText());
    };
    for (const char* id : {"2008", "2020", "2022"}) {
        chart->pickWindow(id);
        showScenario();
    }
    for (const auto& [choice, size] : {std::pair{StressChart::Parallel, 100.0}, std::pair{StressChart::Twist, 50.0},
                                       std::pair{StressChart::Volatility, 1.5}}) {
        chart->pickShock(choice, size);
        showScenario();
    }
    savePicture(*panel->window(), QStringLiteral("xmargin-de-stress-volatility"));
    savePicture(start, QStringLiteral("xmargin-de-start-page"));
    savePicture(*window, QStringLiteral("xmargin-de-window"));

    data.removeDuplicates();
    m_detector->setData(data);
    const QStringList english = englishIn(shown);
    QVERIFY2(shown.texts().size() > 300, qPrintable(QString::number(shown.texts().size())));
    QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("%1 English strings in the German window (listed above)").arg(english.size())));
}

void TestTranslations::glossaryIsCompleteInEveryLanguage_data()
{
    QTest::addColumn<QString>("language");
    for (const char* language : {"de", "fr", "ja"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

void TestTranslations::glossaryIsCompleteInEveryLanguage()
{
    QFETCH(QString, language);
    QMap<Glossary::Term, QString> english;
    for (Glossary::Term term : Glossary::terms())
        english[term] = Glossary::definition(term);
    QCOMPARE(Language::apply(language), language);
    for (Glossary::Term term : Glossary::terms()) {
        const QString title = Glossary::title(term);
        const QString definition = Glossary::definition(term);
        // Japanese needs fewer characters than English for the same sentence.
        QVERIFY2(!title.isEmpty() && definition.size() > 20,
                 qPrintable(QStringLiteral("term %1: \"%2\" \"%3\"").arg(int(term)).arg(title, definition)));
        QVERIFY2(definition != english[term],
                 qPrintable(QStringLiteral("%1: \"%2\" is not translated").arg(language, definition)));
    }
}

void TestTranslations::glossaryExplainsTheTermsWhereTheyAppear()
{
    using Term = Glossary::Term;
    const std::unique_ptr<MainWindow> window = test::demoWindow();
    window->show();  // the trace fills itself when it is shown
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    const auto explains = [](const QString& toolTip, Term term) {
        return toolTip.contains(Glossary::definition(term).toHtmlEscaped());
    };
    SummaryPanel* summary = window->summary();
    QVERIFY(explains(summary->title(SummaryPanel::Duplicated)->toolTip(), Term::DuplicatedMargin));
    QVERIFY(explains(summary->title(SummaryPanel::CapBinding)->toolTip(), Term::Cap));
    auto* account = window->findChild<AccountPanel*>();
    QVERIFY(explains(account->optInBox()->toolTip(), Term::OptIn));
    QVERIFY(explains(account->riskProfileBox()->toolTip(), Term::Hrp));
    // The checkbox keeps what it said before the glossary entry.
    QVERIFY(account->fcmBox()->toolTip().contains(QLatin1String("CFTC")));
    const QAbstractItemModel* positions = window->editor()->view()->model();
    QVERIFY(explains(positions->headerData(4, Qt::Horizontal, Qt::ToolTipRole).toString(), Term::Dv01));
    QVERIFY(explains(window->charts()->tabToolTip(3), Term::KeyRateDv01));
    const QAbstractItemModel* trace = window->trace()->tree()->model();
    QVERIFY(explains(trace->index(0, 0).data(Qt::ToolTipRole).toString(), Term::InitialMargin));
    ModelSettingsDialog settings(window->session().parameters(), window->session().scanRanges());
    QVERIFY(explains(qobject_cast<QWidget*>(test::namedChild(settings, "capBox"))->toolTip(), Term::Cap));
}

void TestTranslations::glossaryWindowSearches()
{
    GlossaryWindow window;
    QCOMPARE(window.termList()->count(), Glossary::kTermCount);
    window.searchField()->setText(QStringLiteral("cheapest"));
    QStringList shown;
    for (int row = 0; row < window.termList()->count(); ++row) {
        if (!window.termList()->item(row)->isHidden())
            shown << window.termList()->item(row)->text();
    }
    // The CTD entry and the entries whose definition mentions it (implied repo, key-rate DV01).
    QVERIFY2(shown.contains(QStringLiteral("CTD")), qPrintable(shown.join(", ")));
    QVERIFY2(shown.size() < 5, qPrintable(shown.join(", ")));
    QVERIFY(window.definitionView()->toPlainText().contains(QLatin1String("cheapest"), Qt::CaseInsensitive)
            || window.definitionView()->toPlainText().contains(QLatin1String("Cheapest")));
    window.searchField()->setText(QStringLiteral("no such term"));
    QVERIFY(window.definitionView()->toPlainText().contains(QLatin1String("No term")));
}

void TestTranslations::numbersFollowTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("exact");
    QTest::addColumn<QString>("compact");
    QTest::addColumn<QString>("negative");
    QTest::addColumn<QString>("percent");
    const QString nbsp(QChar(0x00a0));
    const QString narrow(QChar(0x202f));
    const QString minus(QChar(0x2212));
    // English stays exactly as before translations existed (many tests compare it).
    QTest::newRow("en") << kEnglish << "$3,988,555" << "$3.99m" << minus + "$1.57m" << "35.2%";
    QTest::newRow("de") << kGerman << "3.988.555" + nbsp + "$" << "3,99" + nbsp + "Mio." + nbsp + "$"
                        << minus + "1,57" + nbsp + "Mio." + nbsp + "$" << "35,2" + nbsp + "%";
    QTest::newRow("fr") << "fr" << "3" + narrow + "988" + narrow + "555" + nbsp + "$" + nbsp + "US"
                        << "3,99" + nbsp + "M" + nbsp + "$" + nbsp + "US" << minus + "1,57" + nbsp + "M" + nbsp + "$" + nbsp + "US"
                        << "35,2" + narrow + "%";
    QTest::newRow("ja") << "ja" << "US$3,988,555" << "US$3.99M" << minus + "US$1.57M" << "35.2%";
}

void TestTranslations::numbersFollowTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, exact);
    QFETCH(QString, compact);
    QFETCH(QString, negative);
    QFETCH(QString, percent);
    QCOMPARE(Language::apply(language), language);
    QCOMPARE(usdExact(3988554.86), exact);
    QCOMPARE(usdCompact(3988554.86), compact);
    QCOMPARE(usdCompact(-1571234.0), negative);
    QCOMPARE(formatPercent(0.3518), percent);
    // What the quantity editor reads back is never localised.
    QCOMPARE(formatQuantityForEditing(-100000000.0), QStringLiteral("-100,000,000"));
}

void TestTranslations::coreMessagesAreTranslated()
{
    Position repo;
    repo.venue = Venue::Ficc;
    repo.type = PositionType::Repo;
    const Eligibility eligibility = productEligibility(repo, 0.75, EligibilityTable{});
    QCOMPARE(QString::fromStdString(eligibility.reason()),
             QStringLiteral("Repo collateral has 0.75 years to maturity; only repo on collateral with more than 1.00 "
                            "years left is eligible"));
    QCOMPARE(CoreText::message(eligibility.checks.front().text), QString::fromStdString(eligibility.reason()));
    // The pattern of a FICC scenario note (core/margin/ficc_model.cpp): English exactly as the core writes it.
    const Message scenarios = Message::format("%1 overlapping %2-day scenarios ending %3 to %4",
                                              {MessageArg::count(2520), MessageArg::count(3), "2015-06-12", "2025-07-11"});
    QCOMPARE(CoreText::message(scenarios), QString::fromStdString(scenarios.text));
    QCOMPARE(Language::apply(kGerman), kGerman);
    QCOMPARE(CoreText::message(scenarios),
             QStringLiteral("2520 überlappende 3-Tages-Szenarien mit Ende 2015-06-12 bis 2025-07-11"));
    QCOMPARE(CoreText::message(eligibility.checks.front().text),
             QStringLiteral("Die Repo-Sicherheit hat 0,75 Jahre Restlaufzeit; zulässig sind nur Repos auf Sicherheiten "
                            "mit mehr als 1,00 Jahren Restlaufzeit"));
    QCOMPARE(CoreText::book(Book::FiccXm), QStringLiteral("FICC-XM-Konto"));
    // Free text from a file or an exception stays as it is.
    QCOMPARE(CoreText::message(Message("matured on 2020-01-01")), QStringLiteral("matured on 2020-01-01"));
}

void TestTranslations::languageSettingAndFlag()
{
    QCOMPARE(Language::stored(), QString());
    Language::store(QStringLiteral("fr"));
    QCOMPARE(Language::stored(), QStringLiteral("fr"));
    Language::store(QStringLiteral("xx"));
    QCOMPARE(Language::stored(), QString());  // unknown codes fall back to the system's
    QCOMPARE(Language::apply(QStringLiteral("ja")), QStringLiteral("ja"));
    QCOMPARE(QLocale().language(), QLocale::Japanese);
    QCOMPARE(QCoreApplication::translate("xm::MainWindow", "&File"), QStringLiteral("ファイル(&F)"));
    // Qt's own texts come along (qtbase from the Qt translations directory).
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("キャンセル"));
    QCOMPARE(Language::apply(kEnglish), kEnglish);
    QCOMPARE(QCoreApplication::translate("xm::MainWindow", "&File"), QStringLiteral("&File"));
    Language::store(QString());

    const LaunchOptions german = CommandLine::parse({QStringLiteral("xmargin"), QStringLiteral("--language"), kGerman});
    QVERIFY(german.language && *german.language == kGerman);
    const LaunchOptions system = CommandLine::parse({QStringLiteral("xmargin"), QStringLiteral("--language=system")});
    QVERIFY(system.language && system.language->isEmpty());
    QVERIFY(!CommandLine::parse({QStringLiteral("xmargin")}).language);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             CommandLine::parse({QStringLiteral("xmargin"), QStringLiteral("--language"), QStringLiteral("xx")}));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
