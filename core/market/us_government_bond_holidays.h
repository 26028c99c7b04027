#pragma once

#include "date.h"

namespace xm {

// True if `date` is a weekday on which the U.S. government-bond market is closed under the
// SIFMA holiday recommendations (New Year, MLK, Presidents, Good Friday, Memorial, Juneteenth
// from 2022, Independence, Labor, Columbus, Veterans, Thanksgiving, Christmas) or on a
// recorded special closing.
bool isUsGovernmentBondHoliday(Date date);

// Easter Sunday of `year` (Gregorian computus).
Date easterSunday(int year);

} // namespace xm
