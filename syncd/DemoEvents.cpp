#include "DemoEvents.h"

#include "EventRules.h"

#include "common/Attendance.h"
#include "common/Uuid.h"

#include <algorithm>
#include <ctime>
#include <set>

namespace commonroom::syncd {

namespace {

constexpr std::string_view kEventsSetting = "demo.events";
constexpr std::int64_t kHourMs = 3600 * 1000;
constexpr std::int64_t kDayMs = 24 * kHourMs;

// The stored form of a time: ISO 8601 UTC with milliseconds.
std::string storedTime(std::int64_t ms)
{
    const std::time_t seconds = std::time_t(ms / 1000);
    std::tm utc {};
    gmtime_r(&seconds, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%S", &utc);
    char withMs[40];
    std::snprintf(withMs, sizeof withMs, "%s.%03dZ", text, int(ms % 1000));
    return withMs;
}

// 17:00 UTC (18:00 in Madrid in winter) of the day of `ms`, so the demo's times read naturally.
std::int64_t eveningOf(std::int64_t ms)
{
    return ms - ms % kDayMs + 17 * kHourMs;
}

struct EventSeed
{
    const char *title;
    const char *description;
    std::int64_t startOffsetMs;
    std::int64_t durationMs;
    const char *place;
    const char *area;
    std::int64_t capacity;
    std::size_t group;
    std::size_t registrations;
};

const EventSeed kEvents[] = {
    {"Tenants' assembly", "Rent increases, repairs and the next steps of the campaign. Interpretation into Spanish.",
        3 * kDayMs, 2 * kHourMs, "Centro Cívico, Calle Mayor 3", "North", 30, 0, 18},
    {"Organizing 101 workshop", "One-to-ones, power mapping and how to run a meeting. Bring a notebook.", 5 * kDayMs,
        3 * kHourMs, "Library, meeting room B", "Centre", 8, 1, 11},
    {"Community garden work day", "Planting, composting and a shared lunch. Gloves provided.", 10 * kDayMs, 5 * kHourMs,
        "Riverside community garden", "South", 0, 2, 9},
    {"Neighbourhood clean-up", "Litter picking along the river path, then tea.", -14 * kDayMs, 3 * kHourMs,
        "Meet at the footbridge", "East", 25, 0, 16},
};

} // namespace

DemoEvents::DemoEvents(Store &store, const FieldVersion &version, std::int64_t nowMs)
    : m_store(store)
    , m_version(version)
    , m_now(nowMs)
{
}

void DemoEvents::save(const TableDef &table, const std::string &id, const FieldMap &fields)
{
    VersionedRow row;
    mergeFields(row, fields, m_version, table);
    m_store.saveRow(table, id, row);
}

std::size_t DemoEvents::seed(const std::vector<std::string> &groupIds, const std::string &leaderId,
    const std::string &memberId, const std::function<std::string()> &newId)
{
    if (m_store.setting(kEventsSetting) || groupIds.size() < 3)
        return 0;
    const TableDef &eventTable = *findTable("event");
    const TableDef &registrationTable = *findTable("registration");
    const TableDef &personTable = *findTable("person");

    std::vector<std::string> people;
    // Seeded people only: the community's first admin, made by `init` with nothing but an email,
    // has no area and no seat at the demo's events.
    m_store.forEachLiveRow(personTable, [&](const std::string &id, const FieldMap &fields) {
        const auto area = fields.find("area");
        const bool seeded = area != fields.end() && !toDisplayString(area->second).empty();
        if (people.size() < 40 && seeded && id != leaderId && id != memberId)
            people.push_back(id);
    });
    const std::string doorDevice = "demo-door";
    EventRules rules(m_store);
    const auto write = [this](const TableDef &table, const std::string &id, const std::optional<StoredRow> &,
                           const VersionedRow &after) {
        m_store.saveRow(table, id, after);
    };

    std::size_t added = 0;
    for (std::size_t e = 0; e < std::size(kEvents); ++e) {
        const EventSeed &seed = kEvents[e];
        const std::string eventId = newId();
        const std::int64_t start = eveningOf(m_now + seed.startOffsetMs);
        const bool past = seed.startOffsetMs < 0;
        save(eventTable, eventId,
            {{"title", std::string(seed.title)}, {"description", std::string(seed.description)},
                {"starts_at", storedTime(start)}, {"ends_at", storedTime(start + seed.durationMs)},
                {"time_zone", std::string("Europe/Madrid")}, {"place", std::string(seed.place)},
                {"area", std::string(seed.area)}, {"capacity", seed.capacity}, {"group_id", groupIds[seed.group]},
                {"organizer_ids", leaderId}, {"status", std::string("scheduled")}});
        ++added;

        // Registrations a week or so before, a few minutes apart, in a different order per event.
        std::set<std::string> registered;
        for (std::size_t i = 0; i < seed.registrations && i < people.size(); ++i) {
            const std::string &person = people[(i * 7 + e * 5) % people.size()];
            if (!registered.insert(person).second)
                continue;
            const std::int64_t registeredAt = start - 7 * kDayMs + std::int64_t(i) * 11 * 60 * 1000;
            FieldMap fields {{"event_id", eventId}, {"person_id", person}, {"state", std::string("registered")},
                {"registered_at", storedTime(registeredAt)}};
            // At the past event most came; every fourth did not.
            if (past && i % 4 != 3)
                fields["checkins"] = CheckInToken {storedTime(start - 10 * 60 * 1000 + std::int64_t(i) * 45 * 1000),
                    doorDevice, leaderId}
                                         .text();
            save(registrationTable, newId(), fields);
        }
        // The demo member comes to the workshop (on its waitlist: it is full).
        if (e == 1) {
            save(registrationTable, newId(),
                {{"event_id", eventId}, {"person_id", memberId}, {"state", std::string("registered")},
                    {"registered_at", storedTime(start - 2 * kDayMs)}});
        }
        // Someone who had not registered walked in to the past event.
        const auto walkIn = std::find_if(
            people.begin(), people.end(), [&registered](const std::string &id) { return !registered.contains(id); });
        if (past && walkIn != people.end()) {
            save(registrationTable, newId(),
                {{"event_id", eventId}, {"person_id", *walkIn}, {"state", std::string("registered")},
                    {"registered_at", storedTime(start + 5 * 60 * 1000)}, {"walk_in", std::int64_t(1)},
                    {"checkins", CheckInToken {storedTime(start + 5 * 60 * 1000), doorDevice, leaderId}.text()}});
        }
        rules.settleEvent(eventId, write);
    }
    m_store.setSetting(kEventsSetting, std::to_string(added));
    return added;
}

} // namespace commonroom::syncd
