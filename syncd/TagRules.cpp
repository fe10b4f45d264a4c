#include "TagRules.h"

#include "common/Ladder.h"
#include "common/Schema.h"
#include "common/Tags.h"
#include "common/Uuid.h"

namespace commonroom::syncd {

TagRules::TagRules(Store &store)
    : m_store(store)
{
}

Status TagRules::check(const Principal &principal, const protocol::Mutation &mutation, const TableDef &table,
    const std::optional<StoredRow> &existing)
{
    if (mutation.deleted)
        return {};
    if (table.name == "tag")
        return existing ? Status {} : checkTag(principal, mutation); // the rule table refuses changes
    if (table.name == "tag_application")
        return checkApplication(principal, mutation, existing);
    return {};
}

Status TagRules::checkTag(const Principal &principal, const protocol::Mutation &mutation)
{
    const std::string name = textOf(mutation.fields, "name");
    if (auto valid = tags::checkName(name); !valid)
        return valid;
    if (textOf(mutation.fields, "created_by") != principal.personId)
        return makeError(
            "forbidden", "The created_by of a new tag must be the person who makes it (" + principal.personId + ").");
    if (textOf(mutation.fields, "created_at").empty())
        return makeError("invalid_value", "A new tag needs its time in created_at.");
    const std::string folded = tags::foldedName(name);
    std::string taken;
    m_store.forEachLiveRow(*findTable("tag"), [&](const std::string &id, const FieldMap &values) {
        if (id != mutation.id && taken.empty() && tags::foldedName(textOf(values, "name")) == folded)
            taken = textOf(values, "name");
    });
    if (!taken.empty())
        return makeError("duplicate_name",
            "The community already has a tag named \"" + taken
                + "\" (names are compared whatever their case); apply "
                  "that one, or choose another name for \""
                + name + "\".");
    return {};
}

Status TagRules::checkApplication(
    const Principal &principal, const protocol::Mutation &mutation, const std::optional<StoredRow> &existing)
{
    const FieldMap *stored = existing ? &existing->row.values : nullptr;
    // What identifies an application never changes: the id stands for its tag and person.
    for (const char *field : {"tag_id", "person_id", "visibility"}) {
        const auto pushed = mutation.fields.find(field);
        if (stored && pushed != mutation.fields.end() && toDisplayString(pushed->second) != textOf(*stored, field))
            return makeError("invalid_value",
                std::string("The ") + field + " of a tag application never changes; apply the other tag instead.");
    }
    if (stored && ladder::isRowSubject(principal, *findTable("tag_application"), *stored))
        return makeError("forbidden",
            "Tags for leaders only are kept from the people they are applied to, so you cannot change one applied to "
            "yourself; ask another leader.");
    if (textOf(mutation.fields, "changed_by") != principal.personId)
        return makeError("forbidden",
            "The changed_by of a tag application must be the person who applies or removes it (" + principal.personId
                + ").");
    if (textOf(mutation.fields, "changed_at").empty())
        return makeError("invalid_value", "Applying or removing a tag needs its time in changed_at.");
    if (const auto applied = mutation.fields.find("applied"); applied != mutation.fields.end()) {
        const auto *value = std::get_if<std::int64_t>(&applied->second);
        if (!value || (*value != 0 && *value != 1))
            return makeError("invalid_value", "A tag application's applied is 1 (applied) or 0 (removed).");
    }
    if (stored)
        return {};
    const std::string tagId = textOf(mutation.fields, "tag_id");
    const std::string personId = textOf(mutation.fields, "person_id");
    const auto tag = isUuid(tagId) ? m_store.loadValues(*findTable("tag"), tagId) : std::nullopt;
    if (!tag || tag->row.deleted)
        return makeError("invalid_reference",
            "There is no tag with the id " + tagId + " (it may have been deleted); sync first, then try again.");
    const auto person = isUuid(personId) ? m_store.loadValues(*findTable("person"), personId) : std::nullopt;
    if (!person || person->row.deleted)
        return makeError("invalid_reference",
            "Tagging needs an existing person in person_id (" + personId + "); sync first, then try again.");
    if (mutation.id != tags::applicationId(tagId, personId))
        return makeError("invalid_id",
            "A tag application's id is derived from its tag and person (" + tags::applicationId(tagId, personId)
                + "), so that two leaders tagging one person write one row; update the client.");
    const std::string tagVisibility = textOf(tag->row.values, "visibility");
    if (textOf(mutation.fields, "visibility") != (tagVisibility.empty() ? std::string(tags::kLeaders) : tagVisibility))
        return makeError("invalid_value",
            "The tag \"" + textOf(tag->row.values, "name") + "\" is for " + tagVisibility
                + ", and so is every application of it; sync first, then try again.");
    return {};
}

} // namespace commonroom::syncd
