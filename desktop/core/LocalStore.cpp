#include "LocalStore.h"

#include "SearchRank.h"
#include "UnsentSalvage.h"
#include "common/Attendance.h"
#include "common/Checksum.h"
#include "common/Clock.h"
#include "common/Hlc.h"
#include "common/Merge.h"
#include "common/Schema.h"
#include "common/Uuid.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <atomic>
#include <set>

namespace commonroom {

namespace {

std::atomic<int> connectionCounter {0};

constexpr const char *kRecoverAdvice
    = "To rescue it, quit Commonroom and run \"commonroom-cli recover\" (Commonroom offers the same when it "
      "starts and finds its copy damaged): it sets the damaged file aside, keeps the unsent changes that can still "
      "be read, and fetches the community again.";

// The person columns in the search index, names first (PeopleSearch weighs them in this order).
constexpr const char *kIndexedColumns
    = "display_name, given_name, family_name, area, neighbourhood, skills, languages, interests, bio";

// Removing a value from an FTS5 index only adds a deletion marker: the old terms stay in older
// segments of the index until they are merged. The triggers note when an indexed value went away
// (a row deleted or purged, a field now hidden), so that scrub() can merge them out of the file.
constexpr const char *kMarkIndexForScrub = "INSERT INTO setting (key, value) SELECT 'search_index_scrub', '1' "
                                           "WHERE NOT EXISTS (SELECT 1 FROM setting WHERE key = 'search_index_scrub')";

std::string indexedColumns(const std::string &prefix)
{
    std::string list;
    for (const auto &column : QString::fromLatin1(kIndexedColumns).split(QStringLiteral(", ")))
        list += (list.empty() ? "" : ", ") + prefix + column.toStdString();
    return list;
}

std::string hiddenSinceCondition()
{
    std::string condition;
    for (const auto &column : QString::fromLatin1(kIndexedColumns).split(QStringLiteral(", ")))
        condition += (condition.empty() ? "(" : " OR (") + ("old." + column.toStdString()) + " IS NOT NULL AND new."
            + column.toStdString() + " IS NULL)";
    return condition;
}

// The triggers that keep person_fts in step with the person table (migration 3; made again when
// a rebuilt index replaces the old one).
std::vector<std::string> searchIndexTriggers()
{
    return {
        "CREATE TRIGGER person_fts_insert AFTER INSERT ON person BEGIN "
        "INSERT INTO person_fts(rowid, "
            + std::string(kIndexedColumns) + ") VALUES (new.rowid, " + indexedColumns("new.") + "); END",
        "CREATE TRIGGER person_fts_delete AFTER DELETE ON person BEGIN "
        "INSERT INTO person_fts(person_fts, rowid, "
            + std::string(kIndexedColumns) + ") VALUES ('delete', old.rowid, " + indexedColumns("old.") + "); "
            + kMarkIndexForScrub + "; END",
        "CREATE TRIGGER person_fts_update AFTER UPDATE OF " + std::string(kIndexedColumns)
            + " ON person BEGIN "
              "INSERT INTO person_fts(person_fts, rowid, "
            + std::string(kIndexedColumns) + ") VALUES ('delete', old.rowid, " + indexedColumns("old.") + "); "
            + "INSERT INTO person_fts(rowid, " + std::string(kIndexedColumns) + ") VALUES (new.rowid, "
            + indexedColumns("new.") + "); " + kMarkIndexForScrub + " AND (" + hiddenSinceCondition() + "); END",
    };
}

// While the search index is rebuilt (migration 4): the rows already filled into person_fts_next
// (rowid up to 'search_index_rebuild') are kept current there too; the others are filled later.
constexpr const char *kRebuildTriggerNames[]
    = {"person_fts_next_insert", "person_fts_next_delete", "person_fts_next_update"};

std::string filledUpTo(const char *row)
{
    return std::string(row)
        + ".rowid <= (SELECT CAST(value AS INTEGER) FROM setting WHERE key = 'search_index_rebuild')";
}

std::vector<std::string> rebuildTriggers()
{
    return {
        "CREATE TRIGGER person_fts_next_insert AFTER INSERT ON person WHEN " + filledUpTo("new")
            + " BEGIN INSERT INTO person_fts_next(rowid, " + std::string(kIndexedColumns) + ") VALUES (new.rowid, "
            + indexedColumns("new.") + "); END",
        "CREATE TRIGGER person_fts_next_delete AFTER DELETE ON person WHEN " + filledUpTo("old")
            + " BEGIN INSERT INTO person_fts_next(person_fts_next, rowid, " + std::string(kIndexedColumns)
            + ") VALUES ('delete', old.rowid, " + indexedColumns("old.") + "); END",
        "CREATE TRIGGER person_fts_next_update AFTER UPDATE OF " + std::string(kIndexedColumns) + " ON person WHEN "
            + filledUpTo("old") + " BEGIN INSERT INTO person_fts_next(person_fts_next, rowid, "
            + std::string(kIndexedColumns) + ") VALUES ('delete', old.rowid, " + indexedColumns("old.") + "); "
            + "INSERT INTO person_fts_next(rowid, " + std::string(kIndexedColumns) + ") VALUES (new.rowid, "
            + indexedColumns("new.") + "); END",
    };
}

// Each migration is a list of statements; migration N brings user_version from N-1 to N.
std::vector<std::vector<std::string>> migrations()
{
    std::vector<std::string> first;
    for (const auto &table : syncedTables()) {
        for (auto &statement : createTableStatements(table, SchemaSide::Device))
            first.push_back(std::move(statement));
    }
    first.insert(first.end(),
        {
            "CREATE TABLE setting (key TEXT PRIMARY KEY NOT NULL, value TEXT)",
            // Unsent local edits, in the order they were made.
            "CREATE TABLE outbox (mid INTEGER PRIMARY KEY, tbl TEXT NOT NULL, row_id TEXT NOT NULL, "
            "fields TEXT NOT NULL, hlc INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, "
            "created_ms INTEGER NOT NULL)",
            "CREATE INDEX outbox_by_row ON outbox (tbl, row_id)",
            // The daemon's last known state of rows with unsent edits (present = 0: no such row there).
            "CREATE TABLE shadow (tbl TEXT NOT NULL, row_id TEXT NOT NULL, present INTEGER NOT NULL, "
            "fields TEXT NOT NULL, PRIMARY KEY (tbl, row_id))",
            "CREATE TABLE sync_problem (id INTEGER PRIMARY KEY, mid INTEGER NOT NULL, tbl TEXT NOT NULL, "
            "row_id TEXT NOT NULL, code TEXT NOT NULL, message TEXT NOT NULL, at_ms INTEGER NOT NULL)",
        });
    // 2: rows seen again while fetching everything afresh; what is not seen is dropped at the end.
    std::vector<std::string> second {
        "CREATE TABLE refetch_seen (tbl TEXT NOT NULL, row_id TEXT NOT NULL, PRIMARY KEY (tbl, row_id)) WITHOUT ROWID",
    };
    // 3: the search index of people (desktop/core/PeopleSearch.h), kept by triggers so that every
    // write path (local edits, pulled pages, purges, the drop after a fresh copy, wipe) updates it
    // in the transaction that changes the rows. It is an external-content FTS5 table: the text
    // stays only in the person table, so the index adds no second copy of anyone's values, and
    // a field hidden from this user is NULL in the row and therefore never indexed.
    std::vector<std::string> third {
        "CREATE VIRTUAL TABLE person_fts USING fts5(" + std::string(kIndexedColumns)
            + ", content='person', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2', "
              "prefix='1 2 3')",
    };
    for (auto &statement : searchIndexTriggers())
        third.push_back(std::move(statement));
    // Backfills the people already on the device.
    third.push_back("INSERT INTO person_fts(person_fts) VALUES ('rebuild')");
    // 4: prefix indexes for 4, 5 and 6 letters too. Typing a common word ("gard", "garde",
    // "garden") otherwise makes FTS5 merge the lists of every longer term before the first row:
    // ~30 ms at 200k people, ~150 ms at a million. The index grows by about a third.
    // (docs/benchmarks.md, search section.)
    //
    // The prefixes of an FTS5 table are fixed when it is made, so the index is made anew; filling
    // it at once cost 759 s at a million people, before the window could appear. Instead the new
    // index (person_fts_next) starts empty and is filled in rowid order in short steps
    // (LocalStore::continueSearchIndexRebuild, driven by SearchIndexMerger), resumable: setting
    // 'search_index_rebuild' holds the last rowid filled. Meanwhile the old index stays complete
    // and is what searches use (prefixes of 1–3 letters: slower for longer ones, same results),
    // and these triggers keep the new one current for the rows already filled. The last fill
    // step swaps the new index in; the old one is then emptied in bounded steps and dropped. A
    // small directory is rebuilt at once when opened (migrate()).
    std::vector<std::string> fourth {
        "CREATE VIRTUAL TABLE person_fts_next USING fts5(" + std::string(kIndexedColumns)
            + ", content='person', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2', "
              "prefix='1 2 3 4 5 6')",
        "INSERT INTO setting (key, value) VALUES ('search_index_rebuild', '0')",
    };
    for (auto &statement : rebuildTriggers())
        fourth.push_back(std::move(statement));
    // 5: a change that could not be sent or was refused keeps its values in the Sync problems
    // list: it leaves the row, but what the user typed is not lost.
    std::vector<std::string> fifth {
        "ALTER TABLE sync_problem ADD COLUMN fields TEXT NOT NULL DEFAULT '{}'",
    };
    return {first, second, third, fourth, fifth};
}

QVariant toVariant(const FieldValue &value)
{
    if (const auto *text = std::get_if<std::string>(&value))
        return QString::fromStdString(*text);
    if (const auto *number = std::get_if<std::int64_t>(&value))
        return QVariant::fromValue<qlonglong>(*number);
    return QVariant();
}

FieldValue fromVariant(const QVariant &value)
{
    if (value.isNull())
        return std::monostate {};
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return std::int64_t(value.toLongLong());
    default:
        return value.toString().toStdString();
    }
}

// SQLite's primary result codes for the failures a person can do something about.
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteNotADatabase = 26;

int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code & 0xff : 0; // extended codes carry the primary one in their low byte
}

// A full disk and a damaged file are told apart from other failures: each has its own remedy,
// and neither is the other (docs/sync.md, "Damaged or full local files").
Error sqlError(const QString &what, const QSqlError &error)
{
    switch (primaryCode(error)) {
    case kSqliteFull:
        return makeError("disk_full",
            (what
                + QStringLiteral(": the disk is full. Nothing already saved was lost; free some space on the disk "
                                 "that holds the Commonroom profile, then try again."))
                .toStdString());
    case kSqliteCorrupt:
    case kSqliteNotADatabase:
        return makeError("damaged",
            (what + QStringLiteral(": the local database is damaged (") + error.databaseText() + QStringLiteral("). ")
                + QLatin1String(kRecoverAdvice))
                .toStdString());
    default:
        return makeError("storage", (what + QStringLiteral(": ") + error.text()).toStdString());
    }
}

const TableDef *tableFor(const QString &table)
{
    return findTable(table.toStdString());
}

Error unknownTable(const QString &table)
{
    return makeError("unknown_table", "There is no table named \"" + table.toStdString() + "\".");
}

// Keeps only columns the schema knows: column names end up in SQL text, and the daemon may be
// newer than this client.
FieldMap knownColumns(const TableDef &table, const FieldMap &fields)
{
    static const auto columnsByTable = [] {
        std::map<std::string_view, std::set<std::string>> byTable;
        for (const auto &def : syncedTables()) {
            const auto columns = wireColumns(def);
            byTable[def.name] = std::set<std::string>(columns.begin(), columns.end());
        }
        return byTable;
    }();
    const auto &columns = columnsByTable.at(table.name);
    FieldMap known;
    for (const auto &[name, value] : fields) {
        if (columns.contains(name))
            known.emplace(name, value);
    }
    return known;
}

QString fieldsJson(const FieldMap &fields)
{
    return QString::fromStdString(protocol::toJson(fields));
}

FieldMap fieldsFromJson(const QString &json)
{
    auto decoded = protocol::fromJson<FieldMap>(json.toStdString());
    return decoded ? std::move(decoded).value() : FieldMap {};
}

// Rolls back unless committed, so every early return leaves the file as it was.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db)
        : m_db(std::move(db))
        , m_active(m_db.transaction())
    {
    }
    ~Transaction()
    {
        if (m_active)
            m_db.rollback();
    }
    bool active() const { return m_active; }
    Status commit()
    {
        if (!m_db.commit())
            return sqlError(QStringLiteral("Could not save the change"), m_db.lastError());
        m_active = false;
        return {};
    }

private:
    QSqlDatabase m_db;
    bool m_active;
};

} // namespace

LocalStore::LocalStore(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_connectionName(QStringLiteral("commonroom-local-%1").arg(connectionCounter.fetch_add(1)))
    , m_clock(clock)
{
}

LocalStore::~LocalStore()
{
    m_replaceQueries.clear(); // prepared statements go before their connection
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
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
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
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA secure_delete=ON",
             "PRAGMA busy_timeout=5000", "PRAGMA foreign_keys=OFF",
             // A REPLACE that removes a row must fire its delete trigger, which keeps the search
             // index; LocalStore itself writes rows with upserts.
             "PRAGMA recursive_triggers=ON"}) {
        if (auto status = execute(QString::fromLatin1(pragma)); !status)
            return status;
    }
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
    // an older SQLite, scrub() merges the index instead when a value went away.
    m_searchIndexSecureDelete
        = QSqlQuery(database())
              .exec(QStringLiteral("INSERT INTO person_fts(person_fts, rank) VALUES ('secure-delete', 1)"));
    m_siteId = setting(QStringLiteral("site_id"));
    if (m_siteId.isEmpty()) {
        m_siteId = QString::fromStdString(newUuidV7(m_clock));
        if (auto status = setSetting(QStringLiteral("site_id"), m_siteId); !status)
            return status;
    }
    if (auto status = writeSiteMarker(); !status)
        return status;
    // A scrub that could not finish last time (another program held the file) is tried again.
    if (setting(QStringLiteral("scrub_pending")) == QLatin1String("1"))
        (void)scrubLog();
    return {};
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

Result<LocalStore::Recovery> LocalStore::recover(const QString &path, const Clock &clock)
{
    if (!QFileInfo::exists(path))
        return makeError(
            "not_damaged", "There is no local database at " + path.toStdString() + ": nothing to recover.");
    {
        // Only a damaged file is moved aside: a sound one needs no rescue, and a full disk is
        // not helped by one.
        LocalStore probe(clock);
        const Status opened = probe.open(path);
        if (!opened && opened.error().code != "damaged")
            return opened.error();
        if (opened) {
            QSqlQuery check(probe.database());
            if (check.exec(QStringLiteral("PRAGMA quick_check")) && check.next()
                && check.value(0).toString() == QLatin1String("ok"))
                return makeError("not_damaged",
                    "The local database " + path.toStdString()
                        + " is sound: nothing to recover. To fetch the community again, run \"commonroom-cli "
                          "refetch\".");
        }
    }
    QString aside = path + QStringLiteral(".damaged");
    for (int n = 2; QFileInfo::exists(aside) || QFileInfo::exists(aside + QStringLiteral("-wal")); ++n)
        aside = path + QStringLiteral(".damaged-%1").arg(n);
    if (!QFile::rename(path, aside))
        return makeError("storage",
            "Cannot move the damaged database " + path.toStdString() + " aside to " + aside.toStdString()
                + "; check the folder's permissions. Nothing was changed.");
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        // The log may hold the newest unsent changes: it goes with its database.
        if (QFileInfo::exists(path + suffix) && !QFile::rename(path + suffix, aside + suffix)) {
            (void)QFile::rename(aside, path);
            return makeError("storage",
                "Cannot move " + (path + suffix).toStdString() + " aside; check the folder's permissions. "
                    + "Nothing was changed.");
        }
    }
    const UnsentSalvage salvage = UnsentSalvage::read(aside);
    const QString siteId = salvage.settings.contains(QStringLiteral("site_id"))
        ? salvage.settings.at(QStringLiteral("site_id"))
        : QString();
    bool lastMidKnown = false;
    if (salvage.settings.contains(QStringLiteral("last_mid")))
        salvage.settings.at(QStringLiteral("last_mid")).toLongLong(&lastMidKnown);
    // The daemon knows the device by its id and the last mid it received: the device stays
    // itself only when the file still tells both, else a reused mid would be taken as received.
    const bool sameDevice = isUuid(siteId.toStdString()) && lastMidKnown;
    LocalStore fresh(clock);
    if (auto opened = fresh.open(path); !opened)
        return makeError(opened.error().code,
            opened.error().message + " The damaged database was moved to " + aside.toStdString() + ".");
    auto imported = fresh.importUnsent(salvage, sameDevice);
    if (!imported)
        return makeError(imported.error().code,
            imported.error().message + " The damaged database was moved to " + aside.toStdString()
                + "; \"commonroom-cli recover --from\" that file tries again.");
    imported->damagedCopy = aside;
    return imported;
}

Result<LocalStore::Recovery> LocalStore::salvageFrom(const QString &path)
{
    if (!QFileInfo::exists(path))
        return makeError("not_found", "There is no file " + path.toStdString() + " to take unsent changes from.");
    if (QFileInfo(path).canonicalFilePath() == QFileInfo(m_path).canonicalFilePath())
        return makeError("invalid_value", "That is the database this profile uses; give the copy set aside.");
    return importUnsent(UnsentSalvage::read(path), /*asSameDevice=*/false);
}

Result<LocalStore::Recovery> LocalStore::importUnsent(const UnsentSalvage &salvage, bool asSameDevice)
{
    Recovery recovery;
    recovery.unreadableChanges = salvage.unreadable;
    recovery.sameDevice = asSameDevice;
    Transaction transaction(database());
    if (!transaction.active())
        return sqlError(QStringLiteral("Cannot start saving"), database().lastError());
    if (asSameDevice) {
        // Who the device is and where it syncs, not what it held: the copy is fetched again.
        static const QSet<QString> kCopyState {QStringLiteral("cursor"), QStringLiteral("refetching"),
            QStringLiteral("server_checksums"), QStringLiteral("search_index_rebuild"),
            QStringLiteral("search_index_scrub"), QStringLiteral("scrub_pending"), QStringLiteral("last_sync_ms")};
        for (const auto &[key, value] : salvage.settings) {
            if (kCopyState.contains(key))
                continue;
            if (auto status = setSetting(key, value); !status)
                return status.error();
        }
        m_siteId = salvage.settings.at(QStringLiteral("site_id"));
    }
    qint64 lastMid = setting(QStringLiteral("last_mid")).toLongLong();
    quint64 hlc = setting(QStringLiteral("hlc")).toULongLong();
    std::set<std::pair<QString, QString>> rows;
    for (const auto &change : salvage.changes) {
        // The same device sends them under their own mids (one the daemon received already is
        // acked again); another device sends them as its own new changes.
        const qint64 mid = asSameDevice ? change.mid : lastMid + 1;
        QSqlQuery insert(database());
        insert.prepare(QStringLiteral("INSERT INTO outbox (mid, tbl, row_id, fields, hlc, deleted, created_ms) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        insert.addBindValue(mid);
        insert.addBindValue(change.table);
        insert.addBindValue(change.rowId);
        insert.addBindValue(change.fields);
        insert.addBindValue(qulonglong(change.hlc));
        insert.addBindValue(change.deleted ? 1 : 0);
        insert.addBindValue(change.createdMs);
        if (!insert.exec())
            return sqlError(QStringLiteral("Cannot keep an unsent change"), insert.lastError());
        lastMid = std::max(lastMid, mid);
        hlc = std::max(hlc, change.hlc);
        rows.insert({change.table, change.rowId});
        ++recovery.keptChanges;
    }
    if (auto status = setSetting(QStringLiteral("last_mid"), QString::number(lastMid)); !status)
        return status.error();
    if (auto status = setSetting(QStringLiteral("hlc"), QString::number(hlc)); !status)
        return status.error();
    QSet<QString> tables;
    for (const auto &[table, id] : rows) {
        tables.insert(table);
        if (!hasShadow(table, id)) {
            if (row(table, id)) {
                if (auto status = ensureShadow(table, id); !status)
                    return status.error();
            } else {
                const auto base = salvage.bases.find({table, id});
                QSqlQuery shadow(database());
                shadow.prepare(QStringLiteral("INSERT INTO shadow (tbl, row_id, present, fields) VALUES (?, ?, ?, ?)"));
                shadow.addBindValue(table);
                shadow.addBindValue(id);
                shadow.addBindValue(base != salvage.bases.end() && base->second.present ? 1 : 0);
                shadow.addBindValue(base != salvage.bases.end() ? base->second.fields : QStringLiteral("{}"));
                if (!shadow.exec())
                    return sqlError(QStringLiteral("Cannot keep the synced state of a row"), shadow.lastError());
            }
        }
        // The row shows the unsent changes again; should that fail, the next pull rebuilds it.
        (void)rebuildFromShadow(table, id);
    }
    if (auto status = transaction.commit(); !status)
        return status.error();
    if (auto status = writeSiteMarker(); !status)
        return status.error();
    for (const auto &table : std::as_const(tables))
        Q_EMIT tableChanged(table);
    Q_EMIT pendingCountChanged(pendingCount());
    return recovery;
}

Status LocalStore::execute(const QString &sql)
{
    QSqlQuery query(database());
    if (!query.exec(sql))
        return sqlError(QStringLiteral("The local database refused \"%1\"").arg(sql.left(60)), query.lastError());
    return {};
}

Status LocalStore::migrate()
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return sqlError(QStringLiteral("Cannot read the local database version"), query.lastError());
    const int current = query.value(0).toInt();
    query.finish(); // an active statement would keep DROP TABLE in a migration from running
    if (current == 0) {
        // A database this program did not make (or whose header was damaged) is not taken over.
        QSqlQuery tables(database());
        if (!tables.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !tables.next())
            return sqlError(QStringLiteral("Cannot read the local database layout"), tables.lastError());
        if (tables.value(0).toInt() > 0)
            return makeError("damaged",
                "The file " + m_path.toStdString()
                    + " holds tables but is not marked as a Commonroom database; it was left untouched. "
                    + kRecoverAdvice);
    }
    const auto steps = migrations();
    if (current > int(steps.size()))
        return makeError("storage",
            "The local database " + m_path.toStdString()
                + " was written by a newer Commonroom; update this one to open it.");
    for (int version = current; version < int(steps.size()); ++version) {
        Transaction transaction(database());
        for (const auto &statement : steps[version]) {
            if (auto status = execute(QString::fromStdString(statement)); !status)
                return status;
        }
        if (auto status = execute(QStringLiteral("PRAGMA user_version=%1").arg(version + 1)); !status)
            return status;
        if (auto status = transaction.commit(); !status)
            return status;
    }
    if (isSearchIndexRebuilding()) {
        // A small directory is rebuilt now, in one step; a large one in the background.
        QSqlQuery count(database());
        if (!count.exec(
                QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM person LIMIT %1)").arg(m_inlineRebuildRows + 1))
            || !count.next())
            return sqlError(QStringLiteral("Cannot count the people on this device"), count.lastError());
        const bool small = count.value(0).toInt() <= m_inlineRebuildRows;
        count.finish();
        for (bool done = !small; !done;) {
            auto step = continueSearchIndexRebuild(m_inlineRebuildRows + 1);
            if (!step)
                return step.error();
            done = *step;
        }
    }
    for (const auto &table : syncedTables()) {
        std::set<std::string> existing;
        QSqlQuery columns(database());
        if (!columns.exec(
                QStringLiteral("PRAGMA table_info(%1)").arg(QString::fromStdString(quoteIdentifier(table.name)))))
            return sqlError(QStringLiteral("Cannot read the local database layout"), columns.lastError());
        while (columns.next())
            existing.insert(columns.value(1).toString().toStdString());
        if (existing.empty()) {
            // A table added after this file was created (events, for example).
            for (const auto &statement : createTableStatements(table, SchemaSide::Device)) {
                if (auto status = execute(QString::fromStdString(statement)); !status)
                    return status;
            }
            continue;
        }
        for (const auto &statement : addMissingColumnStatements(table, existing)) {
            if (auto status = execute(QString::fromStdString(statement)); !status)
                return status;
        }
        // Earlier daemons sent leaders the whole record of a merged duplicate (merged_snapshot),
        // fields hidden from them included. It is no longer synced; what a device holds of it goes.
        if (table.name == "duplicate_candidate" && existing.contains("merged_snapshot")) {
            for (const char *statement : {"UPDATE duplicate_candidate SET merged_snapshot = NULL",
                     "ALTER TABLE duplicate_candidate DROP COLUMN merged_snapshot"}) {
                if (auto status = execute(QLatin1String(statement)); !status)
                    return status;
            }
        }
    }
    return {};
}

bool LocalStore::isSearchIndexRebuilding() const
{
    if (!setting(QStringLiteral("search_index_rebuild")).isEmpty())
        return true;
    QSqlQuery old(database());
    return old.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'person_fts_old'")) && old.next();
}

Result<bool> LocalStore::continueSearchIndexRebuild(int rows)
{
    const QString filledSetting = setting(QStringLiteral("search_index_rebuild"));
    if (filledSetting.isEmpty())
        return dropOldSearchIndexStep();
    const qint64 filled = filledSetting.toLongLong();
    Transaction transaction(database());
    qint64 upTo = filled;
    int count = 0;
    {
        QSqlQuery range(database());
        range.prepare(QStringLiteral("SELECT max(rowid), count(*) FROM "
                                     "(SELECT rowid FROM person WHERE rowid > ? ORDER BY rowid LIMIT ?)"));
        range.addBindValue(filled);
        range.addBindValue(rows);
        if (!range.exec() || !range.next())
            return sqlError(QStringLiteral("Cannot rebuild the search index"), range.lastError());
        count = range.value(1).toInt();
        if (count > 0)
            upTo = range.value(0).toLongLong();
    }
    if (count > 0) {
        QSqlQuery fill(database());
        fill.prepare(QStringLiteral("INSERT INTO person_fts_next(rowid, %1) SELECT rowid, %1 FROM person "
                                    "WHERE rowid > ? AND rowid <= ?")
                         .arg(QLatin1String(kIndexedColumns)));
        fill.addBindValue(filled);
        fill.addBindValue(upTo);
        if (!fill.exec())
            return sqlError(QStringLiteral("Cannot rebuild the search index"), fill.lastError());
        if (auto status = setSetting(QStringLiteral("search_index_rebuild"), QString::number(upTo)); !status)
            return status.error();
    }
    const bool done = count < rows;
    if (done) {
        if (auto status = swapInRebuiltSearchIndex(); !status)
            return status.error();
    }
    if (auto status = transaction.commit(); !status)
        return status.error();
    if (done)
        m_searchIndexSecureDelete
            = QSqlQuery(database())
                  .exec(QStringLiteral("INSERT INTO person_fts(person_fts, rank) VALUES ('secure-delete', 1)"));
    return false; // the old index is dropped in the next steps
}

Result<bool> LocalStore::dropOldSearchIndexStep()
{
    // Dropping a large index at once overwrites all its pages (secure_delete) in one go: seconds
    // at 100k people. Its tables are emptied a bounded number of rows at a time instead (each
    // row overwritten as it goes), then the empty index is dropped.
    {
        QSqlQuery exists(database());
        if (!exists.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'person_fts_old'")))
            return sqlError(QStringLiteral("Cannot rebuild the search index"), exists.lastError());
        if (!exists.next())
            return true;
    }
    Transaction transaction(database());
    static const char *const kChunks[] = {
        // Records 1 and 10 (averages, structure) stay until the drop: FTS5 reads them to open
        // the table, which dropping it does. They hold no terms.
        "DELETE FROM person_fts_old_data WHERE id IN (SELECT id FROM person_fts_old_data WHERE id > 10 LIMIT 256)",
        "DELETE FROM person_fts_old_idx WHERE (segid, term) IN (SELECT segid, term FROM person_fts_old_idx LIMIT 4096)",
        "DELETE FROM person_fts_old_docsize WHERE id IN (SELECT id FROM person_fts_old_docsize LIMIT 4096)",
    };
    for (const char *chunk : kChunks) {
        QSqlQuery query(database());
        if (!query.exec(QString::fromLatin1(chunk)))
            return sqlError(QStringLiteral("Cannot remove the old search index"), query.lastError());
        if (query.numRowsAffected() > 0) {
            if (auto status = transaction.commit(); !status)
                return status.error();
            return false;
        }
    }
    if (auto status = execute(QStringLiteral("DROP TABLE person_fts_old")); !status)
        return status.error();
    if (auto status = transaction.commit(); !status)
        return status.error();
    return true;
}

Status LocalStore::swapInRebuiltSearchIndex()
{
    // Every trigger naming either index goes first: renaming a table checks that every trigger
    // still refers to tables that exist.
    for (const char *trigger : kRebuildTriggerNames) {
        if (auto status = execute(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(QLatin1String(trigger))); !status)
            return status;
    }
    for (const char *trigger : {"person_fts_insert", "person_fts_delete", "person_fts_update"}) {
        if (auto status = execute(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(QLatin1String(trigger))); !status)
            return status;
    }
    // Kept aside and dropped in steps (dropOldSearchIndexStep).
    if (auto status = execute(QStringLiteral("ALTER TABLE person_fts RENAME TO person_fts_old")); !status)
        return status;
    if (auto status = execute(QStringLiteral("ALTER TABLE person_fts_next RENAME TO person_fts")); !status)
        return status;
    for (const auto &statement : searchIndexTriggers()) {
        if (auto status = execute(QString::fromStdString(statement)); !status)
            return status;
    }
    return execute(QStringLiteral("DELETE FROM setting WHERE key = 'search_index_rebuild'"));
}

QString LocalStore::setting(const QString &key) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

Status LocalStore::setSetting(const QString &key, const QString &value)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec())
        return sqlError(QStringLiteral("Cannot save the setting %1").arg(key), query.lastError());
    return {};
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

QString LocalStore::cursor() const
{
    return setting(QStringLiteral("cursor"));
}

std::uint64_t LocalStore::nextHlc()
{
    Hlc hlc(m_clock, setting(QStringLiteral("hlc")).toULongLong());
    return hlc.tick();
}

Status LocalStore::observeHlc(std::uint64_t remote)
{
    Hlc hlc(m_clock, setting(QStringLiteral("hlc")).toULongLong());
    const std::uint64_t before = hlc.last();
    hlc.observe(remote);
    if (hlc.last() == before)
        return {};
    return setSetting(QStringLiteral("hlc"), QString::number(hlc.last()));
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
    const TableDef *def = tableFor(table);
    if (!def)
        return std::nullopt;
    QSqlQuery query(database());
    query.prepare(
        QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(QString::fromStdString(quoteIdentifier(def->name))));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    FieldMap fields;
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i) {
        if (record.fieldName(i) != QLatin1String("id"))
            fields[record.fieldName(i).toStdString()] = fromVariant(query.value(i));
    }
    return fields;
}

Result<QString> LocalStore::createRow(const QString &table, const FieldMap &fields)
{
    protocol::Mutation mutation;
    mutation.table = table.toStdString();
    mutation.id = newUuidV7(m_clock);
    mutation.fields = fields;
    if (auto status = writeLocalMutation(mutation); !status)
        return status.error();
    return QString::fromStdString(mutation.id);
}

Status LocalStore::updateRow(const QString &table, const QString &id, const FieldMap &fields)
{
    if (!row(table, id))
        return makeError(
            "not_found", "There is no " + table.toStdString() + " with id " + id.toStdString() + " on this device.");
    protocol::Mutation mutation;
    mutation.table = table.toStdString();
    mutation.id = id.toStdString();
    mutation.fields = fields;
    return writeLocalMutation(mutation);
}

Status LocalStore::writeRow(const QString &table, const QString &id, const FieldMap &fields)
{
    if (!isUuid(id.toStdString()))
        return makeError("invalid_id", "The id \"" + id.toStdString() + "\" is not a lowercase UUID.");
    protocol::Mutation mutation;
    mutation.table = table.toStdString();
    mutation.id = id.toStdString();
    mutation.fields = fields;
    return writeLocalMutation(mutation);
}

Status LocalStore::deleteRow(const QString &table, const QString &id)
{
    if (!row(table, id))
        return makeError(
            "not_found", "There is no " + table.toStdString() + " with id " + id.toStdString() + " on this device.");
    protocol::Mutation mutation;
    mutation.table = table.toStdString();
    mutation.id = id.toStdString();
    mutation.deleted = true;
    return writeLocalMutation(mutation);
}

Status LocalStore::writeLocalMutation(const protocol::Mutation &mutation)
{
    const QString table = QString::fromStdString(mutation.table);
    const QString id = QString::fromStdString(mutation.id);
    const TableDef *def = tableFor(table);
    if (!def)
        return unknownTable(table);
    if (auto valid = validateFields(*def, mutation.fields); !valid)
        return valid;
    if (!mutation.deleted && mutation.fields.empty())
        return makeError("empty_change", "Nothing to save: no field was given.");

    Transaction transaction(database());
    if (!transaction.active())
        return sqlError(QStringLiteral("Cannot start saving"), database().lastError());
    if (auto status = ensureShadow(table, id); !status)
        return status;
    if (auto status = mutation.deleted ? removeRow(table, id) : upsertFields(table, id, mutation.fields); !status)
        return status;

    const qint64 mid = setting(QStringLiteral("last_mid")).toLongLong() + 1;
    const std::uint64_t hlc = nextHlc();
    QSqlQuery insert(database());
    insert.prepare(QStringLiteral("INSERT INTO outbox (mid, tbl, row_id, fields, hlc, deleted, created_ms) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(mid);
    insert.addBindValue(table);
    insert.addBindValue(id);
    insert.addBindValue(fieldsJson(mutation.fields));
    insert.addBindValue(qulonglong(hlc));
    insert.addBindValue(mutation.deleted ? 1 : 0);
    insert.addBindValue(qint64(m_clock.nowMs()));
    if (!insert.exec())
        return sqlError(QStringLiteral("Cannot queue the change for sync"), insert.lastError());
    if (auto status = setSetting(QStringLiteral("last_mid"), QString::number(mid)); !status)
        return status;
    if (auto status = setSetting(QStringLiteral("hlc"), QString::number(hlc)); !status)
        return status;
    if (auto status = transaction.commit(); !status)
        return status;

    Q_EMIT tableChanged(table);
    Q_EMIT pendingCountChanged(pendingCount());
    Q_EMIT localEditSaved();
    return {};
}

Status LocalStore::upsertFields(const QString &table, const QString &id, const FieldMap &fields)
{
    const TableDef *def = tableFor(table);
    const FieldMap known = knownColumns(*def, withMergeRules(*def, id, fields));
    QStringList columns {QStringLiteral("id")};
    QStringList updates;
    for (const auto &entry : known) {
        const QString column = QString::fromStdString(quoteIdentifier(entry.first));
        columns << column;
        updates << QStringLiteral("%1 = excluded.%1").arg(column);
    }
    QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(QString::fromStdString(quoteIdentifier(def->name)), columns.join(QLatin1Char(',')),
                          QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')));
    sql += updates.isEmpty() ? QStringLiteral(" ON CONFLICT(id) DO NOTHING")
                             : QStringLiteral(" ON CONFLICT(id) DO UPDATE SET ") + updates.join(QLatin1Char(','));
    QSqlQuery query(database());
    query.prepare(sql);
    query.addBindValue(id);
    for (const auto &entry : known)
        query.addBindValue(toVariant(entry.second));
    if (!query.exec())
        return sqlError(QStringLiteral("Cannot write the %1 row").arg(table), query.lastError());
    return {};
}

FieldMap LocalStore::withMergeRules(const TableDef &def, const QString &id, const FieldMap &fields) const
{
    const bool hasRules = std::any_of(def.fields.begin(), def.fields.end(),
        [](const FieldDef &field) { return field.merge != MergeKind::LastWriter || field.derived; });
    if (!hasRules)
        return fields;
    // The same rules as the daemon's merge (common/Merge.h), so that the device shows what the
    // daemon will store: Union fields keep what the row already has, derived fields follow.
    const QString table = QString::fromUtf8(def.name.data(), int(def.name.size()));
    FieldMap merged = row(table, id).value_or(FieldMap {});
    FieldMap effective = fields;
    for (auto &[name, value] : effective) {
        const FieldDef *field = def.field(name);
        if (!field || field->merge != MergeKind::Union)
            continue;
        const auto current = merged.find(name);
        const std::string mine = current == merged.end() ? std::string() : toDisplayString(current->second);
        const std::string united = uniteLines(mine, toDisplayString(value));
        value = united.empty() ? FieldValue {} : FieldValue {united};
    }
    for (const auto &[name, value] : effective)
        merged[name] = value;
    for (const auto &name : deriveFields(def, merged))
        effective[name] = merged[name];
    return effective;
}

Status LocalStore::replaceRow(const QString &table, const QString &id, const FieldMap &fields)
{
    // Columns absent from `fields` become NULL: the daemon sends whole rows, and a field it no
    // longer sends is a field this user may no longer see.
    const TableDef *def = tableFor(table);
    const auto columns = wireColumns(*def);
    auto &query = m_replaceQueries[table];
    if (!query) {
        // Prepared once per table: a first sync writes a million rows through it.
        QStringList quoted {QStringLiteral("id")};
        QStringList updates;
        for (const auto &column : columns) {
            quoted << QString::fromStdString(quoteIdentifier(column));
            updates << QStringLiteral("%1 = excluded.%1").arg(quoted.last());
        }
        // An upsert rather than INSERT OR REPLACE: the row keeps its rowid, and the search index's
        // triggers see an update (old and new values) instead of a silent delete.
        query = std::make_unique<QSqlQuery>(database());
        if (!query->prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT(id) DO UPDATE SET %4")
                                .arg(QString::fromStdString(quoteIdentifier(def->name)), quoted.join(QLatin1Char(',')),
                                    QStringList(quoted.size(), QStringLiteral("?")).join(QLatin1Char(',')),
                                    updates.join(QLatin1Char(','))))) {
            const QSqlError error = query->lastError();
            query.reset();
            return sqlError(QStringLiteral("Cannot write the %1 row").arg(table), error);
        }
    }
    int position = 0;
    query->bindValue(position++, id);
    for (const auto &column : columns) {
        const auto value = fields.find(column);
        query->bindValue(position++, value == fields.end() ? QVariant() : toVariant(value->second));
    }
    if (!query->exec())
        return sqlError(QStringLiteral("Cannot write the %1 row").arg(table), query->lastError());
    query->finish();
    return {};
}

Status LocalStore::removeRow(const QString &table, const QString &id)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?")
                      .arg(QString::fromStdString(quoteIdentifier(tableFor(table)->name))));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(QStringLiteral("Cannot delete the %1 row").arg(table), query.lastError());
    return {};
}

bool LocalStore::hasShadow(const QString &table, const QString &id) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT 1 FROM shadow WHERE tbl = ? AND row_id = ?"));
    query.addBindValue(table);
    query.addBindValue(id);
    return query.exec() && query.next();
}

Status LocalStore::ensureShadow(const QString &table, const QString &id)
{
    if (hasShadow(table, id))
        return {};
    // No unsent edit yet: the local row is exactly what the daemon last sent.
    const auto current = row(table, id);
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT INTO shadow (tbl, row_id, present, fields) VALUES (?, ?, ?, ?)"));
    query.addBindValue(table);
    query.addBindValue(id);
    query.addBindValue(current ? 1 : 0);
    query.addBindValue(fieldsJson(current.value_or(FieldMap {})));
    if (!query.exec())
        return sqlError(QStringLiteral("Cannot remember the synced state of the row"), query.lastError());
    return {};
}

Result<std::optional<LocalStore::Shadow>> LocalStore::readShadow(const QString &table, const QString &id) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT present, fields FROM shadow WHERE tbl = ? AND row_id = ?"));
    query.addBindValue(table);
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(QStringLiteral("Cannot read the synced state of the row"), query.lastError());
    if (!query.next())
        return std::optional<Shadow> {};
    return std::optional<Shadow> {Shadow {query.value(0).toBool(), fieldsFromJson(query.value(1).toString())}};
}

Status LocalStore::foldIntoShadow(const QString &table, const QString &id, const FieldMap &fields, bool deleted)
{
    const auto shadow = readShadow(table, id);
    if (!shadow)
        return shadow.error();
    if (!*shadow)
        return {};
    FieldMap base = (*shadow)->present ? (*shadow)->fields : FieldMap {};
    for (const auto &[name, value] : fields)
        base[name] = value;
    QSqlQuery update(database());
    update.prepare(QStringLiteral("UPDATE shadow SET present = ?, fields = ? WHERE tbl = ? AND row_id = ?"));
    update.addBindValue(deleted ? 0 : 1);
    update.addBindValue(fieldsJson(deleted ? FieldMap {} : base));
    update.addBindValue(table);
    update.addBindValue(id);
    if (!update.exec())
        return sqlError(QStringLiteral("Cannot update the synced state of the row"), update.lastError());
    return {};
}

Status LocalStore::rebuildFromShadow(const QString &table, const QString &id)
{
    const auto shadow = readShadow(table, id);
    if (!shadow)
        return shadow.error();
    if (!*shadow)
        return {};
    const bool present = (*shadow)->present;
    const FieldMap &base = (*shadow)->fields;
    if (auto status = present ? replaceRow(table, id, base) : removeRow(table, id); !status)
        return status;

    QSqlQuery pending(database());
    pending.prepare(QStringLiteral("SELECT fields, deleted FROM outbox WHERE tbl = ? AND row_id = ? ORDER BY mid"));
    pending.addBindValue(table);
    pending.addBindValue(id);
    if (!pending.exec())
        return sqlError(QStringLiteral("Cannot read the unsent changes"), pending.lastError());
    while (pending.next()) {
        const bool deleted = pending.value(1).toBool();
        auto status
            = deleted ? removeRow(table, id) : upsertFields(table, id, fieldsFromJson(pending.value(0).toString()));
        if (!status)
            return status;
    }
    return {};
}

int LocalStore::pendingCount() const
{
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("SELECT count(*) FROM outbox")) && query.next())
        return query.value(0).toInt();
    return 0;
}

std::vector<protocol::Mutation> LocalStore::pendingMutations(int limit, std::size_t maxBytes) const
{
    std::vector<protocol::Mutation> mutations;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT mid, tbl, row_id, fields, hlc, deleted FROM outbox ORDER BY mid LIMIT ?"));
    query.addBindValue(limit);
    if (!query.exec())
        return mutations;
    std::size_t bytes = 0;
    while (query.next()) {
        protocol::Mutation mutation;
        mutation.mid = query.value(0).toLongLong();
        mutation.table = query.value(1).toString().toStdString();
        mutation.id = query.value(2).toString().toStdString();
        mutation.fields = fieldsFromJson(query.value(3).toString());
        mutation.hlc = query.value(4).toULongLong();
        mutation.deleted = query.value(5).toBool();
        // As encoded in the push, with the comma before it; the first one is taken whatever its size.
        bytes += protocol::encodedSize(mutation) + (mutations.empty() ? 0 : 1);
        if (!mutations.empty() && bytes > maxBytes)
            break;
        mutations.push_back(std::move(mutation));
    }
    return mutations;
}

Status LocalStore::applyPushResult(const protocol::PushResponse &response)
{
    Transaction transaction(database());
    if (!transaction.active())
        return sqlError(QStringLiteral("Cannot start saving"), database().lastError());

    struct Touched
    {
        bool rejected = false;
    };
    std::map<std::pair<QString, QString>, Touched> rows;
    const auto takeFromOutbox = [&](qint64 mid, const protocol::Rejection *rejection) -> Status {
        QSqlQuery find(database());
        find.prepare(QStringLiteral("SELECT tbl, row_id, fields, deleted FROM outbox WHERE mid = ?"));
        find.addBindValue(mid);
        if (!find.exec())
            return sqlError(QStringLiteral("Cannot read the unsent changes"), find.lastError());
        if (!find.next())
            return {}; // already settled by an earlier answer
        const QString table = find.value(0).toString();
        const QString id = find.value(1).toString();
        rows[{table, id}].rejected |= rejection != nullptr;
        if (!rejection) {
            // The daemon now holds this change: it belongs to the synced state the row is rebuilt
            // from if a later edit of the same row is refused.
            if (auto status
                = foldIntoShadow(table, id, fieldsFromJson(find.value(2).toString()), find.value(3).toBool());
                !status)
                return status;
        }
        if (rejection) {
            QSqlQuery problem(database());
            problem.prepare(QStringLiteral("INSERT INTO sync_problem (mid, tbl, row_id, code, message, at_ms, fields) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?)"));
            problem.addBindValue(mid);
            problem.addBindValue(table);
            problem.addBindValue(id);
            problem.addBindValue(QString::fromStdString(rejection->code));
            problem.addBindValue(QString::fromStdString(rejection->message));
            problem.addBindValue(qint64(m_clock.nowMs()));
            problem.addBindValue(find.value(2).toString());
            if (!problem.exec())
                return sqlError(QStringLiteral("Cannot record the sync problem"), problem.lastError());
        }
        QSqlQuery remove(database());
        remove.prepare(QStringLiteral("DELETE FROM outbox WHERE mid = ?"));
        remove.addBindValue(mid);
        if (!remove.exec())
            return sqlError(QStringLiteral("Cannot settle the sent change"), remove.lastError());
        return {};
    };
    for (const qint64 mid : response.acked) {
        if (auto status = takeFromOutbox(mid, nullptr); !status)
            return status;
    }
    for (const auto &rejection : response.rejected) {
        if (auto status = takeFromOutbox(rejection.mid, &rejection); !status)
            return status;
    }
    if (response.serverTime) {
        if (auto status = observeHlc(Hlc::pack(*response.serverTime, 0)); !status)
            return status;
        if (auto status
            = setSetting(QStringLiteral("clock_offset_ms"), QString::number(m_clock.nowMs() - *response.serverTime));
            !status)
            return status;
    }

    QSet<QString> tables;
    for (const auto &[key, touched] : rows) {
        const auto &[table, id] = key;
        tables.insert(table);
        if (touched.rejected) {
            if (auto status = rebuildFromShadow(table, id); !status)
                return status;
        }
        QSqlQuery remaining(database());
        remaining.prepare(QStringLiteral("SELECT 1 FROM outbox WHERE tbl = ? AND row_id = ? LIMIT 1"));
        remaining.addBindValue(table);
        remaining.addBindValue(id);
        if (remaining.exec() && !remaining.next()) {
            QSqlQuery drop(database());
            drop.prepare(QStringLiteral("DELETE FROM shadow WHERE tbl = ? AND row_id = ?"));
            drop.addBindValue(table);
            drop.addBindValue(id);
            if (!drop.exec())
                return sqlError(QStringLiteral("Cannot settle the synced state of the row"), drop.lastError());
        }
    }
    if (auto status = transaction.commit(); !status)
        return status;
    for (const auto &table : tables)
        Q_EMIT tableChanged(table);
    Q_EMIT pendingCountChanged(pendingCount());
    return {};
}

Status LocalStore::applyPullPage(const protocol::PullResponse &page)
{
    Transaction transaction(database());
    if (!transaction.active())
        return sqlError(QStringLiteral("Cannot start saving"), database().lastError());

    QSet<QPair<QString, QString>> shadowed;
    {
        QSqlQuery query(database());
        if (!query.exec(QStringLiteral("SELECT tbl, row_id FROM shadow")))
            return sqlError(QStringLiteral("Cannot read the unsent changes"), query.lastError());
        while (query.next())
            shadowed.insert({query.value(0).toString(), query.value(1).toString()});
    }

    const bool refetching = setting(QStringLiteral("refetching")) == QLatin1String("1");
    QSqlQuery seen(database());
    seen.prepare(QStringLiteral("INSERT OR IGNORE INTO refetch_seen (tbl, row_id) VALUES (?, ?)"));
    bool removedRows = !page.purge.empty();
    QSet<QString> tables;
    QHash<QString, QStringList> pulled;
    for (const auto &change : page.changes) {
        const QString table = QString::fromStdString(change.table);
        const QString id = QString::fromStdString(change.id);
        const TableDef *def = tableFor(table);
        if (!def)
            continue; // a table of a newer daemon that this version does not know yet
        tables.insert(table);
        pulled[table] << id;
        removedRows |= change.deleted;
        if (refetching && !change.deleted) {
            seen.addBindValue(table);
            seen.addBindValue(id);
            if (!seen.exec())
                return sqlError(QStringLiteral("Cannot track the fresh copy"), seen.lastError());
        }
        const FieldMap fields = knownColumns(*def, change.fields);
        if (shadowed.contains({table, id})) {
            QSqlQuery update(database());
            update.prepare(QStringLiteral("UPDATE shadow SET present = ?, fields = ? WHERE tbl = ? AND row_id = ?"));
            update.addBindValue(change.deleted ? 0 : 1);
            update.addBindValue(fieldsJson(fields));
            update.addBindValue(table);
            update.addBindValue(id);
            if (!update.exec())
                return sqlError(QStringLiteral("Cannot update the synced state of the row"), update.lastError());
            if (auto status = rebuildFromShadow(table, id); !status)
                return status;
            continue;
        }
        if (auto status = change.deleted ? removeRow(table, id) : replaceRow(table, id, fields); !status)
            return status;
    }
    for (const auto &ref : page.purge) {
        const QString table = QString::fromStdString(ref.table);
        const QString id = QString::fromStdString(ref.id);
        if (!tableFor(table))
            continue;
        tables.insert(table);
        pulled[table] << id;
        if (auto status = removeRow(table, id); !status)
            return status;
        QSqlQuery drop(database());
        drop.prepare(QStringLiteral("DELETE FROM shadow WHERE tbl = ? AND row_id = ?"));
        drop.addBindValue(table);
        drop.addBindValue(id);
        if (!drop.exec())
            return sqlError(QStringLiteral("Cannot purge the row"), drop.lastError());
    }
    if (refetching && !page.hasMore) {
        // Everything this user may hold has arrived again: what was not sent may not stay,
        // except rows with unsent edits, which the next push settles.
        for (const auto &table : syncedTables()) {
            const QString name = QString::fromUtf8(table.name.data(), int(table.name.size()));
            QSqlQuery drop(database());
            drop.prepare(
                QStringLiteral("DELETE FROM %1 WHERE id NOT IN (SELECT row_id FROM refetch_seen WHERE tbl = ?) "
                               "AND id NOT IN (SELECT row_id FROM shadow WHERE tbl = ?)")
                    .arg(QString::fromStdString(quoteIdentifier(table.name))));
            drop.addBindValue(name);
            drop.addBindValue(name);
            if (!drop.exec())
                return sqlError(QStringLiteral("Cannot drop what may no longer be kept"), drop.lastError());
            if (drop.numRowsAffected() > 0) {
                removedRows = true;
                tables.insert(name);
            }
        }
        if (auto status = execute(QStringLiteral("DELETE FROM refetch_seen")); !status)
            return status;
        if (auto status = setSetting(QStringLiteral("refetching"), QString()); !status)
            return status;
    }
    if (!page.checksums.empty()) {
        QStringList lines;
        for (const auto &[table, checksum] : page.checksums)
            lines << QStringLiteral("%1 %2 %3")
                         .arg(QString::fromStdString(table))
                         .arg(checksum.count)
                         .arg(QString::fromStdString(toHex(checksum.digest)));
        if (auto status = setSetting(QStringLiteral("server_checksums"), lines.join(QLatin1Char('\n'))); !status)
            return status;
    } else if (!page.hasMore) {
        // Checksums describe the end of a sync: older ones would be compared with newer rows.
        if (auto status = setSetting(QStringLiteral("server_checksums"), QString()); !status)
            return status;
    }
    if (auto status = observeHlc(page.hlc); !status)
        return status;
    if (auto status = setSetting(QStringLiteral("cursor"), QString::fromStdString(page.cursor)); !status)
        return status;
    if (auto status = transaction.commit(); !status)
        return status;
    // A replaced row may have lost values (a field hidden since), and the log still holds the
    // pages as they were.
    // The page is saved whether or not the log can be emptied; a failed scrub is reported (and
    // tried again at the next pull) after the page's signals, so the views show what arrived.
    Status scrubbed;
    if (removedRows || !page.changes.empty() || setting(QStringLiteral("scrub_pending")) == QLatin1String("1"))
        scrubbed = scrub(/*mergeSearchIndex=*/!page.hasMore
            && !m_deferSearchIndexMerge); // seconds at a million people: once per pull
    for (const auto &table : tables)
        Q_EMIT tableChanged(table);
    for (const auto &table : syncedTables()) { // in dependency order, like the rows
        const QString name = QString::fromUtf8(table.name.data(), int(table.name.size()));
        if (pulled.contains(name))
            Q_EMIT rowsPulled(name, pulled.value(name));
    }
    if (m_deferSearchIndexMerge && !page.hasMore)
        Q_EMIT lastPullPageApplied();
    return scrubbed;
}

Status LocalStore::beginRefetch()
{
    Transaction transaction(database());
    if (auto status = execute(QStringLiteral("DELETE FROM refetch_seen")); !status)
        return status;
    if (auto status = setSetting(QStringLiteral("refetching"), QStringLiteral("1")); !status)
        return status;
    if (auto status = setSetting(QStringLiteral("cursor"), QString()); !status)
        return status;
    return transaction.commit();
}

Status LocalStore::scrub(bool mergeSearchIndex)
{
    // secure_delete already overwrote the freed pages of the database; the write-ahead log may
    // still hold older copies of them until it is checkpointed and truncated.
    if (mergeSearchIndex && setting(QStringLiteral("search_index_scrub")) == QLatin1String("1")) {
        // Deleting from an FTS5 index leaves the old terms in older segments until they are
        // merged; 'optimize' merges every segment into one, so the pages of the old ones are
        // freed (and overwritten: secure_delete). Only needed when a value went away.
        Transaction transaction(database());
        // The part of a new index being rebuilt (migration 4) may hold such terms too.
        const bool nextScrubbed = setting(QStringLiteral("search_index_rebuild")).isEmpty()
            || execute(QStringLiteral("INSERT INTO person_fts_next(person_fts_next) VALUES ('optimize')")).ok();
        if (nextScrubbed
            && (m_searchIndexSecureDelete
                || execute(QStringLiteral("INSERT INTO person_fts(person_fts) VALUES ('optimize')")).ok())) {
            if (execute(QStringLiteral("DELETE FROM setting WHERE key = 'search_index_scrub'")).ok())
                (void)transaction.commit();
        }
    }
    return scrubLog();
}

Status LocalStore::scrubLog()
{
    // A checkpoint cannot empty the log while another connection (a second Commonroom, a backup
    // tool, the sqlite3 shell) reads an older snapshot of the file: SQLite then reports it busy,
    // or copies back only part of the log. Each attempt waits up to m_scrubWaitMs for readers.
    // The mark of a scrub owed goes before the checkpoint, so that writing it leaves nothing in
    // the log; it is set again below when the checkpoint fails.
    if (setting(QStringLiteral("scrub_pending")) == QLatin1String("1"))
        (void)execute(QStringLiteral("DELETE FROM setting WHERE key = 'scrub_pending'"));
    QString reason;
    for (int attempt = 0; attempt < m_scrubAttempts; ++attempt) {
        (void)execute(QStringLiteral("PRAGMA busy_timeout=%1").arg(m_scrubWaitMs));
        QSqlQuery checkpoint(database());
        const bool ran = checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && checkpoint.next();
        const bool busy = ran && checkpoint.value(0).toInt() != 0;
        const qint64 logPages = ran ? checkpoint.value(1).toLongLong() : -1;
        const qint64 copiedPages = ran ? checkpoint.value(2).toLongLong() : -1;
        const QSqlError error = checkpoint.lastError();
        checkpoint.finish();
        (void)execute(QStringLiteral("PRAGMA busy_timeout=5000"));
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
    (void)setSetting(QStringLiteral("scrub_pending"), QStringLiteral("1"));
    return makeError("scrub_failed",
        "Values this device may no longer keep could not be erased from the write-ahead log " + m_path.toStdString()
            + "-wal (" + reason.toStdString()
            + "). Close any other program that has the Commonroom database open (a second Commonroom, a backup "
              "tool, sqlite3), then sync again.");
}

Status LocalStore::wipe()
{
    {
        Transaction transaction(database());
        for (const auto &table : syncedTables()) {
            if (auto status
                = execute(QStringLiteral("DELETE FROM %1").arg(QString::fromStdString(quoteIdentifier(table.name))));
                !status)
                return status;
        }
        // No one is left to fill the new search index with: it replaces the old one now.
        if (!setting(QStringLiteral("search_index_rebuild")).isEmpty()) {
            if (auto status = swapInRebuiltSearchIndex(); !status)
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
    const Status scrubbed = scrub();
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

std::vector<SyncProblem> LocalStore::syncProblems() const
{
    std::vector<SyncProblem> problems;
    QSqlQuery query(database());
    if (!query.exec(
            QStringLiteral("SELECT mid, tbl, row_id, code, message, at_ms, fields FROM sync_problem ORDER BY id DESC")))
        return problems;
    while (query.next())
        problems.push_back(SyncProblem {query.value(0).toLongLong(), query.value(1).toString(),
            query.value(2).toString(), query.value(3).toString(), query.value(4).toString(),
            query.value(5).toLongLong(), fieldsFromJson(query.value(6).toString())});
    return problems;
}

Status LocalStore::clearSyncProblems()
{
    return execute(QStringLiteral("DELETE FROM sync_problem"));
}

} // namespace commonroom
