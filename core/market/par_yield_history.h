#pragma once

#include "date.h"
#include "risk_factors.h"

#include <cstddef>
#include <optional>
#include <vector>

namespace xm {

// One Treasury publication day: par yields in percent, NaN where Treasury published none.
struct ParYieldObservation {
    Date date;
    FactorVector yieldsPct{};
};

// Daily par-yield history, ascending by date without duplicates. The dates are the
// business days of the history (MARGIN_MODEL.md §1).
class ParYieldHistory final {
public:
    // Throws std::invalid_argument if rows are empty, unsorted or duplicated.
    explicit ParYieldHistory(std::vector<ParYieldObservation> rows);

    std::size_t size() const { return m_rows.size(); }
    const std::vector<ParYieldObservation>& rows() const { return m_rows; }
    const ParYieldObservation& row(std::size_t index) const { return m_rows[index]; }
    Date firstDate() const { return m_rows.front().date; }
    Date lastDate() const { return m_rows.back().date; }
    std::vector<Date> dates() const;

    std::optional<std::size_t> indexOf(Date date) const;
    // Index of the last row dated on or before `date`; nullopt before the first row.
    std::optional<std::size_t> indexOnOrBefore(Date date) const;

    // The row's yields with any missing tenor interpolated linearly in maturity from the
    // nearest published neighbours (flat beyond the ends). `filled` (optional) reports which.
    FactorVector filledYieldsPct(std::size_t index, std::array<bool, kFactorCount>* filled = nullptr) const;

private:
    std::vector<ParYieldObservation> m_rows;
};

// Fills NaN entries of `values` by linear interpolation in maturity between the nearest
// finite neighbours (flat extrapolation at the ends). Returns false if all are NaN.
bool fillGapsInMaturity(FactorVector& values, std::array<bool, kFactorCount>* filled = nullptr);

} // namespace xm
