#include "contract_month.h"

#include <cctype>
#include <charconv>
#include <cstdio>
#include <cstdlib>

namespace xm {
namespace {

constexpr char kMonthCodes[] = "FGHJKMNQUVXZ";
// Years a contract month may name: Date ends at 9999, and no Treasury future before 1900.
constexpr int kFirstYear = 1900;
constexpr int kLastYear = 9999;

int monthFromCode(char code)
{
    for (int m = 0; m < 12; ++m) {
        if (kMonthCodes[m] == std::toupper(static_cast<unsigned char>(code)))
            return m + 1;
    }
    return 0;
}

bool allDigits(std::string_view text)
{
    if (text.empty())
        return false;
    for (char c : text) {
        if (!std::isdigit(static_cast<unsigned char>(c)))
            return false;
    }
    return true;
}

} // namespace

std::optional<ContractMonth> ContractMonth::parseIso(std::string_view text)
{
    if (text.size() != 7 || text[4] != '-' || !allDigits(text.substr(0, 4)) || !allDigits(text.substr(5, 2)))
        return std::nullopt;
    ContractMonth cm;
    std::from_chars(text.data(), text.data() + 4, cm.year);
    std::from_chars(text.data() + 5, text.data() + 7, cm.month);
    if (cm.year < kFirstYear || cm.month < 1 || cm.month > 12)
        return std::nullopt;
    return cm;
}

std::optional<ContractMonth> ContractMonth::parseCode(std::string_view code, int referenceYear)
{
    if (code.size() < 2 || code.size() > 3)
        return std::nullopt;
    const int month = monthFromCode(code[0]);
    const std::string_view digits = code.substr(1);
    if (month == 0 || !allDigits(digits))
        return std::nullopt;
    int value = 0;
    std::from_chars(digits.data(), digits.data() + digits.size(), value);
    const int modulus = digits.size() == 1 ? 10 : 100;
    // Codes name listed contracts: the first year ending in `value` from the year before the
    // reference on (a just-expired contract stays addressable).
    const int earliest = referenceYear - 1;
    int year = earliest - earliest % modulus + value;
    if (year < earliest)
        year += modulus;
    // A reference year near either end of the calendar must not name a month beyond it.
    if (year < kFirstYear || year > kLastYear)
        return std::nullopt;
    return ContractMonth{year, month};
}

std::string ContractMonth::toIso() const
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
    return buffer;
}

char ContractMonth::monthCode() const
{
    return kMonthCodes[month - 1];
}

std::optional<FuturesCode> parseFuturesCode(std::string_view code, int referenceYear)
{
    // SYMBOL + month letter + 1 or 2 year digits, e.g. ZNU5, Z3NH26, SR3Z5.
    for (std::size_t digits = 1; digits <= 2; ++digits) {
        if (code.size() < digits + 2)
            continue;
        const std::size_t split = code.size() - digits - 1;
        const auto month = ContractMonth::parseCode(code.substr(split), referenceYear);
        if (!month)
            continue;
        std::string symbol(code.substr(0, split));
        for (char& c : symbol)
            c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        return FuturesCode{symbol, *month};
    }
    return std::nullopt;
}

} // namespace xm
