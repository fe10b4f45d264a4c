#pragma once

#include <string>
#include <vector>

// The device's search index of people (person_fts, FTS5; PeopleSearch reads it): the SQL that
// makes it and keeps it in step with the person table. The migrations make it (StoreMigrations),
// and LocalStore rebuilds it in steps and merges it (StoreSearchIndex.cpp). Internal to the
// device store.
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

} // namespace commonroom::searchindex
