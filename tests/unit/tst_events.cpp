// Events, Duplicates and ICalendar on one device, offline: everything the door and the organizer
// do without a network, and the exports.

#include "desktop/core/Duplicates.h"
#include "desktop/core/Events.h"
#include "desktop/core/ICalendar.h"
#include "desktop/core/LocalStore.h"

#include "common/Clock.h"
#include "common/Uuid.h"
#include "tests/TestIds.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace commonroom;

namespace {

const qint64 kStart = 1'800'000'000'000; // 2027-01-15

QDateTime at(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace

class TestEvents : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<LocalStore> m_store;
    ManualClock m_clock {kStart};
    std::unique_ptr<Events> m_events;
    QString m_me;

    QString person(const std::string &name, FieldMap extra = {})
    {
        extra["display_name"] = name;
        auto id = m_store->createRow("person", extra);
        if (!id)
            qFatal("%s", id.error().message.c_str());
        return *id;
    }

    QString event(int capacity, qint64 startMs = kStart + 3'600'000)
    {
        EventInfo info;
        info.title = QStringLiteral("Tenants' assembly");
        info.start = at(startMs);
        info.end = at(startMs + 7'200'000);
        info.timeZone = QStringLiteral("Europe/Madrid");
        info.place = QStringLiteral("Centro Cívico, Calle Mayor 3");
        info.area = QStringLiteral("North");
        info.capacity = capacity;
        auto id = m_events->create(info);
        if (!id)
            qFatal("%s", id.error().message.c_str());
        return *id;
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<LocalStore>(m_clock);
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("events-%1.sqlite").arg(++m_counter))).ok());
        m_clock.setMs(kStart);
        m_events = std::make_unique<Events>(*m_store);
        m_me = person("Lena Leader");
        QVERIFY(m_store->setSetting("person_id", m_me).ok());
        QVERIFY(m_store->setSetting("role", "leader").ok());
    }

    void cleanup()
    {
        m_events.reset();
        m_store.reset();
    }

    void eventsAreCreatedValidatedAndListed()
    {
        const QString upcoming = event(10);
        const QString past = event(0, kStart - 86'400'000);
        const auto info = m_events->event(upcoming);
        QVERIFY(info);
        QCOMPARE(info->title, QStringLiteral("Tenants' assembly"));
        QCOMPARE(info->start, at(kStart + 3'600'000));
        QCOMPARE(info->organizerIds, QStringList {m_me});
        QCOMPARE(info->status, QStringLiteral("scheduled"));
        QCOMPARE(
            m_store->row("event", upcoming)->at("starts_at"), FieldValue {std::string("2027-01-15T09:00:00.000Z")});

        auto listed = m_events->list(EventQuery {});
        QCOMPARE(listed.size(), 1u);
        QCOMPARE(listed[0].id, upcoming);
        EventQuery pastQuery;
        pastQuery.when = EventQuery::When::Past;
        listed = m_events->list(pastQuery);
        QCOMPARE(listed.size(), 1u);
        QCOMPARE(listed[0].id, past);
        EventQuery byText;
        byText.when = EventQuery::When::All;
        byText.text = QStringLiteral("civico assem");
        QCOMPARE(m_events->list(byText).size(), 2u);
        byText.area = QStringLiteral("south");
        QCOMPARE(m_events->list(byText).size(), 0u);

        // Bad input: a clear error, and nothing written.
        const int pending = m_store->pendingCount();
        EventInfo bad;
        bad.start = at(kStart);
        QCOMPARE(m_events->create(bad).error().code, std::string("invalid_value"));
        bad.title = QStringLiteral("Backwards");
        bad.end = at(kStart - 1000);
        QCOMPARE(m_events->create(bad).error().code, std::string("invalid_value"));
        bad.end = {};
        bad.timeZone = QStringLiteral("Mars/Olympus");
        QCOMPARE(m_events->create(bad).error().code, std::string("invalid_value"));
        QCOMPARE(m_store->pendingCount(), pending);

        QVERIFY(m_events->cancelEvent(upcoming).ok());
        QCOMPARE(m_events->event(upcoming)->status, QStringLiteral("cancelled"));
        QCOMPARE(m_events->registerPerson(upcoming, m_me).error().code, std::string("cancelled"));
    }

    // Who may add an event is the rule table's answer, asked before anything is written: a
    // member as a curator of the event's group only, a leader anywhere.
    void onlyLeadersAndTheGroupsCuratorsAddEvents()
    {
        const auto group = [this](const char *name) {
            return *m_store->createRow("group", {{"name", std::string(name)}, {"kind", std::string("open")}});
        };
        const QString tenants = group("Tenants");
        const QString choir = group("Choir");
        QVERIFY(m_events->mayCreate({}).ok()); // a leader, even of no group
        QVERIFY(m_events->mayCreateAny().ok());

        QVERIFY(m_store->setSetting("role", "member").ok());
        QCOMPARE(m_events->mayCreateAny().error().code, std::string("forbidden"));
        QVERIFY(QString::fromStdString(m_events->mayCreate(tenants).error().message).contains("Tenants"));
        EventInfo info;
        info.title = QStringLiteral("Choir practice");
        info.start = at(kStart + 3'600'000);
        info.groupId = choir;
        const int pending = m_store->pendingCount();
        QCOMPARE(m_events->create(info).error().code, std::string("forbidden"));
        QCOMPARE(m_store->pendingCount(), pending); // refused before anything was written

        QVERIFY(m_store
                    ->createRow("membership",
                        {{"person_id", m_me.toStdString()}, {"group_id", choir.toStdString()},
                            {"state", std::string("active")}, {"role", std::string("curator")}})
                    .ok());
        QVERIFY(m_events->mayCreateAny().ok());
        QVERIFY(m_events->mayCreate(choir).ok());
        QCOMPARE(m_events->mayCreate(tenants).error().code, std::string("forbidden"));
        // An event of no group is a leader's: the curator is told to choose their group.
        QVERIFY(QString::fromStdString(m_events->mayCreate({}).error().message).contains("choose a group"));
        QVERIFY(m_events->create(info).ok());
    }

    // The events list's read: list()'s events and order, each with its counts and group name,
    // the same counts as counts(); and the reads that keep it current.
    void listingsCarryTheCountsOfEachEvent()
    {
        QSqlQuery insert(m_store->database());
        QVERIFY(insert.exec(QStringLiteral("INSERT INTO \"group\" (id, name, kind) VALUES ('g1', 'Tenants', 'open')")));
        const QString full = event(2);
        EventInfo hosted = *m_events->event(full);
        hosted.groupId = QStringLiteral("g1");
        QVERIFY(m_events->update(hosted).ok());
        const QString open = event(0, kStart + 7'200'000);
        const QString past = event(0, kStart - 86'400'000);
        const QString ana = person("Ana"), bob = person("Bob"), carla = person("Carla"), dan = person("Dan");
        for (const QString &who : {ana, bob, carla})
            QVERIFY(m_events->registerPerson(full, who).ok()); // carla waits
        QVERIFY(m_events->checkIn(full, ana).ok());
        QVERIFY(m_events->registerPerson(open, dan).ok());
        QVERIFY(m_events->cancelRegistration(open, dan).ok());
        QVERIFY(m_events->registerWalkIn(open, WalkInDetails {QStringLiteral("Eve"), {}, {}, false, {}}).ok());

        auto listings = m_events->listings(EventQuery {});
        QVERIFY(listings.ok());
        QCOMPARE(listings->size(), 2u);
        QCOMPARE(listings->at(0).event.id, full);
        QCOMPARE(listings->at(0).event.title, QStringLiteral("Tenants' assembly"));
        QCOMPARE(listings->at(0).event.start, at(kStart + 3'600'000));
        QCOMPARE(listings->at(0).event.organizerIds, QStringList {m_me});
        QCOMPARE(listings->at(0).groupName, QStringLiteral("Tenants"));
        QCOMPARE(listings->at(1).event.id, open);
        QVERIFY(listings->at(1).groupName.isEmpty());
        for (const EventListing &listing : *listings)
            QCOMPARE(listing.counts, m_events->counts(listing.event.id));
        const AttendanceCounts &counts = listings->at(0).counts;
        QCOMPARE(counts.expected, 2);
        QCOMPARE(counts.checkedIn, 1);
        QCOMPARE(counts.waitlisted, 1);
        QCOMPARE(counts.capacity, 2);
        QCOMPARE(listings->at(1).counts.expected, 0); // cancelled, and a walk-in
        QCOMPARE(listings->at(1).counts.walkIns, 1);
        // The same events as list(), for every filter.
        EventQuery all;
        all.when = EventQuery::When::All;
        all.groupId = QStringLiteral("g1");
        QCOMPARE(m_events->listings(all)->size(), 1u);
        all.groupId.clear();
        all.text = QStringLiteral("civico");
        QCOMPARE(m_events->listings(all)->size(), 3u);
        all.includeCancelled = false;
        QVERIFY(m_events->cancelEvent(past).ok());
        QCOMPARE(m_events->listings(all)->size(), 2u);
        // list() reads the same events in the same order, field for field as event() has them.
        for (const auto when : {EventQuery::When::Upcoming, EventQuery::When::Past, EventQuery::When::All}) {
            EventQuery query;
            query.when = when;
            const auto events = m_events->list(query);
            const auto read = m_events->listings(query);
            QCOMPARE(events.size(), read->size());
            for (std::size_t i = 0; i < events.size(); ++i) {
                const auto stored = m_events->event(events[i].id);
                QCOMPARE(read->at(i).event.id, events[i].id);
                QCOMPARE(events[i].title, stored->title);
                QCOMPARE(events[i].start, stored->start);
                QCOMPARE(events[i].end, stored->end);
                QCOMPARE(events[i].timeZone, stored->timeZone);
                QCOMPARE(events[i].place, stored->place);
                QCOMPARE(events[i].area, stored->area);
                QCOMPARE(events[i].capacity, stored->capacity);
                QCOMPARE(events[i].groupId, stored->groupId);
                QCOMPARE(events[i].organizerIds, stored->organizerIds);
                QCOMPARE(events[i].status, stored->status);
            }
        }

        auto counted = m_events->countsOf({full, open, QStringLiteral("no-such-event")});
        QVERIFY(counted.ok());
        QCOMPARE(counted->size(), 2u);
        QCOMPARE(counted->at(full), m_events->counts(full));
        QCOMPARE(counted->at(open), m_events->counts(open));
        QVERIFY(m_events->countsOf({})->empty());

        QCOMPARE(m_events->eventOfRegistration(m_events->registrationIdOf(full, bob)), full);
        QVERIFY(m_events->eventOfRegistration(QStringLiteral("no-such-registration")).isEmpty());

        // A store that cannot answer is an error, not an empty list.
        QVERIFY(insert.exec(QStringLiteral("ALTER TABLE registration RENAME TO registration_gone")));
        QCOMPARE(m_events->listings(EventQuery {}).error().code, std::string("storage"));
        QCOMPARE(m_events->countsOf({full}).error().code, std::string("storage"));
        QCOMPARE(m_events->list(EventQuery {}).size(), 2u); // list() reads no registrations
    }

    // The door's roll of registrants, its statements prepared once and run again after changes.
    void theDoorRollFollowsCheckIns()
    {
        const QString e = event(0);
        const QString ana = person("Ana Alves", {{"area", std::string("North")}});
        const QString bob = person("Bob");
        QVERIFY(m_events->registerPerson(e, ana).ok());
        auto roll = m_events->doorRoll(e);
        QCOMPARE(roll->eventId(), e);
        auto registrants = roll->registrants();
        QVERIFY(registrants.ok());
        QCOMPARE(registrants->size(), 1u);
        QCOMPARE(registrants->at(0).personId, ana);
        QCOMPARE(registrants->at(0).name, QStringLiteral("Ana Alves"));
        QCOMPARE(registrants->at(0).area, QStringLiteral("North"));
        QCOMPARE(registrants->at(0).state, QStringLiteral("registered"));
        QVERIFY(!registrants->at(0).attended);

        QVERIFY(m_events->checkIn(e, ana).ok());
        QVERIFY(m_events->checkIn(e, bob).ok());
        auto states = roll->states();
        QVERIFY(states.ok());
        QCOMPARE(states->size(), 2u);
        for (const DoorRegistrant &state : *states) {
            QVERIFY(state.attended);
            QVERIFY(state.name.isEmpty()); // states only
        }
        QCOMPARE(roll->registrants()->size(), 2u); // run again, the same statement
        QVERIFY(m_events->doorRoll(QStringLiteral("no-such-event"))->registrants()->empty());

        QSqlQuery rename(m_store->database());
        QVERIFY(rename.exec(QStringLiteral("ALTER TABLE registration RENAME TO registration_gone")));
        QCOMPARE(roll->states().error().code, std::string("storage"));
        auto unprepared = m_events->doorRoll(e);
        QCOMPARE(unprepared->registrants().error().code, std::string("storage"));
        QCOMPARE(unprepared->states().error().code, std::string("storage"));
    }

    void registrationFillsSeatsThenTheWaitlist()
    {
        const QString e = event(2);
        const QString ana = person("Ana");
        const QString bo = person("Bo");
        const QString cy = person("Cy");
        QCOMPARE(*m_events->registerPerson(e, ana), QStringLiteral("registered"));
        m_clock.advanceMs(1000);
        QCOMPARE(*m_events->registerPerson(e, bo), QStringLiteral("registered"));
        m_clock.advanceMs(1000);
        QCOMPARE(*m_events->registerPerson(e, cy), QStringLiteral("waitlisted"));
        QCOMPARE(*m_events->registerPerson(e, cy), QStringLiteral("waitlisted")); // idempotent
        QCOMPARE(m_events->registration(e, cy)->waitlistPosition, 1);
        // An id of its own, which tells nothing of the event and person (version 7, time-ordered).
        const QString anaId = m_events->registration(e, ana)->id;
        QCOMPARE(anaId, m_events->registrationIdOf(e, ana));
        QCOMPARE(anaId.at(14), QLatin1Char('7'));

        const auto list = m_events->registrations(e);
        QCOMPARE(list.size(), 3u);
        QCOMPARE(list[0].personId, ana);
        QCOMPARE(list[2].personId, cy);
        QCOMPARE(list[2].waitlistPosition, 1);
        QCOMPARE(list[0].displayName, QStringLiteral("Ana"));

        QVERIFY(m_events->cancelRegistration(e, ana).ok());
        QCOMPARE(m_events->registration(e, ana)->state, QStringLiteral("cancelled"));
        QCOMPARE(m_events->cancelRegistration(e, ana).error().code, std::string("not_found"));
        QCOMPARE(m_events->registerPerson(e, QStringLiteral("nobody")).error().code, std::string("not_found"));

        const auto counts = m_events->counts(e);
        QCOMPARE(counts.expected, 1);
        QCOMPARE(counts.waitlisted, 1);
        QCOMPARE(counts.capacity, 2);
    }

    void checkInIsIdempotentUndoableAndNeverRefusedForCapacity()
    {
        const QString e = event(1);
        const QString ana = person("Ana");
        const QString bo = person("Bo");
        QVERIFY(m_events->registerPerson(e, ana).ok());
        QSignalSpy changed(m_store.get(), &LocalStore::tableChanged);

        auto first = m_events->checkIn(e, ana);
        QVERIFY(first.ok());
        QVERIFY(first->wasRegistered);
        QVERIFY(!first->alreadyCheckedIn);
        QVERIFY(!first->overCapacity);
        QVERIFY(changed.count() >= 1);
        m_clock.advanceMs(5000);
        auto again = m_events->checkIn(e, ana);
        QVERIFY(again->alreadyCheckedIn);
        auto r = m_events->registration(e, ana);
        QVERIFY(r->attended);
        QCOMPARE(r->checkedInAt, at(kStart)); // the earlier check-in stands
        QCOMPARE(r->checkedInBy, m_me);
        QCOMPARE(r->devices, QStringList {m_store->siteId()});
        QCOMPARE(r->history.size(), 1u);

        // Bo walks up unregistered; the room is full: recorded and flagged, never refused.
        auto full = m_events->checkIn(e, bo);
        QVERIFY(full.ok());
        QVERIFY(!full->wasRegistered);
        QVERIFY(full->overCapacity);
        auto counts = m_events->counts(e);
        QCOMPARE(counts.checkedIn, 2);
        QCOMPARE(counts.overCapacity, 1);

        QVERIFY(m_events->undoCheckIn(e, bo).ok());
        r = m_events->registration(e, bo);
        QVERIFY(!r->attended);
        QCOMPARE(r->history.size(), 1u);
        QVERIFY(r->history[0].undone); // visible, not erased
        QCOMPARE(m_events->undoCheckIn(e, bo).error().code, std::string("not_checked_in"));
        counts = m_events->counts(e);
        QCOMPARE(counts.checkedIn, 1);
        QCOMPARE(counts.overCapacity, 0);

        // Checked in again later: a second entry, the new time.
        m_clock.advanceMs(60'000);
        QVERIFY(m_events->checkIn(e, bo).ok());
        r = m_events->registration(e, bo);
        QVERIFY(r->attended);
        QCOMPARE(r->history.size(), 2u);
        QCOMPARE(r->checkedInAt, at(kStart + 65'000));

        QCOMPARE(m_events->checkIn(e, QStringLiteral("nobody")).error().code, std::string("not_found"));
        QCOMPARE(m_events->checkIn(QStringLiteral("no-event"), bo).error().code, std::string("not_found"));
    }

    void aPulledCheckInFromAnotherDoorJoinsTheUnsentOne()
    {
        const QString e = event(0);
        const QString ana = person("Ana");
        QVERIFY(m_events->checkIn(e, ana).ok()); // unsent
        const QString id = m_events->registrationIdOf(e, ana);
        // The daemon's copy, as another door checked Ana in a minute earlier.
        const std::string other = "2027-01-15T07:59:00.000Z|other-door|someone";
        protocol::PullResponse page;
        page.changes.push_back(protocol::Change {1, "registration", id.toStdString(),
            {{"event_id", e.toStdString()}, {"person_id", ana.toStdString()}, {"state", std::string("registered")},
                {"registered_at", std::string("2027-01-15T07:58:00.000Z")}, {"checkins", other},
                {"attended", std::int64_t(1)}, {"checked_in_at", std::string("2027-01-15T07:59:00.000Z")},
                {"device", std::string("other-door")}},
            false});
        page.cursor = "0.1";
        QVERIFY(m_store->applyPullPage(page).ok());
        // Shadow + unsent edit: both check-ins, the earliest time, both doors, as the daemon will say.
        const auto r = m_events->registration(e, ana);
        QCOMPARE(r->history.size(), 2u);
        QCOMPARE(r->checkedInAt, at(kStart - 60'000));
        QCOMPARE(r->checkedInBy, QStringLiteral("someone"));
        QStringList doors {QStringLiteral("other-door"), m_store->siteId()};
        doors.sort();
        QCOMPARE(r->devices, doors);
        // The outbox still sends only this door's own check-in.
        const auto pending = m_store->pendingMutations(100);
        const auto mine = std::find_if(
            pending.begin(), pending.end(), [&id](const protocol::Mutation &m) { return m.id == id.toStdString(); });
        QVERIFY(mine != pending.end());
        QCOMPARE(std::get<std::string>(mine->fields.at("checkins")).find("other-door"), std::string::npos);
        QVERIFY(!mine->fields.contains("attended"));
    }

    void theDoorFindsRegisteredPeopleFirstThenTheDirectory()
    {
        const QString e = event(0);
        const QString jose = person("José García", {{"area", std::string("North")}});
        const QString josefa = person("Josefa Ruiz", {{"area", std::string("South")}});
        const QString joseph = person("Joseph Arrived");
        person("Someone Else");
        QVERIFY(m_events->registerPerson(e, josefa).ok());
        QVERIFY(m_events->registerPerson(e, joseph).ok());
        QVERIFY(m_events->checkIn(e, joseph).ok());

        auto matches = m_events->searchAtDoor(e, QStringLiteral("jos"));
        QVERIFY(matches.ok());
        QCOMPARE(matches->size(), 3u);
        QCOMPARE(matches->at(0).personId, josefa); // registered, still to come
        QVERIFY(matches->at(0).registered);
        QCOMPARE(matches->at(1).personId, joseph); // registered, already in
        QVERIFY(matches->at(1).attended);
        QCOMPARE(matches->at(2).personId, jose); // the directory
        QVERIFY(!matches->at(2).registered);
        QCOMPARE(matches->at(2).detail, QStringLiteral("North"));

        matches = m_events->searchAtDoor(e, QStringLiteral("GARCÍA jo"));
        QCOMPARE(matches->size(), 1u);
        QCOMPARE(matches->at(0).personId, jose);
        QCOMPARE(m_events->searchAtDoor(e, QStringLiteral("jos"), 1)->size(), 1u);
        QCOMPARE(m_events->searchAtDoor(e, QString())->size(), 2u); // the registered only
        const auto registeredOnly = m_events->searchAtDoor(e, QStringLiteral("jos"), 20, DoorScope::Registered);
        QCOMPARE(registeredOnly->size(), 2u);
        QVERIFY(registeredOnly->at(0).registered && registeredOnly->at(1).registered);
        const auto directoryOnly = m_events->searchAtDoor(e, QStringLiteral("jos"), 20, DoorScope::Directory);
        QCOMPARE(directoryOnly->size(), 1u);
        QCOMPARE(directoryOnly->at(0).personId, jose);
        const auto list = m_events->registrations(e);
        const auto listed
            = std::find_if(list.begin(), list.end(), [&josefa](const Registration &r) { return r.personId == josefa; });
        QVERIFY(listed != list.end());
        QCOMPARE(listed->area, QStringLiteral("South"));
        QCOMPARE(m_events->registration(e, josefa)->area, QStringLiteral("South"));

        // Only leaders and organizers work the door.
        QVERIFY(m_store->setSetting("role", "member").ok());
        QVERIFY(m_store->setSetting("person_id", jose).ok());
        QCOMPARE(m_events->checkIn(e, jose).error().code, std::string("forbidden"));
        QCOMPARE(m_events->undoCheckIn(e, joseph).error().code, std::string("forbidden"));
        QCOMPARE(m_events->registerPerson(e, josefa).error().code, std::string("forbidden"));
        WalkInDetails walkIn;
        walkIn.displayName = QStringLiteral("Nobody");
        QCOMPARE(m_events->registerWalkIn(e, walkIn).error().code, std::string("forbidden"));
        QCOMPARE(*m_events->registerPerson(e), QStringLiteral("registered")); // themself
    }

    void walkInsNeedANameAndConsentForContactDetails()
    {
        const QString e = event(0);
        const int pending = m_store->pendingCount();
        WalkInDetails details;
        QCOMPARE(m_events->registerWalkIn(e, details).error().code, std::string("invalid_value"));
        details.displayName = QStringLiteral("  Nuevo   Vecino ");
        details.email = QStringLiteral("nuevo@example.org");
        QCOMPARE(m_events->registerWalkIn(e, details).error().code, std::string("consent"));
        QCOMPARE(m_store->pendingCount(), pending); // nothing saved

        details.consent = true;
        auto walkIn = m_events->registerWalkIn(e, details);
        QVERIFY(walkIn.ok());
        const auto personRow = m_store->row("person", walkIn->personId);
        QCOMPARE(personRow->at("display_name"), FieldValue {std::string("Nuevo Vecino")});
        QCOMPARE(personRow->at("email"), FieldValue {std::string("nuevo@example.org")});
        QCOMPARE(personRow->at("consent"), FieldValue {std::int64_t(1)});
        QCOMPARE(personRow->at("consent_at"), FieldValue {std::string("2027-01-15T08:00:00.000Z")});
        const auto r = m_events->registration(e, walkIn->personId);
        QVERIFY(r->walkIn);
        QVERIFY(r->attended);
        const auto counts = m_events->counts(e);
        QCOMPARE(counts.walkIns, 1);
        QCOMPARE(counts.checkedIn, 1);
        QCOMPARE(counts.expected, 0);

        WalkInDetails anonymous;
        anonymous.displayName = QStringLiteral("Only A Name");
        QVERIFY(m_events->registerWalkIn(e, anonymous).ok());
    }

    void theReportAndCsvCountRegisteredAttendedNoShowsAndWalkIns()
    {
        const QString e = event(0);
        const QString ana = person("Ana", {{"area", std::string("North")}});
        const QString bo = person("Bo, \"the\" neighbour", {{"area", std::string("South")}});
        const QString cy = person("Cy");
        for (const auto &p : {ana, bo, cy})
            QVERIFY(m_events->registerPerson(e, p).ok());
        QVERIFY(m_events->cancelRegistration(e, cy).ok());
        m_clock.advanceMs(3'600'000);
        QVERIFY(m_events->checkIn(e, ana).ok());
        WalkInDetails walkIn;
        walkIn.displayName = QStringLiteral("Dee Door");
        walkIn.area = QStringLiteral("North");
        QVERIFY(m_events->registerWalkIn(e, walkIn).ok());

        // Before the end there are no no-shows yet.
        QCOMPARE(m_events->report(e).noShow, 0);
        m_clock.advanceMs(4 * 3'600'000);
        const auto report = m_events->report(e);
        QCOMPARE(report.registered, 2);
        QCOMPARE(report.attended, 2);
        QCOMPARE(report.noShow, 1);
        QCOMPARE(report.walkIns, 1);
        QCOMPARE(report.cancelled, 1);
        QCOMPARE(report.byArea.size(), 3u);
        QCOMPARE(report.byArea[0].area, QStringLiteral("North"));
        QCOMPARE(report.byArea[0].attended, 2);
        QCOMPARE(report.byArea[0].walkIns, 1);
        QCOMPARE(report.byArea[1].area, QStringLiteral("South"));
        QCOMPARE(report.byArea[1].noShow, 1);
        QCOMPARE(report.byArea[2].area, QString()); // unknown last

        const auto csv = m_events->attendanceCsv(e);
        QVERIFY(csv.ok());
        const auto lines = csv->split('\n');
        QCOMPARE(lines[0], QByteArray("person_id,name,area,state,attended,no_show,walk_in,checked_in_at\r"));
        QVERIFY(csv->contains("\"Bo, \"\"the\"\" neighbour\",South,registered,0,1,0,\r\n"));
        QVERIFY(csv->contains(ana.toUtf8() + ",Ana,North,registered,1,0,0,2027-01-15T09:00:00.000Z\r\n"));
        QCOMPARE(m_events->attendanceCsv(QStringLiteral("missing")).error().code, std::string("not_found"));
    }

    void calendarsParseBackToTheSameEvents()
    {
        const QString e = event(25);
        EventInfo second;
        second.title
            = QStringLiteral("Long; comma, backslash\\ and a very long title that needs folding: ñandú ñandú ñandú");
        second.description = QStringLiteral("Line one\nLine two");
        second.start = at(kStart + 86'400'000);
        second.status = QStringLiteral("cancelled");
        auto secondId = m_events->create(second);
        QVERIFY(secondId.ok());
        QVERIFY(m_events->cancelEvent(*secondId).ok());
        EventQuery all;
        all.when = EventQuery::When::All;
        const auto events = m_events->list(all);

        for (bool subscription : {false, true}) {
            const QByteArray ics = subscription
                ? ICalendar::writeSubscription(events, QStringLiteral("Commonroom"), m_clock)
                : ICalendar::write(events, QStringLiteral("Commonroom"), m_clock);
            // Written now by the device's clock, not the machine's.
            const QByteArray stamp = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), QTimeZone::utc())
                                         .toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))
                                         .toUtf8();
            QVERIFY2(ics.contains("DTSTAMP:" + stamp + "\r\n"), ics.constData());
            for (const auto &line : ics.split('\n')) {
                QVERIFY2(line.size() <= 76, line.constData()); // 75 octets + CR
                QVERIFY(line.isEmpty() || line.endsWith('\r'));
            }
            QCOMPARE(ics.contains("REFRESH-INTERVAL;VALUE=DURATION:PT1H"), subscription);
            const auto parsed = ICalendar::parse(ics);
            QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().message.c_str());
            QCOMPARE(parsed->size(), events.size());
            for (std::size_t i = 0; i < events.size(); ++i) {
                const auto &a = events[i];
                const auto &b = parsed->at(i);
                QCOMPARE(b.id, a.id);
                QCOMPARE(b.title, a.title);
                QCOMPARE(b.description, a.description);
                QCOMPARE(b.start, a.start);
                QCOMPARE(b.end, a.end);
                QCOMPARE(b.place, a.place);
                QCOMPARE(b.area, a.area);
                QCOMPARE(b.timeZone, a.timeZone);
                QCOMPARE(b.capacity, a.capacity);
                QCOMPARE(b.status, a.status);
            }
        }
        QCOMPARE(ICalendar::foldLine(QByteArray(200, 'x')).split('\n').size(), 3);

        // Broken files say what is wrong.
        QCOMPARE(ICalendar::parse("hello").error().code, std::string("invalid_calendar"));
        QVERIFY(ICalendar::parse("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:tomorrow\r\n")
                    .error()
                    .message.find("Line 4")
            != std::string::npos);
        QVERIFY(
            !ICalendar::parse("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:no uid\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"));
        // Times with a zone are read as what they mean.
        const auto zoned = ICalendar::parse("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:z\r\nDTSTART;TZID=Europe/Madrid:"
                                            "20270115T100000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        QVERIFY(zoned.ok());
        QCOMPARE(zoned->at(0).start, at(kStart + 3'600'000)); // 10:00 in Madrid is 09:00 UTC
        Q_UNUSED(e);
    }

    void mergingDuplicatesKeepsEveryCheckInAndMembership()
    {
        const QString e = event(0);
        const QString keep = person("José García", {{"email", std::string("jose@example.org")}});
        const QString dup = person("Jose Garcia", {{"phone", std::string("600123456")}});
        auto group = m_store->createRow("group", {{"name", std::string("Tenants")}, {"kind", std::string("open")}});
        QVERIFY(group.ok());
        QVERIFY(m_store
                    ->createRow("membership",
                        {{"person_id", dup.toStdString()}, {"group_id", group->toStdString()},
                            {"state", std::string("active")}, {"role", std::string("member")}})
                    .ok());
        QVERIFY(m_events->checkIn(e, dup).ok());
        m_clock.advanceMs(1000);
        QVERIFY(m_events->checkIn(e, keep).ok());
        // The daemon flags the pair; here it arrives by a pull.
        const QString candidate = QString::fromStdString(newTestId());
        protocol::PullResponse page;
        page.changes.push_back(protocol::Change {1, "duplicate_candidate", candidate.toStdString(),
            {{"person_a", std::min(keep, dup).toStdString()}, {"person_b", std::max(keep, dup).toStdString()},
                {"reasons", std::string("name")}, {"state", std::string("open")}},
            false});
        page.cursor = "0.1";
        QVERIFY(m_store->applyPullPage(page).ok());

        Duplicates duplicates(*m_store);
        QCOMPARE(duplicates.candidates().size(), 1u);
        QCOMPARE(
            duplicates.merge(candidate, QStringLiteral("someone-else")).error().code, std::string("invalid_value"));
        QVERIFY(m_store->setSetting("role", "member").ok());
        QCOMPARE(duplicates.merge(candidate, keep).error().code, std::string("forbidden"));
        QVERIFY(m_store->setSetting("role", "leader").ok());

        QVERIFY(duplicates.merge(candidate, keep, {{"display_name", std::string("José García Pérez")}}).ok());
        QVERIFY(!m_store->row("person", dup));
        const auto kept = m_store->row("person", keep);
        QCOMPARE(kept->at("display_name"), FieldValue {std::string("José García Pérez")});
        QCOMPARE(kept->at("phone"), FieldValue {std::string("600123456")}); // only the duplicate had it
        QCOMPARE(kept->at("email"), FieldValue {std::string("jose@example.org")});
        const auto r = m_events->registration(e, keep);
        QVERIFY(r->attended);
        QCOMPARE(r->history.size(), 2u); // both check-ins, none lost
        QCOMPARE(r->checkedInAt, at(kStart)); // the duplicate's, earlier
        QVERIFY(!m_events->registration(e, dup));
        QCOMPARE(m_events->counts(e).checkedIn, 1);
        QSqlQuery memberships(m_store->database());
        QVERIFY(memberships.exec(QStringLiteral("SELECT person_id FROM membership")));
        QVERIFY(memberships.next());
        QCOMPARE(memberships.value(0).toString(), keep);

        const auto decided = duplicates.candidate(candidate);
        QCOMPARE(decided->state, QStringLiteral("merged"));
        QCOMPARE(decided->keptId, keep);
        QCOMPARE(decided->mergedBy, m_me);
        // Decided at the device's clock's time.
        QCOMPARE(decided->decidedAt, QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), QTimeZone::utc()));
        QCOMPARE(duplicates.candidateOf(dup, keep), std::optional<QString>(candidate));
        QCOMPARE(duplicates.candidates().size(), 0u);
        QCOMPARE(duplicates.candidates(true).size(), 1u);
        QCOMPARE(duplicates.merge(candidate, keep).error().code, std::string("decided"));
        QCOMPARE(duplicates.dismiss(candidate).error().code, std::string("decided"));
    }
};

QTEST_GUILESS_MAIN(TestEvents)
#include "tst_events.moc"
