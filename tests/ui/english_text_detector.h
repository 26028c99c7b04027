#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace xm::test {

// Decides whether a string a user sees in the German application is still English: it holds
// an English function or interface word ("the", "of", "and", "Savings", …), or it is an
// English source text of the catalog (placeholders standing for anything) whose German
// translation differs. Codes, numbers, units and proper nouns (FICC, CME, SPAN, VaR, DV01,
// CUSIPs, ZNU5, USD, XMargin) are neither, and `setData` strings (names and citations from
// the bundled data files, which are not translated) are removed before the check.
class EnglishTextDetector final {
public:
    // Reads the German catalog (translations/xmargin_de.ts).
    explicit EnglishTextDetector(const QString& tsPath);

    void setData(QStringList dataTexts);
    // Why `text` looks English, or empty when it does not.
    QString reason(const QString& text) const;
    int catalogSize() const { return m_patterns.size(); }

private:
    struct Pattern {
        QString source;
        QRegularExpression match;
    };
    QList<Pattern> m_patterns;
    QStringList m_data;
};

} // namespace xm::test
