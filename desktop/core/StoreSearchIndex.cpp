#include "StoreSearchIndex.h"

#include "LocalStore.h"
#include "StoreSql.h"

#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace commonroom {

using namespace store;

namespace searchindex {

namespace {

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

std::string filledUpTo(const char *row)
{
    return std::string(row)
        + ".rowid <= (SELECT CAST(value AS INTEGER) FROM setting WHERE key = 'search_index_rebuild')";
}

} // namespace

std::vector<std::string> triggers()
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

bool secureDeleteOn(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT v FROM person_fts_config WHERE k = 'secure-delete'")) && query.next()
        && query.value(0).toInt() == 1;
}

void enableSecureDelete(const QSqlDatabase &db)
{
    // Refused by an SQLite older than 3.44, which then merges instead.
    (void)QSqlQuery(db).exec(QStringLiteral("INSERT INTO person_fts(person_fts, rank) VALUES ('secure-delete', 1)"));
}

bool isRebuilding(const QSqlDatabase &db)
{
    if (!readSetting(db, QStringLiteral("search_index_rebuild")).isEmpty())
        return true;
    QSqlQuery old(db);
    return old.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'person_fts_old'")) && old.next();
}

namespace {

Result<bool> dropOldStep(const QSqlDatabase &db)
{
    // Dropping a large index at once overwrites all its pages (secure_delete) in one go: seconds
    // at 100k people. Its tables are emptied a bounded number of rows at a time instead (each
    // row overwritten as it goes), then the empty index is dropped.
    {
        QSqlQuery exists(db);
        if (!exists.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'person_fts_old'")))
            return sqlError(QStringLiteral("Cannot rebuild the search index"), exists.lastError());
        if (!exists.next())
            return true;
    }
    Transaction transaction(db);
    if (auto status = transaction.started(); !status)
        return status.error();
    static const char *const kChunks[] = {
        // Records 1 and 10 (averages, structure) stay until the drop: FTS5 reads them to open
        // the table, which dropping it does. They hold no terms.
        "DELETE FROM person_fts_old_data WHERE id IN (SELECT id FROM person_fts_old_data WHERE id > 10 LIMIT 256)",
        "DELETE FROM person_fts_old_idx WHERE (segid, term) IN (SELECT segid, term FROM person_fts_old_idx LIMIT 4096)",
        "DELETE FROM person_fts_old_docsize WHERE id IN (SELECT id FROM person_fts_old_docsize LIMIT 4096)",
    };
    for (const char *chunk : kChunks) {
        QSqlQuery query(db);
        if (!query.exec(QString::fromLatin1(chunk)))
            return sqlError(QStringLiteral("Cannot remove the old search index"), query.lastError());
        if (query.numRowsAffected() > 0) {
            if (auto status = transaction.commit(); !status)
                return status.error();
            return false;
        }
    }
    if (auto status = execute(db, QStringLiteral("DROP TABLE person_fts_old")); !status)
        return status.error();
    if (auto status = transaction.commit(); !status)
        return status.error();
    return true;
}

} // namespace

Result<bool> continueRebuild(const QSqlDatabase &db, int rows)
{
    const QString filledSetting = readSetting(db, QStringLiteral("search_index_rebuild"));
    if (filledSetting.isEmpty())
        return dropOldStep(db);
    const qint64 filled = filledSetting.toLongLong();
    Transaction transaction(db);
    if (auto status = transaction.started(); !status)
        return status.error();
    qint64 upTo = filled;
    int count = 0;
    {
        QSqlQuery range(db);
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
        QSqlQuery fill(db);
        fill.prepare(QStringLiteral("INSERT INTO person_fts_next(rowid, %1) SELECT rowid, %1 FROM person "
                                    "WHERE rowid > ? AND rowid <= ?")
                         .arg(QLatin1String(kIndexedColumns)));
        fill.addBindValue(filled);
        fill.addBindValue(upTo);
        if (!fill.exec())
            return sqlError(QStringLiteral("Cannot rebuild the search index"), fill.lastError());
        if (auto status = writeSetting(db, QStringLiteral("search_index_rebuild"), QString::number(upTo)); !status)
            return status.error();
    }
    const bool done = count < rows;
    if (done) {
        if (auto status = swapInRebuilt(db); !status)
            return status.error();
    }
    if (auto status = transaction.commit(); !status)
        return status.error();
    if (done)
        enableSecureDelete(db);
    return false; // the old index is dropped in the next steps
}

Status swapInRebuilt(const QSqlDatabase &db)
{
    // Every trigger naming either index goes first: renaming a table checks that every trigger
    // still refers to tables that exist.
    for (const char *trigger : kRebuildTriggerNames) {
        if (auto status = execute(db, QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(QLatin1String(trigger))); !status)
            return status;
    }
    for (const char *trigger : {"person_fts_insert", "person_fts_delete", "person_fts_update"}) {
        if (auto status = execute(db, QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(QLatin1String(trigger))); !status)
            return status;
    }
    // Kept aside and dropped in steps (dropOldStep).
    if (auto status = execute(db, QStringLiteral("ALTER TABLE person_fts RENAME TO person_fts_old")); !status)
        return status;
    if (auto status = execute(db, QStringLiteral("ALTER TABLE person_fts_next RENAME TO person_fts")); !status)
        return status;
    for (const auto &statement : triggers()) {
        if (auto status = execute(db, QString::fromStdString(statement)); !status)
            return status;
    }
    return execute(db, QStringLiteral("DELETE FROM setting WHERE key = 'search_index_rebuild'"));
}

} // namespace searchindex

bool LocalStore::isSearchIndexRebuilding() const
{
    return searchindex::isRebuilding(database());
}

Result<bool> LocalStore::continueSearchIndexRebuild(int rows)
{
    return searchindex::continueRebuild(database(), rows);
}

} // namespace commonroom
