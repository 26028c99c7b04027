#include "bond_command.h"

#include "arguments.h"

#include "core/instruments/fixed_rate_bond.h"
#include "core/io/date_text.h"

#include <stdexcept>

namespace xm::cli {
namespace {

using namespace Qt::StringLiterals;

const io::NumberRule kCoupon{u"a coupon in percent"_s, 0.0, 20.0};
const io::NumberRule kYield{u"a yield in percent"_s, -5.0, 30.0};
const io::NumberRule kPrice{u"a clean price per 100 face"_s, 0.0, 1000.0, true};

YieldAnalytics analytics(const Arguments& args, const io::FieldParser& parser, const FixedRateBond& bond, Date settle)
{
    if (args.has(u"--yield"_s) == args.has(u"--price"_s))
        throw UsageError(u"give exactly one of --yield and --price"_s);
    if (const std::optional<io::Field> yield = args.optionalOption(u"--yield"_s))
        return analyticsFromYield(bond, settle, parser.number(*yield, kYield) / 100.0);
    const io::Field price = args.option(u"--price"_s);
    try {
        return analyticsFromCleanPrice(bond, settle, parser.number(price, kPrice));
    } catch (const std::invalid_argument& error) {
        parser.fail(price, u"a price that some yield reproduces (%1)"_s.arg(QString::fromUtf8(error.what())));
    }
}

} // namespace

QJsonObject runBondCommand(const QStringList& arguments)
{
    const Arguments args(arguments, {u"--coupon"_s, u"--maturity"_s, u"--settle"_s, u"--yield"_s, u"--price"_s});
    args.expectPositionals(0, 0);
    const io::FieldParser parser({}, 0);
    const double coupon = parser.number(args.option(u"--coupon"_s), kCoupon);
    const Date settle = parser.isoDate(args.option(u"--settle"_s));
    const Date maturity = parser.isoDate(args.option(u"--maturity"_s));
    if (maturity <= settle)
        parser.fail(args.option(u"--maturity"_s), u"a date after --settle %1"_s.arg(io::toIsoString(settle)));

    const FixedRateBond bond(coupon, maturity);
    const YieldAnalytics a = analytics(args, parser, bond, settle);
    return {
        {u"coupon"_s, coupon},
        {u"maturity"_s, io::toIsoString(maturity)},
        {u"settle"_s, io::toIsoString(settle)},
        {u"previousCoupon"_s, io::toIsoString(bond.previousCouponDate(settle))},
        {u"nextCoupon"_s, io::toIsoString(bond.nextCouponDate(settle))},
        {u"cleanPrice"_s, a.cleanPrice},
        {u"dirtyPrice"_s, a.dirtyPrice},
        {u"accrued"_s, a.accrued},
        {u"yield"_s, a.yield * 100.0},
        {u"dv01"_s, a.dv01},
        {u"modifiedDuration"_s, a.modifiedDuration},
        {u"convexity"_s, a.convexity},
    };
}

} // namespace xm::cli
