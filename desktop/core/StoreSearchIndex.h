#pragma once

#include "common/Result.h"

#include <QSqlDatabase>

#include <string>
#include <vector>

// The device's search index of people (person_fts, FTS5; PeopleSearch reads it): the SQL that
// makes it and keeps it in step with the person table, and its rebuild in steps, on whichever
// connection is given (LocalStore's while opening, StoreWorker's afterwards). The migrations make
// it (StoreMigrations); SearchIndexMerger rebuilds and merges it in steps. Internal to the device
// store.
namespace commonroom::searchindex {

// The person columns in the search index, names first (PeopleSearch weighs them in this order).
inline constexpr const char *kIndexedColumns
    = "display_name, given_name, family_name, area, neighbourhood, skills, languages, interests, bio";

// The triggers that keep person_fts in step with the person table (migration 3; made again when
// a rebuilt index replaces the old one).
std::vector<std::string> triggers();

// While the search index is rebuilt (migration 4): the rows already filled into person_fts_next
// (rowid up to the setting 'search_index_rebuild') are kept current there too; the others are
// filled later.
std::vector<std::string> rebuildTriggers();
inline constexpr const char *kRebuildTriggerNames[]
    = {"person_fts_next_insert", "person_fts_next_delete", "person_fts_next_update"};

// Whether deleting from person_fts overwrites the deleted terms (SQLite 3.44+: the index's
// persistent option 'secure-delete', set when the device opens and when a rebuilt index is
// swapped in); otherwise the index is merged to scrub them (LocalStore's scrub).
bool secureDeleteOn(const QSqlDatabase &db);
// Sets that option where this SQLite has it.
void enableSecureDelete(const QSqlDatabase &db);

// LocalStore::isSearchIndexRebuilding() and continueSearchIndexRebuild(), on `db`.
bool isRebuilding(const QSqlDatabase &db);
Result<bool> continueRebuild(const QSqlDatabase &db, int rows);
// Puts the rebuilt index in the place of the old one, which is kept aside as person_fts_old to be
// dropped in steps. Within the caller's transaction.
Status swapInRebuilt(const QSqlDatabase &db);

} // namespace commonroom::searchindex
