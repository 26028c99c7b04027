#include "model_settings_dialog.h"

#include "core_text.h"
#include "editor_palette.h"
#include "glossary.h"
#include "parameter_table_model.h"
#include "provenance_delegate.h"
#include "xm_rule_text.h"

#include "core/io/input_error.h"
#include "core/io/model_parameters_loader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <stdexcept>

namespace xm {
namespace {

const std::string kRule = "xm.rule";
const std::string kCap = "xm.cap";
const std::string kCmeModel = "cme.model";
const std::string kMla = "ficc.mla.enabled";
const std::string kBacktesting = "ficc.addOns.backtesting";
const std::string kHoliday = "ficc.addOns.holiday";
const std::string kSpecial = "ficc.addOns.special";

constexpr double kMaxAddOnUsd = 1e12;
constexpr int kKeyColumnWidth = 230;
constexpr int kValueColumnWidth = 150;
constexpr QSize kInitialSize{1100, 700};
constexpr int kRowPadding = 8;

// As the parameter loader writes values: numbers with up to 12 significant digits.
std::string numberText(double value)
{
    return QString::number(value, 'g', 12).toStdString();
}

std::string boolText(bool value)
{
    return value ? "true" : "false";
}

const ParameterRecord* findRecord(const std::vector<ParameterRecord>& records, const std::string& key)
{
    const auto it = std::find_if(records.begin(), records.end(), [&](const ParameterRecord& r) { return r.key == key; });
    return it == records.end() ? nullptr : &*it;
}

} // namespace

ModelSettingsDialog::ModelSettingsDialog(const ModelParameters& parameters,
                                         const std::map<std::string, ScanRange>& scanRanges, QWidget* parent)
    : QDialog(parent)
    , m_parameters(parameters)
    , m_reference(parameters)
    , m_model(new ParameterTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setWindowTitle(tr("Model settings"));
    m_scanRangeRecords = ParameterTableModel::scanRangeRecords(scanRanges);

    m_origin = new QLabel(this);
    m_origin->setWordWrap(true);
    auto* load = new QPushButton(tr("Load parameter file…"), this);
    connect(load, &QPushButton::clicked, this, &ModelSettingsDialog::loadFile);
    auto* defaults = new QPushButton(tr("Restore bundled defaults"), this);
    connect(defaults, &QPushButton::clicked, this, &ModelSettingsDialog::restoreDefaults);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->addButton(load, QDialogButtonBox::ResetRole);
    buttons->addButton(defaults, QDialogButtonBox::ResetRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_origin);
    layout->addWidget(createControls());
    layout->addWidget(createTable(), 1);
    layout->addWidget(buttons);

    connectControls();
    showParameters();
    m_origin->setText(tr("Model <b>%1</b>, as the application uses it now. Figures are model estimates, not a CCP "
                         "statement.")
                          .arg(QString::fromStdString(m_parameters.model).toHtmlEscaped()));
    resize(kInitialSize);
}

QWidget* ModelSettingsDialog::createControls()
{
    m_rule = new QComboBox;
    m_rule->setObjectName(QStringLiteral("xmRuleBox"));
    for (XmRule rule : XmRuleText::kRules)
        m_rule->addItem(XmRuleText::name(rule), static_cast<int>(rule));
    m_rule->setToolTip(tr("How FICC's and CME's reduction factors combine (MARGIN_MODEL.md §4); every reading is "
                          "shown side by side in the calculation trace"));
    m_cap = new QDoubleSpinBox;
    m_cap->setObjectName(QStringLiteral("capBox"));
    m_cap->setRange(0.0, 100.0);
    m_cap->setDecimals(1);
    m_cap->setSuffix(QStringLiteral(" %"));
    m_cap->setToolTip(tr("The largest reduction cross-margining may give (80% in the published arrangement)"));
    m_ruleHelp = new QLabel;
    m_ruleHelp->setWordWrap(true);
    editor_palette::setTextColor(m_ruleHelp, editor_palette::kMuted);
    auto* xm = new QGroupBox(tr("Cross-margining"));
    auto* xmForm = new QFormLayout(xm);
    xmForm->addRow(tr("Reading:"), m_rule);
    xmForm->addRow(QString(), m_ruleHelp);
    xmForm->addRow(tr("Reduction cap:"), m_cap);

    m_cmeModel = new QComboBox;
    m_cmeModel->setObjectName(QStringLiteral("cmeModelBox"));
    m_cmeModel->addItem(tr("SPAN-like (scan, spreads, credits)"), static_cast<int>(CmeModel::Span));
    m_cmeModel->addItem(tr("HVaR (SPAN 2-like)"), static_cast<int>(CmeModel::HVaR));
    auto* cme = new QGroupBox(tr("CME model"));
    auto* cmeForm = new QFormLayout(cme);
    cmeForm->addRow(tr("Model:"), m_cmeModel);

    m_mla = new QCheckBox(tr("Margin Liquidity Adjustment"));
    m_mla->setObjectName(QStringLiteral("mlaBox"));
    m_backtesting = createUsdBox(tr("Backtesting Charge (the formula is not public)"));
    m_holiday = createUsdBox(tr("Holiday Charge (the formula is not public)"));
    m_special = createUsdBox(tr("Any special charge"));
    auto* ficc = new QGroupBox(tr("FICC add-ons"));
    auto* ficcForm = new QFormLayout(ficc);
    ficcForm->addRow(m_mla);
    ficcForm->addRow(tr("Backtesting:"), m_backtesting);
    ficcForm->addRow(tr("Holiday:"), m_holiday);
    ficcForm->addRow(tr("Special:"), m_special);

    using Term = Glossary::Term;
    Glossary::attach(m_rule, Term::ReductionFactor);
    Glossary::attach(m_cap, Term::Cap);
    Glossary::attach(m_cmeModel, Term::Span);
    Glossary::attach(m_mla, Term::Mla);

    auto* controls = new QWidget;
    auto* row = new QHBoxLayout(controls);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(xm, 3);
    row->addWidget(cme, 2);
    row->addWidget(ficc, 2);
    return controls;
}

QDoubleSpinBox* ModelSettingsDialog::createUsdBox(const QString& toolTip)
{
    auto* box = new QDoubleSpinBox;
    box->setRange(0.0, kMaxAddOnUsd);
    box->setDecimals(0);
    box->setGroupSeparatorShown(true);
    box->setPrefix(QStringLiteral("$ "));
    box->setToolTip(toolTip);
    return box;
}

QWidget* ModelSettingsDialog::createTable()
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("parameterTable"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegateForColumn(ParameterTableModel::ProvenanceColumn,
                                      new ProvenanceDelegate(ParameterTableModel::ProvenanceRole, m_table));
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);  // the file's order until a click
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + kRowPadding);
    m_table->setColumnWidth(ParameterTableModel::KeyColumn, kKeyColumnWidth);
    m_table->setColumnWidth(ParameterTableModel::ValueColumn, kValueColumnWidth);
    m_table->horizontalHeader()->setSectionResizeMode(ParameterTableModel::ProvenanceColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_filter = new QLineEdit;
    m_filter->setPlaceholderText(tr("Filter parameters, values, provenance or sources"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    auto* legend = new QLabel(tr("<b>official</b>: a published rule or specification · <b>calibrated</b>: computed "
                                 "from the bundled data on the as-of date · <b>assumed</b>: our default, or your "
                                 "change"));
    legend->setWordWrap(true);
    editor_palette::setTextColor(legend, editor_palette::kMuted);

    auto* box = new QGroupBox(tr("Every parameter"));
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    layout->addWidget(legend);
    return box;
}

void ModelSettingsDialog::connectControls()
{
    connect(m_rule, &QComboBox::currentIndexChanged, this,
            [this] { m_ruleHelp->setText(XmRuleText::description(static_cast<XmRule>(m_rule->currentData().toInt()))); });
    const auto edited = [this] {
        if (!m_showing)
            readControls();
    };
    connect(m_rule, &QComboBox::currentIndexChanged, this, edited);
    connect(m_cmeModel, &QComboBox::currentIndexChanged, this, edited);
    connect(m_mla, &QCheckBox::toggled, this, edited);
    for (QDoubleSpinBox* box : {m_cap, m_backtesting, m_holiday, m_special})
        connect(box, &QDoubleSpinBox::valueChanged, this, edited);
}

void ModelSettingsDialog::showParameters()
{
    m_showing = true;
    m_rule->setCurrentIndex(m_rule->findData(static_cast<int>(m_parameters.xm.rule)));
    m_ruleHelp->setText(XmRuleText::description(m_parameters.xm.rule));
    m_cmeModel->setCurrentIndex(m_cmeModel->findData(static_cast<int>(m_parameters.cme.model)));
    m_cap->setValue(100.0 * m_parameters.xm.cap);
    m_mla->setChecked(m_parameters.ficc.mlaEnabled);
    m_backtesting->setValue(m_parameters.ficc.backtestingCharge);
    m_holiday->setValue(m_parameters.ficc.holidayCharge);
    m_special->setValue(m_parameters.ficc.specialCharge);
    m_showing = false;
    showRecords();
}

void ModelSettingsDialog::readControls()
{
    m_parameters.xm.rule = static_cast<XmRule>(m_rule->currentData().toInt());
    m_parameters.cme.model = static_cast<CmeModel>(m_cmeModel->currentData().toInt());
    m_parameters.xm.cap = m_cap->value() / 100.0;
    m_parameters.ficc.mlaEnabled = m_mla->isChecked();
    m_parameters.ficc.backtestingCharge = m_backtesting->value();
    m_parameters.ficc.holidayCharge = m_holiday->value();
    m_parameters.ficc.specialCharge = m_special->value();

    setRecordValue(kRule, std::string(toString(m_parameters.xm.rule)));
    setRecordValue(kCmeModel, std::string(toString(m_parameters.cme.model)));
    setRecordValue(kCap, numberText(m_parameters.xm.cap));
    setRecordValue(kMla, boolText(m_parameters.ficc.mlaEnabled));
    setRecordValue(kBacktesting, numberText(m_parameters.ficc.backtestingCharge));
    setRecordValue(kHoliday, numberText(m_parameters.ficc.holidayCharge));
    setRecordValue(kSpecial, numberText(m_parameters.ficc.specialCharge));
    m_changed = true;
    showRecords();
}

// The reference record while the value is the reference's; otherwise the user's "assumed" value.
void ModelSettingsDialog::setRecordValue(const std::string& key, const std::string& value)
{
    std::vector<ParameterRecord>& records = m_parameters.records;
    auto it = std::find_if(records.begin(), records.end(), [&](const ParameterRecord& r) { return r.key == key; });
    if (it == records.end())
        it = records.insert(records.end(), ParameterRecord{key, value, Provenance::Assumed, {}});
    const ParameterRecord* reference = findRecord(m_reference.records, key);
    if (reference && reference->value == value) {
        *it = *reference;
        return;
    }
    it->value = value;
    it->provenance = Provenance::Assumed;
    it->source = reference ? tr("Changed in XMargin; the parameter file has %1 (%2: %3)")
                                 .arg(QString::fromStdString(reference->value),
                                      CoreText::provenance(reference->provenance),
                                      QString::fromStdString(reference->source))
                                 .toStdString()
                           : tr("Set in XMargin").toStdString();
}

void ModelSettingsDialog::showRecords()
{
    std::vector<ParameterRecord> records = m_parameters.records;
    records.insert(records.end(), m_scanRangeRecords.begin(), m_scanRangeRecords.end());
    m_model->setRecords(std::move(records));
}

void ModelSettingsDialog::loadFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load parameter file"), QString(),
                                                      tr("XMargin parameters (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    try {
        useParameters(io::loadModelParameters(path), QDir::toNativeSeparators(path));
    } catch (const std::exception& error) {
        QMessageBox::warning(this, tr("Load parameter file"),
                             tr("Could not load the parameters; nothing changed.\n\n%1").arg(QString::fromUtf8(error.what())));
    }
}

void ModelSettingsDialog::restoreDefaults()
{
    try {
        useParameters(io::loadBundledModelParameters(), tr("the bundled defaults"));
    } catch (const std::exception& error) {
        QMessageBox::warning(this, tr("Restore bundled defaults"), QString::fromUtf8(error.what()));
    }
}

void ModelSettingsDialog::useParameters(ModelParameters parameters, const QString& origin)
{
    m_reference = parameters;
    m_parameters = std::move(parameters);
    m_changed = true;
    showParameters();
    m_origin->setText(tr("Model <b>%1</b> from %2, applied when you press OK. The calibrated scan ranges below are "
                         "those in use now.")
                          .arg(QString::fromStdString(m_parameters.model).toHtmlEscaped(), origin.toHtmlEscaped()));
}

} // namespace xm
