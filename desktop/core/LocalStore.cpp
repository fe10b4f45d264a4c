#include "LocalStore.h"

#include "NameCollation.h"
#include "PullPageApplier.h"
#include "SearchRank.h"
#include "ShadowRows.h"
#include "StoreRows.h"
#include "StoreSearchIndex.h"
#include "StoreSql.h"
#include "StoreWorker.h"
#include "common/Checksum.h"
#include "common/Clock.h"
#include "common/Schema.h"
#include "common/Uuid.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <atomic>

// The device store is split by job: StoreMigrations.cpp (the schema and its migrations),
// StoreSearchIndex.cpp (the people search index's rebuild), StoreOutbox.cpp (local edits, the
// outbox and the daemon's answers to pushes), PullPageApplier (pulled pages), StoreRecovery.cpp
// (rescuing unsent changes from a damaged copy), StoreRows and ShadowRows (rows and their
// shadows on one connection), StoreWorker (the second connection, on its own thread, which
// applies pulled pages and scrubs the log). This file opens the database and keeps settings, the
// clock, the pull page's round trip to the worker and the checksums.

namespace commonroom {

using namespace store;

namespace {

std::atomic<int> connectionCounter {0};

// A pulled page as the worker saved it.
struct SavedPullPage
{
    PullPageApplier::Applied applied;
    Status scrubbed; // the page is saved even when the log could not be emptied after it
};

// On the worker thread: the page in one transaction, then the scrub of the log.
Result<SavedPullPage> savePullPage(StoreWorker &worker, const protocol::PullResponse &page, bool deferMerge)
{
    auto applied = worker.pullApplier().apply(page);
    if (!applied)
        return applied.error();
    // A replaced row may have lost values (a field hidden since), and the log still holds the
    // pages as they were.
    SavedPullPage saved {std::move(applied).value(), {}};
    const bool owed = readSetting(worker.database(), QStringLiteral("scrub_pending")) == QLatin1String("1");
    // A scrub owed waits for the pull's last page: while another program holds the file, every
    // page would wait for it in vain.
    if (page.hasMore && owed)
        return saved;
    if (saved.applied.removedRows || !page.changes.empty() || owed) {
        saved.scrubbed = worker.scrub(
            /*mergeSearchIndex=*/!page.hasMore && !deferMerge); // seconds at a million people: once per pull
        // With more pages to come the pull goes on, the scrub owed (scrub_pending) until the last
        // page, whose scrub the sync reports: ending here would leave the later pages' rows out,
        // and with them the pulled values of rows edited meanwhile (docs/sync.md, "Scrubbing").
        if (page.hasMore)
            saved.scrubbed = {};
    }
    return saved;
}

} // namespace

LocalStore::LocalStore(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_connectionName(QStringLiteral("commonroom-local-%1").arg(connectionCounter.fetch_add(1)))
    , m_clock(clock)
{
}

LocalStore::~LocalStore()
{
    // Their prepared statements and handles go before their connection.
    m_worker.reset();
    m_shadows.reset();
    m_rows.reset();
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QDateTime LocalStore::now() const
{
    return QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), Qt::UTC);
}

QSqlDatabase LocalStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool LocalStore::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && database().isOpen();
}

QString LocalStore::siteMarkerPath(const QString &databasePath)
{
    return databasePath + QStringLiteral(".site");
}

Status LocalStore::open(const QString &path)
{
    m_path = path;
    // SQLite takes an empty file for a new database: a file cut to nothing (a full disk, a copy
    // that stopped halfway) would silently come back as an empty copy, its unsent changes gone.
    // The marker beside the file tells such a file from one that was never written.
    const QFileInfo file(path);
    const QFileInfo log(path + QStringLiteral("-wal"));
    if (file.exists() && file.size() == 0 && (QFileInfo::exists(siteMarkerPath(path)) || log.size() > 0))
        return makeError("damaged",
            "The local database " + path.toStdString()
                + " is empty, but this profile held a community copy: the file was cut short (a full disk, a "
                  "crash or a copy that stopped halfway). It was left untouched. "
                + kRecoverAdvice);
    // Only this user may read the copy of the community (SQLite gives its -wal and -shm files the
    // database file's permissions). Files of earlier versions were readable by everyone.
    if (!file.exists()) {
        QFile create(path);
        if (!create.open(QIODevice::WriteOnly))
            return makeError("storage",
                "Cannot create the local database " + path.toStdString() + ": " + create.errorString().toStdString());
    }
    for (const QString &part : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        if (QFileInfo::exists(part))
            QFile::setPermissions(part, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    m_worker.reset();
    m_shadows.reset();
    m_rows.reset();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    m_rows = std::make_unique<StoreRows>(db);
    m_shadows = std::make_unique<ShadowRows>(db, *m_rows);
    if (!db.open())
        return makeError("storage",
            "Cannot open the local database " + path.toStdString() + ": " + db.lastError().text().toStdString());
    // Reading the schema version is the first thing that touches the file's contents, so a file
    // that is not a database (or is damaged) is caught here before anything writes to it.
    QSqlQuery probe(db);
    if (!probe.exec(QStringLiteral("PRAGMA schema_version"))) {
        const QSqlError reason = probe.lastError();
        probe.finish();
        db.close();
        if (primaryCode(reason) == kSqliteFull)
            return sqlError(QStringLiteral("Cannot open the local database %1").arg(path), reason);
        return makeError("damaged",
            "The local database " + path.toStdString() + " cannot be read (" + reason.text().toStdString()
                + "). It was left untouched. " + kRecoverAdvice);
    }
    probe.finish(); // an unfinished statement holds a read transaction, which blocks the WAL switch
    if (auto status = configureConnection(db); !status)
        return status;
    // Before the migrations: they build the name indexes, and every write of a name updates them.
    auto collation = NameCollation::install(database(), m_nameLocale);
    if (!collation)
        return collation.error();
    m_nameCollation = *collation;
    if (auto status = migrate(); !status)
        return status;
    // The unsent changes are what a damaged file would lose: read them through once, so damage
    // there is found now, while they can still be rescued, rather than at the next sync.
    {
        QSqlQuery unsent(database());
        if (!unsent.exec(QStringLiteral("SELECT count(*), count(fields) FROM outbox")) || !unsent.next())
            return sqlError(QStringLiteral("Cannot read the unsent changes"), unsent.lastError());
        QSqlQuery shadows(database());
        if (!shadows.exec(QStringLiteral("SELECT count(fields) FROM shadow")) || !shadows.next())
            return sqlError(QStringLiteral("Cannot read the unsent changes"), shadows.lastError());
    }
    if (!SearchRank::install(database()))
        return makeError("storage", "This SQLite library has no full-text search (FTS5); people search needs it.");
    // SQLite 3.44+ can overwrite the terms of deleted values in the search index as it goes; with
    // an older SQLite, the scrub merges the index instead when a value went away.
    searchindex::enableSecureDelete(database());
    m_siteId = setting(QStringLiteral("site_id"));
    if (m_siteId.isEmpty()) {
        m_siteId = QString::fromStdString(newUuidV7(m_clock));
        if (auto status = setSetting(QStringLiteral("site_id"), m_siteId); !status)
            return status;
    }
    if (auto status = writeSiteMarker(); !status)
        return status;
    m_worker = std::make_unique<StoreWorker>(m_clock, m_nameLocale);
    if (auto status = m_worker->open(path); !status) {
        m_worker.reset();
        return status;
    }
    setScrubRetry(m_scrubAttempts, m_scrubWaitMs);
    // A scrub that could not finish last time (another program held the file) is tried again.
    if (setting(QStringLiteral("scrub_pending")) == QLatin1String("1"))
        (void)scrubLog();
    return {};
}

void LocalStore::setScrubRetry(int attempts, int waitMs)
{
    m_scrubAttempts = attempts;
    m_scrubWaitMs = waitMs;
    if (m_worker)
        m_worker->runAndWait([attempts, waitMs](StoreWorker &worker) { worker.setScrubRetry(attempts, waitMs); });
}

Status LocalStore::writeSiteMarker()
{
    const QString marker = siteMarkerPath(m_path);
    QFile current(marker);
    if (current.open(QIODevice::ReadOnly) && current.readAll().trimmed() == m_siteId.toUtf8())
        return {};
    current.close();
    QSaveFile save(marker);
    if (!save.open(QIODevice::WriteOnly) || save.write(m_siteId.toUtf8() + '\n') < 0 || !save.commit())
        return makeError("storage",
            "Cannot write " + marker.toStdString() + " (" + save.errorString().toStdString()
                + "), which marks this profile as holding a community copy. Check the disk and the folder's "
                  "permissions.");
    QFile::setPermissions(marker, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

Status LocalStore::execute(const QString &sql)
{
    return store::execute(database(), sql);
}

QString LocalStore::setting(const QString &key) const
{
    return readSetting(database(), key);
}

Status LocalStore::setSetting(const QString &key, const QString &value)
{
    return writeSetting(database(), key, value);
}

Principal LocalStore::principal() const
{
    return Principal {setting(QStringLiteral("person_id")).toStdString(),
        roleFromString(setting(QStringLiteral("role")).toStdString()).value_or(Role::Applicant),
        m_siteId.toStdString()};
}

QString LocalStore::siteId() const
{
    return m_siteId;
}

bool LocalStore::curatesGroup(const QString &groupId) const
{
    const std::string me = principal().personId;
    if (me.empty() || groupId.isEmpty())
        return false;
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT 1 FROM membership WHERE group_id = ? AND person_id = ? AND state = 'active' "
                                 "AND role = 'curator' LIMIT 1"));
    query.addBindValue(groupId);
    query.addBindValue(QString::fromStdString(me));
    return query.exec() && query.next();
}

bool LocalStore::hasWholeCopy() const
{
    return setting(QStringLiteral("last_sync_ms")).toLongLong() > 0
        && setting(QStringLiteral("refetching")) != QLatin1String("1");
}

QString LocalStore::cursor() const
{
    return setting(QStringLiteral("cursor"));
}

Status LocalStore::observeHlc(std::uint64_t remote)
{
    return store::observeHlc(database(), m_clock, remote);
}

Result<QString> LocalStore::beginDeviceReplacement()
{
    const QString pending = pendingDeviceReplacement();
    if (!pending.isEmpty())
        return pending;
    const QString replacement = QString::fromStdString(newUuidV7(m_clock));
    if (auto status = setSetting(QStringLiteral("replacing_site_id"), replacement); !status)
        return status.error();
    return replacement;
}

Status LocalStore::completeDeviceReplacement(const QString &siteId, qint64 tokenExpiresAt)
{
    Transaction transaction(database());
    if (auto status = transaction.started(); !status)
        return status;
    if (auto status = setSetting(QStringLiteral("site_id"), siteId); !status)
        return status;
    if (auto status = setSetting(QStringLiteral("token_expires_at"), QString::number(tokenExpiresAt)); !status)
        return status;
    if (auto status = execute(QStringLiteral("DELETE FROM setting WHERE key = 'replacing_site_id'")); !status)
        return status;
    if (auto status = transaction.commit(); !status)
        return status;
    m_siteId = siteId;
    return {};
}

std::optional<FieldMap> LocalStore::row(const QString &table, const QString &id) const
{
    if (!m_rows)
        return std::nullopt;
    return m_rows->row(table, id);
}

Status LocalStore::applyPullPage(const protocol::PullResponse &page)
{
    if (!m_worker)
        return makeError("storage", "The local database is not open.");
    const auto saved = m_worker->runAndWait(
        [&page, defer = m_deferSearchIndexMerge](StoreWorker &worker) { return savePullPage(worker, page, defer); });
    if (!saved)
        return saved.error();
    // A failed scrub is reported (and tried again at the next pull) after the page's signals, so
    // the views show what arrived.
    announcePulledRows(saved->applied.tables, saved->applied.rowIds);
    if (m_deferSearchIndexMerge && !page.hasMore)
        Q_EMIT lastPullPageApplied();
    return saved->scrubbed;
}

void LocalStore::applyPullAnswer(
    const QByteArray &answer, QObject *context, std::function<void(Result<PulledPage>)> done)
{
    if (!m_worker) {
        done(makeError("storage", "The local database is not open."));
        return;
    }
    struct Saved
    {
        PulledPage page;
        SavedPullPage saved;
    };
    // The answer of a pull is up to 5,000 rows: read there too.
    m_worker->post(
        this,
        [answer, defer = m_deferSearchIndexMerge](StoreWorker &worker) -> Result<Saved> {
            auto page = protocol::fromJson<protocol::PullResponse>(answer.toStdString());
            if (!page)
                return makeError("unreadable_answer", page.error().message);
            Saved result;
            result.page.mustRefetch = page->mustRefetch;
            result.page.hasMore = page->hasMore;
            result.page.received = int(page->changes.size() + page->purge.size());
            result.page.head = page->head;
            if (!page->changes.empty())
                result.page.lastSeq = page->changes.back().seq;
            if (page->mustRefetch)
                return result;
            auto saved = savePullPage(worker, *page, defer);
            if (!saved)
                return saved.error();
            result.saved = std::move(saved).value();
            return result;
        },
        [this, context = QPointer<QObject>(context), done = std::move(done)](Result<Saved> result) {
            const bool applied = result && !result->page.mustRefetch;
            if (applied)
                announcePulledRows(result->saved.applied.tables, result->saved.applied.rowIds);
            if (context) {
                if (!result)
                    done(result.error());
                else if (!result->saved.scrubbed)
                    done(result->saved.scrubbed.error());
                else
                    done(result->page);
            }
            // After `done`: what the sync writes as it ends (SyncEngine::finish) is then not
            // queued behind the first merge step.
            if (applied && m_deferSearchIndexMerge && !result->page.hasMore)
                Q_EMIT lastPullPageApplied();
        });
}

void LocalStore::announcePulledRows(const QSet<QString> &tables, const QHash<QString, QStringList> &rowIds)
{
    for (const auto &table : tables)
        Q_EMIT tableChanged(table);
    for (const auto &table : syncedTables()) { // in dependency order, like the rows
        const QString name = QString::fromUtf8(table.name.data(), int(table.name.size()));
        if (rowIds.contains(name))
            Q_EMIT rowsPulled(name, rowIds.value(name));
    }
}

Status LocalStore::beginRefetch()
{
    Transaction transaction(database());
    if (auto status = transaction.started(); !status)
        return status;
    if (auto status = execute(QStringLiteral("DELETE FROM refetch_seen")); !status)
        return status;
    if (auto status = setSetting(QStringLiteral("refetching"), QStringLiteral("1")); !status)
        return status;
    if (auto status = setSetting(QStringLiteral("cursor"), QString()); !status)
        return status;
    return transaction.commit();
}

Status LocalStore::scrubLog()
{
    if (!m_worker)
        return makeError("storage", "The local database is not open.");
    return m_worker->runAndWait([](StoreWorker &worker) { return worker.scrubLog(); });
}

Status LocalStore::wipe()
{
    {
        Transaction transaction(database());
        if (auto status = transaction.started(); !status)
            return status;
        for (const auto &table : syncedTables()) {
            if (auto status
                = execute(QStringLiteral("DELETE FROM %1").arg(QString::fromStdString(quoteIdentifier(table.name))));
                !status)
                return status;
        }
        // No one is left to fill the new search index with: it replaces the old one now.
        if (!setting(QStringLiteral("search_index_rebuild")).isEmpty()) {
            if (auto status = searchindex::swapInRebuilt(database()); !status)
                return status;
        }
        if (auto status = execute(QStringLiteral("DROP TABLE IF EXISTS person_fts_old")); !status)
            return status; // the VACUUM below rewrites the file anyway
        // The rows' triggers only marked the index entries deleted; this empties the index itself.
        if (auto status = execute(QStringLiteral("INSERT INTO person_fts(person_fts) VALUES ('delete-all')")); !status)
            return status;
        for (const char *table : {"outbox", "shadow", "sync_problem", "refetch_seen", "setting"}) {
            if (auto status = execute(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table))); !status)
                return status;
        }
        // A revoked device id is refused for good: signing in again starts as a new device.
        m_siteId = QString::fromStdString(newUuidV7(m_clock));
        if (auto status = setSetting(QStringLiteral("site_id"), m_siteId); !status)
            return status;
        if (auto status = transaction.commit(); !status)
            return status;
    }
    if (auto status = execute(QStringLiteral("VACUUM")); !status)
        return status;
    if (auto status = writeSiteMarker(); !status)
        return status;
    const Status scrubbed = m_worker->runAndWait([](StoreWorker &worker) { return worker.scrub(true); });
    for (const auto &table : syncedTables())
        Q_EMIT tableChanged(QString::fromUtf8(table.name.data(), int(table.name.size())));
    Q_EMIT pendingCountChanged(0);
    return scrubbed;
}

std::map<std::string, TableChecksum> LocalStore::checksums() const
{
    std::map<std::string, TableChecksum> checksums;
    for (const auto &table : syncedTables()) {
        auto &checksum = checksums[std::string(table.name)];
        QSqlQuery query(database());
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT * FROM %1").arg(QString::fromStdString(quoteIdentifier(table.name)))))
            continue;
        const QSqlRecord record = query.record();
        while (query.next()) {
            FieldMap fields;
            QString id;
            for (int i = 0; i < record.count(); ++i) {
                if (record.fieldName(i) == QLatin1String("id"))
                    id = query.value(i).toString();
                else
                    fields[record.fieldName(i).toStdString()] = fromVariant(query.value(i));
            }
            checksum.add(id.toStdString(), fields);
        }
    }
    return checksums;
}

std::map<std::string, TableChecksum> LocalStore::serverChecksums() const
{
    std::map<std::string, TableChecksum> checksums;
    const QStringList lines = setting(QStringLiteral("server_checksums")).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QStringList parts = line.split(QLatin1Char(' '));
        if (parts.size() == 3)
            checksums[parts[0].toStdString()]
                = TableChecksum {parts[1].toLongLong(), parts[2].toULongLong(nullptr, 16)};
    }
    return checksums;
}

} // namespace commonroom
