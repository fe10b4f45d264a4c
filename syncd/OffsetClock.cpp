#include "OffsetClock.h"

#include <fstream>

namespace commonroom::syncd {

OffsetClock::OffsetClock(const Clock &base, std::filesystem::path file)
    : m_base(base)
    , m_file(std::move(file))
{
}

std::int64_t OffsetClock::nowMs() const
{
    std::lock_guard lock(m_mutex);
    std::error_code ec;
    const auto modified = std::filesystem::last_write_time(m_file, ec);
    if (ec) {
        m_offsetMs = 0;
    } else if (modified != m_seen) {
        m_seen = modified;
        std::ifstream in(m_file);
        std::int64_t offset = 0;
        m_offsetMs = (in >> offset) ? offset : 0;
    }
    return m_base.nowMs() + m_offsetMs;
}

} // namespace commonroom::syncd
