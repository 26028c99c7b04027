#include "cusip.h"

#include <optional>

namespace xm::io {
namespace {

std::optional<int> characterValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    switch (c) {
    case '*': return 36;
    case '@': return 37;
    case '#': return 38;
    default: return std::nullopt;
    }
}

} // namespace

bool isValidCusip(std::string_view cusip)
{
    if (cusip.size() != 9 || cusip[8] < '0' || cusip[8] > '9')
        return false;
    int sum = 0;
    for (std::size_t i = 0; i < 8; ++i) {
        std::optional<int> value = characterValue(cusip[i]);
        if (!value)
            return false;
        if (i % 2 == 1)
            *value *= 2;
        sum += *value / 10 + *value % 10;
    }
    return (10 - sum % 10) % 10 == cusip[8] - '0';
}

} // namespace xm::io
