#include "LoginThrottle.h"

#include <cctype>

namespace commonroom::syncd {

namespace {
// Beyond this many tracked emails, expired entries are swept so that guessing at random
// addresses cannot grow the map without bound.
constexpr std::size_t kSweepThreshold = 10'000;
} // namespace

LoginThrottle::LoginThrottle(const Clock &clock)
    : m_clock(clock)
{
}

std::string LoginThrottle::keyOf(std::string_view email)
{
    std::string key(email);
    for (char &c : key)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return key;
}

bool LoginThrottle::isLocked(std::string_view email)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_failures.find(keyOf(email));
    return it != m_failures.end() && it->second.count >= kMaxFailures
        && m_clock.nowMs() < it->second.firstAt + kWindowMs;
}

void LoginThrottle::recordFailure(std::string_view email)
{
    std::lock_guard lock(m_mutex);
    const std::int64_t now = m_clock.nowMs();
    if (m_failures.size() >= kSweepThreshold)
        forgetExpired(now);
    auto &failures = m_failures[keyOf(email)];
    if (now >= failures.firstAt + kWindowMs)
        failures = Failures {0, now};
    ++failures.count;
}

void LoginThrottle::recordSuccess(std::string_view email)
{
    std::lock_guard lock(m_mutex);
    m_failures.erase(keyOf(email));
}

void LoginThrottle::forgetExpired(std::int64_t now)
{
    std::erase_if(m_failures, [now](const auto &entry) { return now >= entry.second.firstAt + kWindowMs; });
}

} // namespace commonroom::syncd
