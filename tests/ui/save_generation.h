#pragma once

#include "core/io/portfolio_document.h"

#include <QString>

#include <optional>

namespace xm::test {

// The documents that save_loop_helper writes one after another and tst_atomic_save expects to
// find: generation k is a large portfolio (thousands of positions, so that a save takes long
// enough to be killed in the middle) named "Generation k", every quantity and note of which
// depends on k.
io::PortfolioDocument savedGeneration(int generation);
// k from the name "Generation k"; nullopt for any other name.
std::optional<int> generationOf(const io::PortfolioDocument& document);

} // namespace xm::test
