#pragma once

#include "Admission.h"
#include "Store.h"

#include "common/Protocol.h"
#include "common/Result.h"
#include "common/Roles.h"

#include <optional>
#include <vector>

namespace commonroom::syncd {

// The person's name as `principal` may see it, for messages; "the person ID" when it is hidden.
std::string personNameFor(Store &store, const Principal &principal, const std::string &personId);

// The daemon's rules for the leadership ladder and leader notes (docs/organizing.md), beyond
// the rule table: levels on the ladder, rows about a live person and written in the pusher's own
// name, and the person's leadership_level kept at the level of their latest assessment.
class LadderRules
{
public:
    explicit LadderRules(Store &store);

    // Checks a pushed assessment, leader note or person leadership_level on the daemon's data.
    Status check(const Principal &principal, const protocol::Mutation &mutation, const TableDef &table,
        const std::optional<StoredRow> &existing);

    // After an assessment was saved or deleted: the person's leadership_level, when it is not the
    // level of their latest assessment any more.
    std::vector<Admission::FollowUp> afterSave(
        const TableDef &table, const std::optional<StoredRow> &existing, const VersionedRow &saved);

private:
    // The person's name as `principal` may see it, for messages; "the person ID" when hidden.
    std::string nameFor(const Principal &principal, const std::string &personId);

    Store &m_store;
};

} // namespace commonroom::syncd
