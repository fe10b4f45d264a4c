#pragma once

#include "Store.h"

#include "common/Protocol.h"
#include "common/Result.h"
#include "common/Roles.h"

#include <optional>
#include <string>

namespace commonroom::syncd {

// The daemon's rules for tags (docs/organizing.md, "Tags"), beyond the rule table: a new tag's
// name unique in the community whatever its case, written in the pusher's own name; an
// application with the id of its tag and person, about a live tag and person, at the tag's
// visibility, and never touched by the person a leaders-only tag is kept from.
class TagRules
{
public:
    explicit TagRules(Store &store);

    Status check(const Principal &principal, const protocol::Mutation &mutation, const TableDef &table,
        const std::optional<StoredRow> &existing);

private:
    Status checkTag(const Principal &principal, const protocol::Mutation &mutation);
    Status checkApplication(
        const Principal &principal, const protocol::Mutation &mutation, const std::optional<StoredRow> &existing);

    Store &m_store;
};

} // namespace commonroom::syncd
