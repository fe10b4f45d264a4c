#pragma once

#include "Admission.h"
#include "Store.h"

#include "common/Protocol.h"
#include "common/Result.h"
#include "common/Roles.h"

#include <optional>
#include <string>
#include <vector>

namespace commonroom::syncd {

// The daemon's rules for opportunities (docs/organizing.md, "Opportunities"), beyond the rule
// table: an opportunity of a live group, posted in the pusher's own name, with its title, area,
// days and places valid (common/Opportunities.h) and its places never below the people accepted;
// an interest with the id of its opportunity and person, in the opportunity's group, written in
// the pusher's own name, said only while the opportunity is open, and accepted only while a place
// is free (code "no_places": of two curators accepting offline for the last place, the first to
// reach the daemon has it).
class OpportunityRules
{
public:
    explicit OpportunityRules(Store &store);

    Status check(const Principal &principal, const protocol::Mutation &mutation, const TableDef &table,
        const std::optional<StoredRow> &existing);

    // After an interest was saved: the opportunity's filled places, when they are not the people
    // accepted any more (written above the change, like the ladder's leadership_level).
    std::vector<Admission::FollowUp> afterSave(const TableDef &table, const VersionedRow &saved);

    // The group whose curators answer the interest `fields` (of the stored row when it exists):
    // the group of its opportunity as the daemon holds it; empty when there is none.
    std::string groupOfInterest(const FieldMap &fields);

private:
    Status checkOpportunity(
        const Principal &principal, const protocol::Mutation &mutation, const std::optional<StoredRow> &existing);
    Status checkInterest(
        const Principal &principal, const protocol::Mutation &mutation, const std::optional<StoredRow> &existing);
    // The interests accepted for the opportunity, but `exceptId`.
    std::size_t acceptedCount(const std::string &opportunityId, const std::string &exceptId);

    Store &m_store;
};

} // namespace commonroom::syncd
