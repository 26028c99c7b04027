#pragma once

#include "par_curve.h"

#include <qcustomplot.h>

#include <QWidget>

#include <array>

namespace xm {

// Par-yield curves of the as-of date and a comparison date: published points as markers,
// the interpolated par curve as a line, a hover read-out, PNG and PDF export.
class YieldCurveChart final : public QWidget {
    Q_OBJECT

public:
    explicit YieldCurveChart(QWidget* parent = nullptr);

    void setCurves(const ParCurve& asOf, const ParCurve& comparison);

    // A width or height of 0 means the chart's current size.
    bool savePng(const QString& path, int width = 0, int height = 0);
    bool savePdf(const QString& path, int width = 0, int height = 0);

signals:
    void replotted();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    enum Role { AsOf, Comparison, RoleCount };
    struct Series {
        QColor color;
        QCPGraph* line = nullptr;
        QCPGraph* points = nullptr;
    };

    void setupLayout();
    void setupAxes();
    Series addSeries(const QColor& color, QCPScatterStyle::ScatterShape shape);
    void setupReadout();
    void updateSeries(Role role, const QString& name);
    void updateValueRange();
    void showReadout(const QPointF& pos);
    void hideReadout();
    QString readoutText(int factor) const;

    QCustomPlot* m_plot;
    std::array<Series, RoleCount> m_series;
    std::array<ParCurve, RoleCount> m_curves;
    QCPItemTracer* m_tracer = nullptr;
    QCPItemText* m_readout = nullptr;
};

} // namespace xm
