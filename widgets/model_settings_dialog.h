#pragma once

#include "core/margin/cme_model.h"
#include "core/margin/model_parameters.h"

#include <QDialog>

#include <map>
#include <string>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace xm {

class ParameterTableModel;

// Model settings: every parameter with its value, provenance badge and source (plus the
// calibrated price scan ranges), and controls for what users change: the cross-margin
// reading, the CME model, the reduction cap and the FICC add-ons. A value changed here is
// recorded as "assumed" with the file's value in its source. Another parameter file or the
// bundled defaults can be loaded. The caller applies parameters() (undoably) on accept.
class ModelSettingsDialog final : public QDialog {
    Q_OBJECT

public:
    ModelSettingsDialog(const ModelParameters& parameters, const std::map<std::string, ScanRange>& scanRanges,
                        QWidget* parent = nullptr);

    const ModelParameters& parameters() const { return m_parameters; }
    // Whether parameters() differs from what the dialog opened with.
    bool hasChanges() const { return m_changed; }

    QComboBox* ruleBox() const { return m_rule; }
    QComboBox* cmeModelBox() const { return m_cmeModel; }
    QDoubleSpinBox* capBox() const { return m_cap; }
    QCheckBox* mlaBox() const { return m_mla; }
    QTableView* table() const { return m_table; }
    ParameterTableModel* tableModel() const { return m_model; }

private:
    QWidget* createControls();
    QWidget* createTable();
    QDoubleSpinBox* createUsdBox(const QString& toolTip);
    void connectControls();
    // Controls from m_parameters (after opening, loading a file or restoring the defaults).
    void showParameters();
    // m_parameters and their records from the controls.
    void readControls();
    void setRecordValue(const std::string& key, const std::string& value);
    void showRecords();
    void loadFile();
    void restoreDefaults();
    void useParameters(ModelParameters parameters, const QString& origin);

    ModelParameters m_parameters;
    ModelParameters m_reference;  // the values the records' provenance describes
    std::vector<ParameterRecord> m_scanRangeRecords;
    bool m_changed = false;
    bool m_showing = false;

    QLabel* m_origin = nullptr;
    QComboBox* m_rule = nullptr;
    QLabel* m_ruleHelp = nullptr;
    QComboBox* m_cmeModel = nullptr;
    QDoubleSpinBox* m_cap = nullptr;
    QCheckBox* m_mla = nullptr;
    QDoubleSpinBox* m_backtesting = nullptr;
    QDoubleSpinBox* m_holiday = nullptr;
    QDoubleSpinBox* m_special = nullptr;
    QLineEdit* m_filter = nullptr;
    ParameterTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table = nullptr;
};

} // namespace xm
