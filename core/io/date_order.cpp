#include "date_order.h"

#include "date_text.h"

namespace xm::io {

using namespace Qt::StringLiterals;

void AscendingDates::check(const FieldParser& parser, const Field& field, Date date)
{
    if (!m_previous.isNull() && date <= m_previous) {
        const QString reason = date == m_previous ? u"the date is already on line %1"_s
                                                  : u"dates ascending; line %1 has the later date"_s;
        parser.fail(field, u"a date after %1 (%2)"_s.arg(toIsoString(m_previous), reason.arg(m_previousLine)));
    }
    m_previous = date;
    m_previousLine = parser.line();
}

} // namespace xm::io
