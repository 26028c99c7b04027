#pragma once

namespace xm {
class MarginSession;
namespace io {
struct PortfolioDocument;
}
} // namespace xm

namespace xm::test {

// What the killed session of tst_crash_recovery does: autosave_session_helper makes these
// edits, and the test replays them to know what the recovered document must hold.

// One keystroke every 200 ms: always well inside Autosaver::kQuietDelay, so only the
// maximum delay lets such a session autosave.
constexpr int kTypingIntervalMs = 200;

// Renames the portfolio, makes the account non-HRP and moves it to 2025-06-02.
void makeSetupEdits(MarginSession& session);
// Keystroke k: the first position's quantity becomes 100mm + k mm.
void typeEdit(MarginSession& session, int k);
// The k of the last keystroke the session or the document shows.
int typedEdits(const MarginSession& session);
int typedEdits(const io::PortfolioDocument& document);

} // namespace xm::test
