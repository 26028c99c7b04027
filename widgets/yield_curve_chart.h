#pragma once

#include "charts/chart_frame.h"
#include "par_curve.h"

#include <array>

namespace xm {

// Par-yield curves of the as-of date and a comparison date: published points as markers,
// the interpolated par curve as a line, a hover read-out, PNG and PDF export.
class YieldCurveChart final : public ChartFrame {
    Q_OBJECT

public:
    explicit YieldCurveChart(QWidget* parent = nullptr);

    void setCurves(const ParCurve& asOf, const ParCurve& comparison);
    bool hasData() const override;

protected:
    std::optional<Readout> readoutAt(const QPointF& pixel) const override;

private:
    enum Role { AsOf, Comparison, RoleCount };
    struct Series {
        QColor color;
        QCPGraph* line = nullptr;
        QCPGraph* points = nullptr;
    };

    void setupAxes();
    Series addSeries(const QColor& color, QCPScatterStyle::ScatterShape shape);
    void updateSeries(Role role, const QString& name);
    void updateValueRange();
    QString readoutText(int factor) const;

    std::array<Series, RoleCount> m_series;
    std::array<ParCurve, RoleCount> m_curves;
};

} // namespace xm
