#pragma once

#include "arguments.h"

#include "core/io/field_parser.h"
#include "core/io/portfolio_document.h"
#include "core/margin/model_parameters.h"
#include "core/market_data.h"
#include "core/portfolio/margin_engine.h"

#include <QStringList>

#include <memory>

namespace xm::cli {

// The options every engine command takes besides FILE (FORMATS.md `margin`).
inline const QStringList kEngineOptions{QStringLiteral("--as-of"), QStringLiteral("--params"),
                                        QStringLiteral("--xm-rule"), QStringLiteral("--cme-model")};

// A portfolio file opened on the engine: the market data and parameters it was built from
// outlive it. As-of date: --as-of, else the document's, else the last history date.
struct EngineSession {
    EngineSession(MarketData marketData, ModelParameters modelParameters, io::PortfolioDocument portfolio);

    MarketData data;
    ModelParameters parameters;
    io::PortfolioDocument document;
    std::unique_ptr<MarginEngine> engine;
};

// Throws UsageError (no FILE) or io::InputError (unreadable file, bad option value).
std::unique_ptr<EngineSession> openEngineSession(const Arguments& arguments, const io::FieldParser& parser);

// Index of the position with `id`; fails naming `field` when there is none.
std::size_t positionIndex(const EngineSession& session, const io::Field& field, const io::FieldParser& parser);

} // namespace xm::cli
