#pragma once

#include "Store.h"

#include "common/Protocol.h"
#include "common/Result.h"
#include "common/Roles.h"

#include <optional>
#include <string>

namespace commonroom::syncd {

// The daemon's rules for households and relationships (docs/organizing.md, "Households and
// relationships"), beyond the rule table: a household's name; a placement with the id of its
// person, about a live person and a live household (or none); a relationship of a known kind,
// between two live people who are not one, with the id its kind and people give it, and no
// brought_in_by closing a loop of recruiters; each written in the pusher's own name.
class RelationshipRules
{
public:
    explicit RelationshipRules(Store &store);

    Status check(const Principal &principal, const protocol::Mutation &mutation, const TableDef &table,
        const std::optional<StoredRow> &existing);

private:
    Status checkHousehold(
        const Principal &principal, const protocol::Mutation &mutation, const std::optional<StoredRow> &existing);
    Status checkMember(
        const Principal &principal, const protocol::Mutation &mutation, const std::optional<StoredRow> &existing);
    Status checkRelationship(
        const Principal &principal, const protocol::Mutation &mutation, const std::optional<StoredRow> &existing);
    bool isLive(std::string_view table, const std::string &id);

    Store &m_store;
};

} // namespace commonroom::syncd
