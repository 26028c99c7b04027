#pragma once

#include "portfolio_document.h"

#include <QString>

#include <vector>

namespace xm::io {

// The chart a preset's explanation talks about, in the order of the desktop chart deck.
enum class PresetChart { Comparison, Waterfall, HedgeRatio, KeyRateLadder, PnlDistribution, History };

// A teaching portfolio (issue #5): a real portfolio with what it shows, in a trainer's words.
// Titles and explanations are marked for translation in the context "xm::Presets"; show them
// through QCoreApplication::translate("xm::Presets", ...).
struct Preset {
    QString name;             // stable id for --preset and links, e.g. "basis-10y"
    const char* title;
    const char* explanation;  // 2-4 sentences that match the engine's numbers
    QString fileName;         // resource path of the portfolio document
    PresetChart chart;
};

// Every preset, in teaching order.
const std::vector<Preset>& presets();
// nullptr when no preset has that name.
const Preset* findPreset(const QString& name);
// Throws InputError naming the unknown preset and listing the valid names.
const Preset& presetNamed(const QString& name);
PortfolioDocument loadPreset(const QString& name);

} // namespace xm::io
