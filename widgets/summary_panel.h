#pragma once

#include <QFrame>

#include <array>

class QLabel;

namespace xm {

class MarginSession;
struct MarginResult;

// The live margin summary, always in view and large enough for a client demo: both CCPs'
// standalone requirements, the duplicated and cross-margined totals, the savings in USD and
// percent, which CCP's reduction binds, whether the cap binds, and the account's eligibility
// with its reasons. Follows every session change; warnings explain negative savings.
class SummaryPanel final : public QFrame {
    Q_OBJECT

public:
    enum Figure {
        FiccStandalone,
        CmeStandalone,
        Duplicated,
        CrossMargined,
        Savings,
        SavingsPct,
        Binding,
        CapBinding,
        Eligibility,
        Warnings,
        FigureCount
    };

    explicit SummaryPanel(const MarginSession& session, QWidget* parent = nullptr);

    // The title over a figure (it carries the glossary tooltip).
    QLabel* title(Figure figure) const { return m_titles[figure]; }

    // The text a figure shows now.
    QString text(Figure figure) const;

private:
    // A title over the figure's value, the value in `scale` times the normal font (bold when larger).
    void addFigure(Figure figure, const QString& title, int row, int column, double scale, int columnSpan = 1);
    void showResult();
    QString bindingText(const MarginResult& result) const;
    QString eligibilityText(const MarginResult& result) const;

    const MarginSession& m_session;
    std::array<QLabel*, FigureCount> m_labels{};
    std::array<QLabel*, FigureCount> m_titles{};
};

} // namespace xm
