#include "language.h"

#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace xm {
namespace {

const QString kSettingsKey = QStringLiteral("language");
const QString kEnglish = QStringLiteral("en");

struct Installed {
    QString language = QStringLiteral("en");
    std::unique_ptr<QTranslator> application;
    std::unique_ptr<QTranslator> qt;
};

Installed& installed()
{
    static Installed state;
    return state;
}

std::unique_ptr<QTranslator> loadTranslator(const QString& name, const QString& directory)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(name, directory) || !QCoreApplication::installTranslator(translator.get()))
        return nullptr;
    return translator;
}

} // namespace

QList<Language::Choice> Language::choices()
{
    return {{QString(), tr("System")},
            {kEnglish, QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")},
            {QStringLiteral("ja"), QStringLiteral("日本語")}};
}

bool Language::isKnown(const QString& code)
{
    for (const Choice& choice : choices()) {
        if (choice.code == code)
            return true;
    }
    return false;
}

QString Language::stored()
{
    const QString code = QSettings().value(kSettingsKey).toString();
    return isKnown(code) ? code : QString();
}

void Language::store(const QString& code)
{
    QSettings().setValue(kSettingsKey, code);
}

QString Language::resolve(const QString& code)
{
    if (!code.isEmpty())
        return code;
    const QString system = QLocale::languageToCode(QLocale::system().language());
    return isKnown(system) ? system : kEnglish;
}

QLocale Language::locale(const QString& code)
{
    const QString language = resolve(code);
    // The system's own locale (de_CH, fr_CA) when it speaks the chosen language.
    if (QLocale::languageToCode(QLocale::system().language()) == language && code.isEmpty())
        return QLocale::system();
    if (language == QLatin1String("de"))
        return QLocale(QLocale::German, QLocale::Germany);
    if (language == QLatin1String("fr"))
        return QLocale(QLocale::French, QLocale::France);
    if (language == QLatin1String("ja"))
        return QLocale(QLocale::Japanese, QLocale::Japan);
    return code.isEmpty() ? QLocale::system() : QLocale(QLocale::English, QLocale::UnitedStates);
}

QString Language::apply(const QString& code)
{
    Installed& state = installed();
    state.application.reset();
    state.qt.reset();
    state.language = resolve(code);
    QLocale::setDefault(locale(code));
    if (state.language != kEnglish) {
        state.application = loadTranslator(QStringLiteral("xmargin_") + state.language, QStringLiteral(":/i18n"));
        state.qt = loadTranslator(QStringLiteral("qtbase_") + state.language,
                                  QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    }
    return state.language;
}

QString Language::current()
{
    return installed().language;
}

} // namespace xm
