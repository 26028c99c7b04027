#pragma once

// Internal to the engine's source files: the cached state of a position and of a book.
#include "margin_engine.h"

namespace xm {

inline std::size_t bookIndex(Book book)
{
    return static_cast<std::size_t>(book);
}

struct MarginEngine::PositionState {
    const InstrumentRisk* risk = nullptr;
    Eligibility product;
    Book book = Book::NotMargined;
    FiccExposure ficc;       // FICC's view, scaled by the quantity
    CmeExposure cme;         // CME's view, scaled by the quantity
    FactorVector ladder{};   // full key-rate DV01s (including haircut-sleeve positions)
};

struct MarginEngine::BookState {
    FiccExposure ficc;
    CmeExposure cme;
    FactorVector ladder{};
    Eigen::VectorXd pnl;  // FICC scenario P&L of the book's VaR sensitivities
    int count = 0;
};

} // namespace xm
