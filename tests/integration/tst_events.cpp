// Offline check-in at one door with several laptops, through a real commonroom-syncd: three
// devices go offline, check in overlapping sets of people, register walk-ins (the same new person
// on two of them), undo some check-ins, and sync in random orders. Afterwards there is one
// attendance per person, every check-in is there, the duplicate walk-in is flagged, capacity
// holds, and every device counts the same. Also: waitlist promotion reaching a member's device,
// merging the flagged duplicate, and the command line.

#include "CliProcess.h"
#include "SyncdProcess.h"
#include "TestClient.h"

#include "desktop/core/Duplicates.h"
#include "desktop/core/Events.h"
#include "desktop/core/ICalendar.h"

#include "common/Uuid.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <numeric>
#include <random>
#include <set>

using namespace commonroom;

namespace {

QStringList column(LocalStore &store, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery query(store.database());
    query.prepare(sql);
    for (const auto &bind : binds)
        query.addBindValue(bind);
    QStringList values;
    if (query.exec()) {
        while (query.next())
            values << query.value(0).toString();
    }
    return values;
}

// The registrations of an event as a device holds them, for comparing devices.
std::map<QString, FieldMap> registrationsOf(TestClient &client, const QString &eventId)
{
    std::map<QString, FieldMap> rows;
    for (const auto &id :
        column(client.store(), QStringLiteral("SELECT id FROM registration WHERE event_id = ?"), {eventId}))
        rows[id] = *client.store().row(QStringLiteral("registration"), id);
    return rows;
}

bool sameCounts(const AttendanceCounts &a, const AttendanceCounts &b)
{
    return a.expected == b.expected && a.checkedIn == b.checkedIn && a.walkIns == b.walkIns
        && a.waitlisted == b.waitlisted && a.capacity == b.capacity && a.overCapacity == b.overCapacity;
}

} // namespace

class TestEvents : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void threeOfflineDoorsMergeWithoutDuplicatesOrLostCheckIns_data()
    {
        QTest::addColumn<unsigned>("seed");
        for (unsigned seed : {3u, 1234u, 2026u})
            QTest::addRow("seed %u", seed) << seed;
    }

    void threeOfflineDoorsMergeWithoutDuplicatesOrLostCheckIns()
    {
        QFETCH(unsigned, seed);
        std::mt19937 random(seed);
        SyncdProcess daemon;
        QVERIFY2(daemon.start(40), qPrintable(daemon.error()));

        // The organizer sets the event up while online: capacity 12, 16 people registered.
        TestClient organizer;
        QVERIFY(organizer.login(daemon, QStringLiteral("leader@example.org"), SyncdProcess::kDemoPassword));
        QVERIFY(organizer.sync().ok());
        Events &organizing = organizer.device().events();
        EventInfo info;
        info.title = QStringLiteral("Neighbourhood assembly");
        info.start = QDateTime::currentDateTimeUtc().addSecs(-600);
        info.end = info.start.addSecs(3 * 3600);
        info.capacity = 12;
        info.timeZone = QStringLiteral("Europe/Lisbon");
        const auto eventId = organizing.create(info);
        QVERIFY(eventId.ok());
        QStringList people = column(organizer.store(),
            QStringLiteral("SELECT id FROM person WHERE display_name IS NOT NULL AND id != ? ORDER BY id"),
            {organizer.personId()});
        QVERIFY(people.size() >= 30);
        std::shuffle(people.begin(), people.end(), random);
        const QStringList registered = people.mid(0, 16);
        const QStringList strangers = people.mid(16, 10);
        for (const auto &person : registered)
            QVERIFY(organizing.registerPerson(*eventId, person).ok());
        QVERIFY(organizer.sync().ok());
        QCOMPARE(organizing.counts(*eventId).expected, 12);
        QCOMPARE(organizing.counts(*eventId).waitlisted, 4);

        // Three laptops at the door sync once, then lose the network.
        const QString accounts[] = {QStringLiteral("leader@example.org"), QStringLiteral("leader@example.org"),
            QStringLiteral("admin@example.org")};
        std::vector<std::unique_ptr<TestClient>> doors;
        for (const auto &account : accounts) {
            doors.push_back(std::make_unique<TestClient>());
            QVERIFY(doors.back()->login(daemon, account, SyncdProcess::kDemoPassword));
            QVERIFY(doors.back()->sync().ok());
        }

        // Offline: overlapping check-ins (registered people and a few who never registered).
        QStringList pool = registered.mid(0, 14) + strangers.mid(0, 4);
        std::set<QString> checkedIn;
        std::map<QString, std::set<QString>> devicesOf; // person -> devices that checked them in
        for (auto &door : doors) {
            Events &events = door->device().events();
            QStringList mine = pool;
            std::shuffle(mine.begin(), mine.end(), random);
            mine = mine.mid(0, 9);
            for (const auto &person : mine) {
                const auto outcome = events.checkIn(*eventId, person);
                QVERIFY2(outcome.ok(), outcome.ok() ? "" : outcome.error().message.c_str());
                checkedIn.insert(person);
                devicesOf[person].insert(door->store().siteId());
            }
        }
        // A check-in undone on the device that made it; another device's check-in of the same person
        // stands (the undo only retracts what its device had seen).
        const QString undoneHere = *checkedIn.begin();
        Events &firstDoor = doors[0]->device().events();
        Events &secondDoor = doors[1]->device().events();
        if (!firstDoor.registration(*eventId, undoneHere) || !firstDoor.registration(*eventId, undoneHere)->attended)
            QVERIFY(firstDoor.checkIn(*eventId, undoneHere).ok());
        if (!secondDoor.registration(*eventId, undoneHere) || !secondDoor.registration(*eventId, undoneHere)->attended)
            QVERIFY(secondDoor.checkIn(*eventId, undoneHere).ok());
        devicesOf[undoneHere].insert(doors[1]->store().siteId());
        QVERIFY(firstDoor.undoCheckIn(*eventId, undoneHere).ok());
        devicesOf[undoneHere].erase(doors[0]->store().siteId());
        checkedIn.insert(undoneHere);

        // Walk-ins: each door registers its own, and the same new person arrives at two doors.
        std::vector<QString> walkIns;
        for (std::size_t i = 0; i < doors.size(); ++i) {
            Events &events = doors[i]->device().events();
            WalkInDetails details;
            details.displayName = QStringLiteral("Walk-in %1 of seed %2").arg(i).arg(seed);
            const auto walkIn = events.registerWalkIn(*eventId, details);
            QVERIFY(walkIn.ok());
            walkIns.push_back(walkIn->personId);
        }
        WalkInDetails twice;
        twice.displayName = QStringLiteral("Ximena Núñez");
        twice.email = QStringLiteral("ximena.%1@example.org").arg(seed);
        twice.consent = true;
        const auto atFirst = doors[0]->device().events().registerWalkIn(*eventId, twice);
        twice.displayName = QStringLiteral("ximena nunez"); // typed differently at the other door
        twice.email = twice.email.toUpper();
        const auto atThird = doors[2]->device().events().registerWalkIn(*eventId, twice);
        QVERIFY(atFirst.ok() && atThird.ok());
        walkIns.push_back(atFirst->personId);
        walkIns.push_back(atThird->personId);

        // Back online, in random orders, twice round so every device sees everything.
        std::vector<std::size_t> order(doors.size());
        std::iota(order.begin(), order.end(), 0);
        for (int round = 0; round < 2; ++round) {
            std::shuffle(order.begin(), order.end(), random);
            for (auto i : order) {
                const auto result = doors[i]->sync();
                QVERIFY2(result.ok(), qPrintable(result.message));
                QCOMPARE(doors[i]->store().syncProblems().size(), 0u);
            }
        }
        QVERIFY(organizer.sync().ok());

        std::vector<TestClient *> everyone {&organizer};
        for (auto &door : doors)
            everyone.push_back(door.get());
        const auto reference = registrationsOf(organizer, *eventId);
        const AttendanceCounts counts = organizer.device().events().counts(*eventId);
        for (auto *device : everyone) {
            LocalStore &store = device->store();
            Events &events = device->device().events();
            // One attendance per person per event.
            QVERIFY(column(store,
                QStringLiteral("SELECT person_id FROM registration WHERE event_id = ? GROUP BY person_id "
                               "HAVING count(*) > 1"),
                {*eventId})
                        .isEmpty());
            // Every check-in is there, with every device that made one.
            for (const auto &person : checkedIn) {
                const auto r = events.registration(*eventId, person);
                QVERIFY(r);
                QVERIFY2(r->attended, qPrintable(person));
                QStringList expected;
                for (const auto &site : devicesOf[person])
                    expected << site;
                expected.sort();
                QCOMPARE(r->devices, expected);
            }
            for (const auto &person : walkIns) {
                const auto r = events.registration(*eventId, person);
                QVERIFY(r && r->attended && r->walkIn);
            }
            // The undone check-in is visible in the history, not erased.
            const auto history = events.registration(*eventId, undoneHere)->history;
            QVERIFY(std::any_of(history.begin(), history.end(), [](const CheckInEntry &e) { return e.undone; }));
            // The same counts everywhere; nobody lost; capacity holds for the seats not yet taken.
            QVERIFY(sameCounts(events.counts(*eventId), counts));
            QCOMPARE(registrationsOf(*device, *eventId), reference);
        }
        QCOMPARE(counts.checkedIn, int(checkedIn.size() + walkIns.size()));
        QCOMPARE(counts.walkIns, int(walkIns.size()));
        int seated = 0;
        int flagged = 0;
        for (const auto &[id, row] : reference) {
            const bool attended = row.at("attended") == FieldValue {std::int64_t(1)};
            const bool over = row.at("over_capacity") == FieldValue {std::int64_t(1)};
            const bool holdsSeat = row.at("state") == FieldValue {std::string("registered")};
            seated += holdsSeat && !over ? 1 : 0;
            flagged += over ? 1 : 0;
            QVERIFY(!over || attended); // only people who came are ever beyond the capacity
        }
        QVERIFY2(seated <= info.capacity, qPrintable(QStringLiteral("%1 seats taken").arg(seated)));
        QCOMPARE(flagged, std::max(0, counts.checkedIn - info.capacity));
        QCOMPARE(counts.overCapacity, flagged);

        // The same new person twice is flagged once, for leaders, on every door.
        const auto walkInPair = doors[0]->device().duplicates().candidateOf(atFirst->personId, atThird->personId);
        QVERIFY(walkInPair);
        const QString pair = *walkInPair;
        for (auto &door : doors) {
            const auto candidate = door->device().duplicates().candidate(pair);
            QVERIFY(candidate);
            QCOMPARE(candidate->state, QStringLiteral("open"));
            QVERIFY(candidate->reasons.contains(QStringLiteral("email")));
            QVERIFY(candidate->reasons.contains(QStringLiteral("name")));
        }

        // A leader merges them; both check-ins stay on the kept person, and everyone agrees.
        QVERIFY(doors[1]->device().duplicates().merge(pair, atFirst->personId).ok());
        QVERIFY(doors[1]->sync().ok());
        QCOMPARE(doors[1]->store().syncProblems().size(), 0u);
        for (auto *device : everyone) {
            QVERIFY(device->sync().ok());
            Events &events = device->device().events();
            QVERIFY(!device->store().row(QStringLiteral("person"), atThird->personId));
            const auto kept = events.registration(*eventId, atFirst->personId);
            QVERIFY(kept && kept->attended);
            QCOMPARE(kept->history.size(), 2u);
            QVERIFY(!events.registration(*eventId, atThird->personId));
            QCOMPARE(events.counts(*eventId).checkedIn, counts.checkedIn - 1);
            QCOMPARE(device->device().duplicates().candidate(pair)->state, QStringLiteral("merged"));
        }
    }

    // Registration ids tell nothing of their event and person (a device that was sent only an id
    // cannot work out who registered for what), and two doors that check the same person in
    // offline still end with one registration: the daemon joins the second to the first.
    void twoDoorsMakeOneRegistrationWhoseIdTellsNothing()
    {
        SyncdProcess daemon;
        QVERIFY2(daemon.start(10), qPrintable(daemon.error()));
        TestClient doorA;
        TestClient doorB;
        QVERIFY(doorA.login(daemon, QStringLiteral("leader@example.org"), SyncdProcess::kDemoPassword));
        QVERIFY(doorB.login(daemon, QStringLiteral("leader@example.org"), SyncdProcess::kDemoPassword));
        QVERIFY(doorA.sync().ok());
        EventInfo info;
        info.title = QStringLiteral("Street party");
        info.start = doorA.store().now().addDays(1);
        const auto eventId = doorA.device().events().create(info);
        QVERIFY(eventId.ok());
        QVERIFY(doorA.sync().ok() && doorB.sync().ok());
        const QString someone = column(doorA.store(),
            QStringLiteral("SELECT id FROM person WHERE id != ? ORDER BY id "
                           "LIMIT 1"),
            {doorA.personId()})[0];

        // Both doors offline: each checks the same person in.
        const auto atA = doorA.device().events().checkIn(*eventId, someone);
        const auto atB = doorB.device().events().checkIn(*eventId, someone);
        QVERIFY(atA.ok() && atB.ok());
        QVERIFY(atA->registrationId != atB->registrationId);
        for (const QString &id : {atA->registrationId, atB->registrationId})
            QCOMPARE(id.at(14), QLatin1Char('7')); // UUIDv7: time and randomness, nothing derived
        for (auto *door : {&doorA, &doorB, &doorA})
            QVERIFY(door->sync().ok());
        QCOMPARE(doorB.store().syncProblems().size(), 0u);
        for (auto *door : {&doorA, &doorB}) {
            const auto rows = registrationsOf(*door, *eventId);
            QCOMPARE(rows.size(), 1u);
            QCOMPARE(rows.begin()->first, atA->registrationId);
            const auto registration = door->device().events().registration(*eventId, someone);
            QVERIFY(registration && registration->attended);
            QCOMPARE(registration->history.size(), 2u); // both doors' check-ins
        }
    }

    void theWaitlistPromotesAndTheMemberSeesIt()
    {
        SyncdProcess daemon;
        QVERIFY2(daemon.start(10), qPrintable(daemon.error()));
        TestClient organizer;
        TestClient member;
        QVERIFY(organizer.login(daemon, QStringLiteral("leader@example.org"), SyncdProcess::kDemoPassword));
        QVERIFY(member.login(daemon, QStringLiteral("member@example.org"), SyncdProcess::kDemoPassword));
        QVERIFY(organizer.sync().ok());
        Events &organizing = organizer.device().events();
        EventInfo info;
        info.title = QStringLiteral("Small workshop");
        info.start = QDateTime::currentDateTimeUtc().addDays(3);
        info.capacity = 1;
        const auto eventId = organizing.create(info);
        QVERIFY(eventId.ok());
        const QStringList people = column(organizer.store(),
            QStringLiteral("SELECT id FROM person WHERE id != ? AND id != ? ORDER BY id LIMIT 1"),
            {organizer.personId(), member.personId()});
        QVERIFY(organizing.registerPerson(*eventId, people.first()).ok());
        QVERIFY(organizer.sync().ok());

        QVERIFY(member.sync().ok());
        Events &mine = member.device().events();
        QCOMPARE(*mine.registerPerson(*eventId), QStringLiteral("waitlisted"));
        QVERIFY(member.sync().ok());
        QCOMPARE(mine.registration(*eventId, member.personId())->state, QStringLiteral("waitlisted"));
        // A member may not register someone else (refused here, before any sync).
        QCOMPARE(mine.registerPerson(*eventId, people.first()).error().code, std::string("forbidden"));
        QCOMPARE(mine.checkIn(*eventId, member.personId()).error().code, std::string("forbidden"));

        QVERIFY(organizer.sync().ok());
        QVERIFY(organizing.cancelRegistration(*eventId, people.first()).ok());
        QVERIFY(organizer.sync().ok());
        QVERIFY(member.sync().ok());
        QCOMPARE(mine.registration(*eventId, member.personId())->state, QStringLiteral("registered"));
        QCOMPARE(mine.registration(*eventId, member.personId())->waitlistPosition, 0);
        // Members do not receive check-in details or duplicate candidates.
        QVERIFY(column(member.store(), QStringLiteral("SELECT checkins FROM registration WHERE checkins IS NOT NULL"))
                    .isEmpty());
    }

    void theCommandLineRunsTheDoor()
    {
        SyncdProcess daemon;
        QVERIFY2(daemon.start(10), qPrintable(daemon.error()));
        QTemporaryDir profile;
        const QStringList base {QStringLiteral("--profile"), profile.path()};
        QByteArray out;
        QCOMPARE(runCli(base
                         + QStringList {QStringLiteral("login"), daemon.url().toString(), QStringLiteral("--email"),
                             QStringLiteral("leader@example.org"), QStringLiteral("--password-stdin"),
                             QStringLiteral("--ca"), daemon.certificatePath()},
                     QByteArray(SyncdProcess::kDemoPassword) + '\n', &out),
            0);
        QCOMPARE(runCli(base + QStringList {QStringLiteral("sync")}, {}, &out), 0);

        // Bad input: a usage error and nothing saved.
        QCOMPARE(runCli(base + QStringList {"events", "add", "--title", "No start"}, {}, &out), 2);
        QCOMPARE(runCli(base + QStringList {"events", "add", "--title", "T", "--start", "soon"}, {}, &out), 2);
        QCOMPARE(
            runCli(
                base + QStringList {"events", "add", "--title", "T", "--start", "2030-01-01T10:00", "--capacity", "-3"},
                {}, &out),
            2);

        QCOMPARE(runCli(base
                         + QStringList {"events", "add", "--title", "Door test", "--start", "2030-05-01T18:00", "--end",
                             "2030-05-01T20:00", "--time-zone", "Europe/Madrid", "--capacity", "20"},
                     {}, &out),
            0);
        const QString eventId = QString::fromUtf8(out).trimmed();
        QVERIFY(isUuid(eventId.toStdString()));
        QCOMPARE(runCli(base + QStringList {"--json", "events", "list"}, {}, &out), 0);
        QVERIFY(out.contains(eventId.toUtf8()));
        QVERIFY(out.contains("2030-05-01T16:00:00.000Z")); // 18:00 in Madrid, in UTC

        TestClient reader;
        QVERIFY(reader.login(daemon, QStringLiteral("leader@example.org"), SyncdProcess::kDemoPassword));
        QVERIFY(reader.sync().ok());
        const QString someone = column(reader.store(), QStringLiteral("SELECT id FROM person ORDER BY id LIMIT 1"))[0];

        QCOMPARE(runCli(base + QStringList {"checkin", eventId, someone}, {}, &out), 0);
        QVERIFY(out.contains("checked in"));
        QCOMPARE(runCli(base + QStringList {"checkin", eventId, someone}, {}, &out), 0);
        QVERIFY(out.contains("already checked in"));
        QCOMPARE(runCli(base + QStringList {"--json", "events", "show", eventId}, {}, &out), 0);
        QVERIFY(out.contains("\"checked_in\":1"));
        QCOMPARE(runCli(base + QStringList {"checkin", eventId, someone, "--undo"}, {}, &out), 0);
        QCOMPARE(runCli(base + QStringList {"checkin", eventId, someone, "--undo"}, {}, &out), 1);
        QCOMPARE(runCli(base + QStringList {"checkin", eventId}, {}, &out), 2);
        QCOMPARE(runCli(base + QStringList {"checkin", eventId, someone}, {}, &out), 0);
        QCOMPARE(
            runCli(base + QStringList {"events", "walkin", eventId, "--name", "New Person", "--email", "n@example.org"},
                {}, &out),
            1); // no consent: refused, says why
        QVERIFY(out.contains("agree"));
        QCOMPARE(runCli(base
                         + QStringList {"events", "walkin", eventId, "--name", "New Person", "--email", "n@example.org",
                             "--consent"},
                     {}, &out),
            0);
        QCOMPARE(runCli(base + QStringList {"sync"}, {}, &out), 0);

        QVERIFY(reader.sync().ok());
        const auto counts = reader.device().events().counts(eventId);
        QCOMPARE(counts.checkedIn, 2);
        QCOMPARE(counts.walkIns, 1);

        const QString icsPath = profile.filePath(QStringLiteral("events.ics"));
        QCOMPARE(runCli(base + QStringList {"events", "ics", eventId, "--subscription", "-o", icsPath}, {}, &out), 0);
        QFile ics(icsPath);
        QVERIFY(ics.open(QIODevice::ReadOnly));
        const auto parsed = ICalendar::parse(ics.readAll());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->size(), 1u);
        QCOMPARE(parsed->at(0).id, eventId);
        QCOMPARE(parsed->at(0).title, QStringLiteral("Door test"));
        QCOMPARE(parsed->at(0).capacity, 20);
        QCOMPARE(runCli(base + QStringList {"events", "report", eventId, "--csv"}, {}, &out), 0);
        QVERIFY(out.startsWith("person_id,name,area,state,attended,no_show,walk_in,checked_in_at\r\n"));
        QVERIFY(out.contains("New Person"));

        // The same walk-in again: flagged, listed, merged from the command line.
        QCOMPARE(runCli(base
                         + QStringList {"events", "walkin", eventId, "--name", "new person", "--email", "N@example.org",
                             "--consent"},
                     {}, &out),
            0);
        const QString second = QString::fromUtf8(out).trimmed();
        QCOMPARE(runCli(base + QStringList {"sync"}, {}, &out), 0);
        QCOMPARE(runCli(base + QStringList {"sync"}, {}, &out), 0);
        QCOMPARE(runCli(base + QStringList {"--json", "events", "duplicates"}, {}, &out), 0);
        const auto pairs = QJsonDocument::fromJson(out).array();
        QCOMPARE(pairs.size(), 1);
        const QString pair = pairs.at(0).toObject().value(QStringLiteral("id")).toString();
        QVERIFY(pairs.at(0).toObject().value(QStringLiteral("person_a")).toString() == second
            || pairs.at(0).toObject().value(QStringLiteral("person_b")).toString() == second);
        QCOMPARE(runCli(base + QStringList {"events", "merge", pair, "not-one-of-them"}, {}, &out), 1);
        const QString kept = pairs.at(0).toObject().value(QStringLiteral("person_a")).toString() == second
            ? pairs.at(0).toObject().value(QStringLiteral("person_b")).toString()
            : pairs.at(0).toObject().value(QStringLiteral("person_a")).toString();
        QCOMPARE(runCli(base + QStringList {"events", "merge", pair, kept}, {}, &out), 0);
        QCOMPARE(runCli(base + QStringList {"sync"}, {}, &out), 0);
        QVERIFY(reader.sync().ok());
        QVERIFY(!reader.store().row(QStringLiteral("person"), second));
        QCOMPARE(reader.device().events().counts(eventId).walkIns, 1); // one person, both check-ins
        QCOMPARE(reader.device().events().registration(eventId, kept)->history.size(), 2u);
    }
};

QTEST_MAIN(TestEvents)
#include "tst_events.moc"
