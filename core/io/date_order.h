#pragma once

#include "field_parser.h"

namespace xm::io {

// Enforces strictly ascending dates, row after row (no duplicates).
class AscendingDates final {
public:
    // Throws InputError on `field` unless `date` is after the previous row's date.
    void check(const FieldParser& parser, const Field& field, Date date);

private:
    Date m_previous;
    int m_previousLine = 0;
};

} // namespace xm::io
