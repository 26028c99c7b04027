#pragma once

#include "position.h"

#include <vector>

namespace xm {

// Gives every position without an id the first free one of p1, p2, … (FORMATS.md ids),
// leaving existing ids as they are.
void assignMissingIds(std::vector<Position>& positions);

} // namespace xm
