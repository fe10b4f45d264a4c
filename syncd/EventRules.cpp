#include "EventRules.h"

#include "common/Attendance.h"
#include "common/EventReminders.h"
#include "common/Uuid.h"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <sstream>

namespace commonroom::syncd {

namespace {

std::int64_t numberOf(const FieldMap &values, const std::string &name)
{
    const auto it = values.find(name);
    const auto *number = it == values.end() ? nullptr : std::get_if<std::int64_t>(&it->second);
    return number ? *number : 0;
}

// The value the row will hold: the mutation's if it sets the field, else the stored one.
std::string after(const protocol::Mutation &mutation, const std::optional<StoredRow> &existing, const std::string &name)
{
    if (mutation.fields.contains(name))
        return textOf(mutation.fields, name);
    return existing ? textOf(existing->row.values, name) : std::string();
}

const TableDef &table(std::string_view name)
{
    return *findTable(name);
}

// Settings "registration_moved:<id>" name the registration a merged duplicate's went into.
const std::string kMovedPrefix = "registration_moved:";

std::string formatStoredMs(std::int64_t unixMs)
{
    const std::time_t seconds = std::time_t(unixMs / 1000);
    std::tm utc {};
    gmtime_r(&seconds, &utc);
    char text[80];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900, utc.tm_mon + 1,
        utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec, int(unixMs % 1000));
    return text;
}

} // namespace

EventRules::EventRules(Store &store)
    : m_store(store)
{
}

bool EventRules::isStoredTime(std::string_view text)
{
    // 2026-11-23T17:00:00.000Z
    constexpr std::string_view pattern = "dddd-dd-ddTdd:dd:dd.dddZ";
    if (text.size() != pattern.size())
        return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (pattern[i] == 'd' ? !(text[i] >= '0' && text[i] <= '9') : text[i] != pattern[i])
            return false;
    }
    const auto two = [&](std::size_t at) {
        return (text[at] - '0') * 10 + (text[at + 1] - '0');
    };
    return two(5) >= 1 && two(5) <= 12 && two(8) >= 1 && two(8) <= 31 && two(11) < 24 && two(14) < 60 && two(17) < 61;
}

bool EventRules::decidesRelations(const TableDef &table)
{
    return table.name == "event" || table.name == "registration";
}

bool EventRules::organizes(std::string_view personId, const FieldMap &event)
{
    std::istringstream organizers(textOf(event, "organizer_ids"));
    for (std::string id; organizers >> id;) {
        if (id == personId)
            return true;
    }
    const std::string group = textOf(event, "group_id");
    return !group.empty() && m_store.isActiveCurator(personId, group);
}

bool EventRules::organizesEvent(std::string_view personId, const std::string &eventId)
{
    if (!isUuid(eventId))
        return false;
    const auto event = m_store.loadRow(table("event"), eventId);
    return event && !event->row.deleted && organizes(personId, event->row.values);
}

EventRules::Relations EventRules::relationsFor(const Principal &principal, const protocol::Mutation &mutation,
    const TableDef &tableDef, const std::optional<StoredRow> &existing)
{
    Relations relations;
    if (tableDef.name == "event") {
        if (existing) {
            relations.isCurator = organizes(principal.personId, existing->row.values);
            // Moving an event to another group needs the curatorship of that group as well.
            const std::string group = textOf(mutation.fields, "group_id");
            if (relations.isCurator && mutation.fields.contains("group_id") && !group.empty())
                relations.isCurator = m_store.isActiveCurator(principal.personId, group);
        } else {
            // A new event: its creator must curate the hosting group (being listed as an
            // organizer of one's own new event proves nothing).
            const std::string group = textOf(mutation.fields, "group_id");
            relations.isCurator = !group.empty() && m_store.isActiveCurator(principal.personId, group);
        }
    } else if (tableDef.name == "registration") {
        relations.isOwner = after(mutation, existing, "person_id") == principal.personId
            && (!existing || textOf(existing->row.values, "person_id") == principal.personId);
        const std::string eventId
            = existing ? textOf(existing->row.values, "event_id") : after(mutation, existing, "event_id");
        relations.isCurator = organizesEvent(principal.personId, eventId);
    }
    return relations;
}

Status EventRules::check(
    const protocol::Mutation &mutation, const TableDef &tableDef, const std::optional<StoredRow> &existing)
{
    if (mutation.deleted)
        return checkDelete(tableDef, existing);
    if (tableDef.name == "event") {
        for (const char *field : {"starts_at", "ends_at"}) {
            const std::string value = textOf(mutation.fields, field);
            if (!value.empty() && !isStoredTime(value))
                return makeError("invalid_value",
                    "The field " + std::string(field) + " takes a UTC time like 2026-11-23T17:00:00.000Z.");
        }
        const std::string start = after(mutation, existing, "starts_at");
        if (start.empty())
            return makeError("invalid_value", "An event needs a start time (starts_at).");
        const std::string end = after(mutation, existing, "ends_at");
        if (!end.empty() && end < start)
            return makeError("invalid_value", "The event ends before it starts; check the start and end times.");
        if (numberOf(mutation.fields, "capacity") < 0)
            return makeError("invalid_value", "The capacity is a number of people, 0 for no limit.");
        if (auto hours = reminders::checkHours(mutation.fields); !hours)
            return hours;
        if (after(mutation, existing, "title").empty())
            return makeError("invalid_value", "An event needs a title.");
        const std::string group = textOf(mutation.fields, "group_id");
        if (!group.empty()) {
            const auto stored = isUuid(group) ? m_store.loadRow(table("group"), group) : std::nullopt;
            if (!stored || stored->row.deleted)
                return makeError("invalid_reference", "The hosting group of the event does not exist; sync first.");
        }
        return {};
    }
    if (tableDef.name != "registration")
        return {};
    const std::string eventId = after(mutation, existing, "event_id");
    const std::string personId = after(mutation, existing, "person_id");
    if (existing) {
        for (const char *field : {"event_id", "person_id"}) {
            if (mutation.fields.contains(field)
                && textOf(mutation.fields, field) != textOf(existing->row.values, field))
                return makeError("invalid_value",
                    "A registration stays with its event and person; register the other person instead.");
        }
    } else {
        const auto event = isUuid(eventId) ? m_store.loadRow(table("event"), eventId) : std::nullopt;
        if (!event || event->row.deleted)
            return makeError("invalid_reference", "A registration needs an existing event in event_id; sync first.");
        const auto person = isUuid(personId) ? m_store.loadRow(table("person"), personId) : std::nullopt;
        if (!person || person->row.deleted)
            return makeError("invalid_reference", "A registration needs an existing person in person_id; sync first.");
    }
    // The daemon sets registered_at itself (decidedFields); what a device sends is its own
    // provisional answer, checked for form only.
    const std::string registeredAt = textOf(mutation.fields, "registered_at");
    if (!registeredAt.empty() && !isStoredTime(registeredAt))
        return makeError("invalid_value", "registered_at takes a UTC time like 2026-11-23T17:00:00.000Z.");
    return {};
}

FieldMap EventRules::decidedFields(const protocol::Mutation &mutation, const TableDef &tableDef,
    const std::optional<StoredRow> &existing, const VersionedRow &merged, std::int64_t nowMs)
{
    if (tableDef.name != "registration" || mutation.deleted || merged.deleted)
        return {};
    const bool stored = existing && !existing->row.deleted;
    const std::string before = stored ? textOf(existing->row.values, "registered_at") : std::string();
    const bool wasQueued = stored && textOf(existing->row.values, "state") != "cancelled" && !before.empty();
    const bool queued = textOf(merged.values, "state") != "cancelled";
    const std::string at = queued && !wasQueued ? formatStoredMs(nowMs) : before;
    if (textOf(merged.values, "registered_at") == at)
        return {};
    return {{"registered_at", at.empty() ? FieldValue {} : FieldValue {at}}};
}

bool EventRules::carriesCheckIns(const TableDef &tableDef, const protocol::Mutation &mutation)
{
    return tableDef.name == "registration" && !mutation.deleted
        && (!textOf(mutation.fields, "checkins").empty() || !textOf(mutation.fields, "undone").empty());
}

std::optional<std::string> EventRules::registrationOf(const std::string &eventId, const std::string &personId)
{
    // A person has few registrations: their index finds them, and the event picks one.
    for (const auto &[id, values] : m_store.liveRowsWhere(table("registration"), "person_id", personId)) {
        if (textOf(values, "event_id") == eventId)
            return id;
    }
    return std::nullopt;
}

void EventRules::noteRemoved(std::string_view id, const FieldMap &values)
{
    const std::string personId = textOf(values, "person_id");
    const std::string eventId = textOf(values, "event_id");
    const auto person = isUuid(personId) ? m_store.loadValues(table("person"), personId) : std::nullopt;
    const std::string into = person ? textOf(person->row.values, "merged_into") : std::string();
    if (!isUuid(into) || into == personId || !isUuid(eventId))
        return;
    if (const auto kept = registrationOf(eventId, into); kept && *kept != id)
        noteMoved(id, *kept);
}

std::optional<protocol::Mutation> EventRules::joinExisting(const protocol::Mutation &mutation)
{
    if (mutation.table != "registration" || mutation.deleted)
        return std::nullopt;
    const std::string eventId = textOf(mutation.fields, "event_id");
    const std::string personId = textOf(mutation.fields, "person_id");
    if (!isUuid(eventId) || !isUuid(personId))
        return std::nullopt;
    const auto same = registrationOf(eventId, personId);
    if (!same || *same == mutation.id)
        return std::nullopt;
    protocol::Mutation joined = mutation;
    joined.id = *same;
    joined.fields.erase("event_id");
    joined.fields.erase("person_id");
    return joined;
}

void EventRules::noteMoved(std::string_view from, std::string_view to)
{
    m_store.setSetting(kMovedPrefix + std::string(from), to);
}

Result<protocol::Mutation> EventRules::redirect(const protocol::Mutation &mutation)
{
    std::string target = mutation.id;
    // A person merged twice moved their registration twice; a loop is cut short.
    for (int hop = 0; hop < 8; ++hop) {
        const auto next = m_store.setting(kMovedPrefix + target);
        if (!next)
            break;
        target = *next;
        const auto row = m_store.loadValues(table("registration"), target);
        if (row && !row->row.deleted) {
            protocol::Mutation moved = mutation;
            moved.id = target;
            moved.fields.erase("event_id");
            moved.fields.erase("person_id");
            return moved;
        }
    }
    if (!carriesCheckIns(table("registration"), mutation))
        return makeError("deleted", "This registration was deleted before the change reached the server.");
    return makeError("gone",
        "This registration was deleted before the check-in reached the server, so the check-in was not recorded. "
        "Search for the person at the door and check them in again.");
}

Status EventRules::checkDelete(const TableDef &tableDef, const std::optional<StoredRow> &existing)
{
    if (tableDef.name != "registration" || !existing || textOf(existing->row.values, "checkins").empty())
        return {};
    // No attendance is ever lost: a registration with check-ins goes only when it was merged into
    // the kept person's registration, which then holds every one of its check-ins.
    const auto &values = existing->row.values;
    const auto person = m_store.loadValues(table("person"), textOf(values, "person_id"));
    const std::string into = person ? textOf(person->row.values, "merged_into") : std::string();
    if (!into.empty()) {
        const auto keptId = registrationOf(textOf(values, "event_id"), into);
        const auto kept = keptId ? m_store.loadValues(table("registration"), *keptId) : std::nullopt;
        if (kept && !kept->row.deleted) {
            const auto keptLines = splitLines(textOf(kept->row.values, "checkins"));
            const auto lines = splitLines(textOf(values, "checkins"));
            if (std::includes(keptLines.begin(), keptLines.end(), lines.begin(), lines.end()))
                return {};
        }
    }
    return makeError("forbidden",
        "This registration has check-ins, which are never deleted; undo the check-in or cancel the registration "
        "instead.");
}

void EventRules::noteChange(const TableDef &tableDef, std::string_view id, const VersionedRow &row)
{
    if (tableDef.name == "registration") {
        const std::string eventId = textOf(row.values, "event_id");
        if (!eventId.empty())
            m_pendingEvents.insert(eventId);
        else if (const auto stored = m_store.loadValues(tableDef, id))
            m_pendingEvents.insert(textOf(stored->row.values, "event_id"));
    } else if (tableDef.name == "event") {
        m_pendingEvents.emplace(id); // a new capacity changes who has a seat
    }
}

std::size_t EventRules::settle(const Writer &write)
{
    const auto events = std::exchange(m_pendingEvents, {});
    std::size_t changed = 0;
    for (const auto &eventId : events)
        changed += settleEvent(eventId, write);
    return changed;
}

std::size_t EventRules::settleEvent(const std::string &eventId, const Writer &write)
{
    const TableDef &registrationTable = table("registration");
    const auto event = isUuid(eventId) ? m_store.loadRow(table("event"), eventId) : std::nullopt;
    if (!event || event->row.deleted)
        return 0;
    const std::int64_t capacity = numberOf(event->row.values, "capacity");

    struct Entry
    {
        std::string id;
        FieldMap values;
    };
    std::vector<Entry> attended;
    std::vector<Entry> waiting;
    std::vector<Entry> others;
    // One query for the whole event; a row is loaded with its versions only when it changes.
    for (auto &[id, values] : m_store.liveRowsWhere(registrationTable, "event_id", eventId)) {
        if (numberOf(values, "attended") == 1)
            attended.push_back(Entry {std::move(id), std::move(values)});
        else if (textOf(values, "state") != "cancelled")
            waiting.push_back(Entry {std::move(id), std::move(values)});
        else
            others.push_back(Entry {std::move(id), std::move(values)});
    }
    const auto byKey = [](const char *field) {
        return [field](const Entry &a, const Entry &b) {
            const auto left = textOf(a.values, field);
            const auto right = textOf(b.values, field);
            return left != right ? left < right : a.id < b.id;
        };
    };
    std::sort(attended.begin(), attended.end(), byKey("checked_in_at"));
    // In the order the daemon received the bookings; one without a time (written before the
    // daemon kept it) comes after those with one.
    std::sort(waiting.begin(), waiting.end(), [](const Entry &a, const Entry &b) {
        const auto left = textOf(a.values, "registered_at");
        const auto right = textOf(b.values, "registered_at");
        if (left.empty() != right.empty())
            return right.empty();
        return left != right ? left < right : a.id < b.id;
    });

    std::size_t changed = 0;
    const auto settleRow = [&](const Entry &entry, const FieldMap &wanted) {
        const bool differs = std::any_of(wanted.begin(), wanted.end(), [&entry](const auto &field) {
            const auto current = entry.values.find(field.first);
            return current == entry.values.end() || current->second != field.second;
        });
        if (!differs)
            return;
        const auto stored = m_store.loadRow(registrationTable, entry.id);
        if (!stored || stored->row.deleted)
            return;
        VersionedRow row = stored->row;
        for (const auto &[name, value] : wanted)
            row.values[name] = value;
        write(registrationTable, entry.id, stored, row);
        ++changed;
    };
    const bool limited = capacity > 0;
    std::int64_t seats = capacity;
    for (auto &entry : attended) {
        const bool over = limited && seats <= 0;
        if (!over)
            --seats;
        FieldMap wanted {{"over_capacity", std::int64_t(over ? 1 : 0)}};
        // Someone who came from the waitlist came: they are registered.
        if (textOf(entry.values, "state") != "cancelled")
            wanted["state"] = std::string("registered");
        settleRow(entry, wanted);
    }
    for (auto &entry : waiting) {
        const bool seated = !limited || seats > 0;
        if (seated && limited)
            --seats;
        settleRow(
            entry, {{"state", std::string(seated ? "registered" : "waitlisted")}, {"over_capacity", std::int64_t(0)}});
    }
    for (auto &entry : others)
        settleRow(entry, {{"over_capacity", std::int64_t(0)}});
    return changed;
}

} // namespace commonroom::syncd
