#include "ContributionRules.h"

#include "LadderRules.h"

#include "common/Contributions.h"
#include "common/Schema.h"
#include "common/Uuid.h"

namespace commonroom::syncd {

namespace {

Status checkConfirmation(const Principal &principal, const FieldMap &fields)
{
    const bool hasBy = fields.contains("confirmed_by");
    const bool hasAt = fields.contains("confirmed_at");
    if (!hasBy && !hasAt)
        return {};
    if (textOf(fields, "confirmed_by").empty() || textOf(fields, "confirmed_at").empty())
        return makeError("invalid_value",
            "A confirmation names its leader in confirmed_by and its time in confirmed_at; once given it is not "
            "withdrawn.");
    if (textOf(fields, "confirmed_by") != principal.personId)
        return makeError("forbidden",
            "The confirmed_by of a contribution must be the leader who confirms it (" + principal.personId + ").");
    return {};
}

} // namespace

ContributionRules::ContributionRules(Store &store)
    : m_store(store)
{
}

Status ContributionRules::check(const Principal &principal, const protocol::Mutation &mutation, const TableDef &table,
    const std::optional<StoredRow> &existing)
{
    if (table.name != "contribution" || mutation.deleted)
        return {};
    if (existing) // the rule table lets only the confirmation change
        return checkConfirmation(principal, mutation.fields);
    const std::string personId = textOf(mutation.fields, "person_id");
    const auto person = isUuid(personId) ? m_store.loadValues(*findTable("person"), personId) : std::nullopt;
    if (!person || person->row.deleted)
        return makeError(
            "invalid_reference", "A contribution needs an existing person in person_id; sync first, then try again.");
    if (textOf(mutation.fields, "recorded_by") != principal.personId)
        return makeError("forbidden",
            "The recorded_by of a new contribution must be the person who records it (" + principal.personId + ").");
    if (textOf(mutation.fields, "recorded_at").empty())
        return makeError("invalid_value", "A new contribution needs its time in recorded_at.");
    const std::string name = personNameFor(m_store, principal, personId);
    for (const char *required : {"area", "kind", "done_on"}) {
        if (textOf(mutation.fields, required).empty())
            return makeError("invalid_value",
                "An entry for " + name + " needs its " + std::string(required) + " (docs/organizing.md).");
    }
    if (auto valid = contributions::checkEntry(mutation.fields, name); !valid)
        return valid;
    return checkConfirmation(principal, mutation.fields);
}

FieldMap ContributionRules::decidedFields(
    const protocol::Mutation &mutation, const TableDef &table, const std::optional<StoredRow> &existing)
{
    if (table.name != "contribution" || mutation.deleted || !existing || existing->row.deleted)
        return {};
    const auto held = contributions::confirmationOf(existing->row.values);
    const auto pushed = contributions::confirmationOf(mutation.fields);
    if (!held || !pushed)
        return {};
    const auto &kept = contributions::standing(*held, *pushed);
    return {{"confirmed_at", kept.confirmedAt}, {"confirmed_by", kept.confirmedBy}};
}

} // namespace commonroom::syncd
