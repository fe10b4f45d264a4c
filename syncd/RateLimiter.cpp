#include "RateLimiter.h"

#include <algorithm>

namespace commonroom::syncd {

namespace {
// Full buckets are swept once the map holds this many keys; the next sweep waits until it has
// doubled again, so that a flood of distinct keys costs amortized constant time per request.
constexpr std::size_t kFirstSweep = 10'000;
} // namespace

RateLimiter::RateLimiter(const Clock &clock, std::uint32_t perSecond, std::uint32_t burst)
    : m_clock(clock)
    , m_perSecond(perSecond)
    , m_capacity(std::int64_t(std::max<std::uint32_t>(burst, 1)) * kUnit)
    , m_sweepAt(kFirstSweep)
{
}

std::int64_t RateLimiter::refilled(const Bucket &bucket, std::int64_t now) const
{
    // A clock that went backwards refills nothing rather than draining the bucket.
    const std::int64_t elapsed = std::max<std::int64_t>(now - bucket.updatedAt, 0);
    // Past this the bucket is full anyway; the bound keeps the product below from overflowing.
    const std::int64_t toFull = (m_capacity - bucket.level + m_perSecond - 1) / m_perSecond;
    return elapsed >= toFull ? m_capacity : bucket.level + elapsed * m_perSecond;
}

std::int64_t RateLimiter::acquire(std::string_view key)
{
    if (!enabled())
        return 0;
    std::lock_guard lock(m_mutex);
    const std::int64_t now = m_clock.nowMs();
    if (m_buckets.size() >= m_sweepAt) {
        forgetFull(now);
        m_sweepAt = std::max(kFirstSweep, 2 * m_buckets.size());
    }
    const auto [it, added] = m_buckets.try_emplace(std::string(key), Bucket {m_capacity, now});
    Bucket &bucket = it->second;
    bucket.level = refilled(bucket, now);
    bucket.updatedAt = std::max(bucket.updatedAt, now);
    if (bucket.level >= kUnit) {
        bucket.level -= kUnit;
        return 0;
    }
    return (kUnit - bucket.level + m_perSecond - 1) / m_perSecond;
}

void RateLimiter::forgetFull(std::int64_t now)
{
    std::erase_if(m_buckets, [&](const auto &entry) { return refilled(entry.second, now) >= m_capacity; });
}

} // namespace commonroom::syncd
