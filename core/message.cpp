#include "message.h"

#include <cstdio>

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
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    MessageArg arg{std::string(buffer)};
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
