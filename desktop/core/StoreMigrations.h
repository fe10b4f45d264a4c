#pragma once

#include <string>
#include <vector>

namespace commonroom {

// The numbered migrations of the device's database: migration N (element N-1) brings
// PRAGMA user_version from N-1 to N, in one transaction. LocalStore::migrate()
// (StoreMigrations.cpp) runs those a file lacks, then adds the synced tables and columns added to
// the schema since (common/Schema.h: adding a field needs no numbered migration).
std::vector<std::vector<std::string>> deviceMigrations();

} // namespace commonroom
