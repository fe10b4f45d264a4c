#pragma once

#include "Store.h"

#include "common/Protocol.h"
#include "common/Result.h"
#include "common/Roles.h"

#include <optional>

namespace commonroom::syncd {

// The daemon's rules for contributions and touch-points (docs/organizing.md), beyond the rule
// table: an entry is about a live person, recorded in the pusher's own name, with an area and a
// kind of the community's and a time from none to a day; a confirmation is the confirming
// leader's own, and of two concurrent ones the earlier stands.
class ContributionRules
{
public:
    explicit ContributionRules(Store &store);

    Status check(const Principal &principal, const protocol::Mutation &mutation, const TableDef &table,
        const std::optional<StoredRow> &existing);

    // The confirmation an entry keeps when a second one arrives for it: the standing one
    // (common/Contributions.h), written above the pushed change. Empty for anything else.
    FieldMap decidedFields(
        const protocol::Mutation &mutation, const TableDef &table, const std::optional<StoredRow> &existing);

private:
    Store &m_store;
};

} // namespace commonroom::syncd
