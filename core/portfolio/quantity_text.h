#pragma once

#include <optional>
#include <string_view>

namespace xm {

// A signed quantity as people type it (FORMATS.md): "-950", "+100mm", "25m", "1.5bn", "10k".
// Suffixes, any case: k = thousand, m and mm = million, bn = billion. nullopt when malformed
// or not finite. Shared by quick entry and the position CSV.
std::optional<double> parseQuantity(std::string_view text);

// What parseQuantity reads, to follow "expected".
inline constexpr std::string_view kQuantityExpected = "a quantity such as -950, +100mm, 25m or 1.5bn";

} // namespace xm
