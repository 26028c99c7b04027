#pragma once

#include <qcustomplot.h>

#include <QDate>
#include <QString>
#include <QWidget>

#include <optional>

class QHBoxLayout;
class QLabel;

namespace xm {

class FittedTextElement;

// The house style every XMargin chart shares: a QCustomPlot laid out as title, subtitle,
// centred legend, one axis rect and a footnote; axes styled alike; a hover read-out on a
// buffered overlay layer (hovering never redraws the data); an empty-state message; PNG and
// PDF export; and a context menu to copy or export the chart. Subclasses add their
// plottables once and update them in place.
class ChartFrame : public QWidget {
    Q_OBJECT

public:
    ~ChartFrame() override;

    // True when the chart shows data (every chart of the deck must after a portfolio loads).
    virtual bool hasData() const = 0;

    QString title() const;
    // The file name an export suggests, without suffix: "xmargin-margin-waterfall-2025-07-11".
    QString exportName() const;
    QCustomPlot* plot() const;
    // What the hover read-out says now; empty while it is hidden.
    QString readoutText() const;

    // A width or height of 0 means the chart's current size.
    bool savePng(const QString& path, int width = 0, int height = 0);
    bool savePdf(const QString& path, int width = 0, int height = 0);
    // Draws the chart as vectors into `target`, laid out as a `layoutSize` chart and scaled to
    // fit, so its text keeps its size relative to the chart (a page of a report).
    void drawInto(QPainter& painter, const QRectF& target, QSize layoutSize);
    // Asks for a file (PNG or PDF by the chosen filter or suffix) and saves the chart there.
    void exportWithDialog();

signals:
    void replotted();

protected:
    // `exportStem` names the chart (its object name) and its export files, after "xmargin-"
    // and before the date of the data shown.
    ChartFrame(const QString& title, const QString& exportStem, QWidget* parent);

    // What the read-out says for the mouse at `pixel` (widget coordinates of the plot), and
    // where it points (plot coordinates); nullopt hides it.
    struct Readout {
        QPointF anchor;
        QString text;
        QColor ring;  // circle around the anchor; invalid: none (bars)
    };
    virtual std::optional<Readout> readoutAt(const QPointF& pixel) const = 0;
    // Called before every export and copy: brings lazily computed data up to date.
    virtual void prepareExport();

    // `shortTitle` replaces the title where it does not fit.
    void setTitle(const QString& title, const QString& shortTitle = QString());
    void setExportDate(const QDate& date);
    void setSubtitle(const QString& text);
    // From the most to the least complete: the chart shows the first that fits its width.
    void setFootnote(const QStringList& alternatives);
    // A centred message inside the axis rect when there is nothing to show; empty hides it.
    void setEmptyMessage(const QString& text);
    // A row of controls (leg pickers, periods) above the plot; exports leave it out. Returns
    // the control's caption.
    QLabel* addControl(const QString& label, QWidget* control);

    QFont chartFont(double deltaPt, bool bold = false) const;
    void styleAxis(QCPAxis* axis) const;
    void setUsdAxis(QCPAxis* axis) const;
    // Category axis: one tick per label at 1, 2, 3, …
    void setCategories(QCPAxis* axis, const QStringList& labels) const;
    // A line graph on the chart's axes, named for the legend.
    QCPGraph* addLine(const QString& name, const QPen& pen);
    // A text item in the chart's style on the main layer (value labels, annotations).
    QCPItemText* addText(double deltaPt = 0.0, bool bold = false);

    void queueReplot();
    void hideReadout();

    bool eventFilter(QObject* watched, QEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void setupLayout();
    void stretchAxisRectRow();
    // As many legend entries per row as `width` holds.
    void fitLegend(int width);
    // Brings the data up to date and lays the chart out at the export size.
    QSize beginExport(int width, int height);
    void endExport();
    void setupReadout();
    void showReadout(const QPointF& pos);
    QPixmap toPixmap();
    void copyToClipboard();

    QString m_exportStem;
    QDate m_exportDate;
    QCustomPlot* m_plot;
    QHBoxLayout* m_controls = nullptr;
    FittedTextElement* m_title = nullptr;
    QCPTextElement* m_subtitle = nullptr;
    FittedTextElement* m_footnote = nullptr;
    QCPItemText* m_emptyMessage = nullptr;
    QCPItemTracer* m_tracer = nullptr;
    QCPItemText* m_readout = nullptr;
};

} // namespace xm
