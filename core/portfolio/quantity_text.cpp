#include "quantity_text.h"

#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <string>
#include <utility>

namespace xm {
namespace {

constexpr std::array<std::pair<std::string_view, double>, 5> kSuffixes{{
    {"", 1.0},
    {"k", 1e3},
    {"m", 1e6},
    {"mm", 1e6},
    {"bn", 1e9},
}};

std::optional<double> suffixScale(std::string_view suffix)
{
    std::string lower(suffix);
    for (char& c : lower)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const auto& [name, scale] : kSuffixes) {
        if (name == lower)
            return scale;
    }
    return std::nullopt;
}

} // namespace

std::optional<double> parseQuantity(std::string_view text)
{
    double sign = 1.0;
    if (!text.empty() && (text.front() == '+' || text.front() == '-')) {
        sign = text.front() == '-' ? -1.0 : 1.0;
        text.remove_prefix(1);
    }
    // Digits and one decimal point only: no exponents, "inf" or "nan".
    std::size_t numberEnd = 0;
    while (numberEnd < text.size() && (std::isdigit(static_cast<unsigned char>(text[numberEnd])) || text[numberEnd] == '.'))
        ++numberEnd;
    const std::optional<double> scale = suffixScale(text.substr(numberEnd));
    if (numberEnd == 0 || !scale)
        return std::nullopt;
    double value = 0.0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + numberEnd, value, std::chars_format::fixed);
    if (error != std::errc() || end != text.data() + numberEnd)
        return std::nullopt;
    const double quantity = sign * value * *scale;
    if (!std::isfinite(quantity))
        return std::nullopt;
    return quantity;
}

} // namespace xm
