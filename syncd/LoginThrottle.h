#pragma once

#include "common/Clock.h"

#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

namespace commonroom::syncd {

// Slows down password guessing: after kMaxFailures failed sign-ins for one email within
// kWindowMs, further attempts for it are refused until the window has passed. Kept in memory
// only, so a restart forgets it, which costs an attacker a restart they cannot cause.
class LoginThrottle
{
public:
    static constexpr int kMaxFailures = 10;
    static constexpr std::int64_t kWindowMs = 15 * 60 * 1000;

    explicit LoginThrottle(const Clock &clock);

    bool isLocked(std::string_view email);
    void recordFailure(std::string_view email);
    void recordSuccess(std::string_view email);

private:
    struct Failures
    {
        int count = 0;
        std::int64_t firstAt = 0;
    };

    // Emails compare without ASCII case, like accounts do.
    static std::string keyOf(std::string_view email);
    void forgetExpired(std::int64_t now);

    const Clock &m_clock;
    std::mutex m_mutex;
    std::unordered_map<std::string, Failures> m_failures;
};

} // namespace commonroom::syncd
