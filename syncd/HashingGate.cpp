#include "HashingGate.h"

namespace commonroom::syncd {

HashingGate::HashingGate(std::size_t concurrent, std::size_t waiting)
    : m_concurrent(concurrent)
    , m_maxWaiting(waiting)
{
}

std::optional<HashingGate::Pass> HashingGate::enter()
{
    std::unique_lock lock(m_mutex);
    if (m_running >= m_concurrent) {
        if (m_queued >= m_maxWaiting)
            return std::nullopt;
        ++m_queued;
        m_freed.wait(lock, [this] { return m_running < m_concurrent; });
        --m_queued;
    }
    ++m_running;
    return Pass(*this);
}

std::size_t HashingGate::waiting()
{
    std::lock_guard lock(m_mutex);
    return m_queued;
}

void HashingGate::leave()
{
    {
        std::lock_guard lock(m_mutex);
        --m_running;
    }
    m_freed.notify_one();
}

} // namespace commonroom::syncd
