#include "SyncScheduler.h"

#include <algorithm>

namespace commonroom {

SyncScheduler::SyncScheduler(SyncEngine &engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SyncScheduler::fire);
    connect(&m_engine, &SyncEngine::finished, this, &SyncScheduler::onFinished);
}

void SyncScheduler::start()
{
    m_active = true;
    m_retryMs = 0;
    fire();
}

void SyncScheduler::stop()
{
    m_active = false;
    m_timer.stop();
}

int SyncScheduler::nextSyncInMs() const
{
    return m_timer.isActive() ? m_timer.remainingTime() : -1;
}

void SyncScheduler::noteLocalChange()
{
    if (!m_active)
        return;
    if (m_engine.isRunning()) {
        m_changedWhileRunning = true;
        return;
    }
    // While offline the back-off decides; a local change does not hammer an unreachable server.
    if (m_retryMs > 0)
        return;
    scheduleIn(m_intervals.afterChangeMs);
}

void SyncScheduler::noteLooking()
{
    if (!m_active || m_engine.isRunning() || m_retryMs > 0 || !m_timer.isActive())
        return;
    // After a sync the timer waits periodicMs: the time it has run is the age of what is shown.
    // (A shorter wait, after a local change, brings the next sync soon anyway.)
    if (m_timer.interval() == m_intervals.periodicMs
        && m_intervals.periodicMs - m_timer.remainingTime() >= m_intervals.staleAfterMs)
        scheduleIn(0);
}

void SyncScheduler::scheduleIn(int ms)
{
    m_timer.start(std::max(ms, 0));
}

void SyncScheduler::fire()
{
    if (!m_active)
        return;
    if (m_engine.isRunning())
        return; // its end schedules the next one
    m_engine.sync();
}

void SyncScheduler::onFinished(const SyncResult &result)
{
    if (!m_active)
        return;
    switch (result.outcome) {
    case SyncResult::Outcome::Ok:
        m_retryMs = 0;
        scheduleIn(m_changedWhileRunning ? m_intervals.afterChangeMs : m_intervals.periodicMs);
        break;
    case SyncResult::Outcome::Offline:
    case SyncResult::Outcome::Failed:
        m_retryMs = m_retryMs == 0 ? m_intervals.firstRetryMs : std::min(m_retryMs * 2, m_intervals.maxRetryMs);
        scheduleIn(m_retryMs);
        break;
    case SyncResult::Outcome::Cancelled:
        scheduleIn(m_intervals.periodicMs);
        break;
    case SyncResult::Outcome::Unauthorized:
    case SyncResult::Outcome::Revoked:
        // Nothing to retry until the user signs in again.
        stop();
        break;
    }
    m_changedWhileRunning = false;
}

} // namespace commonroom
