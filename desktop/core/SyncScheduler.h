#pragma once

#include "SyncEngine.h"

#include <QObject>
#include <QTimer>

namespace commonroom {

// Decides when the desktop syncs by itself: at start, shortly after a local change (debounced,
// so typing a profile sends one push), periodically while online, and with exponential back-off
// while the server is unreachable. Stops when the session ends or the device was revoked.
class SyncScheduler : public QObject
{
    Q_OBJECT

public:
    struct Intervals
    {
        int afterChangeMs = 2'000;
        int periodicMs = 5 * 60'000;
        int firstRetryMs = 15'000;
        int maxRetryMs = 10 * 60'000;
        // What another device changed may be missing from a page once the last sync is this old.
        int staleAfterMs = 60'000;
    };

    explicit SyncScheduler(SyncEngine &engine, QObject *parent = nullptr);

    void setIntervals(const Intervals &intervals) { m_intervals = intervals; }
    // Syncs now and keeps scheduling from then on.
    void start();
    void stop();
    bool isActive() const { return m_active; }
    // Milliseconds until the next automatic sync, -1 when none is scheduled.
    int nextSyncInMs() const;

public Q_SLOTS:
    // A local edit was saved: sync soon, once the user pauses.
    void noteLocalChange();
    // The user turned to a page that shows what others change (Home's requests, a group): sync
    // now if the last sync ended staleAfterMs ago or more. Not while offline (the back-off
    // decides) or while a sync runs.
    void noteLooking();

private:
    void onFinished(const SyncResult &result);
    void scheduleIn(int ms);
    void fire();

    SyncEngine &m_engine;
    Intervals m_intervals;
    QTimer m_timer {this};
    int m_retryMs = 0;
    bool m_active = false;
    bool m_changedWhileRunning = false;
};

} // namespace commonroom
