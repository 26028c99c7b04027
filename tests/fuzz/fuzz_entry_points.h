#pragma once

#include <QByteArray>
#include <QString>

#include <string_view>
#include <vector>

namespace xm::fuzz {

// What one input did to a reader: accepted, refused with an InputError naming the input, or
// broke a property the entry point checks (a crash for the fuzzer, a failure for the replay).
struct Outcome {
    bool accepted = false;
    QString message;     // the refusal, as the user would read it
    QString violation;   // empty unless the reader misbehaved
};

// One reader as the libFuzzer targets drive it and tst_fuzz_regressions replays it. Inputs
// live in tests/fuzz/corpus/<name>/ (seeds) and tests/fuzz/regressions/<name>/ (findings).
struct Target {
    const char* name;
    Outcome (*run)(const QByteArray& input);
};

const std::vector<Target>& targets();
// nullptr when no target has that name.
const Target* findTarget(std::string_view name);

} // namespace xm::fuzz
