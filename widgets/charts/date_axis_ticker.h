#pragma once

#include <qcustomplot.h>

namespace xm {

// A date axis (keys: UTC seconds, as QCPAxisTickerDateTime) that ticks on the first of January
// of every 1, 2, 5 or 10 years over spans of several years, labelled "2020", and falls back to
// months ("Mar 2020") over shorter spans.
class DateAxisTicker final : public QCPAxisTickerDateTime {
public:
    DateAxisTicker();

protected:
    QVector<double> createTickVector(double tickStep, const QCPRange& range) override;
};

} // namespace xm
