#pragma once

#include "../market/date.h"

#include <optional>
#include <string>
#include <string_view>

namespace xm {

// A futures contract month, e.g. 2025-09 (code U5).
struct ContractMonth {
    int year = 0;
    int month = 0;

    // "YYYY-MM"
    static std::optional<ContractMonth> parseIso(std::string_view text);
    // Month code + year digit(s), e.g. "U5" or "U25": the first matching year from
    // `referenceYear` - 1 on (CME reuses single-digit years every decade); nullopt when that
    // year is outside 1900..9999, the years parseIso reads.
    static std::optional<ContractMonth> parseCode(std::string_view code, int referenceYear);

    Date firstDay() const { return Date::fromYmd(year, month, 1); }
    Date lastDay() const { return firstDay().endOfMonth(); }
    std::string toIso() const;
    char monthCode() const;

    friend auto operator<=>(const ContractMonth&, const ContractMonth&) = default;
};

// A futures code split into symbol and month, e.g. "ZNU5" -> ZN 2025-09.
struct FuturesCode {
    std::string symbol;
    ContractMonth month;
};
std::optional<FuturesCode> parseFuturesCode(std::string_view code, int referenceYear);

} // namespace xm
