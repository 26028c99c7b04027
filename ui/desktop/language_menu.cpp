#include "language_menu.h"

#include "language.h"

#include <QActionGroup>
#include <QMessageBox>

namespace xm {

LanguageMenu::LanguageMenu(QWidget* parent)
    : QMenu(tr("&Language"), parent)
{
    setObjectName(QStringLiteral("languageMenu"));
    setToolTipsVisible(true);
    auto* group = new QActionGroup(this);
    const QString stored = Language::stored();
    for (const Language::Choice& choice : Language::choices()) {
        QAction* action = addAction(choice.name);
        action->setCheckable(true);
        action->setChecked(choice.code == stored);
        action->setData(choice.code);
        action->setToolTip(tr("Takes effect the next time XMargin starts"));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = choice.code] { choose(code); });
    }
    addSeparator();
    addAction(tr("Takes effect the next time XMargin starts"))->setEnabled(false);
}

void LanguageMenu::choose(const QString& code)
{
    Language::store(code);
    if (Language::resolve(code) == Language::current())
        return;
    QMessageBox::information(parentWidget(), tr("Language"),
                             tr("XMargin will use the new language the next time it starts."));
}

} // namespace xm
