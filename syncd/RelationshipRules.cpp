#include "RelationshipRules.h"

#include "RuleHelpers.h"

#include "common/Relations.h"
#include "common/Schema.h"
#include "common/Uuid.h"

#include <set>

namespace commonroom::syncd {

RelationshipRules::RelationshipRules(Store &store)
    : m_store(store)
{
}

bool RelationshipRules::isLive(std::string_view table, const std::string &id)
{
    if (!isUuid(id))
        return false;
    const auto row = m_store.loadValues(*findTable(table), id);
    return row && !row->row.deleted;
}

Status RelationshipRules::check(const Principal &principal, const protocol::Mutation &mutation, const TableDef &table,
    const std::optional<StoredRow> &existing)
{
    if (mutation.deleted)
        return {};
    if (table.name == "household")
        return checkHousehold(principal, mutation, existing);
    if (table.name == "household_member")
        return checkMember(principal, mutation, existing);
    if (table.name == "relationship")
        return checkRelationship(principal, mutation, existing);
    return {};
}

Status RelationshipRules::checkHousehold(
    const Principal &principal, const protocol::Mutation &mutation, const std::optional<StoredRow> &existing)
{
    const FieldMap *stored = existing ? &existing->row.values : nullptr;
    if (!stored || mutation.fields.contains("name")) {
        if (auto valid = relations::checkHouseholdName(textOf(mutation.fields, "name")); !valid)
            return valid;
    }
    if (stored) {
        for (const char *field : {"created_by", "created_at"}) {
            if (auto valid = unchanged(mutation, stored, field, "a household"); !valid)
                return valid;
        }
        return {};
    }
    return writtenBySelf(principal, mutation, "created_by", "created_at", "a new household");
}

Status RelationshipRules::checkMember(
    const Principal &principal, const protocol::Mutation &mutation, const std::optional<StoredRow> &existing)
{
    const FieldMap *stored = existing ? &existing->row.values : nullptr;
    if (auto valid = unchanged(mutation, stored, "person_id", "a household placement (one row per person)"); !valid)
        return valid;
    if (auto valid = writtenBySelf(principal, mutation, "changed_by", "changed_at", "a household placement"); !valid)
        return valid;
    if (const auto pushed = mutation.fields.find("household_id"); pushed != mutation.fields.end()) {
        const std::string household = toDisplayString(pushed->second);
        if (!household.empty() && !isLive("household", household))
            return makeError("invalid_reference",
                "There is no household with the id " + household
                    + " (it may have been deleted); sync first, then try again.");
    }
    if (stored)
        return {};
    const std::string personId = textOf(mutation.fields, "person_id");
    if (!isLive("person", personId))
        return makeError("invalid_reference",
            "Placing someone in a household needs an existing person in person_id (" + personId
                + "); sync first, then try again.");
    if (mutation.id != relations::memberId(personId))
        return makeError("invalid_id",
            "A household placement's id is derived from its person (" + relations::memberId(personId)
                + "), so that a person is in one household at most; update the client.");
    return {};
}

Status RelationshipRules::checkRelationship(
    const Principal &principal, const protocol::Mutation &mutation, const std::optional<StoredRow> &existing)
{
    const FieldMap *stored = existing ? &existing->row.values : nullptr;
    const std::string kind = mergedText(mutation, stored, "kind");
    if (!relations::isKind(kind))
        return makeError("invalid_value",
            "\"" + kind + "\" is not a kind of relationship: family, colleague, neighbour or brought_in_by.");
    // What a relationship is never changes: its kind and people (a recruiter may be changed).
    for (const char *field : {"person_id", "kind"}) {
        if (auto valid = unchanged(mutation, stored, field, "a relationship"); !valid)
            return valid;
    }
    if (relations::isSymmetric(kind)) {
        if (auto valid = unchanged(mutation, stored, "other_id", "a relationship"); !valid)
            return valid;
    }
    if (auto valid = writtenBySelf(principal, mutation, "changed_by", "changed_at", "a relationship"); !valid)
        return valid;
    const auto active = mergedInteger(mutation, stored, "active");
    if (!active || (*active != 0 && *active != 1))
        return makeError("invalid_value", "A relationship's active is 1 (related) or 0 (removed).");
    const std::string personId = mergedText(mutation, stored, "person_id");
    const std::string otherId = mergedText(mutation, stored, "other_id");
    if (personId == otherId)
        return makeError("invalid_value", "A person is not related to themself (" + personId + ").");
    if (!stored || mutation.fields.contains("other_id")) {
        for (const auto &id : {personId, otherId}) {
            if (!isLive("person", id))
                return makeError("invalid_reference",
                    "A relationship needs two existing people; there is none with the id " + id
                        + " (sync first, then try again).");
        }
    }
    if (relations::isSymmetric(kind) && otherId < personId)
        return makeError("invalid_value",
            "A " + kind + " relationship keeps the smaller of its two ids in person_id; update the client.");
    if (mutation.id != relations::relationshipId(kind, personId, otherId))
        return makeError("invalid_id",
            "A " + kind + " relationship's id is derived from its kind and "
                + (relations::isSymmetric(kind) ? "people" : "the person brought in") + " ("
                + relations::relationshipId(kind, personId, otherId)
                + "), so that two leaders relating them write one row; update the client.");
    if (kind != relations::kBroughtInBy || *active != 1)
        return {};
    // Walk up from the recruiter: reaching the person brought in would close a loop.
    const TableDef &table = *findTable("relationship");
    std::set<std::string> seen;
    std::string current = otherId;
    for (int depth = 0; depth < relations::kMaxChainDepth && !current.empty(); ++depth) {
        if (current == personId)
            return makeError("invalid_value",
                "A recruitment chain cannot go round: " + otherId + " was brought in, directly or not, by " + personId
                    + ", so " + personId + " cannot have been brought in by them.");
        if (!seen.insert(current).second)
            break;
        const auto up = m_store.loadValues(table, relations::relationshipId(relations::kBroughtInBy, current, {}));
        if (!up || up->row.deleted || mergedInteger(protocol::Mutation {}, &up->row.values, "active") != 1)
            break;
        current = textOf(up->row.values, "other_id");
    }
    return {};
}

} // namespace commonroom::syncd
