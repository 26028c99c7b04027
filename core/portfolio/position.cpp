#include "position.h"

#include <array>
#include <utility>

namespace xm {
namespace {

constexpr std::array<std::pair<PositionType, std::string_view>, 9> kTypeNames{{
    {PositionType::Cash, "cash"},
    {PositionType::Repo, "repo"},
    {PositionType::ReverseRepo, "reverse_repo"},
    {PositionType::Bill, "bill"},
    {PositionType::Tips, "tips"},
    {PositionType::Frn, "frn"},
    {PositionType::Strips, "strips"},
    {PositionType::Future, "future"},
    {PositionType::Option, "option"},
}};

} // namespace

std::string_view toString(Venue venue)
{
    return venue == Venue::Ficc ? "FICC" : "CME";
}

std::optional<Venue> venueFromString(std::string_view text)
{
    if (text == "FICC")
        return Venue::Ficc;
    if (text == "CME")
        return Venue::Cme;
    return std::nullopt;
}

std::string_view toString(PositionType type)
{
    for (const auto& [t, name] : kTypeNames) {
        if (t == type)
            return name;
    }
    return {};
}

std::optional<PositionType> positionTypeFromString(std::string_view text)
{
    for (const auto& [t, name] : kTypeNames) {
        if (name == text)
            return t;
    }
    return std::nullopt;
}

bool isFiccType(PositionType type)
{
    return type != PositionType::Future && type != PositionType::Option;
}

} // namespace xm
