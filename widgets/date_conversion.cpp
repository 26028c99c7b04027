#include "date_conversion.h"

namespace xm {

QDate toQDate(Date date)
{
    if (date.isNull())
        return {};
    return QDate(date.year(), date.month(), date.day());
}

Date toDate(QDate date)
{
    if (!date.isValid())
        return {};
    return Date::fromYmd(date.year(), date.month(), date.day());
}

} // namespace xm
