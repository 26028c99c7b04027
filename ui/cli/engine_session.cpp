#include "engine_session.h"

#include "core/io/date_text.h"
#include "core/io/market_data_loader.h"
#include "core/io/model_parameters_loader.h"
#include "core/io/portfolio_json.h"

#include <stdexcept>

namespace xm::cli {

using namespace Qt::StringLiterals;

EngineSession::EngineSession(MarketData marketData, ModelParameters modelParameters, io::PortfolioDocument portfolio)
    : data(std::move(marketData))
    , parameters(std::move(modelParameters))
    , document(std::move(portfolio))
{
}

std::unique_ptr<EngineSession> openEngineSession(const Arguments& args, const io::FieldParser& parser)
{
    args.expectPositionals(1, 1);
    auto session = std::make_unique<EngineSession>(
        io::loadBundledMarketData(),
        args.has(u"--params"_s) ? io::loadModelParameters(args.option(u"--params"_s).text)
                                : io::loadBundledModelParameters(),
        io::loadPortfolioDocument(args.positionals().front()));
    if (const auto rule = args.optionalOption(u"--xm-rule"_s))
        session->parameters.xm.rule = static_cast<XmRule>(parser.choice(*rule, {u"min"_s, u"each"_s, u"onepot"_s, u"legacy"_s}));
    if (const auto model = args.optionalOption(u"--cme-model"_s))
        session->parameters.cme.model = parser.choice(*model, {u"span"_s, u"hvar"_s}) == 0 ? CmeModel::Span : CmeModel::HVaR;

    Date asOf = session->document.portfolio.asOf.isNull() ? session->data.parYields.lastDate()
                                                           : session->document.portfolio.asOf;
    const auto asOfOption = args.optionalOption(u"--as-of"_s);
    if (asOfOption)
        asOf = parser.isoDate(*asOfOption);
    try {
        session->engine = std::make_unique<MarginEngine>(session->data, session->parameters, asOf);
    } catch (const std::invalid_argument& error) {
        parser.fail(asOfOption.value_or(io::Field{u"asOf"_s, io::toIsoString(asOf)}),
                    u"a date the history covers (%1)"_s.arg(QString::fromUtf8(error.what())));
    }
    session->engine->setPortfolio(session->document.portfolio);
    return session;
}

std::size_t positionIndex(const EngineSession& session, const io::Field& field, const io::FieldParser& parser)
{
    const auto& positions = session.engine->positions();
    for (std::size_t i = 0; i < positions.size(); ++i) {
        if (QString::fromStdString(positions[i].id) == field.text.trimmed())
            return i;
    }
    parser.fail(field, u"the id of a position in the portfolio"_s);
}

} // namespace xm::cli
