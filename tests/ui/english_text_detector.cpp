#include "english_text_detector.h"

#include <QFile>
#include <QMap>
#include <QSet>
#include <QXmlStreamReader>

#include <algorithm>

namespace xm::test {
namespace {

// English words that German text does not use: function words and the interface's own
// vocabulary. Anglicisms German finance keeps (Margin, Trade, Futures, Repo, Haircut,
// Portfolio, Position, Hedge, Clearing, Spread, Scan) are not listed.
const QSet<QString> kEnglishWords = {
    QStringLiteral("the"),       QStringLiteral("of"),        QStringLiteral("and"),       QStringLiteral("to"),
    QStringLiteral("is"),        QStringLiteral("not"),       QStringLiteral("with"),      QStringLiteral("for"),
    QStringLiteral("from"),      QStringLiteral("are"),       QStringLiteral("be"),        QStringLiteral("by"),
    QStringLiteral("this"),      QStringLiteral("that"),      QStringLiteral("its"),       QStringLiteral("their"),
    QStringLiteral("which"),     QStringLiteral("when"),      QStringLiteral("than"),      QStringLiteral("into"),
    QStringLiteral("only"),      QStringLiteral("each"),      QStringLiteral("every"),     QStringLiteral("or"),
    QStringLiteral("at"),        QStringLiteral("on"),        QStringLiteral("as"),        
    QStringLiteral("no"),        QStringLiteral("yes"),       QStringLiteral("none"),      QStringLiteral("both"),
    QStringLiteral("it"),        QStringLiteral("you"),       QStringLiteral("your"),      QStringLiteral("our"),
    QStringLiteral("can"),       QStringLiteral("cannot"),    QStringLiteral("has"),       QStringLiteral("have"),
    QStringLiteral("will"),      QStringLiteral("there"),     QStringLiteral("here"),      QStringLiteral("add"),
    QStringLiteral("open"),      QStringLiteral("save"),      QStringLiteral("remove"),    QStringLiteral("edit"),
    QStringLiteral("file"),      QStringLiteral("view"),      QStringLiteral("help"),      QStringLiteral("quit"),
    QStringLiteral("undo"),      QStringLiteral("redo"),      QStringLiteral("account"),   QStringLiteral("savings"),
    QStringLiteral("saving"),    QStringLiteral("duplicated"), QStringLiteral("eligible"), QStringLiteral("warnings"),
    QStringLiteral("requirement"), QStringLiteral("requirements"), QStringLiteral("margined"),
    QStringLiteral("standalone"), QStringLiteral("settings"), QStringLiteral("search"),    QStringLiteral("chart"),
    QStringLiteral("curve"),     QStringLiteral("yield"),     QStringLiteral("yields"),    QStringLiteral("history"),
    QStringLiteral("scenario"),  QStringLiteral("scenarios"),  QStringLiteral("contracts"),
    QStringLiteral("date"),      QStringLiteral("maturity"),  QStringLiteral("coupon"),    QStringLiteral("type"),
    QStringLiteral("quantity"),  QStringLiteral("venue"),          QStringLiteral("source"),
    QStringLiteral("model"),     QStringLiteral("cap"),       QStringLiteral("floor"),     QStringLiteral("leg"),
    QStringLiteral("legs"),      QStringLiteral("loss"),      QStringLiteral("profit"),    QStringLiteral("face"),
    QStringLiteral("customer"),       QStringLiteral("firm"),      QStringLiteral("member"),
          QStringLiteral("tenor"),     QStringLiteral("comparison"), QStringLiteral("change"),
         QStringLiteral("offset"),    QStringLiteral("reduction"), QStringLiteral("glossary"),
};

// Proper names that stay English in German text: institutions, programmes, licences and
// the market's own terms of art.
const QStringList kProperNouns = {
    QStringLiteral("Cheapest to Deliver"),          QStringLiteral("Value at Risk"),
    QStringLiteral("Standard Portfolio Analysis of Risk"), QStringLiteral("Secured Overnight Financing Rate"),
    QStringLiteral("Fixed Income Clearing Corporation"), QStringLiteral("Futures Commission Merchant"),
    QStringLiteral("Government Securities Division"), QStringLiteral("Heightened Risk Profile"),
    QStringLiteral("Margin Liquidity Adjustment"),  QStringLiteral("Exchange Act"),
    QStringLiteral("Daily Treasury Par Yield Curve Rates"), QStringLiteral("U.S. Department of the Treasury"),
    QStringLiteral("Federal Reserve Bank of New York"), QStringLiteral("GNU General Public License"),
    QStringLiteral("Eligible BD-FCM"),              QStringLiteral("English"),
    QStringLiteral("GPL-3.0-or-later"),
    // The cross-margin readings' keywords, as the CLI option --xm-rule takes them.
    QStringLiteral("(min)"), QStringLiteral("(each)"), QStringLiteral("(onepot)"), QStringLiteral("(legacy)"),
};

QString plainText(QString text)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    text.remove(tags);
    text.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    return text;
}

// A catalog source as a pattern for the whole string, each placeholder standing for anything.
QRegularExpression sourcePattern(const QString& source)
{
    static const QRegularExpression placeholder(QStringLiteral("%(?:\\d|n)"));
    QString pattern;
    qsizetype at = 0;
    for (auto it = placeholder.globalMatch(source); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        pattern += QRegularExpression::escape(source.mid(at, m.capturedStart() - at)) + QStringLiteral("(.*)");
        at = m.capturedEnd();
    }
    pattern += QRegularExpression::escape(source.mid(at));
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern),
                              QRegularExpression::DotMatchesEverythingOption);
}

// Whether the source's own text (not its placeholders) has a word of three letters or more:
// "%1%" or "$%1" would match German numbers too.
bool hasWords(const QString& source)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
    QString literal = source;
    literal.remove(QRegularExpression(QStringLiteral("%(?:\\d|n)")));
    return word.match(literal).hasMatch();
}

} // namespace

EnglishTextDetector::EnglishTextDetector(const QString& tsPath)
{
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(tsPath));
    QXmlStreamReader xml(&file);
    // A source some context keeps as it is (a German anglicism there) is German too.
    QMap<QString, bool> keptSomewhere;
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            // Numerus forms are nested; their source carries %n and is matched as a pattern.
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            keptSomewhere[source] = keptSomewhere.value(source) || translation == source;
        }
    }
    for (auto it = keptSomewhere.cbegin(); it != keptSomewhere.cend(); ++it) {
        if (!it.value() && hasWords(it.key()))
            m_patterns.append({it.key(), sourcePattern(it.key())});
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(tsPath), qPrintable(xml.errorString()));
}

void EnglishTextDetector::setData(QStringList dataTexts)
{
    // Names and sentences only: removing a value such as "0" would cut other words apart.
    static const QRegularExpression letters(QStringLiteral("\\p{L}{3,}"));
    dataTexts.removeIf([](const QString& text) { return !letters.match(text).hasMatch(); });
    // Longest first, so a name inside a longer name does not leave a fragment behind.
    std::sort(dataTexts.begin(), dataTexts.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    m_data = dataTexts;
}

QString EnglishTextDetector::reason(const QString& shown) const
{
    QString text = plainText(shown);
    for (const QString& data : m_data)
        text.replace(data, QStringLiteral(" "));
    for (const QString& name : kProperNouns)
        text.replace(name, QStringLiteral(" "));
    // Web addresses of sources, and mnemonics inside a word ("Be&richt").
    static const QRegularExpression address(QStringLiteral("https?://\\S+"));
    text.replace(address, QStringLiteral(" "));
    static const QRegularExpression mnemonic(QStringLiteral("(?<=\\p{L})&(?=\\p{L})"));
    text.remove(mnemonic);
    // Identifiers: parameter keys (ficc.floor.pct), file names (MARGIN_MODEL.md), S_F.
    static const QRegularExpression identifier(QStringLiteral("\\w+(?:[._]\\w+)+"));
    text.replace(identifier, QStringLiteral(" "));
    text = text.trimmed();
    if (text.isEmpty())
        return {};
    for (const Pattern& pattern : m_patterns) {
        if (pattern.match.match(text).hasMatch())
            return QStringLiteral("the English catalog text \"%1\"").arg(pattern.source);
    }
    static const QRegularExpression words(QStringLiteral("[\\p{L}']+"));
    for (auto it = words.globalMatch(text); it.hasNext();) {
        const QString word = it.next().captured().toLower();
        if (kEnglishWords.contains(word))
            return QStringLiteral("the English word \"%1\"").arg(word);
    }
    return {};
}

} // namespace xm::test
