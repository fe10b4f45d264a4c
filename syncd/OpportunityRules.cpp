#include "OpportunityRules.h"

#include "LadderRules.h"

#include "common/Opportunities.h"
#include "common/Schema.h"
#include "common/Uuid.h"

namespace commonroom::syncd {

namespace {

const TableDef &table(std::string_view name)
{
    return *findTable(name);
}

std::string quoted(const std::string &text)
{
    return "\"" + text + "\"";
}

} // namespace

OpportunityRules::OpportunityRules(Store &store)
    : m_store(store)
{
}

Status OpportunityRules::check(const Principal &principal, const protocol::Mutation &mutation, const TableDef &changed,
    const std::optional<StoredRow> &existing)
{
    if (mutation.deleted)
        return {};
    if (changed.name == "opportunity")
        return checkOpportunity(principal, mutation, existing);
    if (changed.name == "opportunity_interest")
        return checkInterest(principal, mutation, existing);
    return {};
}

std::string OpportunityRules::groupOfInterest(const FieldMap &fields)
{
    const std::string opportunityId = textOf(fields, "opportunity_id");
    const auto opportunity
        = isUuid(opportunityId) ? m_store.loadValues(table("opportunity"), opportunityId) : std::nullopt;
    return opportunity ? textOf(opportunity->row.values, "group_id") : std::string();
}

std::vector<Admission::FollowUp> OpportunityRules::afterSave(const TableDef &changed, const VersionedRow &saved)
{
    if (changed.name != "opportunity_interest" || saved.deleted)
        return {};
    const std::string opportunityId = textOf(saved.values, "opportunity_id");
    const auto opportunity
        = isUuid(opportunityId) ? m_store.loadValues(table("opportunity"), opportunityId) : std::nullopt;
    if (!opportunity || opportunity->row.deleted)
        return {};
    const auto filled = std::int64_t(acceptedCount(opportunityId, {}));
    const auto held = opportunity->row.values.find("filled");
    const auto *was = held == opportunity->row.values.end() ? nullptr : std::get_if<std::int64_t>(&held->second);
    if (was && *was == filled)
        return {};
    return {Admission::FollowUp {&table("opportunity"), opportunityId, {{"filled", filled}}}};
}

std::size_t OpportunityRules::acceptedCount(const std::string &opportunityId, const std::string &exceptId)
{
    std::size_t accepted = 0;
    for (const auto &[id, values] :
        m_store.liveRowsWhere(table("opportunity_interest"), "opportunity_id", opportunityId)) {
        if (id != exceptId && textOf(values, "state") == opportunities::kAccepted)
            ++accepted;
    }
    return accepted;
}

Status OpportunityRules::checkOpportunity(
    const Principal &principal, const protocol::Mutation &mutation, const std::optional<StoredRow> &existing)
{
    const FieldMap *stored = existing ? &existing->row.values : nullptr;
    const std::string title
        = mutation.fields.contains("title") || !stored ? textOf(mutation.fields, "title") : textOf(*stored, "title");
    if (stored) {
        // Where and by whom it was posted never changes.
        for (const char *field : {"group_id", "posted_by", "posted_at"}) {
            const auto pushed = mutation.fields.find(field);
            if (pushed != mutation.fields.end() && toDisplayString(pushed->second) != textOf(*stored, field))
                return makeError("invalid_value",
                    std::string("The ") + field + " of the opportunity " + quoted(title)
                        + " never changes; post a new one instead.");
        }
    } else {
        const std::string groupId = textOf(mutation.fields, "group_id");
        const auto group = isUuid(groupId) ? m_store.loadValues(table("group"), groupId) : std::nullopt;
        if (!group || group->row.deleted)
            return makeError("invalid_reference",
                "The opportunity " + quoted(title) + " needs an existing group in group_id (" + groupId
                    + "); sync first, then try again.");
        if (textOf(mutation.fields, "posted_by") != principal.personId)
            return makeError("forbidden",
                "The posted_by of a new opportunity must be the person who posts it (" + principal.personId + ").");
        if (textOf(mutation.fields, "posted_at").empty())
            return makeError("invalid_value", "The opportunity " + quoted(title) + " needs its time in posted_at.");
        for (const char *required : {"title", "area", "state"}) {
            if (textOf(mutation.fields, required).empty())
                return makeError("invalid_value",
                    "The opportunity " + quoted(title) + " needs its " + std::string(required)
                        + " (docs/organizing.md).");
        }
        if (!mutation.fields.contains("places"))
            return makeError("invalid_value", "The opportunity " + quoted(title) + " needs its number of places.");
    }
    if (auto valid = opportunities::checkOpportunity(mutation.fields, title, stored ? *stored : FieldMap {}); !valid)
        return valid;
    if (stored) {
        if (const auto it = mutation.fields.find("places"); it != mutation.fields.end()) {
            const auto places = std::get<std::int64_t>(it->second);
            const std::size_t accepted = acceptedCount(mutation.id, {});
            if (std::size_t(places) < accepted)
                return makeError("no_places",
                    std::to_string(accepted) + " people are already accepted for the opportunity " + quoted(title)
                        + ", more than " + std::to_string(places) + " places; decline someone first.");
        }
    }
    return {};
}

Status OpportunityRules::checkInterest(
    const Principal &principal, const protocol::Mutation &mutation, const std::optional<StoredRow> &existing)
{
    const FieldMap *stored = existing ? &existing->row.values : nullptr;
    // What identifies an interest never changes: the id stands for its opportunity and person.
    for (const char *field : {"opportunity_id", "person_id", "group_id"}) {
        const auto pushed = mutation.fields.find(field);
        if (stored && pushed != mutation.fields.end() && toDisplayString(pushed->second) != textOf(*stored, field))
            return makeError(
                "invalid_value", std::string("The ") + field + " of an interest in an opportunity never changes.");
    }
    if (textOf(mutation.fields, "changed_by") != principal.personId)
        return makeError("forbidden",
            "The changed_by of an interest in an opportunity must be the person who changes it (" + principal.personId
                + ").");
    if (textOf(mutation.fields, "changed_at").empty())
        return makeError("invalid_value", "A change of an interest in an opportunity needs its time in changed_at.");
    const FieldMap &basis = stored ? *stored : mutation.fields;
    const std::string opportunityId = textOf(basis, "opportunity_id");
    const std::string personId = textOf(basis, "person_id");
    const auto opportunity
        = isUuid(opportunityId) ? m_store.loadValues(table("opportunity"), opportunityId) : std::nullopt;
    if (!opportunity || opportunity->row.deleted)
        return makeError("invalid_reference",
            "There is no opportunity with the id " + opportunityId
                + " (it may have been deleted); sync first, then try again.");
    const FieldMap &posted = opportunity->row.values;
    const std::string title = textOf(posted, "title");
    if (!stored) {
        const auto person = isUuid(personId) ? m_store.loadValues(table("person"), personId) : std::nullopt;
        if (!person || person->row.deleted)
            return makeError("invalid_reference",
                "An interest needs an existing person in person_id (" + personId + "); sync first, then try again.");
        if (mutation.id != opportunities::interestId(opportunityId, personId))
            return makeError("invalid_id",
                "An interest's id is derived from its opportunity and person ("
                    + opportunities::interestId(opportunityId, personId)
                    + "), so that two devices of one person write one row; update the client.");
        if (textOf(mutation.fields, "group_id") != textOf(posted, "group_id"))
            return makeError("invalid_value",
                "An interest in the opportunity " + quoted(title) + " names its group (" + textOf(posted, "group_id")
                    + ") in group_id; sync first, then try again.");
    }
    if (!mutation.fields.contains("state"))
        return {};
    const std::string state = textOf(mutation.fields, "state");
    const std::string current = stored ? textOf(*stored, "state") : std::string();
    if (state == opportunities::kInterested && current != opportunities::kInterested
        && textOf(posted, "state") == opportunities::kClosed)
        return makeError(
            "closed", "The opportunity " + quoted(title) + " was closed before your interest reached the server.");
    if (state == opportunities::kAccepted && current != opportunities::kAccepted) {
        const auto held = posted.find("places");
        const auto *places = held == posted.end() ? nullptr : std::get_if<std::int64_t>(&held->second);
        const std::size_t accepted = acceptedCount(opportunityId, mutation.id);
        if (places && accepted >= std::size_t(*places))
            return makeError("no_places",
                "All " + std::to_string(*places) + " places of the opportunity " + quoted(title)
                    + " were already taken when accepting " + personNameFor(m_store, principal, personId)
                    + " reached the server; decline someone first, or give it more places.");
    }
    return {};
}

} // namespace commonroom::syncd
