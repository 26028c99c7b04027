#pragma once

#include <string_view>

namespace xm::io {

// True for nine characters (digits, capital letters, '*', '@', '#') whose last digit is the
// CUSIP check digit of the first eight (modulus 10, "double add double").
bool isValidCusip(std::string_view cusip);

} // namespace xm::io
