#include "StoreMigrations.h"

#include "LocalStore.h"
#include "NameCollation.h"
#include "StoreSearchIndex.h"
#include "StoreSql.h"
#include "common/Schema.h"

#include <QSqlQuery>

#include <set>

namespace commonroom {

using namespace store;

std::vector<std::vector<std::string>> deviceMigrations()
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
        "CREATE VIRTUAL TABLE person_fts USING fts5(" + std::string(searchindex::kIndexedColumns)
            + ", content='person', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2', "
              "prefix='1 2 3')",
    };
    for (auto &statement : searchindex::triggers())
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
        "CREATE VIRTUAL TABLE person_fts_next USING fts5(" + std::string(searchindex::kIndexedColumns)
            + ", content='person', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2', "
              "prefix='1 2 3 4 5 6')",
        "INSERT INTO setting (key, value) VALUES ('search_index_rebuild', '0')",
    };
    for (auto &statement : searchindex::rebuildTriggers())
        fourth.push_back(std::move(statement));
    // 5: a change that could not be sent or was refused keeps its values in the Sync problems
    // list: it leaves the row, but what the user typed is not lost.
    std::vector<std::string> fifth {
        "ALTER TABLE sync_problem ADD COLUMN fields TEXT NOT NULL DEFAULT '{}'",
    };
    // 6: names in the alphabetical order of the user's language (NameCollation, the collation
    // LOCALE), for the lists of people and groups: ORDER BY ... COLLATE LOCALE reads these
    // indexes instead of sorting 100k people in a temporary B-tree. The NOCASE indexes of the
    // shared schema stay for the case-insensitive lookups by exact name. Which collator built
    // these is kept in the file (migrate()).
    std::vector<std::string> sixth {
        "CREATE INDEX person_by_locale_name ON person (display_name COLLATE LOCALE, id)",
        "CREATE INDEX group_by_locale_name ON \"group\" (name COLLATE LOCALE, id)",
    };
    // 7: the groups list counts each group's active members, curators and waiting requests
    // (Groups::listed); without this index every count walks all of the group's memberships:
    // 1.8 s → 20 ms a reload for 100k people's memberships. Device-local: the daemon has its own.
    // Earlier versions made it, with these words, when the groups window first opened: a file
    // may have it already.
    std::vector<std::string> seventh {
        "CREATE INDEX IF NOT EXISTS membership_by_group_state ON membership (group_id, state, role)",
    };
    // 8: the approval queue and the requests to join read what they show without reading the
    // directory (Admission::waitingApplicants, Groups::requestsToAnswer): a few thousand
    // applicants and pending requests among 100k people, read again while a first sync pulls
    // page after page. membership_pending was made by the requests' list itself before this
    // step, hence IF NOT EXISTS (and the same text, so that such a file's schema is a fresh one's).
    // The applicants' index holds the waiting ones in the queue's order with every column the
    // queue shows: read alone, 6,000 entries take a few milliseconds, while fetching their rows
    // from a 100k-people table (one page each, all over the file) took 25-30 ms. It is a second
    // copy of those fields of applicants only, kept (and scrubbed) with the rows.
    std::vector<std::string> eighth {
        "CREATE INDEX person_applicants ON person (applied_at IS NULL, applied_at, display_name COLLATE LOCALE, id, "
        "role, admission_state, email, admission_message, bio) WHERE role = 'applicant' AND coalesce(admission_state, "
        "'applied') IN ('applied', 'needs_info')",
        "CREATE INDEX IF NOT EXISTS membership_pending ON membership (state) WHERE state = 'pending'",
    };
    // 9: the contributions waiting for a leader's confirmation (Contributions::unconfirmed), read
    // without walking every entry the device holds. Device-local: the daemon has no such list. The
    // table itself came with the schema (common/Schema.cpp) and is made here first: a file of
    // version 8 does not have it yet when the steps run.
    std::vector<std::string> ninth = createTableStatements(*findTable("contribution"), SchemaSide::Device);
    ninth.push_back(
        "CREATE INDEX contribution_unconfirmed ON contribution (recorded_at, id) WHERE confirmed_at IS NULL");
    // 10: smart lists (docs/organizing.md, "Smart lists"), and what their criteria read without
    // walking a whole table at a million people: the people who contributed in an area since a
    // day (an index range of area and day), and the events each person attended (the attended
    // registrations by person). Device-local indexes: the daemon evaluates no smart list.
    // The tables come first: a file of version 4 or below has no registration table yet.
    std::vector<std::string> tenth = createTableStatements(*findTable("smart_list"), SchemaSide::Device);
    for (auto &statement : createTableStatements(*findTable("registration"), SchemaSide::Device))
        tenth.push_back(std::move(statement));
    tenth.push_back("CREATE INDEX contribution_by_area ON contribution (area, done_on, person_id)");
    tenth.push_back("CREATE INDEX registration_attended ON registration (person_id) WHERE attended = 1");
    // 11: the requests to join, oldest first (Groups::requestsToAnswer): curators answer the
    // longest waiting first. Requests without a date (made before it was recorded) come first.
    std::vector<std::string> eleventh {
        "CREATE INDEX membership_requests ON membership (requested_at) WHERE state = 'pending'",
    };
    return {first, second, third, fourth, fifth, sixth, seventh, eighth, ninth, tenth, eleventh};
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
    const auto steps = deviceMigrations();
    if (current > int(steps.size()))
        return makeError("storage",
            "The local database " + m_path.toStdString()
                + " was written by a newer Commonroom; update this one to open it.");
    const auto columnsOf = [this](const TableDef &table) -> Result<std::set<std::string>> {
        std::set<std::string> existing;
        QSqlQuery columns(database());
        if (!columns.exec(
                QStringLiteral("PRAGMA table_info(%1)").arg(QString::fromStdString(quoteIdentifier(table.name)))))
            return sqlError(QStringLiteral("Cannot read the local database layout"), columns.lastError());
        while (columns.next())
            existing.insert(columns.value(1).toString().toStdString());
        return existing;
    };
    // A step may name any column of today's synced tables (migration 8 indexes applied_at, which
    // a file of version 4 lacks): the columns added to them since the file was made come first.
    // (Tables added since are made after the steps, below.)
    if (current > 0 && current < int(steps.size())) {
        for (const auto &table : syncedTables()) {
            auto existing = columnsOf(table);
            if (!existing)
                return existing.error();
            if (existing->empty())
                continue;
            for (const auto &statement : addMissingColumnStatements(table, *existing)) {
                if (auto status = execute(QString::fromStdString(statement)); !status)
                    return status;
            }
        }
    }
    for (int version = current; version < int(steps.size()); ++version) {
        Transaction transaction(database());
        if (auto status = transaction.started(); !status)
            return status;
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
        auto columns = columnsOf(table);
        if (!columns)
            return columns.error();
        const std::set<std::string> &existing = *columns;
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
        // Indexes added to a table after this file was made (duplicate_by_pair, for one, was
        // missing from files made before it): each is made if it is not there.
        for (const auto &index : table.indexSql) {
            std::string statement(index);
            for (auto at = statement.find("{t}"); at != std::string::npos; at = statement.find("{t}"))
                statement.replace(at, 3, quoteIdentifier(table.name));
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
    // An index is in the order of the collator that built it: another locale (the user changed
    // language) or other rules (a newer ICU) would find names where they are not and misplace new
    // ones. The indexes are then built again in the order in use.
    if (setting(QStringLiteral("name_collation")) != m_nameCollation) {
        Transaction transaction(database());
        if (auto status = execute(QStringLiteral("REINDEX %1").arg(QLatin1String(NameCollation::kName))); !status)
            return status;
        if (auto status = setSetting(QStringLiteral("name_collation"), m_nameCollation); !status)
            return status;
        if (auto status = transaction.commit(); !status)
            return status;
    }
    return {};
}

} // namespace commonroom
