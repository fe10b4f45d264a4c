#pragma once

#include "common/Clock.h"

#include <filesystem>
#include <mutex>

namespace commonroom::syncd {

// Another clock (the daemon's system clock) plus an offset read from a file (`serve --clock-offset-file`), so that
// tests of a real daemon can move its time forward (token and invitation expiry, lock-out windows) without waiting. The
// file holds whole milliseconds; it is read again whenever it changes, and a missing or unreadable file means no
// offset.
class OffsetClock final : public Clock
{
public:
    OffsetClock(const Clock &base, std::filesystem::path file);
    std::int64_t nowMs() const override;

private:
    const Clock &m_base;
    std::filesystem::path m_file;
    mutable std::mutex m_mutex;
    mutable std::filesystem::file_time_type m_seen {};
    mutable std::int64_t m_offsetMs = 0;
};

} // namespace commonroom::syncd
