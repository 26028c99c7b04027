#pragma once

#include <qcustomplot.h>

#include <QStringList>

namespace xm {

// A one-line text row of a chart (title, footnote) that never forces the chart wider: it
// draws the first of its alternatives (most to least complete) that fits the width, and
// elides the last one when none does.
class FittedTextElement final : public QCPTextElement {
public:
    FittedTextElement(QCustomPlot* plot, const QFont& font);

    void setAlternatives(const QStringList& texts);

protected:
    QSize minimumOuterSizeHint() const override;
    void draw(QCPPainter* painter) override;

private:
    QStringList m_alternatives;
};

} // namespace xm
