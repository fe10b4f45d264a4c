#pragma once

#include "DoorRoll.h"

#include "common/Result.h"
#include "common/Value.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <optional>
#include <vector>

class QTimeZone;

namespace commonroom {

class LocalStore;
struct Principal;

// An event as the device holds it. Times are UTC instants; `timeZone` is the IANA zone of the
// venue ("Europe/Madrid"), used to show the times and in the .ics export.
struct EventInfo
{
    QString id;
    QString title;
    QString description;
    QDateTime start; // UTC
    QDateTime end; // UTC; invalid when the event has no end
    QString timeZone; // IANA id; empty = UTC
    QString place; // venue, address
    QString area; // the community's area (same vocabulary as person.area)
    int capacity = 0; // 0 = no limit
    int reminderHours = 0; // registrants are mailed this long before the start; 0 = no reminder
    QString groupId; // hosting group; empty = the whole community
    QStringList organizerIds; // person ids
    QString status; // "scheduled" or "cancelled"
};

// The zone an event's times are read in at its venue: the IANA zone `id`, UTC when it is empty or
// unknown to this system.
QTimeZone venueTimeZone(const QString &id);

// Which events a list shows. Empty fields filter nothing.
struct EventQuery
{
    enum class When { Upcoming, Past, All };
    When when = When::Upcoming; // upcoming: not ended yet (ascending); past: ended (newest first)
    QString groupId;
    QString area; // exactly, ignoring case
    QString text; // words in the title, place or description (prefixes, ignoring case and accents)
    bool includeCancelled = true;
};

// One check-in as recorded: who let the person in, on which device, when, and whether it was
// undone (and by whom, on which device). Nothing is ever removed from this history.
struct CheckInEntry
{
    QDateTime at; // UTC
    QString deviceId;
    QString byPersonId;
    bool undone = false;
};

// A person's registration for an event. Its id is derived from (event, person), so two devices
// registering or checking in the same person offline write the same row.
struct Registration
{
    QString id;
    QString eventId;
    QString personId;
    QString displayName; // of the person, as this device may see it (may be empty)
    QString area; // of the person, as this device may see it (may be empty)
    QString state; // "registered", "waitlisted" or "cancelled"
    QDateTime registeredAt; // UTC; the waitlist promotes in this order (then by id)
    int waitlistPosition = 0; // 1-based among the waitlisted; 0 when not waitlisted
    bool attended = false; // a check-in that was not undone
    QDateTime checkedInAt; // the earliest standing check-in (invalid when not attended)
    QString checkedInBy; // person id of whoever made that check-in
    QStringList devices; // every device with a standing check-in of this person
    bool walkIn = false; // registered at the door
    bool overCapacity = false; // attended beyond the capacity (flagged by the daemon, kept)
    std::vector<CheckInEntry> history; // oldest first
};

// The live counts at the door.
struct AttendanceCounts
{
    int expected = 0; // registered (not cancelled, not waitlisted), walk-ins excluded
    int checkedIn = 0; // attended, walk-ins included
    int walkIns = 0; // attended walk-ins
    int waitlisted = 0;
    int capacity = 0; // 0 = no limit
    int overCapacity = 0; // attended and flagged beyond the capacity

    bool operator==(const AttendanceCounts &) const = default;
};

// A type-ahead result at the door: registered people first, then the rest of the directory.
struct DoorMatch
{
    QString personId;
    QString displayName;
    QString detail; // what tells namesakes apart: area, or the visible part of email/phone
    bool registered = false; // has a registration (any state but cancelled) for this event
    QString state; // registration state, empty when not registered
    bool attended = false;
};

// Which people searchAtDoor looks at: the event's registrations (cheap, for every key press),
// the directory (PeopleSearch; slow prefixes at a million people), or both, registered first.
enum class DoorScope { Registered, Directory, Both };

// What a door volunteer types for a walk-in. Email and phone are stored only with `consent`.
struct WalkInDetails
{
    QString displayName; // required
    QString email;
    QString phone;
    bool consent = false; // agrees to be contacted by the community; recorded with its time
    QString area;
};

struct CheckInOutcome
{
    QString registrationId;
    bool alreadyCheckedIn = false; // idempotent: the earlier check-in stands
    bool overCapacity = false; // the room was full on this device; kept and flagged, never refused
    bool wasRegistered = false; // false: checked in without a prior registration
};

struct WalkInOutcome
{
    QString personId;
    QString registrationId;
};

// One row of the attendance report.
struct AttendanceReportRow
{
    QString personId;
    QString displayName;
    QString area;
    QString state; // registered / waitlisted / cancelled
    bool attended = false;
    bool noShow = false; // registered, did not attend, event over
    bool walkIn = false;
    QDateTime checkedInAt;
};

struct AreaCounts
{
    QString area; // empty = unknown
    int registered = 0;
    int attended = 0;
    int noShow = 0;
    int walkIns = 0;
};

struct AttendanceReport
{
    EventInfo event;
    int registered = 0; // registrations that held a seat (state registered), walk-ins excluded
    int attended = 0;
    int noShow = 0;
    int walkIns = 0;
    int waitlisted = 0;
    int cancelled = 0;
    std::vector<AreaCounts> byArea; // sorted by area name, unknown last
    std::vector<AttendanceReportRow> rows; // in name order
};

// An event as the events list shows it: with its hosting group's name (empty when the group is
// not on the device or has no name) and its counts.
struct EventListing
{
    EventInfo event;
    QString groupName;
    AttendanceCounts counts;
};

// Events, registrations and check-in on the device, offline like every edit: each call writes
// rows and their outbox entries in one transaction through LocalStore, and SyncEngine sends them.
// The daemon decides authorization with the same rule table (common/Authorization.h) and settles
// capacity and the waitlist when pushes arrive (docs/events.md).
//
// Not a QObject: views refresh on LocalStore::tableChanged("event" / "registration" / "person").
class Events
{
public:
    // Check-in and registration times come from the store's clock.
    explicit Events(LocalStore &store);

    // ---- events
    // Whether the signed-in person may add an event to `groupId`, or of no group when it is empty
    // (the rule table: leaders any, a member one of a group they curate); "forbidden", saying who
    // may, otherwise. mayCreateAny: whether they may add an event at all.
    Status mayCreate(const QString &groupId) const;
    Status mayCreateAny() const;
    // Validates (title, start, end after start, time zone known, capacity >= 0, mayCreate) and
    // creates; the signed-in person is an organizer unless `info.organizerIds` says otherwise.
    Result<QString> create(const EventInfo &info);
    // Writes the fields that differ from the stored event.
    Status update(const EventInfo &info);
    // Marks the event cancelled (kept, so registrants can be told).
    Status cancelEvent(const QString &eventId);
    std::optional<EventInfo> event(const QString &eventId) const;
    // Upcoming in start order, past newest first, `All` in start order (one query).
    std::vector<EventInfo> list(const EventQuery &query) const;
    // The areas events are in, each once, in name order (ignoring case).
    QStringList areas() const;
    // The time zone most events on the device are in (of the latest among equals): the
    // community's, which a new event starts from. Empty when no event names one.
    QString usualTimeZone() const;
    // list(), each event with its group's name and its counts, in one query: the events list
    // reads it again on every change of an event or a group.
    Result<std::vector<EventListing>> listings(const EventQuery &query) const;
    // The counts of each of `eventIds` on the device, in one query; ids not on the device are
    // left out. What the events list reads when registrations changed it cannot place.
    Result<std::map<QString, AttendanceCounts>> countsOf(const QStringList &eventIds) const;
    // The event the registration `registrationId` is for; empty when it is not on the device.
    QString eventOfRegistration(const QString &registrationId) const;

    // ---- registration
    // The id of the registration of (event, person) this device holds; empty when it holds none.
    // A new registration gets a UUIDv7, which tells nothing of its event and person; two devices
    // that register the same person offline are joined into one by the daemon (docs/events.md).
    QString registrationIdOf(const QString &eventId, const QString &personId) const;
    // Registers `personId` (the signed-in person when empty; someone else needs canManage);
    // returns the state it got here, "registered" or "waitlisted" (the daemon settles the order
    // when devices disagree). Registering again after cancelling goes to the back of the queue.
    Result<QString> registerPerson(const QString &eventId, const QString &personId = {});
    Status cancelRegistration(const QString &eventId, const QString &personId = {});
    std::optional<Registration> registration(const QString &eventId, const QString &personId) const;
    // Every registration (cancelled ones last), registered in registration order, then the
    // waitlist in its order.
    std::vector<Registration> registrations(const QString &eventId) const;

    // ---- check-in (all offline)
    // Checks the person in (registering them if they were not); idempotent. For leaders and the
    // event's organizers (canManage); "forbidden" otherwise.
    Result<CheckInOutcome> checkIn(const QString &eventId, const QString &personId);
    // Undoes every standing check-in of the person this device knows of.
    Status undoCheckIn(const QString &eventId, const QString &personId);
    AttendanceCounts counts(const QString &eventId) const;
    // Type-ahead: registered people whose name matches first, then the directory
    // (PeopleSearch), without repeats; at most `limit` in all. With DoorScope::Directory, only
    // directory matches that are not registered (cancelled registrations count as not registered).
    Result<std::vector<DoorMatch>> searchAtDoor(
        const QString &eventId, const QString &text, int limit = 20, DoorScope scope = DoorScope::Both) const;
    // The registrants of the event for the door search to keep in memory, their statements
    // prepared once (DoorRoll); made even for an event not on the device (it has none).
    std::unique_ptr<DoorRoll> doorRoll(const QString &eventId) const;
    // Creates the person (display name, email/phone only with consent, consent and its time)
    // and registers and checks them in as a walk-in. Leaders only: it adds a person to the
    // directory. Error "consent" when email or phone come without consent; nothing is saved.
    Result<WalkInOutcome> registerWalkIn(const QString &eventId, const WalkInDetails &details);

    // ---- after the event
    AttendanceReport report(const QString &eventId) const;
    // RFC 4180 CSV of the report rows: person_id,name,area,state,attended,no_show,walk_in,checked_in_at
    Result<QByteArray> attendanceCsv(const QString &eventId) const;

    // Whether the signed-in person may run the door / manage this event (leaders, organizers,
    // curators of the hosting group), judged on the device's copy; the daemon decides.
    bool canManage(const QString &eventId) const;

    // ISO 8601 UTC text with milliseconds, the stored form of every time ("2026-11-23T17:00:00.000Z").
    static QString storedTime(const QDateTime &utc);
    static QDateTime parseStoredTime(const QString &text);

private:
    QString newRegistrationId() const;
    QString me() const;
    QDateTime now() const;
    // The events of `query` in one query; their counts only `withCounts` (zero otherwise).
    Result<std::vector<EventListing>> readListings(const EventQuery &query, bool withCounts) const;
    // canManage() with the event and the principal already read.
    bool canManage(const EventInfo &info, const Principal &principal) const;
    // Whether the person is an active curator of the group (of any group when `groupId` is empty).
    bool curates(const std::string &personId, const QString &groupId) const;
    // How many of the event's registrations are checked in (one indexed COUNT).
    int checkedInCount(const QString &eventId) const;

    LocalStore &m_store;
};

} // namespace commonroom
