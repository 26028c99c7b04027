#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

namespace xm {

// The application's language (issue #5): XMargin's own translation, Qt's, and the locale
// numbers follow. Chosen in View → Language and stored in QSettings; `--language CODE`
// overrides it for one run. A change takes effect at the next start.
class Language final {
    Q_DECLARE_TR_FUNCTIONS(xm::Language)

public:
    struct Choice {
        QString code;  // empty: the system's language
        QString name;  // in its own language ("Deutsch"); "System" is translated
    };

    // System, English, Deutsch, Français, 日本語.
    static QList<Choice> choices();
    static bool isKnown(const QString& code);

    // What the settings hold (empty: the system's language).
    static QString stored();
    static void store(const QString& code);

    // The translated language `code` stands for: the system's when empty, English when the
    // system speaks a language XMargin is not translated into.
    static QString resolve(const QString& code);
    // The locale numbers are written in for `code`.
    static QLocale locale(const QString& code);

    // Installs XMargin's and Qt's translations for `code` (replacing earlier ones) and makes
    // its locale the default. Returns the language now in use ("en", "de", "fr", "ja").
    static QString apply(const QString& code);
    // The language apply() last installed.
    static QString current();
};

} // namespace xm
