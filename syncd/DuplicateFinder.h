#pragma once

#include "EventRules.h"
#include "Store.h"

#include <cstdint>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace commonroom::syncd {

// Flags people who are likely the same person (docs/events.md): the same email, the same phone,
// or the same name once accents, case, punctuation and word order are folded (names of two words
// or more). A pair is flagged once, as an "open" duplicate_candidate row whose id is derived from
// the pair; a pair a leader merged or dismissed is never flagged again.
//
// The keys of every live person are indexed in memory, built by one pass over people at the
// first check after the daemon starts and kept up to date by later pushes; a match is checked
// against the stored rows before it is flagged, so a key left over from a rolled-back push does
// no harm.
class DuplicateFinder
{
public:
    explicit DuplicateFinder(Store &store);

    // Notes a stored change of a person row (other tables are ignored).
    void noteChange(const TableDef &table, std::string_view id, const VersionedRow &row);
    // Flags the noted people's likely duplicates, writing new or widened candidates through
    // `write` with `version`. Returns how many candidate rows it wrote.
    std::size_t flag(const FieldVersion &version, const EventRules::Writer &write);

    // The keys a person row is matched by ("email:…", "phone:…", "name:…").
    static std::vector<std::string> keysOf(const FieldMap &person);
    static std::string candidateId(const std::string &a, const std::string &b);

    // How many other people one key may match before it is too common to mean anything (a very
    // common name): beyond it the key flags nobody.
    static constexpr std::size_t kMaxMatchesPerKey = 20;

private:
    void buildIndex();
    void index(const std::string &id, const FieldMap &values);
    void unindex(const std::string &id);

    Store &m_store;
    bool m_built = false;
    std::unordered_map<std::string, std::set<std::string>> m_byKey;
    std::unordered_map<std::string, std::vector<std::string>> m_keysOf;
    std::set<std::string> m_pending;
};

} // namespace commonroom::syncd
