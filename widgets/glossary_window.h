#pragma once

#include <QDialog>

class QLineEdit;
class QListWidget;
class QTextBrowser;

namespace xm {

// Help → Glossary: every Glossary term in the application's language, in alphabetical order,
// with a search over titles and definitions and the selected term's definition beside the list.
class GlossaryWindow final : public QDialog {
    Q_OBJECT

public:
    explicit GlossaryWindow(QWidget* parent = nullptr);

    QLineEdit* searchField() const { return m_search; }
    QListWidget* termList() const { return m_terms; }
    QTextBrowser* definitionView() const { return m_definition; }

private:
    void filter(const QString& text);
    void showSelected();

    QLineEdit* m_search;
    QListWidget* m_terms;
    QTextBrowser* m_definition;
};

} // namespace xm
