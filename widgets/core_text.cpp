#include "core_text.h"

#include "amount_format.h"

namespace xm {

QString CoreText::message(const Message& m)
{
    if (!m.pattern)
        return QString::fromStdString(m.text);
    QString text = QCoreApplication::translate(kMessageContext, m.pattern);
    // Without group separators, as the English text has them ("2520 overlapping scenarios").
    QLocale locale = numberLocale();
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    for (const MessageArg& arg : m.args) {
        if (arg.message)
            text = text.arg(message(*arg.message));
        else if (arg.number)
            text = text.arg(locale.toString(*arg.number, 'f', arg.decimals));
        else
            text = text.arg(QString::fromStdString(arg.text));
    }
    return text;
}

QString CoreText::book(Book book)
{
    switch (book) {
    case Book::FiccXm:
        return tr("FICC XM account");
    case Book::CmeXm:
        return tr("CME XM account");
    case Book::FiccRegular:
        return tr("FICC regular account");
    case Book::CmeRegular:
        return tr("CME regular account");
    case Book::NotMargined:
        break;
    }
    return tr("not margined");
}

QString CoreText::provenance(Provenance provenance)
{
    switch (provenance) {
    case Provenance::Official:
        return tr("official");
    case Provenance::Calibrated:
        return tr("calibrated");
    case Provenance::Assumed:
        break;
    }
    return tr("assumed");
}

QString CoreText::binding(const std::string& binding)
{
    if (binding == "FICC")
        return tr("FICC");
    if (binding == "CME")
        return tr("CME");
    if (binding == "both")
        return tr("both");
    if (binding == "each")
        return tr("each");
    return tr("none");
}

QString CoreText::stressWindow(const std::string& name)
{
    // resources/parameters/xm-2026.1.json and core/portfolio/stress.cpp name these.
    static const char* const kBundled[] = {
        QT_TRANSLATE_NOOP("xm::CoreText", "2008 financial crisis"),
        QT_TRANSLATE_NOOP("xm::CoreText", "March 2020 dash for cash"),
        QT_TRANSLATE_NOOP("xm::CoreText", "2022 rate-hike selloff"),
    };
    for (const char* bundled : kBundled) {
        if (name == bundled)
            return tr(bundled);
    }
    return QString::fromStdString(name);
}

} // namespace xm
