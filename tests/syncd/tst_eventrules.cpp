// The daemon's event rules through SyncService: seats and waitlists settled as pushes arrive,
// over-capacity check-ins kept and flagged, check-in histories merged, registration rules, and
// duplicate candidates flagged for leaders (docs/events.md).

#include "ServiceFixture.h"

#include "syncd/DemoSeeder.h"
#include "syncd/DuplicateFinder.h"
#include "syncd/DuplicateScan.h"
#include "tests/TestIds.h"

#include "common/Hlc.h"

#include <QDateTime>
#include <QTest>

#include <map>

using namespace commonroom;
using namespace commonroom::syncd;

namespace {

std::string stored(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")).toStdString()
        + "Z";
}

std::string text(const FieldMap &fields, const std::string &name)
{
    const auto it = fields.find(name);
    return it == fields.end() ? std::string("<absent>") : toDisplayString(it->second);
}

// The id these tests give the registration of (event, person): one of its own, the same each time.
std::string registrationId(const std::string &event, const std::string &person)
{
    static std::map<std::pair<std::string, std::string>, std::string> ids;
    return ids.try_emplace({event, person}, newTestId()).first->second;
}

// One device of one person, numbering its own mutations.
struct ClientDevice
{
    ServiceFixture::Login login;
    std::int64_t mid = 0;

    Result<protocol::PushResponse> push(ServiceFixture &f, std::string table, std::string id, FieldMap fields,
        std::int64_t atMs = -1, bool deleted = false)
    {
        const std::uint64_t hlc = Hlc::pack(atMs >= 0 ? atMs : f.clock.nowMs(), 0);
        return f.service->push(login.principal,
            protocol::PushRequest {login.principal.deviceId, protocol::kProtocolVersion,
                {protocol::Mutation {++mid, std::move(table), std::move(id), std::move(fields), hlc, deleted}}});
    }
    // The code of the first rejection, "" when the push was accepted.
    std::string refusal(ServiceFixture &f, std::string table, std::string id, FieldMap fields, bool deleted = false)
    {
        const auto pushed = push(f, std::move(table), std::move(id), std::move(fields), -1, deleted);
        if (!pushed)
            return "push failed: " + pushed.error().message;
        return pushed->rejected.empty() ? std::string() : pushed->rejected.front().code;
    }
};

// The id of the duplicate pair of `a` and `b`, "" when none was flagged.
std::string pairOf(ServiceFixture &f, const std::string &a, const std::string &b)
{
    const auto found = DuplicateFinder::candidateOf(*f.store, a, b);
    return found ? found->id : std::string();
}

FieldMap row(ServiceFixture &f, const std::string &table, const std::string &id)
{
    const auto loaded = f.store->loadValues(*findTable(table), id);
    return loaded && !loaded->row.deleted ? loaded->row.values : FieldMap {};
}

} // namespace

class TestEventRules : public QObject
{
    Q_OBJECT

private:
    // A leader device and an event with `capacity`.
    std::string createEvent(ServiceFixture &f, ClientDevice &leader, std::int64_t capacity)
    {
        const std::string event = newTestId();
        const auto pushed = leader.push(f, "event", event,
            {{"title", std::string("Tenants' assembly")}, {"starts_at", stored(f.clock.nowMs() + 3'600'000)},
                {"capacity", capacity}});
        if (!pushed || !pushed->rejected.empty())
            qFatal("cannot create the event");
        return event;
    }

    std::string person(ServiceFixture &f, ClientDevice &leader, const std::string &name, FieldMap extra = {})
    {
        const std::string id = newTestId();
        extra["display_name"] = name;
        const auto pushed = leader.push(f, "person", id, extra);
        if (!pushed || !pushed->rejected.empty())
            qFatal("cannot create the person");
        return id;
    }

    Status registerAt(ServiceFixture &f, ClientDevice &device, const std::string &event, const std::string &personId,
        std::int64_t atMs, const std::string &state = "registered")
    {
        const auto pushed = device.push(f, "registration", registrationId(event, personId),
            {{"event_id", event}, {"person_id", personId}, {"state", state}, {"registered_at", stored(atMs)}}, atMs);
        if (!pushed)
            return pushed.error();
        if (!pushed->rejected.empty())
            return makeError(pushed->rejected.front().code, pushed->rejected.front().message);
        return {};
    }

    std::string stateOf(ServiceFixture &f, const std::string &event, const std::string &personId)
    {
        return text(row(f, "registration", registrationId(event, personId)), "state");
    }

private slots:
    void theWaitlistPromotesInRegistrationOrder()
    {
        ServiceFixture f;
        f.addAccount("lena@example.org", Role::Leader);
        ClientDevice leader {f.login("lena@example.org")};
        const std::string event = createEvent(f, leader, 2);
        std::vector<std::string> people;
        std::vector<ClientDevice> devices;
        for (const char *name : {"ana", "bo", "cy", "dee"}) {
            people.push_back(f.addAccount(std::string(name) + "@example.org", Role::Member));
            devices.push_back(ClientDevice {f.login(std::string(name) + "@example.org")});
        }
        // Each registers themself, one minute apart; each device thinks there is a seat.
        for (std::size_t i = 0; i < people.size(); ++i) {
            f.clock.advanceMs(60'000);
            QVERIFY(registerAt(f, devices[i], event, people[i], f.clock.nowMs()).ok());
        }
        QCOMPARE(stateOf(f, event, people[0]), "registered");
        QCOMPARE(stateOf(f, event, people[1]), "registered");
        QCOMPARE(stateOf(f, event, people[2]), "waitlisted");
        QCOMPARE(stateOf(f, event, people[3]), "waitlisted");

        // A cancellation promotes the first of the waitlist, not the last.
        QVERIFY(devices[0].push(f, "registration", registrationId(event, people[0]), {{"state", "cancelled"}}).ok());
        QCOMPARE(stateOf(f, event, people[0]), "cancelled");
        QCOMPARE(stateOf(f, event, people[2]), "registered");
        QCOMPARE(stateOf(f, event, people[3]), "waitlisted");

        // Registering again after cancelling goes to the back of the queue.
        f.clock.advanceMs(60'000);
        QVERIFY(registerAt(f, devices[0], event, people[0], f.clock.nowMs()).ok());
        QCOMPARE(stateOf(f, event, people[0]), "waitlisted");

        // The daemon's promotion reaches the devices of the people concerned.
        const auto pulled = f.service->pull(devices[2].login.principal, "", 500);
        QVERIFY(pulled.ok());
        bool seen = false;
        for (const auto &change : pulled->changes) {
            if (change.id == registrationId(event, people[2])) {
                QCOMPARE(text(change.fields, "state"), "registered");
                seen = true;
            }
        }
        QVERIFY(seen);
    }

    void aLateCancellationIsNotLostToTheDaemonsEarlierDecision()
    {
        ServiceFixture f;
        f.addAccount("lena@example.org", Role::Leader);
        ClientDevice leader {f.login("lena@example.org")};
        const std::string event = createEvent(f, leader, 1);
        const std::string ana = f.addAccount("ana@example.org", Role::Member);
        const std::string bo = f.addAccount("bo@example.org", Role::Member);
        ClientDevice anaPhone {f.login("ana@example.org")};
        ClientDevice boPhone {f.login("bo@example.org")};
        const std::int64_t start = f.clock.nowMs();
        QVERIFY(registerAt(f, anaPhone, event, ana, start).ok());
        f.clock.advanceMs(1000);
        QVERIFY(registerAt(f, boPhone, event, bo, start + 1000).ok());
        QCOMPARE(stateOf(f, event, bo), "waitlisted");
        // Bo cancelled offline before Ana's cancellation promoted him; his push arrives later.
        f.clock.advanceMs(10'000);
        QVERIFY(anaPhone.push(f, "registration", registrationId(event, ana), {{"state", "cancelled"}}).ok());
        QCOMPARE(stateOf(f, event, bo), "registered");
        QVERIFY(
            boPhone.push(f, "registration", registrationId(event, bo), {{"state", "cancelled"}}, start + 5000).ok());
        QCOMPARE(stateOf(f, event, bo), "cancelled");
    }

    void twoDevicesFillingTheLastSeatOfflineKeepTheFirstToReachTheDaemon_data()
    {
        QTest::addColumn<bool>("laterPushedFirst");
        QTest::newRow("earlier pushed first") << false;
        QTest::newRow("later pushed first") << true;
    }

    void twoDevicesFillingTheLastSeatOfflineKeepTheFirstToReachTheDaemon()
    {
        QFETCH(bool, laterPushedFirst);
        ServiceFixture f;
        f.addAccount("lena@example.org", Role::Leader);
        ClientDevice first {f.login("lena@example.org")};
        ClientDevice second {f.login("lena@example.org")};
        const std::string event = createEvent(f, first, 1);
        const std::string early = person(f, first, "Early Bird");
        const std::string late = person(f, first, "Late Comer");
        const std::int64_t t = f.clock.nowMs();
        f.clock.advanceMs(60'000); // both doors sync a minute later, one after the other
        const std::string &arrivesFirst = laterPushedFirst ? late : early;
        const std::string &arrivesSecond = laterPushedFirst ? early : late;
        QVERIFY(registerAt(
            f, laterPushedFirst ? second : first, event, arrivesFirst, laterPushedFirst ? t + 2000 : t + 1000)
                    .ok());
        QCOMPARE(stateOf(f, event, arrivesFirst), "registered");
        f.clock.advanceMs(1000);
        QVERIFY(registerAt(
            f, laterPushedFirst ? first : second, event, arrivesSecond, laterPushedFirst ? t + 1000 : t + 2000)
                    .ok());
        QCOMPARE(stateOf(f, event, arrivesFirst), "registered");
        QCOMPARE(stateOf(f, event, arrivesSecond), "waitlisted");
    }

    // A member's device may claim any registered_at (the year 2000, with an HLC of that time) or
    // none: the seat order is the daemon's time of receipt all the same.
    void aDatedRegistrationDoesNotJumpTheWaitlist_data()
    {
        QTest::addColumn<bool>("withoutTime");
        QTest::newRow("dated in the year 2000") << false;
        QTest::newRow("without registered_at") << true;
    }

    void aDatedRegistrationDoesNotJumpTheWaitlist()
    {
        QFETCH(bool, withoutTime);
        ServiceFixture f;
        f.addAccount("lena@example.org", Role::Leader);
        ClientDevice leader {f.login("lena@example.org")};
        const std::string event = createEvent(f, leader, 1);
        const std::string ana = f.addAccount("ana@example.org", Role::Member);
        const std::string bo = f.addAccount("bo@example.org", Role::Member);
        ClientDevice anaPhone {f.login("ana@example.org")};
        ClientDevice boPhone {f.login("bo@example.org")};
        QVERIFY(registerAt(f, anaPhone, event, ana, f.clock.nowMs()).ok());
        QCOMPARE(stateOf(f, event, ana), "registered");

        f.clock.advanceMs(60'000);
        const std::int64_t year2000 = 946'684'800'000;
        FieldMap queueJump {{"event_id", event}, {"person_id", bo}, {"state", std::string("registered")}};
        if (!withoutTime)
            queueJump["registered_at"] = stored(year2000);
        const auto pushed = boPhone.push(f, "registration", registrationId(event, bo), queueJump, year2000);
        QVERIFY(pushed.ok());
        QVERIFY(pushed->rejected.empty());
        QCOMPARE(stateOf(f, event, ana), "registered");
        QCOMPARE(stateOf(f, event, bo), "waitlisted");
        QCOMPARE(text(row(f, "registration", registrationId(event, bo)), "registered_at"), stored(f.clock.nowMs()));
        // Nor does an edit of the time afterwards move the registration.
        QVERIFY(boPhone.push(f, "registration", registrationId(event, bo), {{"registered_at", stored(year2000)}})
                    ->rejected.empty());
        QCOMPARE(stateOf(f, event, bo), "waitlisted");
        QCOMPARE(text(row(f, "registration", registrationId(event, bo)), "registered_at"), stored(f.clock.nowMs()));
    }

    // A door offline during a duplicate merge checks the duplicate in: the check-in lands on the
    // kept person's registration. One for a registration deleted otherwise comes back refused.
    void aCheckInForAMergedDuplicatesRegistrationIsKept()
    {
        ServiceFixture f;
        f.addAccount("lena@example.org", Role::Leader);
        ClientDevice office {f.login("lena@example.org")};
        ClientDevice door {f.login("lena@example.org")};
        const std::string kept = person(f, office, "Ana Pérez", {{"email", "ana@pueblo.org"}});
        const std::string duplicate = person(f, office, "Ana Perez", {{"email", "ana@pueblo.org"}});
        const std::string event = createEvent(f, office, 0);
        const std::string theirs = registrationId(event, duplicate);
        const std::string ours = registrationId(event, kept);
        QVERIFY(registerAt(f, office, event, duplicate, f.clock.nowMs()).ok());
        QVERIFY(registerAt(f, office, event, kept, f.clock.nowMs()).ok());
        // The merge, as Duplicates::merge pushes it.
        QCOMPARE(office.refusal(f, "person", duplicate, {{"merged_into", kept}}), "");
        QCOMPARE(office.refusal(f, "registration", theirs, {}, true), "");
        QCOMPARE(office.refusal(f, "person", duplicate, {}, true), "");

        const std::string token = stored(f.clock.nowMs() - 600'000) + "|" + door.login.principal.deviceId + "|x";
        QCOMPARE(door.refusal(
                     f, "registration", theirs, {{"event_id", event}, {"person_id", duplicate}, {"checkins", token}}),
            "");
        const auto keptRow = row(f, "registration", ours);
        QCOMPARE(text(keptRow, "checkins"), token);
        QCOMPARE(text(keptRow, "attended"), "1");
        QVERIFY(f.store->loadValues(*findTable("registration"), theirs)->row.deleted);

        // A registration deleted by an organizer has no successor: the check-in is refused.
        const std::string other = person(f, office, "Bea Quiroga");
        QVERIFY(registerAt(f, office, event, other, f.clock.nowMs()).ok());
        QCOMPARE(office.refusal(f, "registration", registrationId(event, other), {}, true), "");
        QCOMPARE(door.refusal(f, "registration", registrationId(event, other),
                     {{"event_id", event}, {"person_id", other}, {"checkins", token}}),
            "gone");
    }

    void overCapacityCheckInsAreKeptAndFlagged()
    {
        ServiceFixture f;
        f.addAccount("lena@example.org", Role::Leader);
        ClientDevice door {f.login("lena@example.org")};
        const std::string event = createEvent(f, door, 2);
        std::vector<std::string> people;
        for (int i = 0; i < 4; ++i)
            people.push_back(person(f, door, "Guest " + std::to_string(i)));
        // Someone registered but not yet here holds no seat once the room is full.
        QVERIFY(registerAt(f, door, event, people[3], f.clock.nowMs()).ok());
        for (int i = 0; i < 3; ++i) {
            f.clock.advanceMs(1000);
            const std::string token = stored(f.clock.nowMs()) + "|" + door.login.principal.deviceId + "|x";
            const auto pushed = door.push(f, "registration", registrationId(event, people[i]),
                {{"event_id", event}, {"person_id", people[i]}, {"state", "registered"},
                    {"registered_at", stored(f.clock.nowMs())}, {"checkins", token}});
            QVERIFY(pushed.ok());
            QVERIFY(pushed->rejected.empty());
        }
        for (int i = 0; i < 3; ++i) {
            const auto values = row(f, "registration", registrationId(event, people[i]));
            QCOMPARE(text(values, "attended"), "1");
            QCOMPARE(text(values, "over_capacity"), i < 2 ? "0" : "1");
        }
        QCOMPARE(stateOf(f, event, people[3]), "waitlisted");
    }

    void checkInsFromTwoDevicesMergeAndAnUndoRetractsOnlyWhatItSaw()
    {
        ServiceFixture f;
        f.addAccount("lena@example.org", Role::Leader);
        ClientDevice laptopA {f.login("lena@example.org")};
        ClientDevice laptopB {f.login("lena@example.org")};
        const std::string event = createEvent(f, laptopA, 0);
        const std::string guest = person(f, laptopA, "Guest");
        const std::string id = registrationId(event, guest);
        const std::int64_t t = f.clock.nowMs();
        const std::string byA = stored(t + 5000) + "|" + laptopA.login.principal.deviceId + "|p1";
        const std::string byB = stored(t + 1000) + "|" + laptopB.login.principal.deviceId + "|p2";
        const FieldMap base {
            {"event_id", event}, {"person_id", guest}, {"state", "registered"}, {"registered_at", stored(t)}};
        FieldMap fromA = base;
        fromA["checkins"] = byA;
        FieldMap fromB = base;
        fromB["checkins"] = byB;
        QVERIFY(laptopA.push(f, "registration", id, fromA, t + 5000)->rejected.empty());
        QVERIFY(laptopB.push(f, "registration", id, fromB, t + 1000)->rejected.empty());
        auto values = row(f, "registration", id);
        QCOMPARE(text(values, "attended"), "1");
        QCOMPARE(text(values, "checked_in_at"), stored(t + 1000)); // the earliest kept
        QCOMPARE(text(values, "checked_in_by"), "p2");
        const std::string both = std::min(laptopA.login.principal.deviceId, laptopB.login.principal.deviceId) + " "
            + std::max(laptopA.login.principal.deviceId, laptopB.login.principal.deviceId);
        QCOMPARE(text(values, "device"), both);
        QCOMPARE(text(values, "checkins"), byB < byA ? byB + "\n" + byA : byA + "\n" + byB);

        // B undoes its own check-in, later than A's: A's stands, visibly.
        QVERIFY(laptopB.push(f, "registration", id, {{"undone", byB}}, t + 9000)->rejected.empty());
        values = row(f, "registration", id);
        QCOMPARE(text(values, "attended"), "1");
        QCOMPARE(text(values, "checked_in_at"), stored(t + 5000));
        QCOMPARE(text(values, "device"), laptopA.login.principal.deviceId);
        // A undoes what it knows (both): the person is no longer checked in anywhere.
        QVERIFY(laptopA.push(f, "registration", id, {{"undone", byA + "\n" + byB}}, t + 9500)->rejected.empty());
        values = row(f, "registration", id);
        QCOMPARE(text(values, "attended"), "0");
        QCOMPARE(text(values, "checked_in_at"), "");
        QCOMPARE(text(values, "checkins"), byB < byA ? byB + "\n" + byA : byA + "\n" + byB); // history kept
    }

    void registrationsFollowTheRules()
    {
        ServiceFixture f;
        f.addAccount("lena@example.org", Role::Leader);
        ClientDevice leader {f.login("lena@example.org")};
        const std::string event = createEvent(f, leader, 0);
        const std::string ana = f.addAccount("ana@example.org", Role::Member);
        const std::string bo = f.addAccount("bo@example.org", Role::Member);
        ClientDevice anaPhone {f.login("ana@example.org")};
        const std::string now = stored(f.clock.nowMs());
        const FieldMap own {{"event_id", event}, {"person_id", ana}, {"state", "registered"}, {"registered_at", now}};

        FieldMap forBo = own;
        forBo["person_id"] = bo;
        QCOMPARE(anaPhone.refusal(f, "registration", registrationId(event, bo), forBo), "forbidden");
        FieldMap checkingIn = own;
        checkingIn["checkins"] = now + "|" + anaPhone.login.principal.deviceId + "|" + ana;
        QCOMPARE(anaPhone.refusal(f, "registration", registrationId(event, ana), checkingIn), "forbidden");
        FieldMap derived = own;
        derived["attended"] = std::int64_t(1);
        QCOMPARE(anaPhone.refusal(f, "registration", registrationId(event, ana), derived), "forbidden");
        FieldMap unknownEvent = own;
        unknownEvent["event_id"] = newTestId();
        QCOMPARE(anaPhone.refusal(f, "registration",
                     registrationId(std::get<std::string>(unknownEvent["event_id"]), ana), unknownEvent),
            "invalid_reference");
        // None of it was stored.
        QVERIFY(f.store->liveIdsWhere(*findTable("registration"), "event_id", event).empty());

        QCOMPARE(anaPhone.refusal(f, "registration", registrationId(event, ana), own), "");
        // A second registration of the same person (another offline device of theirs) joins the
        // first: one per event and person, and the second id is only a tombstone.
        const std::string second = newTestId();
        QCOMPARE(anaPhone.refusal(f, "registration", second, own), "");
        QCOMPARE(f.store->liveIdsWhere(*findTable("registration"), "event_id", event),
            std::vector<std::string> {registrationId(event, ana)});
        QVERIFY(f.store->loadValues(*findTable("registration"), second)->row.deleted);
        QCOMPARE(anaPhone.refusal(f, "registration", second, {{"state", "cancelled"}}), "");
        QCOMPARE(text(row(f, "registration", registrationId(event, ana)), "state"), "cancelled");
        // A registration stays with its person.
        QCOMPARE(anaPhone.refusal(f, "registration", registrationId(event, ana), {{"person_id", bo}}), "forbidden");
        // Members do not create events or bad times.
        QCOMPARE(anaPhone.refusal(f, "event", newTestId(), {{"title", "Mine"}, {"starts_at", now}}), "forbidden");
        QCOMPARE(
            leader.refusal(f, "event", newTestId(), {{"title", "Bad"}, {"starts_at", "tomorrow"}}), "invalid_value");
        QCOMPARE(leader.refusal(f, "event", newTestId(),
                     {{"title", "Backwards"}, {"starts_at", now}, {"ends_at", stored(f.clock.nowMs() - 1000)}}),
            "invalid_value");
    }

    void organizersManageTheirEventAndItsDoor()
    {
        ServiceFixture f;
        f.addAccount("lena@example.org", Role::Leader);
        ClientDevice leader {f.login("lena@example.org")};
        const std::string org = f.addAccount("org@example.org", Role::Member);
        const std::string guest = f.addAccount("guest@example.org", Role::Member);
        ClientDevice organizer {f.login("org@example.org")};
        const std::string event = newTestId();
        QVERIFY(
            leader
                .push(f, "event", event,
                    {{"title", std::string("Picnic")}, {"starts_at", stored(f.clock.nowMs())}, {"organizer_ids", org}})
                ->rejected.empty());
        QCOMPARE(organizer.refusal(f, "event", event, {{"place", "The park"}}), "");
        const std::string token = stored(f.clock.nowMs()) + "|" + organizer.login.principal.deviceId + "|" + org;
        QCOMPARE(organizer.refusal(f, "registration", registrationId(event, guest),
                     {{"event_id", event}, {"person_id", guest}, {"state", "registered"},
                         {"registered_at", stored(f.clock.nowMs())}, {"checkins", token}}),
            "");
        QCOMPARE(text(row(f, "registration", registrationId(event, guest)), "attended"), "1");
        // Another event is not theirs.
        const std::string other = createEvent(f, leader, 0);
        QCOMPARE(organizer.refusal(f, "event", other, {{"place", "Elsewhere"}}), "forbidden");
    }

    void likelyDuplicatesAreFlaggedOnceForLeadersOnly()
    {
        ServiceFixture f;
        f.addAccount("lena@example.org", Role::Leader);
        f.addAccount("ana@example.org", Role::Member);
        ClientDevice laptopA {f.login("lena@example.org")};
        ClientDevice laptopB {f.login("lena@example.org")};
        ClientDevice member {f.login("ana@example.org")};
        // The same walk-in typed at two doors, and an existing member with the same phone.
        const std::string first = person(f, laptopA, "José García", {{"email", "Jose@Example.org "}});
        const std::string second = person(f, laptopB, "garcia, jose", {{"email", "jose@example.org"}});
        const std::string third = person(f, laptopB, "Pepe", {{"phone", "+34 600 12 34 56"}});
        const std::string fourth = person(f, laptopA, "Zoe Other", {{"phone", "600123456"}});
        const std::string unrelated = person(f, laptopA, "Maria Lopez");

        const auto pair = f.store->loadValues(*findTable("duplicate_candidate"), pairOf(f, first, second));
        QVERIFY(pair);
        QCOMPARE(text(pair->row.values, "reasons"), "email name");
        QCOMPARE(text(pair->row.values, "score"), "1000");
        QCOMPARE(text(pair->row.values, "names_alike"), "100");
        QCOMPARE(text(pair->row.values, "state"), "open");
        QCOMPARE(text(pair->row.values, "person_a"), std::min(first, second));
        const auto byPhone = f.store->loadValues(*findTable("duplicate_candidate"), pairOf(f, third, fourth));
        QVERIFY(byPhone);
        QCOMPARE(text(byPhone->row.values, "reasons"), "phone");
        // A household's shared phone with another name: flagged, but scored unlikely.
        QVERIFY(std::stoi(text(byPhone->row.values, "score")) < 100);
        std::size_t candidates = 0;
        f.store->forEachLiveRow(
            *findTable("duplicate_candidate"), [&](const std::string &, const FieldMap &) { ++candidates; });
        QCOMPARE(candidates, 2u);
        Q_UNUSED(unrelated);

        // Leaders receive candidates; members never do.
        const auto leaderPull = f.service->pull(laptopA.login.principal, "", 1000);
        const auto memberPull = f.service->pull(member.login.principal, "", 1000);
        const auto countCandidates = [](const protocol::PullResponse &pull) {
            return std::count_if(pull.changes.begin(), pull.changes.end(),
                [](const protocol::Change &change) { return change.table == "duplicate_candidate"; });
        };
        QCOMPARE(countCandidates(*leaderPull), 2);
        QCOMPARE(countCandidates(*memberPull), 0);

        // A dismissed pair is not flagged again when one of them changes.
        const std::string pairId = pairOf(f, third, fourth);
        QCOMPARE(laptopA.refusal(f, "duplicate_candidate", pairId, {{"state", "dismissed"}}), "");
        QCOMPARE(laptopA.refusal(f, "person", third, {{"phone", "+34 600 123 456"}}), "");
        QCOMPARE(text(row(f, "duplicate_candidate", pairId), "state"), "dismissed");
        // Clients do not make candidates up.
        QCOMPARE(laptopA.refusal(f, "duplicate_candidate", newTestId(), {{"person_a", first}, {"person_b", third}}),
            "forbidden");
    }

    // The scan of the whole directory flags what the push-time keys miss, with its score, once.
    void theScanFlagsAlikePeopleOnceAndLeavesDecidedPairs()
    {
        ServiceFixture f;
        f.addAccount("lena@example.org", Role::Leader);
        ClientDevice leader {f.login("lena@example.org")};
        const FieldMap lisboa {{"area", std::string("Lisboa")}};
        const auto in = [](FieldMap fields, const std::string &name, const std::string &value) {
            fields[name] = value;
            return fields;
        };
        // A misspelt name and a tagged address: no exact key in common.
        const std::string agnieszka
            = person(f, leader, "Agnieszka Dąbrowska", in(lisboa, "email", "agnieszka@example.org"));
        const std::string typo
            = person(f, leader, "Agneszka Dabrowska", in(lisboa, "email", "Agnieszka+club@example.org"));
        // A name in its own script and in Latin letters, the phone written otherwise.
        const std::string cyrillic = person(f, leader, "Александр Иванов", in(lisboa, "phone", "+351 912 345 678"));
        const std::string latin = person(f, leader, "Aleksandr Ivanov", in(lisboa, "phone", "912345678"));
        // Look-alikes who are two people: alike names, different addresses.
        const std::string anaOne = person(f, leader, "Ana Garcia", in(lisboa, "email", "ana.g@example.org"));
        const std::string anaTwo = person(f, leader, "Ana Garcias", in(lisboa, "email", "anagarcias@example.org"));
        QVERIFY(pairOf(f, agnieszka, typo).empty());
        QVERIFY(!pairOf(f, cyrillic, latin).empty()); // by the phone, at the push

        // A daemon stopping while the scan compares: nothing is written.
        std::stop_source stopping;
        stopping.request_stop();
        QCOMPARE(DuplicateScan::run(*f.service, DuplicateScan::kDefaultThreshold, stopping.get_token()).flagged, 0u);
        QVERIFY(pairOf(f, agnieszka, typo).empty());

        const auto first = DuplicateScan::run(*f.service);
        QCOMPARE(first.people, 7u); // the leader too
        QCOMPARE(first.pairs, 2u);
        QCOMPARE(first.flagged, 1u);
        const std::string found = pairOf(f, agnieszka, typo);
        QVERIFY(!found.empty());
        const FieldMap pair = row(f, "duplicate_candidate", found);
        QCOMPARE(text(pair, "reasons"), "area email");
        QCOMPARE(text(pair, "state"), "open");
        QVERIFY(std::stoi(text(pair, "score")) >= 990);
        QVERIFY(std::stoi(text(pair, "names_alike")) >= 90);
        QVERIFY(std::stoi(text(row(f, "duplicate_candidate", pairOf(f, cyrillic, latin)), "score")) >= 990);
        QVERIFY(pairOf(f, anaOne, anaTwo).empty());

        // Again: nothing new.
        const auto second = DuplicateScan::run(*f.service);
        QCOMPARE(second.pairs, 2u);
        QCOMPARE(second.flagged, 0u);
        QCOMPARE(second.known, 2u);

        // A pair a leader dismissed stays dismissed; the change reaches leaders' devices.
        QCOMPARE(leader.refusal(f, "duplicate_candidate", found, {{"state", "dismissed"}}), "");
        const auto third = DuplicateScan::run(*f.service);
        QCOMPARE(third.flagged, 0u);
        QCOMPARE(third.known, 2u);
        QCOMPARE(text(row(f, "duplicate_candidate", found), "state"), "dismissed");
        const auto pulled = f.service->pull(leader.login.principal, "", 1000);
        QVERIFY(pulled);
        QVERIFY(std::any_of(pulled->changes.begin(), pulled->changes.end(),
            [&](const protocol::Change &change) { return change.id == found && change.fields.contains("score"); }));
    }

    void longerNamesMatchTheirShortForms()
    {
        ServiceFixture f;
        f.addAccount("lena@example.org", Role::Leader);
        ClientDevice leader {f.login("lena@example.org")};
        const std::string full = person(f, leader, "José Luis García Pérez");
        const std::string shortForm = person(f, leader, "Jose Garcia");
        const std::string otherShort = person(f, leader, "jose pérez");
        const std::string unrelated = person(f, leader, "Luis Pérez");
        const auto flagged = [&](const std::string &a, const std::string &b) {
            return !pairOf(f, a, b).empty();
        };
        QVERIFY(flagged(full, shortForm));
        QVERIFY(flagged(full, otherShort));
        QVERIFY(!flagged(full, unrelated));
        QVERIFY(!flagged(shortForm, otherShort));
        const std::string middle = person(f, leader, "José Luis");
        QVERIFY(flagged(full, middle));
    }

    void aLeaderDeletesAPersonOnlyAsAMergedDuplicate()
    {
        ServiceFixture f;
        f.addAccount("lena@example.org", Role::Leader);
        ClientDevice leader {f.login("lena@example.org")};
        const std::string kept = person(f, leader, "Ana Pérez", {{"email", "ana@pueblo.org"}});
        const std::string duplicate = person(f, leader, "Ana Perez", {{"email", "ana@pueblo.org"}});
        const std::string stranger = person(f, leader, "Someone Else");

        QCOMPARE(leader.refusal(f, "person", stranger, {}, true), "forbidden");
        QCOMPARE(leader.refusal(f, "person", stranger, {{"merged_into", kept}}), "forbidden"); // not a flagged pair
        QCOMPARE(leader.refusal(f, "person", stranger, {}, true), "forbidden");
        // Check-ins are never deleted, except as part of a merge that carried them over.
        const std::string event = createEvent(f, leader, 0);
        const std::string token = stored(f.clock.nowMs()) + "|" + leader.login.principal.deviceId + "|x";
        const FieldMap checkedIn {{"event_id", event}, {"person_id", duplicate}, {"state", "registered"},
            {"registered_at", stored(f.clock.nowMs())}, {"checkins", token}};
        const std::string theirs = registrationId(event, duplicate);
        QCOMPARE(leader.refusal(f, "registration", theirs, checkedIn), "");
        QCOMPARE(leader.refusal(f, "registration", theirs, {}, true), "forbidden");
        QCOMPARE(leader.refusal(f, "person", duplicate, {{"merged_into", kept}}), "");
        QCOMPARE(leader.refusal(f, "registration", theirs, {}, true), "forbidden"); // not carried over yet
        FieldMap carried = checkedIn;
        carried["person_id"] = kept;
        QCOMPARE(leader.refusal(f, "registration", registrationId(event, kept), carried), "");
        QCOMPARE(leader.refusal(f, "registration", theirs, {}, true), "");
        QCOMPARE(leader.refusal(f, "person", duplicate, {}, true), "");
        QVERIFY(f.store->loadValues(*findTable("person"), duplicate)->row.deleted);
        QVERIFY(!f.store->loadValues(*findTable("person"), stranger)->row.deleted);
    }

    void theDemoCommunityHasSettledEventsSeededOnce()
    {
        ServiceFixture f;
        DemoSeeder seeder(*f.store, *f.service, f.clock);
        const auto first = seeder.run(30, "harbour-lights-demo");
        QVERIFY(first.ok());
        QCOMPARE(first->events, 4u);
        std::map<std::string, std::string> byTitle;
        f.store->forEachLiveRow(*findTable("event"),
            [&](const std::string &id, const FieldMap &values) { byTitle[text(values, "title")] = id; });
        QCOMPARE(byTitle.size(), 4u);
        std::map<std::string, int> workshop;
        for (const auto &id :
            f.store->liveIdsWhere(*findTable("registration"), "event_id", byTitle.at("Organizing 101 workshop")))
            ++workshop[text(row(f, "registration", id), "state")];
        QCOMPARE(workshop["registered"], 8); // its capacity
        QCOMPARE(workshop["waitlisted"], 4);
        int attended = 0;
        int walkIns = 0;
        for (const auto &id :
            f.store->liveIdsWhere(*findTable("registration"), "event_id", byTitle.at("Neighbourhood clean-up"))) {
            const auto values = row(f, "registration", id);
            attended += text(values, "attended") == "1";
            walkIns += text(values, "walk_in") == "1";
        }
        QCOMPARE(attended, 13); // 12 of the 16 registered, and a walk-in
        QCOMPARE(walkIns, 1);
        const auto again = seeder.run(30, "harbour-lights-demo");
        QVERIFY(again.ok());
        QCOMPARE(again->events, 0u);
    }
};

QTEST_GUILESS_MAIN(TestEventRules)
#include "tst_eventrules.moc"
