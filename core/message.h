#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

// Marks a message template for Qt's lupdate without making the core depend on Qt: lupdate
// runs with `-tr-function-alias QT_TRANSLATE_NOOP+=XM_TRANSLATE_NOOP` over the core sources.
#define XM_TRANSLATE_NOOP(context, text) text

namespace xm {

// The translation context of every core message template.
inline constexpr const char* kMessageContext = "xm::CoreMessage";

// One argument of a message: its English text, and the number behind it when there is one,
// so a translated display can write the number in the reader's locale.
struct Message;
struct MessageArg {
    std::string text;
    std::optional<double> number;
    int decimals = 0;
    std::shared_ptr<const Message> message;  // a whole message inside another one

    MessageArg(std::string t) : text(std::move(t)) {}
    MessageArg(const char* t) : text(t) {}
    MessageArg(const Message& nested);
    static MessageArg count(long long n);
    static MessageArg fixed(double value, int decimals);
};

// A user-visible sentence from the core. `text` is the English the CLI and the reports print;
// a message made from a template also keeps the template (English, %1…%9 for the arguments,
// marked with XM_TRANSLATE_NOOP) and its arguments so the desktop can show it translated.
// Free text (an exception's message, a string from a file) has no template and stays as is.
struct Message {
    std::string text;
    const char* pattern = nullptr;
    std::vector<MessageArg> args;

    Message() = default;
    Message(std::string freeText) : text(std::move(freeText)) {}
    Message(const char* freeText) : text(freeText) {}
    static Message format(const char* pattern, std::vector<MessageArg> args = {});

    bool empty() const { return text.empty(); }
    operator const std::string&() const { return text; }
    bool operator==(const Message& other) const { return text == other.text; }
};

} // namespace xm
