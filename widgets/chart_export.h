#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace xm {

// Asks where to export a chart, as PNG or PDF by the chosen filter or the typed suffix,
// suggesting `suggestedStem`.png; saves it with `save(path, pdf)` and says so when that fails.
void exportChartWithDialog(QWidget* parent, const QString& suggestedStem,
                           const std::function<bool(const QString& path, bool pdf)>& save);

} // namespace xm
