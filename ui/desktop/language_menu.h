#pragma once

#include <QMenu>

namespace xm {

// View → Language: System, English, Deutsch, Français, 日本語 as a radio group. A choice is
// stored at once and, since the open windows keep their texts, applies at the next start
// (the menu says so, and so does a message when the choice differs from the running language).
class LanguageMenu final : public QMenu {
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget* parent = nullptr);

private:
    void choose(const QString& code);
};

} // namespace xm
