#include "LoginThrottle.h"

#include "Encoding.h"

#include <cctype>

namespace commonroom::syncd {

LoginThrottle::LoginThrottle(const Clock &clock, std::string kind)
    : m_clock(clock)
    , m_kind(std::move(kind))
{
}

std::string LoginThrottle::storedKey(std::string_view key) const
{
    std::string text = m_kind + ':';
    for (const char c : key)
        text += char(std::tolower(static_cast<unsigned char>(c)));
    return toHex(sha256(text));
}

bool LoginThrottle::isOverLimit(Store &store, std::string_view key) const
{
    const auto failures = store.signInFailures(storedKey(key));
    return failures && failures->count >= kMaxFailures && m_clock.nowMs() < failures->firstAt + kWindowMs;
}

void LoginThrottle::recordFailure(Store &store, std::string_view key) const
{
    const std::int64_t now = m_clock.nowMs();
    // Guessing at random emails cannot grow the table without bound: expired entries go first.
    store.deleteSignInFailuresBefore(now - kWindowMs);
    const std::string stored = storedKey(key);
    SignInFailures failures = store.signInFailures(stored).value_or(SignInFailures {0, now});
    if (now >= failures.firstAt + kWindowMs)
        failures = SignInFailures {0, now};
    ++failures.count;
    store.saveSignInFailures(stored, failures);
}

void LoginThrottle::recordSuccess(Store &store, std::string_view key) const
{
    store.deleteSignInFailures(storedKey(key));
}

} // namespace commonroom::syncd
