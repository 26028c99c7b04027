#include "quick_entry.h"

#include "position_rules.h"
#include "quantity_text.h"
#include "../market_data.h"

#include <array>
#include <cctype>
#include <charconv>
#include <sstream>
#include <vector>

namespace xm {
namespace {

struct Keyword {
    std::string_view word;
    PositionType type;
};
constexpr std::array<Keyword, 7> kKeywords{{
    {"UST", PositionType::Cash},
    {"REPO", PositionType::Repo},
    {"REVREPO", PositionType::ReverseRepo},
    {"BILL", PositionType::Bill},
    {"TIPS", PositionType::Tips},
    {"FRN", PositionType::Frn},
    {"STRIPS", PositionType::Strips},
}};

constexpr std::string_view kFirstWordExpected =
    "UST, REPO, REVREPO, BILL, TIPS, FRN, STRIPS, a CUSIP from the securities list, "
    "or a CME symbol or code such as ZN, ZNU5 or OZN";
constexpr std::string_view kKnownCusipExpected = "a CUSIP from the securities list";
constexpr std::string_view kMaturityExpected = "a maturity date YYYY-MM-DD";
constexpr std::string_view kSecurityByMaturityExpected = "a CUSIP or a maturity date YYYY-MM-DD";
constexpr std::string_view kMonthExpected = "a contract month YYYY-MM";
constexpr std::string_view kTermExpected = "a repo term such as 90d, 13w or 3m, or an end date YYYY-MM-DD";
constexpr double kMaxCouponPct = 20.0;
constexpr int kMaxTerm = 3650;
// Messages quote at most this many bytes of a word, so that a pasted megabyte stays readable.
constexpr std::size_t kMaxQuotedBytes = 60;

// A failed word, caught in parseQuickEntry and returned as the error.
struct Failure {
    std::string message;
};

std::optional<PositionType> keywordType(std::string_view word)
{
    for (const Keyword& k : kKeywords) {
        if (k.word == word)
            return k.type;
    }
    return std::nullopt;
}

// Nine CUSIP characters: a word that cannot be meant as anything else.
bool looksLikeCusip(std::string_view word)
{
    if (word.size() != 9)
        return false;
    for (char c : word) {
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '*' && c != '@' && c != '#')
            return false;
    }
    return true;
}

template <typename Number>
std::optional<Number> parseNumber(std::string_view text)
{
    Number value{};
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

// A coupon in percent, "4.25" or "4.25%".
std::optional<double> parseCoupon(std::string_view word)
{
    if (word.ends_with('%'))
        word.remove_suffix(1);
    const std::optional<double> coupon = word.starts_with('+') ? std::nullopt : parseNumber<double>(word);
    if (!coupon || !(*coupon >= 0.0 && *coupon <= kMaxCouponPct))
        return std::nullopt;
    return coupon;
}

// `word` cut to kMaxQuotedBytes at a UTF-8 character boundary, with "…" when cut.
std::string quotable(const std::string& word)
{
    if (word.size() <= kMaxQuotedBytes)
        return word;
    std::size_t cut = kMaxQuotedBytes;
    while (cut > 0 && (static_cast<unsigned char>(word[cut]) & 0xC0) == 0x80)
        --cut;
    return word.substr(0, cut) + "…";
}

// The words of a line as typed (for messages) and upper-cased (for matching).
class Words final {
public:
    explicit Words(std::string_view line)
    {
        std::istringstream stream{std::string(line)};
        std::string word;
        while (stream >> word)
            m_typed.push_back(word);
    }

    std::size_t remaining() const { return m_typed.size() - m_next; }
    std::string peek() const { return upper(m_typed[m_next]); }

    // The next word, upper-cased; at the end of the line, fails saying what was `expected`.
    std::string take(std::string_view expected)
    {
        if (remaining() == 0) {
            std::ostringstream message;
            message << "word " << m_next + 1 << ": expected " << expected
                    << (m_typed.empty() ? ", but the line is empty" : ", but the line ends");
            throw Failure{message.str()};
        }
        return upper(m_typed[m_next++]);
    }

    // Fails on the word just taken.
    [[noreturn]] void fail(std::string_view expected) const
    {
        std::ostringstream message;
        message << "word " << m_next << " \"" << quotable(m_typed[m_next - 1]) << "\": expected " << expected;
        throw Failure{message.str()};
    }

    void expectEnd()
    {
        if (remaining() > 0) {
            ++m_next;
            fail("nothing more on the line");
        }
    }

private:
    static std::string upper(std::string word)
    {
        for (char& c : word)
            c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        return word;
    }

    std::vector<std::string> m_typed;
    std::size_t m_next = 0;
};

class QuickEntryParser final {
public:
    QuickEntryParser(std::string_view line, const QuickEntryContext& context)
        : m_words(line)
        , m_context(context)
    {
    }

    Position parse()
    {
        const std::string first = m_words.take(kFirstWordExpected);
        if (const std::optional<PositionType> type = keywordType(first))
            return ficc(*type);
        if (isKnownCusip(first)) {
            Position p = ficcPosition(PositionType::Cash);
            p.cusip = first;
            return finish(p);
        }
        if (looksLikeCusip(first))
            m_words.fail(kKnownCusipExpected);
        return cme(first);
    }

private:
    bool isKnownCusip(const std::string& word) const
    {
        return m_context.isKnownCusip && m_context.isKnownCusip(word);
    }

    static Position ficcPosition(PositionType type)
    {
        Position p;
        p.venue = Venue::Ficc;
        p.type = type;
        return p;
    }

    // KEYWORD security quantity [term]
    Position ficc(PositionType type)
    {
        Position p = ficcPosition(type);
        const bool coupon = needsCoupon(type);
        const std::string word =
            m_words.take(coupon ? "a CUSIP or a coupon in percent such as 4.25" : kSecurityByMaturityExpected);
        if (isKnownCusip(word)) {
            p.cusip = word;
        } else if (looksLikeCusip(word)) {
            m_words.fail(kKnownCusipExpected);
        } else if (coupon) {
            p.couponPct = parseCoupon(word);
            if (!p.couponPct)
                m_words.fail("a CUSIP or a coupon in percent from 0 to 20, such as 4.25");
            p.maturity = date(m_words.take(kMaturityExpected), kMaturityExpected);
        } else {
            p.maturity = date(word, kSecurityByMaturityExpected);
        }
        p.quantity = quantity(Venue::Ficc);
        if (needsEndDate(type))
            p.end = endDate();
        m_words.expectEnd();
        return p;
    }

    // SYMBOL [YYYY-MM] quantity, or CODE quantity
    Position cme(const std::string& first)
    {
        Position p;
        p.venue = Venue::Cme;
        const int referenceYear = m_context.asOf.isNull() ? m_context.frontMonth.year : m_context.asOf.year();
        if (isCmeOptionSymbol(first)) {
            p.symbol = first;
        } else if (const std::optional<FuturesCode> code = parseFuturesCode(first, referenceYear);
                   code && isCmeOptionSymbol(code->symbol)) {
            p.symbol = code->symbol;
            p.month = code->month;
        } else {
            m_words.fail(kFirstWordExpected);
        }
        p.type = isCmeFuturesSymbol(p.symbol) ? PositionType::Future : PositionType::Option;
        if (!p.month)
            p.month = monthOrFront();
        return finish(p);
    }

    // The next word is the month when it reads as one, or when it is no quantity and more
    // words follow (a mistyped month).
    ContractMonth monthOrFront()
    {
        const bool monthGiven =
            m_context.frontMonth.year == 0
            || (m_words.remaining() > 0 && ContractMonth::parseIso(m_words.peek()))
            || (m_words.remaining() >= 2 && !parseQuantity(m_words.peek()));
        if (!monthGiven)
            return m_context.frontMonth;
        const std::optional<ContractMonth> month = ContractMonth::parseIso(m_words.take(kMonthExpected));
        if (!month)
            m_words.fail(kMonthExpected);
        return *month;
    }

    Position finish(Position p)
    {
        p.quantity = quantity(p.venue);
        m_words.expectEnd();
        return p;
    }

    Date date(const std::string& word, std::string_view expected) const
    {
        const std::optional<Date> d = Date::parseIso(word);
        if (!d)
            m_words.fail(expected);
        return *d;
    }

    double quantity(Venue venue)
    {
        const std::optional<double> q = parseQuantity(m_words.take(kQuantityExpected));
        if (!q)
            m_words.fail(kQuantityExpected);
        if (!isSensibleQuantity(venue, *q))
            m_words.fail(expectedQuantity(venue));
        return *q;
    }

    // "90d", "13w", "3m" after the as-of date, or an ISO end date after it.
    Date endDate()
    {
        const std::string word = m_words.take(kTermExpected);
        Date end;
        if (const std::optional<Date> d = Date::parseIso(word)) {
            end = *d;
        } else {
            const char unit = word.back();
            const std::optional<int> count = parseNumber<int>(std::string_view(word).substr(0, word.size() - 1));
            if (!count || *count < 1 || *count > kMaxTerm || (unit != 'D' && unit != 'W' && unit != 'M'))
                m_words.fail(kTermExpected);
            if (m_context.asOf.isNull())
                m_words.fail("an end date YYYY-MM-DD (there is no as-of date to count a term from)");
            end = unit == 'M' ? m_context.asOf.addMonths(*count) : m_context.asOf.addDays(*count * (unit == 'W' ? 7 : 1));
        }
        if (!m_context.asOf.isNull() && end <= m_context.asOf)
            m_words.fail("an end date after the as-of date " + m_context.asOf.toIso());
        return end;
    }

    Words m_words;
    const QuickEntryContext& m_context;
};

} // namespace

QuickEntryContext quickEntryContext(const MarketData& data, Date asOf, ContractMonth frontMonth)
{
    return {asOf, frontMonth, [&data](std::string_view cusip) { return data.findSecurity(cusip) != nullptr; }};
}

QuickEntryResult parseQuickEntry(std::string_view line, const QuickEntryContext& context)
{
    try {
        return {QuickEntryParser(line, context).parse(), {}};
    } catch (const Failure& failure) {
        return {std::nullopt, failure.message};
    }
}

} // namespace xm
