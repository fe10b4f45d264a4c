#pragma once

#include <atomic>
#include <cstdint>

namespace commonroom {

// Wall-clock time in milliseconds since the Unix epoch. Never read directly: each program
// creates one SystemClock in its main() and passes it in at construction, so that HLC, expiry,
// lock-out and every date the product writes are tested without sleeping (docs/time.md).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual std::int64_t nowMs() const = 0;
};

// The system's wall clock: the one place in the product that reads it.
class SystemClock final : public Clock
{
public:
    std::int64_t nowMs() const override;
};

class ManualClock final : public Clock
{
public:
    explicit ManualClock(std::int64_t startMs = 1'700'000'000'000)
        : m_now(startMs)
    {
    }
    std::int64_t nowMs() const override { return m_now.load(); }
    void setMs(std::int64_t ms) { m_now.store(ms); }
    void advanceMs(std::int64_t ms) { m_now.fetch_add(ms); }

private:
    std::atomic<std::int64_t> m_now;
};

} // namespace commonroom
