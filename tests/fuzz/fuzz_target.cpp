// libFuzzer main for one reader: XMARGIN_FUZZ_TARGET names it (fuzz_entry_points.cpp).
#include "fuzz_entry_points.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const xm::fuzz::Target* const target = xm::fuzz::findTarget(XMARGIN_FUZZ_TARGET);
    if (!target) {
        std::fprintf(stderr, "no fuzz target %s\n", XMARGIN_FUZZ_TARGET);
        std::abort();
    }
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const xm::fuzz::Outcome outcome = target->run(input);
    if (!outcome.violation.isEmpty()) {
        std::fprintf(stderr, "%s: %s\n", XMARGIN_FUZZ_TARGET, qPrintable(outcome.violation));
        std::abort();
    }
    return 0;
}
