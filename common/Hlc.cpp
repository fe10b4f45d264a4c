#include "Hlc.h"

#include "Clock.h"

#include <algorithm>

namespace commonroom {

Hlc::Hlc(const Clock &clock, std::uint64_t last)
    : m_clock(clock)
    , m_last(last)
{
}

std::uint64_t Hlc::pack(std::int64_t physicalMs, std::uint16_t counter)
{
    return (std::uint64_t(std::max<std::int64_t>(physicalMs, 0)) << 16) | counter;
}

std::uint64_t Hlc::tick()
{
    const std::uint64_t wall = pack(m_clock.nowMs(), 0);
    // When the wall clock lags (or stands still), the counter carries the order; an overflowing
    // counter simply carries into the millisecond part.
    m_last = wall > m_last ? wall : m_last + 1;
    return m_last;
}

void Hlc::observe(std::uint64_t remote)
{
    m_last = std::max(m_last, remote);
}

} // namespace commonroom
