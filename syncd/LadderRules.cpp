#include "LadderRules.h"

#include "common/Ladder.h"
#include "common/Privacy.h"
#include "common/Schema.h"
#include "common/Uuid.h"

namespace commonroom::syncd {

LadderRules::LadderRules(Store &store)
    : m_store(store)
{
}

std::string personNameFor(Store &store, const Principal &principal, const std::string &personId)
{
    const TableDef &person = *findTable("person");
    if (const auto stored = store.loadValues(person, personId); stored && !stored->row.deleted) {
        const auto visible
            = projectRow(person, stored->row.values, clearanceFor(principal, person, personId, stored->row.values));
        if (visible) {
            if (auto name = textOf(*visible, "display_name"); !name.empty())
                return name;
        }
    }
    return "the person " + personId;
}

std::string LadderRules::nameFor(const Principal &principal, const std::string &personId)
{
    return personNameFor(m_store, principal, personId);
}

Status LadderRules::check(const Principal &principal, const protocol::Mutation &mutation, const TableDef &table,
    const std::optional<StoredRow> &existing)
{
    if (mutation.deleted)
        return {};
    if (table.name == "person") {
        const auto level = mutation.fields.find("leadership_level");
        if (level == mutation.fields.end() || isNull(level->second))
            return {};
        return ladder::checkLevel(std::get<std::int64_t>(level->second), nameFor(principal, mutation.id));
    }
    const bool assessment = table.name == "assessment";
    if (!assessment && table.name != "leader_note")
        return {};
    if (existing)
        return {}; // the rule table refuses changes to a written one
    const std::string personId = textOf(mutation.fields, "person_id");
    const auto person = isUuid(personId) ? m_store.loadValues(*findTable("person"), personId) : std::nullopt;
    if (!person || person->row.deleted)
        return makeError("invalid_reference",
            std::string(assessment ? "An assessment" : "A leader note")
                + " needs an existing person in person_id; sync first, then try again.");
    const std::string author = assessment ? "assessed_by" : "author_id";
    if (textOf(mutation.fields, author) != principal.personId)
        return makeError("forbidden",
            "The " + author + " of a new " + std::string(table.name) + " must be the person who writes it ("
                + principal.personId + ").");
    const std::string when = assessment ? "assessed_at" : "written_at";
    if (textOf(mutation.fields, when).empty())
        return makeError("invalid_value", "A new " + std::string(table.name) + " needs its time in " + when + ".");
    if (!assessment) {
        if (textOf(mutation.fields, "text").empty())
            return makeError("invalid_value", "A leader note needs some text.");
        return {};
    }
    const auto level = mutation.fields.find("level");
    if (level == mutation.fields.end() || isNull(level->second))
        return makeError("invalid_value",
            "An assessment of " + nameFor(principal, personId) + " needs a level from "
                + std::to_string(ladder::kLowestLevel) + " to " + std::to_string(ladder::kHighestLevel) + ".");
    return ladder::checkLevel(std::get<std::int64_t>(level->second), nameFor(principal, personId));
}

std::vector<Admission::FollowUp> LadderRules::afterSave(
    const TableDef &table, const std::optional<StoredRow> &existing, const VersionedRow &saved)
{
    if (table.name != "assessment")
        return {};
    const FieldMap &values = saved.deleted && existing ? existing->row.values : saved.values;
    const std::string personId = textOf(values, "person_id");
    if (personId.empty())
        return {};
    std::vector<ladder::AssessmentKey> keys;
    for (const auto &[id, row] : m_store.liveRowsWhere(table, "person_id", personId))
        keys.push_back(ladder::keyOf(id, row));
    const auto current = ladder::latest(keys);
    const TableDef &person = *findTable("person");
    const auto stored = m_store.loadValues(person, personId);
    // With every assessment removed, the level stays as the last one left it.
    if (!current || !stored || stored->row.deleted)
        return {};
    const auto level = stored->row.values.find("leadership_level");
    const auto *held = level == stored->row.values.end() ? nullptr : std::get_if<std::int64_t>(&level->second);
    if (held && *held == current->level)
        return {};
    return {Admission::FollowUp {&person, personId, {{"leadership_level", current->level}}}};
}

} // namespace commonroom::syncd
