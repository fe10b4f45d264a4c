#include "MergeRules.h"

#include "AuditLog.h"
#include "DuplicateFinder.h"
#include "SyncService.h"

#include "common/Authorization.h"
#include "common/Clock.h"
#include "common/Privacy.h"
#include "common/Uuid.h"

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace commonroom::syncd {

namespace {

const TableDef &personTable()
{
    return *findTable("person");
}

const TableDef &candidateTable()
{
    return *findTable("duplicate_candidate");
}

// The stored time format of the synced tables (docs/events.md): 2026-11-23T17:00:00.000Z.
std::string storedTime(std::int64_t unixMs)
{
    const std::time_t seconds = std::time_t(unixMs / 1000);
    std::tm utc {};
    gmtime_r(&seconds, &utc);
    char text[80];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900, utc.tm_mon + 1,
        utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec, int(unixMs % 1000));
    return text;
}

bool isEmpty(const FieldMap &values, const std::string &name)
{
    const auto it = values.find(name);
    return it == values.end() || isNull(it->second) || toDisplayString(it->second).empty();
}

// Writes `fields` into the stored row `id` of `table` as the daemon, versioned after `afterHlc`.
void writeFields(Store &store, const TableDef &table, const std::string &id, const FieldMap &fields,
    std::uint64_t afterHlc, const EventRules::Writer &write)
{
    const auto stored = store.loadRow(table, id);
    if (!stored || stored->row.deleted || fields.empty())
        return;
    VersionedRow row = stored->row;
    mergeFields(row, fields,
        SyncService::versionAbove(row, fields, FieldVersion {afterHlc, std::string(SyncService::kServerSite)}), table);
    write(table, id, stored, row);
}

} // namespace

MergeRules::MergeRules(Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{
}

bool MergeRules::isMerge(
    const TableDef &table, const protocol::Mutation &mutation, const std::optional<StoredRow> &existing)
{
    return table.name == "person" && !mutation.deleted && existing && !existing->row.deleted
        && mutation.fields.contains("merged_into");
}

MergeRules::Relations MergeRules::relationsFor(
    const TableDef &table, const protocol::Mutation &mutation, const std::optional<StoredRow> &existing)
{
    Relations relations;
    const bool merging = isMerge(table, mutation, existing);
    if (table.name != "person" || !existing || existing->row.deleted || !(merging || mutation.deleted))
        return relations;
    relations.isAccountHolder = m_store.findAccountByPerson(mutation.id).has_value();
    const std::string into = textOf(merging ? mutation.fields : existing->row.values, "merged_into");
    if (!isUuid(into) || into == mutation.id)
        return relations;
    const auto kept = m_store.loadRow(personTable(), into);
    const auto pair = DuplicateFinder::candidateOf(m_store, mutation.id, into);
    if (!kept || kept->row.deleted || !pair)
        return relations;
    const std::string state = textOf(pair->stored.row.values, "state");
    const bool mergedHere = state == "merged" && textOf(pair->stored.row.values, "kept_id") == into;
    // Sending the same merge again changes nothing, so it is allowed as well.
    relations.isFlaggedDuplicate = merging && (state == "open" || mergedHere);
    relations.isMergedDuplicate = mutation.deleted && mergedHere;
    return relations;
}

Status MergeRules::check(
    const TableDef &table, const protocol::Mutation &mutation, const std::optional<StoredRow> &existing)
{
    if (isMerge(table, mutation, existing)) {
        const std::string before = textOf(existing->row.values, "merged_into");
        const std::string into = textOf(mutation.fields, "merged_into");
        if (!before.empty() && before != into)
            return makeError("invalid_value",
                "This person was merged into another already; restore the pair first (commonroom-cli events "
                "restore PAIR_ID) to merge them otherwise.");
        return {};
    }
    if (table.name == "membership" && existing && !existing->row.deleted && !mutation.deleted
        && mutation.fields.contains("person_id")) {
        // A membership moves to another person only with its person, merged into them: otherwise
        // a look-alike could take over someone's memberships and curatorships.
        const std::string from = textOf(existing->row.values, "person_id");
        const std::string to = textOf(mutation.fields, "person_id");
        const auto person = from == to ? std::nullopt : m_store.loadValues(personTable(), from);
        if (from != to && !(person && textOf(person->row.values, "merged_into") == to))
            return makeError("invalid_value",
                "A membership stays with its person unless they are merged into another; invite the other person "
                "to the group instead.");
    }
    if (table.name != "duplicate_candidate" || mutation.deleted || !existing || existing->row.deleted)
        return {};
    const FieldMap &stored = existing->row.values;
    for (const char *field : {"person_a", "person_b"}) {
        if (mutation.fields.contains(field) && textOf(mutation.fields, field) != textOf(stored, field))
            return makeError("invalid_value", "A duplicate pair stays with its two people.");
    }
    const bool merged = textOf(stored, "state") == "merged";
    if (textOf(mutation.fields, "state") == "merged" && !merged)
        return makeError("invalid_value",
            "A pair is marked merged by the server when it receives the duplicate's merged_into; merge the pair "
            "(which sends it), then sync.");
    if (merged && mutation.fields.contains("kept_id")
        && textOf(mutation.fields, "kept_id") != textOf(stored, "kept_id"))
        return makeError("invalid_value", "This pair was merged keeping the other person; sync to see it.");
    return {};
}

void MergeRules::afterSave(const Principal &principal, const TableDef &table, const protocol::Mutation &mutation,
    const std::optional<StoredRow> &existing, const VersionedRow &saved, std::uint64_t afterHlc,
    const EventRules::Writer &write)
{
    if (table.name != "person" || !existing || existing->row.deleted)
        return;
    const std::int64_t now = m_clock.nowMs();
    const std::string before = textOf(existing->row.values, "merged_into");
    if (saved.deleted) {
        AuditLog::record(
            m_store, now, "person_deleted", principal, mutation.id, before.empty() ? "" : "merged into " + before);
        return;
    }
    const std::string into = textOf(saved.values, "merged_into");
    if (!before.empty() || into.empty())
        return;
    const auto pair = DuplicateFinder::candidateOf(m_store, mutation.id, into);
    const auto kept = m_store.loadRow(personTable(), into);
    if (!pair || !kept || kept->row.deleted)
        return; // the rules let no such merge through

    // The whole record as it was, fields hidden from the merging leader included: the daemon keeps
    // it (never synced) so that the merge can be undone.
    m_store.saveMergeSnapshot(MergeSnapshot {pair->id, mutation.id, into, existing->row, principal.personId, now});

    // What only the duplicate had moves to the kept person, and a value both share keeps the
    // stricter of its two visibilities: a merge never shows a value to more people than before.
    const FieldMap &duplicate = existing->row.values;
    const FieldMap &keptValues = kept->row.values;
    FieldMap folded;
    for (const auto &field : personTable().fields) {
        const std::string name(field.name);
        if (!field.ownerChoosesVisibility || isEmpty(duplicate, name))
            continue;
        const Visibility strictest
            = std::max(effectiveVisibility(field, duplicate), effectiveVisibility(field, keptValues));
        const bool fill = isEmpty(keptValues, name);
        if (!fill && keptValues.at(name) != duplicate.at(name))
            continue;
        if (fill)
            folded[name] = duplicate.at(name);
        if (strictest != effectiveVisibility(field, keptValues) || fill)
            folded[visibilityColumn(name)] = std::string(toString(strictest));
    }
    writeFields(m_store, personTable(), into, folded, afterHlc, write);

    writeFields(m_store, candidateTable(), pair->id,
        {{"state", std::string("merged")}, {"kept_id", into}, {"decided_by", principal.personId},
            {"decided_at", storedTime(now)}},
        afterHlc, write);
    AuditLog::record(m_store, now, "merge", principal, mutation.id, "into " + into + " (pair " + pair->id + ")");
}

Status MergeRules::restore(const Principal &principal, std::string_view candidateId, const EventRules::Writer &write)
{
    MutationContext mayMerge {personTable(), Operation::Merge, {}};
    mayMerge.isFlaggedDuplicate = true;
    if (!authorize(principal, mayMerge))
        return makeError("forbidden", "Only those who may merge duplicates (leaders) restore a merged pair.");
    const auto snapshot = m_store.findMergeSnapshot(candidateId);
    if (!snapshot)
        return makeError("not_found",
            "There is no merge of the pair " + std::string(candidateId)
                + " to undo: it was never merged, or it was restored already. Check the id with "
                  "commonroom-cli events duplicates --all.");
    const auto current = m_store.loadRow(personTable(), snapshot->personId);
    if (!current)
        return makeError("not_found", "The merged person " + snapshot->personId + " is not known to this server.");

    // The record comes back as it was before the merge, versioned after every version it had, so
    // that nothing older wins over it.
    FieldMap values = snapshot->row.values;
    values["merged_into"] = FieldValue {};
    FieldVersion version {0, std::string(SyncService::kServerSite)};
    for (const auto &[name, stored] : snapshot->row.versions)
        version.hlc = std::max(version.hlc, stored.hlc);
    VersionedRow restored;
    mergeFields(restored, values, SyncService::versionAbove(current->row, values, version));
    write(personTable(), snapshot->personId, current, restored);

    const std::int64_t now = m_clock.nowMs();
    if (const auto pair = m_store.loadRow(candidateTable(), candidateId); pair && !pair->row.deleted) {
        const FieldMap decided {
            {"state", std::string("dismissed")}, {"decided_by", principal.personId}, {"decided_at", storedTime(now)}};
        VersionedRow row = pair->row;
        mergeFields(row, decided, SyncService::versionAbove(row, decided, version));
        write(candidateTable(), std::string(candidateId), pair, row);
    }
    m_store.deleteMergeSnapshot(candidateId);
    AuditLog::record(m_store, now, "merge_restored", principal, snapshot->personId,
        "kept " + snapshot->keptId + " (pair " + std::string(candidateId) + ")");
    return {};
}

} // namespace commonroom::syncd
