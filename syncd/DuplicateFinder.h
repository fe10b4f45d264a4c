#pragma once

#include "EventRules.h"
#include "Store.h"

#include "common/PersonMatch.h"

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace commonroom::syncd {

// Flags people who are likely the same person (docs/events.md): the same email, the same phone,
// or the same name once accents, case, punctuation and word order are folded (names of two words
// or more). A pair is flagged once, as an "open" duplicate_candidate row with an id of its own (a
// UUIDv7 that tells nothing of the pair: docs/events.md, "Ids"); a pair a leader merged or
// dismissed is never flagged again.
//
// The keys of every live person are kept in the daemon's person_key table, in the push's
// transaction. prepare() rebuilds them in one pass when the change log moved without this class
// (init, seed-demo): the store remembers the change sequence the keys describe.
class DuplicateFinder
{
public:
    explicit DuplicateFinder(Store &store);

    // Rebuilds the keys of every person when they may be stale. Run before serving (with the
    // checksums); otherwise the first flag() runs it.
    void prepare();
    // Notes a stored change of a person row (other tables are ignored).
    void noteChange(const TableDef &table, std::string_view id, const VersionedRow &row);
    // Flags the noted people's likely duplicates, writing new or widened candidates through
    // `write` with `version` (new ones get ids of the time `nowMs`), and records that the keys
    // describe the change log up to now. Returns how many candidate rows it wrote.
    std::size_t flag(const FieldVersion &version, std::int64_t nowMs, const EventRules::Writer &write);

    // The fields of a candidate row that say why the pair was flagged: "reasons" (`reasons` and
    // what the evidence adds: "email", "phone", "name", "area", sorted, space-separated), "score"
    // in thousandths and "names_alike" in hundredths.
    static FieldMap evidenceFields(const matching::Evidence &evidence, std::set<std::string> reasons = {});

    // The keys a person row is matched by ("email:…", "phone:…", "name:…").
    static std::vector<std::string> keysOf(const FieldMap &person);

    struct Candidate
    {
        std::string id;
        StoredRow stored;
    };
    // The candidate row of the pair (either order), if one was ever flagged and is not deleted.
    static std::optional<Candidate> candidateOf(Store &store, const std::string &a, const std::string &b);

    // How many other people one key may match before it is too common to mean anything (a very
    // common name): beyond it the key flags nobody.
    static constexpr std::size_t kMaxMatchesPerKey = 20;

private:
    // How many people share the person's folded name (the pair included), counted up to
    // kMaxShare: the rarer the name, the more it tells.
    std::size_t nameShare(const FieldMap &person);
    static constexpr std::size_t kMaxShare = 1000;

    Store &m_store;
    bool m_prepared = false;
    std::set<std::string> m_pending;
};

} // namespace commonroom::syncd
