#pragma once

#include "../margin/model_parameters.h"

#include <QByteArray>
#include <QString>

namespace xm::io {

// Reads a versioned parameter file (FORMATS.md "Model parameters"): every parameter an object
// {"value", "provenance": official|calibrated|assumed, "source"}. Any missing, mistyped or
// out-of-range entry throws InputError naming the file, the line and the offending key.
ModelParameters loadModelParameters(const QByteArray& json, const QString& fileName);
ModelParameters loadModelParameters(const QString& path);
// The default parameter set shipped in resources/parameters.
ModelParameters loadBundledModelParameters();

} // namespace xm::io
