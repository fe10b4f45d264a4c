#include "Events.h"

#include "Exporter.h"
#include "FieldText.h"
#include "LocalStore.h"
#include "PeopleSearch.h"

#include "common/Attendance.h"
#include "common/Authorization.h"
#include "common/EventReminders.h"
#include "common/NameMatching.h"
#include "common/Schema.h"
#include "common/Uuid.h"

#include <QSet>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <map>

namespace commonroom {

namespace {

const QString kEvent = QStringLiteral("event");
const QString kRegistration = QStringLiteral("registration");
const QString kPerson = QStringLiteral("person");

qint64 numberOf(const FieldMap &row, const char *name)
{
    const auto it = row.find(name);
    const auto *number = it == row.end() ? nullptr : std::get_if<std::int64_t>(&it->second);
    return number ? *number : 0;
}

FieldValue textValue(const QString &text)
{
    return text.isEmpty() ? FieldValue {} : FieldValue {text.toStdString()};
}

EventInfo eventFrom(const QString &id, const FieldMap &row)
{
    EventInfo info;
    info.id = id;
    info.title = fieldText(row, "title");
    info.description = fieldText(row, "description");
    info.start = Events::parseStoredTime(fieldText(row, "starts_at"));
    info.end = Events::parseStoredTime(fieldText(row, "ends_at"));
    info.timeZone = fieldText(row, "time_zone");
    info.place = fieldText(row, "place");
    info.area = fieldText(row, "area");
    info.capacity = int(numberOf(row, "capacity"));
    info.reminderHours = int(reminders::hoursOf(row));
    info.groupId = fieldText(row, "group_id");
    info.organizerIds = fieldText(row, "organizer_ids").split(QLatin1Char(' '), Qt::SkipEmptyParts);
    info.status = fieldText(row, "status");
    if (info.status.isEmpty())
        info.status = QStringLiteral("scheduled");
    return info;
}

Status validate(const EventInfo &info)
{
    if (info.title.trimmed().isEmpty())
        return makeError("invalid_value", "Give the event a title.");
    if (!info.start.isValid())
        return makeError("invalid_value", "Give the event a start time, like 2026-11-23T18:00:00Z.");
    if (info.end.isValid() && info.end < info.start)
        return makeError("invalid_value", "The event ends before it starts; check the start and end times.");
    if (!info.timeZone.isEmpty() && !QTimeZone(info.timeZone.toUtf8()).isValid())
        return makeError("invalid_value",
            "\"" + info.timeZone.toStdString() + "\" is not a time zone; use a name like Europe/Madrid.");
    if (info.capacity < 0)
        return makeError("invalid_value", "The capacity is a number of people, 0 for no limit.");
    return reminders::checkHours({{"reminder_hours", std::int64_t(info.reminderHours)}});
}

FieldMap fieldsOf(const EventInfo &info)
{
    return FieldMap {
        {"title", info.title.trimmed().toStdString()},
        {"description", textValue(info.description)},
        {"starts_at", Events::storedTime(info.start).toStdString()},
        {"ends_at", info.end.isValid() ? FieldValue {Events::storedTime(info.end).toStdString()} : FieldValue {}},
        {"time_zone", textValue(info.timeZone)},
        {"place", textValue(info.place)},
        {"area", textValue(info.area)},
        {"capacity", std::int64_t(info.capacity)},
        {"reminder_hours", std::int64_t(info.reminderHours)},
        {"group_id", textValue(info.groupId)},
        {"organizer_ids", textValue(info.organizerIds.join(QLatin1Char(' ')))},
        {"status", std::string(info.status == QLatin1String("cancelled") ? "cancelled" : "scheduled")},
    };
}

std::vector<CheckInEntry> historyOf(const FieldMap &row)
{
    const auto undone = splitLines(fieldText(row, "undone").toStdString());
    std::vector<CheckInEntry> history;
    for (const auto &line : splitLines(fieldText(row, "checkins").toStdString())) {
        const auto token = CheckInToken::parse(line);
        if (!token)
            continue;
        history.push_back(CheckInEntry {Events::parseStoredTime(QString::fromStdString(token->at)),
            QString::fromStdString(token->device), QString::fromStdString(token->person), undone.contains(line)});
    }
    return history;
}

Registration registrationFrom(const QString &id, const FieldMap &row, const QString &displayName)
{
    Registration r;
    r.id = id;
    r.eventId = fieldText(row, "event_id");
    r.personId = fieldText(row, "person_id");
    r.displayName = displayName;
    r.state = fieldText(row, "state");
    if (r.state.isEmpty())
        r.state = QStringLiteral("registered");
    r.registeredAt = Events::parseStoredTime(fieldText(row, "registered_at"));
    r.attended = numberOf(row, "attended") == 1;
    r.checkedInAt = Events::parseStoredTime(fieldText(row, "checked_in_at"));
    r.checkedInBy = fieldText(row, "checked_in_by");
    r.devices = fieldText(row, "device").split(QLatin1Char(' '), Qt::SkipEmptyParts);
    r.walkIn = numberOf(row, "walk_in") == 1;
    r.overCapacity = numberOf(row, "over_capacity") == 1;
    r.history = historyOf(row);
    return r;
}

bool personExists(LocalStore &store, const QString &personId)
{
    QSqlQuery select(store.database());
    select.prepare(QStringLiteral("SELECT 1 FROM person WHERE id = ?"));
    select.addBindValue(personId);
    return select.exec() && select.next();
}

} // namespace

Events::Events(LocalStore &store)
    : m_store(store)
{
}

QString Events::me() const
{
    return m_store.setting(QStringLiteral("person_id"));
}

QDateTime Events::now() const
{
    return m_store.now();
}

QString Events::storedTime(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QLatin1Char('Z');
}

QDateTime Events::parseStoredTime(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QString Events::registrationIdOf(const QString &eventId, const QString &personId) const
{
    QSqlQuery select(m_store.database());
    select.prepare(
        QStringLiteral("SELECT id FROM registration WHERE person_id = ? AND event_id = ? ORDER BY id LIMIT 1"));
    select.addBindValue(personId);
    select.addBindValue(eventId);
    return select.exec() && select.next() ? select.value(0).toString() : QString();
}

QString Events::newRegistrationId() const
{
    return QString::fromStdString(newUuidV7(m_store.clock()));
}

// ---- events

QTimeZone venueTimeZone(const QString &id)
{
    const QTimeZone zone(id.toUtf8());
    return id.isEmpty() || !zone.isValid() ? QTimeZone::utc() : zone;
}

namespace {
constexpr const char *kNoEventsToAdd = "Only leaders and the curators of a group add events; ask one of them.";

// The rule table's answer to adding an event, for a curator of its group or not.
bool mayAddEvent(const Principal &principal, bool curator)
{
    const FieldMap none;
    return authorize(principal, MutationContext {*findTable("event"), Operation::Create, none, false, curator}).ok();
}
} // namespace

Status Events::mayCreate(const QString &groupId) const
{
    const Principal principal = m_store.principal();
    if (mayAddEvent(principal, !groupId.isEmpty() && curates(principal.personId, groupId)))
        return {};
    if (groupId.isEmpty())
        return makeError("forbidden",
            curates(principal.personId, {}) ? "Only leaders add an event of no group; choose a group you curate."
                                            : kNoEventsToAdd);
    const auto group = m_store.row(QStringLiteral("group"), groupId);
    const QString name = group ? fieldText(*group, "name") : groupId;
    return makeError(
        "forbidden", "Only leaders and the curators of " + name.toStdString() + " add its events; ask one of them.");
}

Status Events::mayCreateAny() const
{
    const Principal principal = m_store.principal();
    if (mayAddEvent(principal, curates(principal.personId, {})))
        return {};
    return makeError("forbidden", kNoEventsToAdd);
}

Result<QString> Events::create(const EventInfo &info)
{
    if (auto valid = validate(info); !valid)
        return valid.error();
    if (auto allowed = mayCreate(info.groupId); !allowed)
        return allowed.error();
    EventInfo complete = info;
    if (complete.organizerIds.isEmpty() && !me().isEmpty())
        complete.organizerIds = {me()};
    if (!complete.groupId.isEmpty() && !m_store.row(QStringLiteral("group"), complete.groupId))
        return makeError(
            "not_found", "There is no group " + complete.groupId.toStdString() + " on this device; sync first.");
    FieldMap fields = fieldsOf(complete);
    std::erase_if(fields, [](const auto &entry) { return isNull(entry.second); });
    return m_store.createRow(kEvent, fields);
}

Status Events::update(const EventInfo &info)
{
    const auto stored = m_store.row(kEvent, info.id);
    if (!stored)
        return makeError("not_found", "There is no event " + info.id.toStdString() + " on this device; sync first.");
    if (auto valid = validate(info); !valid)
        return valid;
    FieldMap changes;
    for (const auto &[name, value] : fieldsOf(info)) {
        const auto current = stored->find(name);
        if (current == stored->end() ? !isNull(value) : current->second != value)
            changes[name] = value;
    }
    if (changes.empty())
        return {};
    return m_store.updateRow(kEvent, info.id, changes);
}

Status Events::cancelEvent(const QString &eventId)
{
    if (!m_store.row(kEvent, eventId))
        return makeError("not_found", "There is no event " + eventId.toStdString() + " on this device; sync first.");
    return m_store.updateRow(kEvent, eventId, {{"status", std::string("cancelled")}});
}

std::optional<EventInfo> Events::event(const QString &eventId) const
{
    const auto row = m_store.row(kEvent, eventId);
    if (!row)
        return std::nullopt;
    return eventFrom(eventId, *row);
}

QStringList Events::areas() const
{
    QStringList areas;
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT DISTINCT area FROM event WHERE area IS NOT NULL AND area != '' "
                                  "ORDER BY area COLLATE LOCALE"))) {
        while (query.next())
            areas << query.value(0).toString();
    }
    return areas;
}

QString Events::usualTimeZone() const
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT time_zone FROM event WHERE time_zone IS NOT NULL AND time_zone != '' "
                                  "GROUP BY time_zone ORDER BY COUNT(*) DESC, max(starts_at) DESC LIMIT 1"))
        && query.next())
        return query.value(0).toString();
    return {};
}

namespace {

// The filters of an EventQuery that list() and listings() apply to the events read in its order.
bool matchesQuery(const EventInfo &info, const EventQuery &query, const std::string &typed)
{
    if (!query.groupId.isEmpty() && info.groupId != query.groupId)
        return false;
    if (!query.area.isEmpty() && info.area.compare(query.area, Qt::CaseInsensitive) != 0)
        return false;
    if (!query.includeCancelled && info.status == QLatin1String("cancelled"))
        return false;
    return typed.empty()
        || NameMatching::matchesPrefixes(
            (info.title + u' ' + info.place + u' ' + info.description).toStdString(), typed);
}

// The counts of the registrations joined to an event row (r.* NULL when it has none); the same
// sums as Events::counts().
const char *const kCountColumns = "COALESCE(SUM(r.id IS NOT NULL AND COALESCE(r.state, 'registered') = 'registered' "
                                  "AND COALESCE(r.walk_in, 0) = 0), 0), "
                                  "COALESCE(SUM(r.attended = 1), 0), "
                                  "COALESCE(SUM(r.attended = 1 AND r.walk_in = 1), 0), "
                                  "COALESCE(SUM(r.state = 'waitlisted' AND COALESCE(r.attended, 0) = 0), 0)";

AttendanceCounts countsFrom(const QSqlQuery &query, int capacityColumn)
{
    AttendanceCounts counts;
    counts.capacity = query.value(capacityColumn).toInt();
    counts.expected = query.value(capacityColumn + 1).toInt();
    counts.checkedIn = query.value(capacityColumn + 2).toInt();
    counts.walkIns = query.value(capacityColumn + 3).toInt();
    counts.waitlisted = query.value(capacityColumn + 4).toInt();
    counts.overCapacity = counts.capacity > 0 ? std::max(0, counts.checkedIn - counts.capacity) : 0;
    return counts;
}

} // namespace

Result<std::vector<EventListing>> Events::listings(const EventQuery &query) const
{
    return readListings(query, true);
}

Result<std::vector<EventListing>> Events::readListings(const EventQuery &query, bool withCounts) const
{
    // Each event once, with its group's name and (withCounts) the sums of its registrations
    // (registration_by_event), upcoming soonest first, past newest first.
    QString sql
        = QStringLiteral("SELECT e.id, e.title, e.description, e.starts_at, e.ends_at, e.time_zone, e.place, "
                         "e.area, e.group_id, e.organizer_ids, e.status, g.name, e.capacity, %1, e.reminder_hours "
                         "FROM event e LEFT JOIN \"group\" g ON g.id = e.group_id")
              .arg(withCounts ? QLatin1String(kCountColumns) : QLatin1String("0, 0, 0, 0"));
    if (withCounts)
        sql += QStringLiteral(" LEFT JOIN registration r ON r.event_id = e.id");
    const QString grouped = withCounts ? QStringLiteral(" GROUP BY e.id") : QString();
    QVariantList binds;
    const QString nowText = storedTime(now());
    switch (query.when) {
    case EventQuery::When::Upcoming:
        sql += QStringLiteral(" WHERE COALESCE(e.ends_at, e.starts_at) >= ?") + grouped
            + QStringLiteral(" ORDER BY e.starts_at, e.id");
        binds << nowText;
        break;
    case EventQuery::When::Past:
        sql += QStringLiteral(" WHERE COALESCE(e.ends_at, e.starts_at) < ?") + grouped
            + QStringLiteral(" ORDER BY e.starts_at DESC, e.id");
        binds << nowText;
        break;
    case EventQuery::When::All:
        sql += grouped + QStringLiteral(" ORDER BY e.starts_at, e.id");
        break;
    }
    QSqlQuery select(m_store.database());
    select.setForwardOnly(true);
    select.prepare(sql);
    for (const auto &bind : binds)
        select.addBindValue(bind);
    if (!select.exec())
        return makeError("storage", "Cannot read the events on this device.");
    const std::string typed = query.text.toStdString();
    std::vector<EventListing> listings;
    while (select.next()) {
        EventListing listing;
        EventInfo &info = listing.event;
        info.id = select.value(0).toString();
        info.title = select.value(1).toString();
        info.description = select.value(2).toString();
        info.start = parseStoredTime(select.value(3).toString());
        info.end = parseStoredTime(select.value(4).toString());
        info.timeZone = select.value(5).toString();
        info.place = select.value(6).toString();
        info.area = select.value(7).toString();
        info.groupId = select.value(8).toString();
        info.organizerIds = select.value(9).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        info.status = select.value(10).toString();
        if (info.status.isEmpty())
            info.status = QStringLiteral("scheduled");
        info.capacity = select.value(12).toInt();
        info.reminderHours = int(reminders::hoursOf({{"reminder_hours", select.value(17).toLongLong()}}));
        if (!matchesQuery(info, query, typed))
            continue;
        listing.groupName = select.value(11).toString();
        listing.counts = countsFrom(select, 12);
        listings.push_back(std::move(listing));
    }
    return listings;
}

Result<std::map<QString, AttendanceCounts>> Events::countsOf(const QStringList &eventIds) const
{
    std::map<QString, AttendanceCounts> counts;
    if (eventIds.isEmpty())
        return counts;
    QSqlQuery select(m_store.database());
    select.setForwardOnly(true);
    select.prepare(QStringLiteral("SELECT e.id, e.capacity, %1 FROM event e LEFT JOIN registration r ON r.event_id = "
                                  "e.id WHERE e.id IN (%2) GROUP BY e.id")
                       .arg(QLatin1String(kCountColumns),
                           QStringList(int(eventIds.size()), QStringLiteral("?")).join(QLatin1Char(','))));
    for (const QString &id : eventIds)
        select.addBindValue(id);
    if (!select.exec())
        return makeError("storage", "Cannot count the registrations of the events on this device.");
    while (select.next())
        counts[select.value(0).toString()] = countsFrom(select, 1);
    return counts;
}

QString Events::eventOfRegistration(const QString &registrationId) const
{
    const auto row = m_store.row(kRegistration, registrationId);
    return row ? fieldText(*row, "event_id") : QString();
}

std::vector<EventInfo> Events::list(const EventQuery &query) const
{
    auto listings = readListings(query, false);
    std::vector<EventInfo> events;
    if (!listings)
        return events;
    events.reserve(listings->size());
    for (EventListing &listing : *listings)
        events.push_back(std::move(listing.event));
    return events;
}

// ---- registration

Result<QString> Events::registerPerson(const QString &eventId, const QString &personId)
{
    const QString person = personId.isEmpty() ? me() : personId;
    if (person.isEmpty())
        return makeError("not_signed_in", "Sign in first to register for an event.");
    const auto info = event(eventId);
    if (!info)
        return makeError("not_found", "There is no event " + eventId.toStdString() + " on this device; sync first.");
    if (info->status == QLatin1String("cancelled"))
        return makeError("cancelled", "\"" + info->title.toStdString() + "\" was cancelled; registration is closed.");
    if (!m_store.row(kPerson, person))
        return makeError("not_found", "There is no person " + person.toStdString() + " on this device; sync first.");
    if (person != me() && !canManage(eventId))
        return makeError("forbidden", "Only the event's organizers and leaders register someone else.");
    const auto existing = registration(eventId, person);
    if (existing && existing->state != QLatin1String("cancelled"))
        return existing->state; // already registered or waiting: nothing to do
    const QString id = existing ? existing->id : newRegistrationId();
    const AttendanceCounts taken = counts(eventId);
    const bool full = info->capacity > 0 && taken.expected + taken.walkIns >= info->capacity;
    const QString state = full ? QStringLiteral("waitlisted") : QStringLiteral("registered");
    auto status = m_store.writeRow(kRegistration, id,
        {{"event_id", eventId.toStdString()}, {"person_id", person.toStdString()}, {"state", state.toStdString()},
            {"registered_at", storedTime(now()).toStdString()}});
    if (!status)
        return status.error();
    return state;
}

Status Events::cancelRegistration(const QString &eventId, const QString &personId)
{
    const QString person = personId.isEmpty() ? me() : personId;
    if (person != me() && !canManage(eventId))
        return makeError("forbidden", "Only the event's organizers and leaders cancel someone else's registration.");
    const auto existing = registration(eventId, person);
    if (!existing || existing->state == QLatin1String("cancelled"))
        return makeError("not_found", "There is no registration to cancel for this event.");
    return m_store.writeRow(kRegistration, existing->id, {{"state", std::string("cancelled")}});
}

std::optional<Registration> Events::registration(const QString &eventId, const QString &personId) const
{
    const QString id = registrationIdOf(eventId, personId);
    const auto row = id.isEmpty() ? std::nullopt : m_store.row(kRegistration, id);
    if (!row)
        return std::nullopt;
    const auto person = m_store.row(kPerson, personId);
    Registration r = registrationFrom(id, *row, person ? fieldText(*person, "display_name") : QString());
    r.area = person ? fieldText(*person, "area") : QString();
    if (r.state == QLatin1String("waitlisted")) {
        QSqlQuery ahead(m_store.database());
        ahead.prepare(QStringLiteral("SELECT count(*) FROM registration WHERE event_id = ? AND state = 'waitlisted' "
                                     "AND COALESCE(attended, 0) = 0 AND (registered_at < ? OR (registered_at = ? AND "
                                     "id < ?))"));
        const QString at = fieldText(*row, "registered_at");
        ahead.addBindValue(eventId);
        ahead.addBindValue(at);
        ahead.addBindValue(at);
        ahead.addBindValue(id);
        if (ahead.exec() && ahead.next())
            r.waitlistPosition = ahead.value(0).toInt() + 1;
    }
    return r;
}

std::vector<Registration> Events::registrations(const QString &eventId) const
{
    QSqlQuery select(m_store.database());
    select.prepare(
        QStringLiteral("SELECT r.id, p.display_name, p.area FROM registration r LEFT JOIN person p ON p.id = "
                       "r.person_id WHERE r.event_id = ? ORDER BY CASE COALESCE(r.state, 'registered') "
                       "WHEN 'registered' THEN 0 WHEN 'waitlisted' THEN 1 ELSE 2 END, r.registered_at, r.id"));
    select.addBindValue(eventId);
    std::vector<Registration> list;
    if (!select.exec())
        return list;
    int waiting = 0;
    while (select.next()) {
        const QString id = select.value(0).toString();
        const auto row = m_store.row(kRegistration, id);
        if (!row)
            continue;
        Registration r = registrationFrom(id, *row, select.value(1).toString());
        r.area = select.value(2).toString();
        if (r.state == QLatin1String("waitlisted") && !r.attended)
            r.waitlistPosition = ++waiting;
        list.push_back(std::move(r));
    }
    return list;
}

// ---- check-in

Result<CheckInOutcome> Events::checkIn(const QString &eventId, const QString &personId)
{
    // The door waits on this call: each thing the answer needs is read once (the event, whether
    // the person exists, who is signed in, the registration row, one indexed count), then the row
    // and its outbox entry are written in one transaction with one commit (LocalStore::writeRow).
    // docs/benchmarks.md, "Check-in at the door".
    const auto info = event(eventId);
    if (!info)
        return makeError("not_found", "There is no event " + eventId.toStdString() + " on this device; sync first.");
    if (personId.isEmpty() || !personExists(m_store, personId))
        return makeError(
            "not_found", "There is no person " + personId.toStdString() + " on this device; search again.");
    const Principal principal = m_store.principal();
    if (!canManage(*info, principal))
        return makeError("forbidden", "Only leaders and the event's organizers check people in.");
    const QString held = registrationIdOf(eventId, personId);
    const auto existing = held.isEmpty() ? std::nullopt : m_store.row(kRegistration, held);
    const QString id = existing ? held : newRegistrationId();
    QString state = existing ? fieldText(*existing, "state") : QString();
    if (existing && state.isEmpty())
        state = QStringLiteral("registered");
    CheckInOutcome outcome;
    outcome.registrationId = id;
    outcome.wasRegistered = existing && state != QLatin1String("cancelled");
    if (existing && numberOf(*existing, "attended") == 1) {
        outcome.alreadyCheckedIn = true;
        outcome.overCapacity = numberOf(*existing, "over_capacity") == 1;
        return outcome;
    }
    // Provisional until the daemon settles the seats: the capacity already taken at this door.
    outcome.overCapacity = info->capacity > 0 && checkedInCount(eventId) >= info->capacity;

    const CheckInToken token {storedTime(now()).toStdString(), m_store.siteId().toStdString(), principal.personId};
    FieldMap fields {
        {"event_id", eventId.toStdString()}, {"person_id", personId.toStdString()}, {"checkins", token.text()}};
    if (!outcome.wasRegistered) {
        // Came without a (standing) registration: registered now, at the door.
        fields["state"] = std::string("registered");
        fields["registered_at"] = token.at;
    } else if (state == QLatin1String("waitlisted")) {
        fields["state"] = std::string("registered"); // came from the waitlist: they have a seat now
    }
    if (auto status = m_store.writeRow(kRegistration, id, fields); !status)
        return status.error();
    return outcome;
}

int Events::checkedInCount(const QString &eventId) const
{
    // Counts entries of the partial index registration_checked_in (common/Schema.cpp): only the
    // checked-in rows, never the whole event.
    QSqlQuery select(m_store.database());
    select.prepare(QStringLiteral("SELECT count(*) FROM registration WHERE event_id = ? AND attended = 1"));
    select.addBindValue(eventId);
    return select.exec() && select.next() ? select.value(0).toInt() : 0;
}

Status Events::undoCheckIn(const QString &eventId, const QString &personId)
{
    if (!canManage(eventId))
        return makeError("forbidden", "Only leaders and the event's organizers undo check-ins.");
    const QString id = registrationIdOf(eventId, personId);
    const auto row = id.isEmpty() ? std::nullopt : m_store.row(kRegistration, id);
    if (!row || numberOf(*row, "attended") != 1)
        return makeError("not_checked_in", "This person is not checked in to this event; nothing to undo.");
    // Retracts the check-ins this device knows of; one made elsewhere and not yet seen here stands.
    const auto undone = splitLines(fieldText(*row, "undone").toStdString());
    std::set<std::string> retract;
    for (const auto &line : splitLines(fieldText(*row, "checkins").toStdString())) {
        if (!undone.contains(line))
            retract.insert(line);
    }
    return m_store.writeRow(kRegistration, id, {{"undone", joinLines(retract)}});
}

AttendanceCounts Events::counts(const QString &eventId) const
{
    AttendanceCounts counts;
    if (const auto info = event(eventId))
        counts.capacity = info->capacity;
    QSqlQuery select(m_store.database());
    select.prepare(
        QStringLiteral("SELECT "
                       "COALESCE(SUM(COALESCE(state, 'registered') = 'registered' AND COALESCE(walk_in, 0) = 0), 0), "
                       "COALESCE(SUM(attended = 1), 0), "
                       "COALESCE(SUM(attended = 1 AND walk_in = 1), 0), "
                       "COALESCE(SUM(state = 'waitlisted' AND COALESCE(attended, 0) = 0), 0) "
                       "FROM registration WHERE event_id = ?"));
    select.addBindValue(eventId);
    if (select.exec() && select.next()) {
        counts.expected = select.value(0).toInt();
        counts.checkedIn = select.value(1).toInt();
        counts.walkIns = select.value(2).toInt();
        counts.waitlisted = select.value(3).toInt();
    }
    // The daemon flags exactly those beyond the capacity, in check-in order; offline this is the
    // same number before it has spoken.
    counts.overCapacity = counts.capacity > 0 ? std::max(0, counts.checkedIn - counts.capacity) : 0;
    return counts;
}

Result<std::vector<DoorMatch>> Events::searchAtDoor(
    const QString &eventId, const QString &text, int limit, DoorScope scope) const
{
    std::vector<DoorMatch> matches;
    if (limit <= 0)
        return matches;
    const std::string typed = text.toStdString();
    QSet<QString> listed;
    {
        QSqlQuery select(m_store.database());
        select.prepare(
            QStringLiteral("SELECT r.person_id, p.display_name, p.area, r.state, r.attended FROM registration r "
                           "LEFT JOIN person p ON p.id = r.person_id WHERE r.event_id = ? AND "
                           "COALESCE(r.state, 'registered') != 'cancelled'"));
        select.addBindValue(eventId);
        if (!select.exec())
            return makeError("storage", "Cannot read the registrations of the event on this device.");
        std::vector<DoorMatch> registered;
        while (select.next()) {
            const QString name = select.value(1).toString();
            if (!NameMatching::matchesPrefixes(name.toStdString(), typed))
                continue;
            registered.push_back(DoorMatch {select.value(0).toString(), name, select.value(2).toString(), true,
                select.value(3).toString().isEmpty() ? QStringLiteral("registered") : select.value(3).toString(),
                select.value(4).toInt() == 1});
        }
        // Those still to arrive first, then by name as a person reads it.
        std::sort(registered.begin(), registered.end(), [](const DoorMatch &a, const DoorMatch &b) {
            if (a.attended != b.attended)
                return !a.attended;
            const int byName = QString::localeAwareCompare(a.displayName, b.displayName);
            return byName != 0 ? byName < 0 : a.personId < b.personId;
        });
        for (auto &match : registered) {
            listed.insert(match.personId);
            if (scope != DoorScope::Directory && int(matches.size()) < limit)
                matches.push_back(std::move(match));
        }
    }
    if (scope == DoorScope::Registered || text.trimmed().isEmpty() || int(matches.size()) >= limit)
        return matches;
    PeopleQuery query;
    query.text = text;
    PeopleSearch search(m_store.database(), query);
    while (int(matches.size()) < limit && !search.atEnd()) {
        auto ids = search.next(limit);
        if (!ids)
            return ids.error();
        for (const auto &personId : *ids) {
            if (listed.contains(personId) || int(matches.size()) >= limit)
                continue;
            const auto person = m_store.row(kPerson, personId);
            if (!person)
                continue;
            QString detail = fieldText(*person, "area");
            if (detail.isEmpty())
                detail = fieldText(*person, "email");
            if (detail.isEmpty())
                detail = fieldText(*person, "phone");
            const auto r = registration(eventId, personId); // cancelled ones land here
            matches.push_back(DoorMatch {personId, fieldText(*person, "display_name"), detail, false,
                r ? r->state : QString(), r && r->attended});
            listed.insert(personId);
        }
    }
    return matches;
}

std::unique_ptr<DoorRoll> Events::doorRoll(const QString &eventId) const
{
    return std::make_unique<DoorRoll>(m_store.database(), eventId);
}

Result<WalkInOutcome> Events::registerWalkIn(const QString &eventId, const WalkInDetails &details)
{
    const QString name = details.displayName.simplified();
    if (name.isEmpty())
        return makeError("invalid_value", "Type the walk-in's name.");
    if (!details.consent && (!details.email.trimmed().isEmpty() || !details.phone.trimmed().isEmpty()))
        return makeError(
            "consent", "Ask whether they agree to be contacted before saving an email or phone, or leave both empty.");
    const auto info = event(eventId);
    if (!info)
        return makeError("not_found", "There is no event " + eventId.toStdString() + " on this device; sync first.");
    if (m_store.principal().role < Role::Leader)
        return makeError("forbidden", "Only leaders register walk-ins: it adds a person to the directory.");
    FieldMap person {{"display_name", name.toStdString()}, {"status", std::string("active")},
        {"consent", std::int64_t(details.consent ? 1 : 0)}};
    if (details.consent)
        person["consent_at"] = storedTime(now()).toStdString();
    if (!details.email.trimmed().isEmpty())
        person["email"] = details.email.trimmed().toStdString();
    if (!details.phone.trimmed().isEmpty())
        person["phone"] = details.phone.trimmed().toStdString();
    if (!details.area.trimmed().isEmpty())
        person["area"] = details.area.trimmed().toStdString();
    auto personId = m_store.createRow(kPerson, person);
    if (!personId)
        return personId.error();
    const QString id = newRegistrationId();
    const CheckInToken token {storedTime(now()).toStdString(), m_store.siteId().toStdString(), me().toStdString()};
    if (auto status = m_store.writeRow(kRegistration, id,
            {{"event_id", eventId.toStdString()}, {"person_id", personId->toStdString()},
                {"state", std::string("registered")}, {"registered_at", token.at}, {"walk_in", std::int64_t(1)},
                {"checkins", token.text()}});
        !status)
        return status.error();
    return WalkInOutcome {*personId, id};
}

// ---- after the event

AttendanceReport Events::report(const QString &eventId) const
{
    AttendanceReport report;
    const auto info = event(eventId);
    if (!info)
        return report;
    report.event = *info;
    const QDateTime ended = info->end.isValid() ? info->end : info->start;
    const bool over = ended.isValid() && ended < now();
    std::map<QString, AreaCounts> areas;
    for (const auto &r : registrations(eventId)) {
        AttendanceReportRow row;
        row.personId = r.personId;
        row.displayName = r.displayName;
        row.area = r.area;
        row.state = r.state;
        row.attended = r.attended;
        row.walkIn = r.walkIn;
        row.checkedInAt = r.checkedInAt;
        const bool held = r.state == QLatin1String("registered") && !r.walkIn;
        row.noShow = held && !r.attended && over;
        auto &area = areas[row.area];
        area.area = row.area;
        report.registered += held;
        area.registered += held;
        report.attended += r.attended;
        area.attended += r.attended;
        report.noShow += row.noShow;
        area.noShow += row.noShow;
        report.walkIns += r.walkIn && r.attended;
        area.walkIns += r.walkIn && r.attended;
        report.waitlisted += r.state == QLatin1String("waitlisted") && !r.attended;
        report.cancelled += r.state == QLatin1String("cancelled");
        report.rows.push_back(std::move(row));
    }
    for (auto &[name, counts] : areas) {
        if (!name.isEmpty())
            report.byArea.push_back(counts);
    }
    if (const auto unknown = areas.find(QString()); unknown != areas.end())
        report.byArea.push_back(unknown->second);
    std::sort(report.rows.begin(), report.rows.end(), [](const AttendanceReportRow &a, const AttendanceReportRow &b) {
        const int byName = QString::localeAwareCompare(a.displayName, b.displayName);
        return byName != 0 ? byName < 0 : a.personId < b.personId;
    });
    return report;
}

Result<QByteArray> Events::attendanceCsv(const QString &eventId) const
{
    if (!event(eventId))
        return makeError("not_found", "There is no event " + eventId.toStdString() + " on this device; sync first.");
    const AttendanceReport data = report(eventId);
    QByteArray out = "person_id,name,area,state,attended,no_show,walk_in,checked_in_at\r\n";
    const auto flag = [](bool on) {
        return QByteArray(on ? "1" : "0");
    };
    for (const auto &row : data.rows) {
        out += Exporter::csvField(row.personId) + ',' + Exporter::csvField(row.displayName) + ','
            + Exporter::csvField(row.area) + ',' + Exporter::csvField(row.state) + ',' + flag(row.attended) + ','
            + flag(row.noShow) + ',' + flag(row.walkIn) + ','
            + (row.checkedInAt.isValid() ? storedTime(row.checkedInAt).toUtf8() : QByteArray()) + "\r\n";
    }
    return out;
}

bool Events::canManage(const QString &eventId) const
{
    const Principal principal = m_store.principal();
    if (principal.role >= Role::Leader)
        return true;
    const auto info = event(eventId);
    return info && canManage(*info, principal);
}

bool Events::canManage(const EventInfo &info, const Principal &principal) const
{
    if (principal.role >= Role::Leader)
        return true;
    if (principal.personId.empty())
        return false;
    const QString self = QString::fromStdString(principal.personId);
    if (info.organizerIds.contains(self))
        return true;
    return !info.groupId.isEmpty() && curates(principal.personId, info.groupId);
}

bool Events::curates(const std::string &personId, const QString &groupId) const
{
    if (personId.empty())
        return false;
    QSqlQuery curator(m_store.database());
    curator.prepare(QStringLiteral("SELECT 1 FROM membership WHERE person_id = ? AND role = 'curator' "
                                   "AND state = 'active' AND (? = '' OR group_id = ?) LIMIT 1"));
    const QString group = groupId.isEmpty() ? QStringLiteral("") : groupId; // a null QString binds NULL
    curator.addBindValue(QString::fromStdString(personId));
    curator.addBindValue(group);
    curator.addBindValue(group);
    return curator.exec() && curator.next();
}

} // namespace commonroom
