#pragma once

#include <qcustomplot.h>

namespace xm {

// A value axis in USD: one unit for every tick label of the axis ("$0", "$0.5m", "$1.0m"), with
// as many decimals as the tick step needs, so labels line up and never mix "k" with "m".
class UsdAxisTicker final : public QCPAxisTicker {
protected:
    QVector<QString> createLabelVector(const QVector<double>& ticks, const QLocale& locale, QChar formatChar,
                                       int precision) override;
};

} // namespace xm
