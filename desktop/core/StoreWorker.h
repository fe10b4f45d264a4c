#pragma once

#include "common/Clock.h"
#include "common/Result.h"

#include <QLocale>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QString>
#include <QThread>

#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

namespace commonroom {

class PullPageApplier;

// The device store's second connection to its file, on a thread of its own: pulled pages (their
// JSON, rows, search-index triggers and the scrub after them) and the steps that merge or rebuild
// the search index run here, so that the GUI thread never waits for them. Internal to the device
// store; LocalStore makes it in open().
//
// The threading rule: this connection, and everything made on it (PullPageApplier and its
// prepared statements), is used only by jobs on the worker thread (post(), runAndWait()); the
// device's own connection only on the thread that opened the store. The two share nothing in
// memory: what both read and write (the HLC, the cursor, last_mid, the shadows, the scrub and
// merge marks) is in the file and read inside each write transaction, and every write
// transaction begins IMMEDIATE (store::Transaction), so that a local edit saved while a page is
// applied waits for that page's commit (busy_timeout, kBusyTimeoutMs) instead of failing. What a
// job needs from the GUI side is copied into it when it is posted. Jobs run one at a time, in the
// order posted.
class StoreWorker
{
public:
    // `nameLocale` orders names on this connection as on the device's own (NameCollation): pulled
    // pages write names, and the name indexes are kept in that order.
    StoreWorker(const Clock &clock, const QLocale &nameLocale);
    // Finishes the job under way; jobs still queued are dropped, and so are the answers of jobs
    // done whose context was not reached yet (nothing is lost: each job is one transaction).
    ~StoreWorker();
    StoreWorker(const StoreWorker &) = delete;
    StoreWorker &operator=(const StoreWorker &) = delete;

    // Starts the thread and opens the connection to the database at `path` on it (the file is
    // made and migrated already, by LocalStore::open()).
    Status open(const QString &path);

    // Runs job(*this) on the worker thread, then done(result) on the thread that made this worker,
    // unless `context` is gone by then.
    template<class Job, class Done>
    void post(QObject *context, Job job, Done done)
    {
        QMetaObject::invokeMethod(
            m_threadSide.get(),
            [this, job = std::move(job), done = std::move(done), context = QPointer<QObject>(context),
                callerSide = m_callerSide.get()]() mutable {
                auto result = job(*this);
                QMetaObject::invokeMethod(
                    callerSide,
                    [context, done = std::move(done), result = std::move(result)]() mutable {
                        if (context)
                            done(std::move(result));
                    },
                    Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    }

    // Runs job(*this) on the worker thread, after the jobs posted before it, and waits for its
    // result: for callers that would wait anyway (the CLI's and the tests' direct calls), so that
    // they take the same path as the GUI.
    template<class Job>
    auto runAndWait(Job job) -> std::invoke_result_t<Job &, StoreWorker &>
    {
        using Value = std::invoke_result_t<Job &, StoreWorker &>;
        if constexpr (std::is_void_v<Value>) {
            QMetaObject::invokeMethod(
                m_threadSide.get(), [&] { job(*this); }, Qt::BlockingQueuedConnection);
        } else {
            std::optional<Value> result;
            QMetaObject::invokeMethod(
                m_threadSide.get(), [&] { result.emplace(job(*this)); }, Qt::BlockingQueuedConnection);
            return std::move(*result);
        }
    }

    // For jobs, on the worker thread only.
    QSqlDatabase database() const;
    QString path() const { return m_path; }
    PullPageApplier &pullApplier() { return *m_pullApplier; }
    // LocalStore::scrubLog() on this connection; with mergeSearchIndex it first merges the
    // search index when an indexed value went away (and SQLite cannot overwrite deleted terms).
    Status scrubLog();
    Status scrub(bool mergeSearchIndex);
    // LocalStore::setScrubRetry(), for the scrubs above.
    void setScrubRetry(int attempts, int waitMs)
    {
        m_scrubAttempts = attempts;
        m_scrubWaitMs = waitMs;
    }

private:
    Status openOnThread();
    void closeOnThread();

    const Clock &m_clock;
    QLocale m_nameLocale;
    QString m_path;
    QString m_connectionName;
    QThread m_thread;
    std::unique_ptr<QObject> m_threadSide; // lives on m_thread: jobs are invoked on it
    std::unique_ptr<QObject> m_callerSide; // lives on the caller's thread: answers are invoked on it
    std::unique_ptr<PullPageApplier> m_pullApplier;
    int m_scrubAttempts = 3;
    int m_scrubWaitMs = 2000;
};

} // namespace commonroom
