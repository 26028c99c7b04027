#include "core/io/model_parameters_loader.h"
#include "main_window.h"
#include "tests/support/bundled_market.h"
#include "window_fixture.h"
#include "widgets/margin_session.h"
#include "widgets/model_settings_dialog.h"
#include "widgets/parameter_table_model.h"
#include "widgets/summary_panel.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSet>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

#include <functional>

using namespace xm;

namespace {

// Enums compared by name: QCOMPARE on them would find xm::toString by argument lookup.
template <typename Enum>
QString name(Enum value)
{
    const std::string_view text = toString(value);
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

const ParameterRecord* record(const std::vector<ParameterRecord>& records, const std::string& key)
{
    for (const ParameterRecord& r : records) {
        if (r.key == key)
            return &r;
    }
    return nullptr;
}

// Once the window's model settings dialog is up, applies `edit` to it and presses OK.
void editSettingsWhenShown(const std::function<void(ModelSettingsDialog&)>& edit)
{
    QTimer::singleShot(0, [edit] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* dialog = qobject_cast<ModelSettingsDialog*>(widget); dialog && dialog->isVisible()) {
                edit(*dialog);
                dialog->accept();
                return;
            }
        }
        QFAIL("the model settings dialog did not open");
    });
}

void selectRule(ModelSettingsDialog& dialog, XmRule rule)
{
    dialog.ruleBox()->setCurrentIndex(dialog.ruleBox()->findData(static_cast<int>(rule)));
}

} // namespace

class TestModelSettings final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void everyParameterIsListedWithItsProvenance();
    void aChangedValueIsAssumedUntilItIsBack();
    void changingTheReadingChangesTheSummaryUndoably();
    void switchingTheCmeModelChangesCmeStandalone();
    void cancelChangesNothing();

private:
    QTemporaryDir m_settings;
};

void TestModelSettings::initTestCase()
{
    QVERIFY(m_settings.isValid());
    test::isolateSettings(m_settings);
}

void TestModelSettings::everyParameterIsListedWithItsProvenance()
{
    auto window = test::demoWindow();
    const MarginSession& session = window->session();
    ModelSettingsDialog dialog(session.parameters(), session.scanRanges());
    const ParameterTableModel& model = *dialog.tableModel();
    const std::size_t expected = session.parameters().records.size() + session.scanRanges().size();
    QCOMPARE(static_cast<std::size_t>(model.rowCount()), expected);

    QSet<QString> provenances;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString key = model.index(row, ParameterTableModel::KeyColumn).data().toString();
        const QString source = model.index(row, ParameterTableModel::SourceColumn).data().toString();
        QVERIFY2(!key.isEmpty() && !source.isEmpty(), qPrintable(QStringLiteral("row %1 (%2) has no source").arg(row).arg(key)));
        provenances << model.index(row, ParameterTableModel::ProvenanceColumn).data().toString();
    }
    QCOMPARE(provenances, (QSet<QString>{"official", "calibrated", "assumed"}));
    QCOMPARE(dialog.table()->model()->rowCount(), model.rowCount());
    QCOMPARE(dialog.ruleBox()->currentData().toInt(), static_cast<int>(XmRule::Min));
    QCOMPARE(dialog.capBox()->value(), 80.0);
    QVERIFY(!dialog.hasChanges());
}

void TestModelSettings::aChangedValueIsAssumedUntilItIsBack()
{
    const ModelParameters bundled = io::loadBundledModelParameters();
    ModelSettingsDialog dialog(bundled, {});
    QCOMPARE(name(record(dialog.parameters().records, "xm.cap")->provenance), name(Provenance::Official));

    dialog.capBox()->setValue(60.0);
    QCOMPARE(dialog.parameters().xm.cap, 0.6);
    const ParameterRecord* cap = record(dialog.parameters().records, "xm.cap");
    QCOMPARE(cap->value, std::string("0.6"));
    QCOMPARE(name(cap->provenance), name(Provenance::Assumed));
    QVERIFY2(QString::fromStdString(cap->source).contains(QLatin1String("0.8")), cap->source.c_str());
    QVERIFY(dialog.hasChanges());

    dialog.capBox()->setValue(80.0);
    cap = record(dialog.parameters().records, "xm.cap");
    QCOMPARE(name(cap->provenance), name(Provenance::Official));
    QCOMPARE(cap->source, record(bundled.records, "xm.cap")->source);
}

void TestModelSettings::changingTheReadingChangesTheSummaryUndoably()
{
    auto window = test::demoWindow();
    MarginSession& session = window->session();
    const QString before = window->summary()->text(SummaryPanel::CrossMargined);
    const double beforeUsd = session.result().crossMargined;

    editSettingsWhenShown([](ModelSettingsDialog& dialog) { selectRule(dialog, XmRule::Legacy); });
    window->openModelSettings();

    QCOMPARE(name(session.parameters().xm.rule), name(XmRule::Legacy));
    QCOMPARE(name(session.result().rule), name(XmRule::Legacy));
    QVERIFY2(session.result().crossMargined != beforeUsd, "the legacy reading gave the same requirement as min");
    QVERIFY2(window->summary()->text(SummaryPanel::CrossMargined) != before,
             qPrintable(QStringLiteral("the summary still reads %1").arg(before)));
    QVERIFY(qobject_cast<QLabel*>(test::namedChild(*window, "modelLabel"))->text().contains(QLatin1String("legacy")));
    QCOMPARE(name(record(session.parameters().records, "xm.rule")->provenance), name(Provenance::Assumed));
    QVERIFY(window->isWindowModified());

    session.undoStack()->undo();
    QCOMPARE(name(session.parameters().xm.rule), name(XmRule::Min));
    QCOMPARE(window->summary()->text(SummaryPanel::CrossMargined), before);
}

void TestModelSettings::switchingTheCmeModelChangesCmeStandalone()
{
    auto window = test::demoWindow();
    MarginSession& session = window->session();
    const double span = session.result().cmeStandalone;
    editSettingsWhenShown([](ModelSettingsDialog& dialog) {
        dialog.cmeModelBox()->setCurrentIndex(dialog.cmeModelBox()->findData(static_cast<int>(CmeModel::HVaR)));
    });
    window->openModelSettings();
    QCOMPARE(name(session.result().cmeModel), name(CmeModel::HVaR));
    QVERIFY2(session.result().cmeStandalone > 0.0 && session.result().cmeStandalone != span,
             qPrintable(QStringLiteral("CME standalone SPAN %1, HVaR %2").arg(span).arg(session.result().cmeStandalone)));
}

void TestModelSettings::cancelChangesNothing()
{
    auto window = test::demoWindow();
    MarginSession& session = window->session();
    const int steps = session.undoStack()->count();
    QTimer::singleShot(0, [] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* dialog = qobject_cast<ModelSettingsDialog*>(widget); dialog && dialog->isVisible()) {
                selectRule(*dialog, XmRule::OnePot);
                dialog->reject();
            }
        }
    });
    window->openModelSettings();
    QCOMPARE(name(session.parameters().xm.rule), name(XmRule::Min));
    QCOMPARE(session.undoStack()->count(), steps);
}

QTEST_MAIN(TestModelSettings)
#include "tst_model_settings.moc"
