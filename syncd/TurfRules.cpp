#include "TurfRules.h"

#include "RuleHelpers.h"

#include "common/Schema.h"
#include "common/StoredTime.h"
#include "common/Turfs.h"
#include "common/Uuid.h"

namespace commonroom::syncd {

namespace {

// How far ahead of the daemon's clock a device's clock may be when it records an outcome.
constexpr std::int64_t kClockSkewMs = 10 * 60 * 1000;

} // namespace

std::string Sight::fingerprint() const
{
    if (empty())
        return {};
    std::string all;
    for (const auto *set : {&turfs, &doors}) {
        for (const auto &id : *set)
            all += id + ' ';
        all += '|';
    }
    return nameBasedUuid(all);
}

TurfRules::TurfRules(Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{
}

std::optional<FieldMap> TurfRules::liveValues(std::string_view table, const std::string &id)
{
    if (!isUuid(id))
        return std::nullopt;
    auto row = m_store.loadValues(*findTable(table), id);
    if (!row || row->row.deleted)
        return std::nullopt;
    return std::move(row->row.values);
}

Status TurfRules::check(const Principal &principal, const protocol::Mutation &mutation, const TableDef &table,
    const std::optional<StoredRow> &existing)
{
    if (mutation.deleted)
        return {};
    if (table.name == "turf")
        return checkTurf(principal, mutation, existing);
    if (table.name == "turf_stop")
        return checkStop(principal, mutation, existing);
    if (table.name == "turf_assignment")
        return checkAssignment(principal, mutation, existing);
    if (table.name == "canvass_outcome")
        return checkOutcome(principal, mutation, existing);
    return {};
}

Status TurfRules::checkTurf(
    const Principal &principal, const protocol::Mutation &mutation, const std::optional<StoredRow> &existing)
{
    const FieldMap *stored = existing ? &existing->row.values : nullptr;
    if (!stored || mutation.fields.contains("name")) {
        if (auto valid = turfs::checkTurfName(textOf(mutation.fields, "name")); !valid)
            return valid;
    }
    if (stored) {
        for (const char *field : {"created_by", "created_at"}) {
            if (auto valid = unchanged(mutation, stored, field, "a turf"); !valid)
                return valid;
        }
        return {};
    }
    return writtenBySelf(principal, mutation, "created_by", "created_at", "a new turf");
}

Status TurfRules::checkStop(
    const Principal &principal, const protocol::Mutation &mutation, const std::optional<StoredRow> &existing)
{
    const FieldMap *stored = existing ? &existing->row.values : nullptr;
    for (const char *field : {"turf_id", "person_id"}) {
        if (auto valid = unchanged(mutation, stored, field, "a turf's door"); !valid)
            return valid;
    }
    if (auto valid = writtenBySelf(principal, mutation, "changed_by", "changed_at", "a turf's door"); !valid)
        return valid;
    if (const auto active = mergedInteger(mutation, stored, "active"); !active || (*active != 0 && *active != 1))
        return makeError("invalid_value", "A turf's door is active (1) or taken out (0).");
    if (stored)
        return {};
    const std::string turfId = textOf(mutation.fields, "turf_id");
    const std::string personId = textOf(mutation.fields, "person_id");
    if (!liveValues("turf", turfId))
        return makeError("invalid_reference",
            "There is no turf with the id " + turfId + " (it may have been deleted); sync first, then try again.");
    if (!liveValues("person", personId))
        return makeError("invalid_reference",
            "There is no person with the id " + personId + " (they may have been erased); sync first, then try again.");
    if (mutation.id != turfs::stopId(turfId, personId))
        return makeError("invalid_id",
            "A turf's door at a person has the id their turf and person give it (" + turfs::stopId(turfId, personId)
                + "), not " + mutation.id + ".");
    return {};
}

Status TurfRules::checkAssignment(
    const Principal &principal, const protocol::Mutation &mutation, const std::optional<StoredRow> &existing)
{
    const FieldMap *stored = existing ? &existing->row.values : nullptr;
    for (const char *field : {"turf_id", "canvasser_id", "assigned_by", "assigned_at"}) {
        if (auto valid = unchanged(mutation, stored, field, "a turf assignment"); !valid)
            return valid;
    }
    const std::string state = mergedText(mutation, stored, "state");
    if (state != turfs::kActive && state != turfs::kWithdrawn)
        return makeError("invalid_value", "A turf assignment is active or withdrawn, not \"" + state + "\".");
    if (stored && textOf(*stored, "state") == turfs::kWithdrawn) {
        if (state != turfs::kWithdrawn)
            return makeError(
                "invalid_value", "This turf assignment was withdrawn, which is final; assign the turf again instead.");
        if (mutation.fields.contains("starts_at") || mutation.fields.contains("ends_at"))
            return makeError("invalid_value", "A withdrawn turf assignment keeps its window; assign the turf again.");
    }
    if (state == turfs::kWithdrawn && !parseStoredTime(mergedText(mutation, stored, "withdrawn_at")))
        return makeError("invalid_value", "Withdrawing a turf assignment needs the time in withdrawn_at.");
    if (auto valid
        = turfs::checkWindow(mergedText(mutation, stored, "starts_at"), mergedText(mutation, stored, "ends_at"));
        !valid)
        return valid;
    if (stored)
        return {};
    if (auto valid = writtenBySelf(principal, mutation, "assigned_by", "assigned_at", "a turf assignment"); !valid)
        return valid;
    if (state != turfs::kActive)
        return makeError("invalid_value", "A new turf assignment is active.");
    const std::string turfId = textOf(mutation.fields, "turf_id");
    const auto turf = liveValues("turf", turfId);
    if (!turf)
        return makeError("invalid_reference",
            "There is no turf with the id " + turfId + " (it may have been deleted); sync first, then try again.");
    if (textOf(*turf, "state") == turfs::kClosed)
        return makeError("invalid_value",
            "The turf \"" + textOf(*turf, "name") + "\" is closed; open it again before assigning it.");
    const std::string canvasserId = textOf(mutation.fields, "canvasser_id");
    const auto canvasser = liveValues("person", canvasserId);
    if (!canvasser)
        return makeError("invalid_reference",
            "There is no person with the id " + canvasserId + " to canvass; sync first, then try again.");
    const auto role = roleFromString(textOf(*canvasser, "role"));
    if (!role || *role < Role::Member)
        return makeError("forbidden",
            textOf(*canvasser, "display_name")
                + " is not a member yet, and only members canvass; approve them first or choose a member.");
    return {};
}

Status TurfRules::checkOutcome(
    const Principal &principal, const protocol::Mutation &mutation, const std::optional<StoredRow> &existing)
{
    if (auto valid = turfs::checkOutcome(mutation.fields); !valid)
        return valid;
    const FieldMap *stored = existing ? &existing->row.values : nullptr;
    for (const char *field : {"turf_id", "person_id", "canvasser_id", "recorded_at"}) {
        if (auto valid = unchanged(mutation, stored, field, "a canvass outcome"); !valid)
            return valid;
    }
    if (stored)
        return {}; // a leader's correction (the rule table lets leaders alone update)
    if (auto valid = writtenBySelf(principal, mutation, "canvasser_id", "recorded_at", "a canvass outcome"); !valid)
        return valid;
    if (!mutation.fields.contains("outcome"))
        return makeError("invalid_value", "A canvass outcome needs what happened at the door in outcome.");
    const std::string recordedAt = textOf(mutation.fields, "recorded_at");
    const auto recorded = parseStoredTime(recordedAt);
    if (!recorded)
        return makeError("invalid_value", "recorded_at must be a time like 2026-05-01T18:00:00.000Z.");
    if (*recorded > m_clock.nowMs() + kClockSkewMs)
        return makeError("invalid_value",
            "This outcome says it was recorded at " + recordedAt
                + ", later than now; set the device's clock right, then record it again.");
    const std::string turfId = textOf(mutation.fields, "turf_id");
    const auto turf = liveValues("turf", turfId);
    if (!turf)
        return makeError("invalid_reference",
            "There is no turf with the id " + turfId + " (it may have been deleted); sync first, then try again.");
    const std::string personId = textOf(mutation.fields, "person_id");
    const auto stop = liveValues("turf_stop", turfs::stopId(turfId, personId));
    if (!stop || integerOf(*stop, "active") != 1)
        return makeError("invalid_reference",
            "The person " + personId + " is not at a door of the turf \"" + textOf(*turf, "name")
                + "\"; ask a leader to add them to the turf.");
    if (principal.role >= Role::Leader)
        return {};
    // A member records at the doors of a turf assigned to them, within the window and before a
    // withdrawal: an outcome recorded offline in time still counts when it reaches the daemon later.
    for (const auto &[id, assignment] :
        m_store.liveRowsWhere(*findTable("turf_assignment"), "canvasser_id", principal.personId)) {
        if (textOf(assignment, "turf_id") != turfId)
            continue;
        const std::string withdrawnAt = textOf(assignment, "withdrawn_at");
        if (textOf(assignment, "starts_at") <= recordedAt && recordedAt < textOf(assignment, "ends_at")
            && (textOf(assignment, "state") == turfs::kActive || recordedAt < withdrawnAt))
            return {};
    }
    return makeError("forbidden",
        "The turf \"" + textOf(*turf, "name") + "\" was not assigned to you at " + recordedAt
            + "; ask a leader to assign it to you, then record the outcome.");
}

std::vector<Admission::FollowUp> TurfRules::afterSave(
    const TableDef &table, std::string_view id, const std::optional<StoredRow> &existing, const VersionedRow &saved)
{
    if (table.name != "canvass_outcome" || existing || saved.deleted
        || !turfs::isConversation(textOf(saved.values, "outcome")))
        return {};
    return {
        Admission::FollowUp {findTable("contribution"), turfs::touchPointId(id), turfs::touchPointOf(saved.values)}};
}

Sight TurfRules::sightOf(const Principal &principal)
{
    Sight sight;
    if (principal.role != Role::Member)
        return sight;
    const std::string now = storedTime(m_clock.nowMs());
    for (const auto &[id, assignment] :
        m_store.liveRowsWhere(*findTable("turf_assignment"), "canvasser_id", principal.personId)) {
        if (turfs::isOpenAt(assignment, now))
            sight.turfs.insert(textOf(assignment, "turf_id"));
    }
    for (auto turf = sight.turfs.begin(); turf != sight.turfs.end();) {
        const auto values = liveValues("turf", *turf);
        if (!values || textOf(*values, "state") == turfs::kClosed) {
            turf = sight.turfs.erase(turf); // a closed turf is no one's to canvass
            continue;
        }
        for (const auto &[id, stop] : m_store.liveRowsWhere(*findTable("turf_stop"), "turf_id", *turf)) {
            if (integerOf(stop, "active") == 1)
                sight.doors.insert(textOf(stop, "person_id"));
        }
        ++turf;
    }
    return sight;
}

} // namespace commonroom::syncd
