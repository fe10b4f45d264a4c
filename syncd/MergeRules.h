#pragma once

#include "EventRules.h"
#include "Store.h"

#include "common/Protocol.h"
#include "common/Result.h"
#include "common/Roles.h"

#include <optional>
#include <string>
#include <string_view>

namespace commonroom {
class Clock;
}

namespace commonroom::syncd {

// The daemon's rules for merging duplicate people (docs/events.md, "Merging duplicates"). A
// device merges a flagged pair by setting merged_into on the duplicate and later deleting it; the
// daemon decides whether it may:
//
// - merged_into only names the other person of an open duplicate pair, set alone, by who the rule
//   table lets merge (leaders), never on the record of an account holder;
// - a person is deleted by a sync only as the duplicate of a pair merged that way, or by an admin,
//   and never when they hold an account (an admin erases them instead);
// - the merge itself is the daemon's: it keeps the duplicate's whole record (values and versions)
//   in its own table, never synced; folds the duplicate's values into the kept person, each value
//   keeping the stricter of its two visibilities; marks the pair merged; and writes the audit log
//   (`merge`, `person_deleted`). restore() brings the merged person back from that record.
class MergeRules
{
public:
    MergeRules(Store &store, const Clock &clock);

    // Whether `mutation` merges a person (sets merged_into on a stored, live person row).
    static bool isMerge(
        const TableDef &table, const protocol::Mutation &mutation, const std::optional<StoredRow> &existing);

    struct Relations
    {
        bool isFlaggedDuplicate = false;
        bool isMergedDuplicate = false;
        bool isAccountHolder = false;
    };
    // How a person merge or delete relates to the pair and the accounts (nothing for other rows).
    Relations relationsFor(
        const TableDef &table, const protocol::Mutation &mutation, const std::optional<StoredRow> &existing);

    // Why the mutation breaks a merge rule beyond the rule table (a merge into nobody, a pair marked
    // merged by a device, a membership moved to someone its person was not merged into), or success.
    Status check(const TableDef &table, const protocol::Mutation &mutation, const std::optional<StoredRow> &existing);

    // After a person row was saved: a merge is recorded and folded into the kept person, a delete
    // audited. Rows the daemon changes go through `write`, versioned after `afterHlc`.
    void afterSave(const Principal &principal, const TableDef &table, const protocol::Mutation &mutation,
        const std::optional<StoredRow> &existing, const VersionedRow &saved, std::uint64_t afterHlc,
        const EventRules::Writer &write);

    // Brings back the person merged away in the pair `candidateId` as they were before the merge,
    // and marks the pair dismissed (they are two people). What moved to the kept person stays there.
    Status restore(const Principal &principal, std::string_view candidateId, const EventRules::Writer &write);

private:
    Store &m_store;
    const Clock &m_clock;
};

} // namespace commonroom::syncd
