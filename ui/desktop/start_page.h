#pragma once

#include <QDialog>

namespace xm {

// The start page: every teaching preset as a card (title, what it shows, Open) and whether
// to show the page when XMargin starts. Choosing a preset emits presetChosen() and closes.
class StartPage final : public QDialog {
    Q_OBJECT

public:
    explicit StartPage(QWidget* parent = nullptr);

    // The "show at start" setting (QSettings), on until the user turns it off.
    static bool showAtStart();
    static void setShowAtStart(bool show);

signals:
    void presetChosen(const QString& name);
};

} // namespace xm
