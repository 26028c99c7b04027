#include "message.h"

#include <charconv>

namespace xm {

MessageArg::MessageArg(const Message& nested)
    : text(nested.text)
    , message(std::make_shared<const Message>(nested))
{
}

MessageArg MessageArg::count(long long n)
{
    MessageArg arg(std::to_string(n));
    arg.number = static_cast<double>(n);
    return arg;
}

MessageArg MessageArg::fixed(double value, int decimals)
{
    // to_chars, not printf: the English text must not follow the process's C locale.
    char buffer[64];
    const std::to_chars_result end = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
    MessageArg arg{std::string(buffer, end.ptr)};
    arg.number = value;
    arg.decimals = decimals;
    return arg;
}

// Substitutes %1…%9 as QString::arg would for these templates (no %10 or more).
Message Message::format(const char* pattern, std::vector<MessageArg> args)
{
    Message m;
    m.pattern = pattern;
    for (const char* c = pattern; *c; ++c) {
        if (c[0] == '%' && c[1] >= '1' && c[1] <= '9' && static_cast<std::size_t>(c[1] - '1') < args.size()) {
            m.text += args[static_cast<std::size_t>(c[1] - '1')].text;
            ++c;
        } else {
            m.text += *c;
        }
    }
    m.args = std::move(args);
    return m;
}

} // namespace xm
