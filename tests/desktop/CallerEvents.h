#pragma once

#include <QObject>
#include <QStringList>
#include <QTimer>

// Events due to the calling thread while a blocking call runs: an expired zero timer and a
// queued call. A call that spins an event loop of its own delivers them before it returns; one
// that only waits leaves them for the caller's own loop.
class CallerEvents
{
public:
    CallerEvents()
    {
        m_timer.setSingleShot(true);
        QObject::connect(&m_timer, &QTimer::timeout, &m_context, [this] { m_delivered << QStringLiteral("timer"); });
    }

    // Makes both due now, to be delivered by the next event loop that runs in this thread.
    void makeDue()
    {
        m_delivered.clear();
        m_timer.start(0);
        QMetaObject::invokeMethod(
            &m_context, [this] { m_delivered << QStringLiteral("queued call"); }, Qt::QueuedConnection);
    }

    // What was delivered since makeDue(), in order.
    QStringList delivered() const { return m_delivered; }
    static constexpr qsizetype kCount = 2;

private:
    QObject m_context;
    QTimer m_timer;
    QStringList m_delivered;
};
