#pragma once

#include "common/Clock.h"

#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

namespace commonroom::syncd {

// A token bucket per key (a session token's digest, a client address): each key may send
// `perSecond` requests a second on average and up to `burst` at once. Kept in memory and
// thread-safe; time comes from the injected clock so that tests never sleep.
class RateLimiter
{
public:
    // perSecond == 0 turns the limiter off: every request is admitted.
    RateLimiter(const Clock &clock, std::uint32_t perSecond, std::uint32_t burst);

    // Takes one request out of `key`'s bucket. Returns 0 when the request may go ahead, or else
    // how many milliseconds the sender has to wait before its next request would be admitted.
    std::int64_t acquire(std::string_view key);

    bool enabled() const { return m_perSecond > 0; }

private:
    // Buckets count thousandths of a request, so that refilling by the millisecond is exact in
    // integers: `perSecond` requests a second are `perSecond` thousandths a millisecond.
    static constexpr std::int64_t kUnit = 1000;

    struct Bucket
    {
        std::int64_t level = 0;
        std::int64_t updatedAt = 0;
    };

    std::int64_t refilled(const Bucket &bucket, std::int64_t now) const;
    // Drops the buckets that have refilled completely: a full bucket behaves exactly like a
    // missing one, so only senders active in the last burst/perSecond seconds take memory.
    void forgetFull(std::int64_t now);

    const Clock &m_clock;
    const std::int64_t m_perSecond;
    const std::int64_t m_capacity;
    std::mutex m_mutex;
    std::unordered_map<std::string, Bucket> m_buckets;
    std::size_t m_sweepAt;
};

} // namespace commonroom::syncd
