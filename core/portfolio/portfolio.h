#pragma once

#include "account.h"
#include "position.h"

#include <string>
#include <vector>

namespace xm {

struct Portfolio {
    std::string name;
    Date asOf;  // null: the last date of the history
    Account account;
    std::vector<Position> positions;

    friend bool operator==(const Portfolio&, const Portfolio&) = default;
};

} // namespace xm
