#pragma once

#include "../instruments/contract_month.h"
#include "../market/date.h"

#include <optional>
#include <string>
#include <string_view>

namespace xm {

enum class Venue { Ficc, Cme };
// FICC: cash | repo | reverse_repo | bill | tips | frn | strips; CME: future | option
// (FORMATS.md). Bills, TIPS, FRNs, STRIPS and options exist so users can see why they are
// not eligible.
enum class PositionType { Cash, Repo, ReverseRepo, Bill, Tips, Frn, Strips, Future, Option };

std::string_view toString(Venue venue);
std::optional<Venue> venueFromString(std::string_view text);
std::string_view toString(PositionType type);
std::optional<PositionType> positionTypeFromString(std::string_view text);
bool isFiccType(PositionType type);

// One line of a portfolio. Quantity is signed: face value in USD for FICC positions (long > 0;
// for a repo, the collateral face the member delivered), contracts for CME positions.
struct Position {
    std::string id;
    Venue venue = Venue::Ficc;
    PositionType type = PositionType::Cash;
    // FICC security: a CUSIP, or coupon + maturity (+ optional issue date).
    std::string cusip;
    std::optional<double> couponPct;
    Date maturity;
    Date issue;
    Date end;  // repo / reverse repo close date
    // CME contract.
    std::string symbol;
    std::optional<ContractMonth> month;
    double quantity = 0.0;
    bool allocateXM = true;  // CME members choose which futures go to the XM account

    friend bool operator==(const Position&, const Position&) = default;
};

} // namespace xm
