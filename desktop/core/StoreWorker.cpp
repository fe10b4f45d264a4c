#include "StoreWorker.h"

#include "NameCollation.h"
#include "PullPageApplier.h"
#include "StoreSearchIndex.h"
#include "StoreSql.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace commonroom {

using namespace store;

namespace {

std::atomic<int> connectionCounter {0};

} // namespace

StoreWorker::StoreWorker(const Clock &clock, const QLocale &nameLocale)
    : m_clock(clock)
    , m_nameLocale(nameLocale)
    , m_connectionName(QStringLiteral("commonroom-worker-%1").arg(connectionCounter.fetch_add(1)))
    , m_threadSide(std::make_unique<QObject>())
    , m_callerSide(std::make_unique<QObject>())
{
    m_thread.setObjectName(QStringLiteral("StoreWorker"));
    m_threadSide->moveToThread(&m_thread);
}

StoreWorker::~StoreWorker()
{
    if (m_thread.isRunning()) {
        runAndWait([](StoreWorker &worker) { worker.closeOnThread(); });
        m_thread.quit();
        m_thread.wait();
    }
}

Status StoreWorker::open(const QString &path)
{
    m_path = path;
    m_thread.start();
    return runAndWait([](StoreWorker &worker) { return worker.openOnThread(); });
}

Status StoreWorker::openOnThread()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    if (!db.open())
        return sqlError(QStringLiteral("Cannot open the local database %1").arg(m_path), db.lastError());
    if (auto status = configureConnection(db); !status)
        return status;
    if (auto collation = NameCollation::install(db, m_nameLocale); !collation)
        return collation.error();
    m_pullApplier = std::make_unique<PullPageApplier>(db, m_clock);
    return {};
}

void StoreWorker::closeOnThread()
{
    m_pullApplier.reset(); // its prepared statements go before the connection
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QSqlDatabase StoreWorker::database() const
{
    Q_ASSERT(QThread::currentThread() == &m_thread);
    return QSqlDatabase::database(m_connectionName, false);
}

Status StoreWorker::scrub(bool mergeSearchIndex)
{
    // secure_delete already overwrote the freed pages of the database; the write-ahead log may
    // still hold older copies of them until it is checkpointed and truncated.
    const QSqlDatabase db = database();
    if (mergeSearchIndex && readSetting(db, QStringLiteral("search_index_scrub")) == QLatin1String("1")) {
        // Deleting from an FTS5 index leaves the old terms in older segments until they are
        // merged; 'optimize' merges every segment into one, so the pages of the old ones are
        // freed (and overwritten: secure_delete). Only needed when a value went away.
        Transaction transaction(db);
        // The part of a new index being rebuilt (migration 4) may hold such terms too.
        const bool nextScrubbed = transaction.started()
            && (readSetting(db, QStringLiteral("search_index_rebuild")).isEmpty()
                || execute(db, QStringLiteral("INSERT INTO person_fts_next(person_fts_next) VALUES ('optimize')"))
                       .ok());
        if (nextScrubbed
            && (searchindex::secureDeleteOn(db)
                || execute(db, QStringLiteral("INSERT INTO person_fts(person_fts) VALUES ('optimize')")).ok())) {
            if (execute(db, QStringLiteral("DELETE FROM setting WHERE key = 'search_index_scrub'")).ok())
                (void)transaction.commit();
        }
    }
    return scrubLog();
}

Status StoreWorker::scrubLog()
{
    // A checkpoint cannot empty the log while another connection (a second Commonroom, a backup
    // tool, the sqlite3 shell) reads an older snapshot of the file: SQLite then reports it busy,
    // or copies back only part of the log. Each attempt waits up to m_scrubWaitMs for readers.
    // The mark of a scrub owed goes before the checkpoint, so that writing it leaves nothing in
    // the log; it is set again below when the checkpoint fails.
    const QSqlDatabase db = database();
    if (readSetting(db, QStringLiteral("scrub_pending")) == QLatin1String("1"))
        (void)execute(db, QStringLiteral("DELETE FROM setting WHERE key = 'scrub_pending'"));
    QString reason;
    for (int attempt = 0; attempt < m_scrubAttempts; ++attempt) {
        (void)execute(db, QStringLiteral("PRAGMA busy_timeout=%1").arg(m_scrubWaitMs));
        QSqlQuery checkpoint(db);
        const bool ran = checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && checkpoint.next();
        const bool busy = ran && checkpoint.value(0).toInt() != 0;
        const qint64 logPages = ran ? checkpoint.value(1).toLongLong() : -1;
        const qint64 copiedPages = ran ? checkpoint.value(2).toLongLong() : -1;
        const QSqlError error = checkpoint.lastError();
        checkpoint.finish();
        (void)execute(db, QStringLiteral("PRAGMA busy_timeout=%1").arg(kBusyTimeoutMs));
        const qint64 logBytes = QFileInfo(m_path + QStringLiteral("-wal")).size();
        if (ran && !busy && logPages == copiedPages && logBytes == 0)
            return {};
        if (!ran)
            reason = error.text();
        else if (busy)
            reason = QStringLiteral("another program is reading the file");
        else
            reason = QStringLiteral("%1 of %2 logged pages were copied back, %3 bytes remain in the log")
                         .arg(copiedPages)
                         .arg(logPages)
                         .arg(logBytes);
    }
    // Tried again at the next pull and at the next start.
    (void)writeSetting(db, QStringLiteral("scrub_pending"), QStringLiteral("1"));
    return makeError("scrub_failed",
        "Values this device may no longer keep could not be erased from the write-ahead log " + m_path.toStdString()
            + "-wal (" + reason.toStdString()
            + "). Close any other program that has the Commonroom database open (a second Commonroom, a backup "
              "tool, sqlite3), then sync again.");
}

} // namespace commonroom
