#pragma once

#include <cstdint>

namespace commonroom {

class Clock;

// Hybrid logical clock. A timestamp packs the physical time in milliseconds into the upper
// 48 bits and a logical counter into the lower 16, so timestamps compare as plain integers and
// stay close to wall-clock time while never going backwards on a device, whatever its clock does.
class Hlc
{
public:
    explicit Hlc(const Clock &clock, std::uint64_t last = 0);

    // A new timestamp for a local event, greater than every timestamp issued or observed.
    std::uint64_t tick();
    // Takes a timestamp seen from another site into account.
    void observe(std::uint64_t remote);
    std::uint64_t last() const { return m_last; }

    static std::uint64_t pack(std::int64_t physicalMs, std::uint16_t counter);
    static std::int64_t physicalMs(std::uint64_t timestamp) { return std::int64_t(timestamp >> 16); }
    static std::uint16_t counter(std::uint64_t timestamp) { return std::uint16_t(timestamp & 0xffff); }

private:
    const Clock &m_clock;
    std::uint64_t m_last;
};

} // namespace commonroom
