#include "StoreWorker.h"

#include "NameCollation.h"
#include "PullPageApplier.h"
#include "StoreSearchIndex.h"
#include "StoreSql.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <atomic>
#include <set>
#include <tuple>

namespace commonroom {

using namespace store;

namespace {

std::atomic<int> connectionCounter {0};

// Whether a process other than this one holds (or waits for) a lock on the database at `path`,
// its log or its shared memory. Read from /proc/locks, which lists every file lock with its
// process and the file's device and inode: opening one of the files to ask would be wrong, since
// closing any descriptor of a file drops the POSIX locks this process (SQLite) holds on it.
// Without /proc/locks the answer is yes, the cautious one.
bool anotherProcessLocks(const QString &path)
{
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly))
        return true;
    std::set<std::tuple<unsigned, unsigned, qulonglong>> files; // major, minor, inode
    for (const QString &name : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        struct stat info
        {
        };
        if (::stat(QFile::encodeName(name).constData(), &info) == 0)
            files.emplace(major(info.st_dev), minor(info.st_dev), qulonglong(info.st_ino));
    }
    const qint64 self = ::getpid();
    // "1: POSIX  ADVISORY  READ 1234 fd:01:5678 120 120", with "->" after the number for a waiter.
    for (const QByteArray &line : locks.readAll().split('\n')) {
        QList<QByteArray> words = line.simplified().split(' ');
        words.removeAll("->");
        if (words.size() < 6)
            continue;
        const QList<QByteArray> file = words[5].split(':');
        bool majorOk = false, minorOk = false, inodeOk = false;
        if (file.size() != 3)
            continue;
        const auto key
            = std::tuple(file[0].toUInt(&majorOk, 16), file[1].toUInt(&minorOk, 16), file[2].toULongLong(&inodeOk));
        if (majorOk && minorOk && inodeOk && files.contains(key) && words[4].toLongLong() != self)
            return true; // -1 for a lock of an open file description, whose process is unknown
    }
    return false;
}

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
    bool anotherProgram = false;
    // While no other process has the file open, what keeps the log busy is this device's own
    // connection saving edits (a save every few milliseconds can do it for seconds), which ends:
    // such attempts count for a quarter, and the sync fails only if they go on for longer.
    for (int attempt = 0; attempt < m_scrubAttempts * 4; attempt += anotherProgram ? 4 : 1) {
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
        anotherProgram = anotherProcessLocks(m_path);
        if (!ran)
            reason = error.text();
        else if (busy)
            reason = anotherProgram ? QStringLiteral("another program is reading the file")
                                    : QStringLiteral("the file stayed busy with this device's own saves");
        else
            reason = QStringLiteral("%1 of %2 logged pages were copied back, %3 bytes remain in the log")
                         .arg(copiedPages)
                         .arg(logPages)
                         .arg(logBytes);
    }
    // Tried again at the next pull and at the next start.
    (void)writeSetting(db, QStringLiteral("scrub_pending"), QStringLiteral("1"));
    const std::string what = "Values this device may no longer keep could not be erased from the write-ahead log "
        + m_path.toStdString() + "-wal (" + reason.toStdString() + "). ";
    if (!anotherProgram)
        return makeError(
            "scrub_failed", what + "They are erased at the next sync; sync again when the edits under way are saved.");
    return makeError("scrub_failed",
        what
            + "Close any other program that has the Commonroom database open (a second Commonroom, a backup tool, "
              "sqlite3), then sync again.");
}

} // namespace commonroom
