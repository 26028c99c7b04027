#include "position_ids.h"

#include <set>
#include <string>

namespace xm {

void assignMissingIds(std::vector<Position>& positions)
{
    std::set<std::string> used;
    for (const Position& p : positions)
        used.insert(p.id);
    int next = 1;
    for (Position& p : positions) {
        if (!p.id.empty())
            continue;
        while (used.count("p" + std::to_string(next)))
            ++next;
        p.id = "p" + std::to_string(next++);
        used.insert(p.id);
    }
}

} // namespace xm
