// Turfs and canvassing on the daemon (docs/organizing.md, "Turfs and canvassing"): who may write
// them, every refusal, what a canvasser receives while the window is open and what goes when it
// closes or is withdrawn, and outcomes as touch-points.

#include "ServiceFixture.h"

#include "common/Authorization.h"
#include "common/Hlc.h"
#include "common/StoredTime.h"
#include "common/Turfs.h"

#include <QTest>

#include <algorithm>

using namespace commonroom;
using namespace commonroom::syncd;

namespace {

constexpr std::int64_t kHour = 3'600'000;
constexpr std::int64_t kDay = 24 * kHour;

} // namespace

class TestTurfs : public QObject
{
    Q_OBJECT

private:
    struct Community
    {
        ServiceFixture f;
        std::string adminId, leaderId, memberId, otherMemberId, applicantId;
        std::string doorId, privateDoorId, outsiderId;
        ServiceFixture::Login admin, leader, member, otherMember, applicant;
        std::int64_t mid = 0;

        Community()
        {
            adminId = f.addAccount("amara@example.org", Role::Admin);
            leaderId = f.addAccount("lena@example.org", Role::Leader);
            memberId = f.addAccount("mateo@example.org", Role::Member, {{"display_name", "Mateo Silva"}});
            otherMemberId = f.addAccount("ines@example.org", Role::Member, {{"display_name", "Ines Okafor"}});
            applicantId = f.addAccount("priya@example.org", Role::Applicant);
            // Two people at doors: one shows their address and phone to leaders, one keeps them.
            doorId = f.addAccount("door@example.org", Role::Member,
                {{"display_name", "Dora Door"}, {"address", "12 Quay Street"}, {"address_visibility", "leaders"},
                    {"phone", "+44 20 7946 0001"}, {"phone_visibility", "leaders"}, {"bio", "canary-bio-7781"},
                    {"bio_visibility", "leaders"}});
            privateDoorId = f.addAccount("private@example.org", Role::Member,
                {{"display_name", "Pia Private"}, {"address", "canary-private-address 14 Quay Street"},
                    {"address_visibility", "private"}});
            outsiderId = f.addAccount("outsider@example.org", Role::Member,
                {{"display_name", "Otto Outside"}, {"address", "canary-outside 3 Dock Road"},
                    {"address_visibility", "leaders"}});
            admin = f.login("amara@example.org");
            leader = f.login("lena@example.org");
            member = f.login("mateo@example.org");
            otherMember = f.login("ines@example.org");
            applicant = f.login("priya@example.org");
        }

        std::string now(std::int64_t offsetMs = 0) const { return storedTime(f.clock.nowMs() + offsetMs); }

        // The rejection of one pushed change ("" when acked): code and message.
        std::pair<std::string, std::string> push(const Principal &who, const std::string &table, const std::string &id,
            FieldMap fields, bool deleted = false)
        {
            ++mid;
            const auto answer = f.service->push(who,
                protocol::PushRequest {who.deviceId, protocol::kProtocolVersion,
                    {protocol::Mutation {
                        mid, table, id, std::move(fields), Hlc::pack(f.clock.nowMs(), std::uint16_t(mid)), deleted}}});
            if (!answer)
                return {answer.error().code, answer.error().message};
            if (!answer->rejected.empty())
                return {answer->rejected.front().code, answer->rejected.front().message};
            return {};
        }

        void accept(const Principal &who, const std::string &table, const std::string &id, FieldMap fields)
        {
            const auto answer = push(who, table, id, std::move(fields));
            if (!answer.first.empty())
                qFatal("%s refused: %s", table.c_str(), answer.second.c_str());
        }

        FieldMap turf(const std::string &name) const
        {
            return {{"name", name}, {"state", std::string("open")}, {"created_by", leaderId}, {"created_at", now()}};
        }

        FieldMap stop(const std::string &turfId, const std::string &personId) const
        {
            return {{"turf_id", turfId}, {"person_id", personId}, {"active", std::int64_t(1)}, {"changed_by", leaderId},
                {"changed_at", now()}};
        }

        FieldMap assignment(
            const std::string &turfId, const std::string &canvasser, std::int64_t fromMs, std::int64_t untilMs) const
        {
            return {{"turf_id", turfId}, {"canvasser_id", canvasser}, {"starts_at", now(fromMs)},
                {"ends_at", now(untilMs)}, {"state", std::string("active")}, {"assigned_by", leaderId},
                {"assigned_at", now()}};
        }

        FieldMap outcome(const std::string &turfId, const std::string &personId, const std::string &canvasser,
            const std::string &what, std::int64_t atMs = 0) const
        {
            return {{"turf_id", turfId}, {"person_id", personId}, {"canvasser_id", canvasser}, {"outcome", what},
                {"recorded_at", now(atMs)}};
        }

        // A turf with both doors.
        std::string madeTurf()
        {
            const std::string id = newTestId();
            accept(leader.principal, "turf", id, turf("Quay Street"));
            for (const auto &person : {doorId, privateDoorId})
                accept(leader.principal, "turf_stop", turfs::stopId(id, person), stop(id, person));
            return id;
        }

        std::string assigned(const std::string &turfId, std::int64_t fromMs, std::int64_t untilMs)
        {
            const std::string id = newTestId();
            accept(leader.principal, "turf_assignment", id, assignment(turfId, memberId, fromMs, untilMs));
            return id;
        }

        protocol::PullResponse pull(const Principal &who, const std::string &cursor = "")
        {
            auto pulled = f.service->pull(who, cursor, 5000);
            if (!pulled)
                qFatal("pull failed: %s", pulled.error().message.c_str());
            return *pulled;
        }

        // Every value a fresh copy of `who` holds, as one text to search.
        std::string everything(const Principal &who)
        {
            std::string all;
            for (const auto &change : pull(who).changes) {
                all += change.table + ' ' + change.id + ' ';
                for (const auto &[name, value] : change.fields)
                    all += name + '=' + toDisplayString(value) + ' ';
            }
            return all;
        }

        FieldMap stored(const std::string &table, const std::string &id)
        {
            const auto row = f.store->loadValues(*findTable(table), id);
            return row && !row->row.deleted ? row->row.values : FieldMap {};
        }
    };

private slots:
    void ruleTable_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<int>("operation");
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("allowed");
        const auto cell = [](const char *table, Operation operation, Role role, bool allowed) {
            QTest::addRow("%s %d %s", table, int(operation), std::string(toString(role)).c_str())
                << table << int(operation) << int(role) << allowed;
        };
        for (const char *table : {"turf", "turf_stop", "turf_assignment"}) {
            for (const Operation operation : {Operation::Create, Operation::Update}) {
                cell(table, operation, Role::Applicant, false);
                cell(table, operation, Role::Member, false);
                cell(table, operation, Role::Leader, true);
                cell(table, operation, Role::Admin, true);
            }
            cell(table, Operation::Delete, Role::Leader, false);
            cell(table, Operation::Delete, Role::Admin, true);
        }
        cell("canvass_outcome", Operation::Create, Role::Applicant, false);
        cell("canvass_outcome", Operation::Create, Role::Member, true); // at their turf's doors: TurfRules
        cell("canvass_outcome", Operation::Update, Role::Member, false);
        cell("canvass_outcome", Operation::Update, Role::Leader, true);
        cell("canvass_outcome", Operation::Delete, Role::Leader, false);
        cell("canvass_outcome", Operation::Delete, Role::Admin, true);
    }

    void ruleTable()
    {
        QFETCH(QString, table);
        QFETCH(int, operation);
        QFETCH(int, role);
        QFETCH(bool, allowed);
        const Principal principal {"p", Role(role), "d"};
        const auto answer
            = authorize(principal, MutationContext {*findTable(table.toStdString()), Operation(operation), {}});
        QCOMPARE(answer.ok(), allowed);
        if (!allowed)
            QCOMPARE(answer.error().code, std::string("forbidden"));
    }

    void refusals()
    {
        Community c;
        const std::string turfId = c.madeTurf();
        const auto &leader = c.leader.principal;
        QCOMPARE(c.push(leader, "turf", newTestId(), c.turf("  ")).first, std::string("invalid_value"));
        auto other = c.turf("Dock Road");
        other["created_by"] = c.adminId;
        QCOMPARE(c.push(leader, "turf", newTestId(), other).first, std::string("forbidden"));
        // Doors: the id their turf and person give, about a live person and turf.
        QCOMPARE(
            c.push(leader, "turf_stop", newTestId(), c.stop(turfId, c.outsiderId)).first, std::string("invalid_id"));
        const std::string nobody = newTestId();
        QCOMPARE(c.push(leader, "turf_stop", turfs::stopId(turfId, nobody), c.stop(turfId, nobody)).first,
            std::string("invalid_reference"));
        const std::string noTurf = newTestId();
        QCOMPARE(c.push(leader, "turf_stop", turfs::stopId(noTurf, c.outsiderId), c.stop(noTurf, c.outsiderId)).first,
            std::string("invalid_reference"));
        auto half = c.stop(turfId, c.outsiderId);
        half["active"] = std::int64_t(2);
        QCOMPARE(
            c.push(leader, "turf_stop", turfs::stopId(turfId, c.outsiderId), half).first, std::string("invalid_value"));
        // Assignments: to a member, for a window of at most 92 days that ends after it starts.
        const auto toApplicant
            = c.push(leader, "turf_assignment", newTestId(), c.assignment(turfId, c.applicantId, 0, kDay));
        QCOMPARE(toApplicant.first, std::string("forbidden"));
        QVERIFY(toApplicant.second.find("only members canvass") != std::string::npos);
        QCOMPARE(c.push(leader, "turf_assignment", newTestId(), c.assignment(turfId, c.memberId, kDay, 0)).first,
            std::string("invalid_value"));
        QCOMPARE(c.push(leader, "turf_assignment", newTestId(), c.assignment(turfId, c.memberId, 0, 93 * kDay)).first,
            std::string("invalid_value"));
        auto badTime = c.assignment(turfId, c.memberId, 0, kDay);
        badTime["ends_at"] = std::string("tomorrow");
        QCOMPARE(c.push(leader, "turf_assignment", newTestId(), badTime).first, std::string("invalid_value"));
        // A withdrawn assignment stays withdrawn.
        const std::string assignmentId = c.assigned(turfId, -kHour, kDay);
        c.accept(
            leader, "turf_assignment", assignmentId, {{"state", std::string("withdrawn")}, {"withdrawn_at", c.now()}});
        QCOMPARE(c.push(leader, "turf_assignment", assignmentId, {{"state", std::string("active")}}).first,
            std::string("invalid_value"));
        QCOMPARE(c.push(leader, "turf_assignment", assignmentId, {{"canvasser_id", c.otherMemberId}}).first,
            std::string("invalid_value"));
        // A closed turf is assigned to no one.
        c.accept(leader, "turf", turfId, {{"state", std::string("closed")}});
        QCOMPARE(c.push(leader, "turf_assignment", newTestId(), c.assignment(turfId, c.memberId, 0, kDay)).first,
            std::string("invalid_value"));
        // Nothing refused was stored.
        QVERIFY(c.stored("turf_stop", turfs::stopId(turfId, c.outsiderId)).empty());
    }

    void outcomes()
    {
        Community c;
        const std::string turfId = c.madeTurf();
        const std::string assignmentId = c.assigned(turfId, -kHour, kDay);
        const auto &member = c.member.principal;
        // A conversation is a touch-point on the person's timeline, without the note or support.
        auto talked = c.outcome(turfId, c.doorId, c.memberId, "talked");
        talked["support"] = std::int64_t(4);
        talked["note"] = std::string("canary-door-note-3391");
        const std::string talkedId = newTestId();
        QCOMPARE(c.push(member, "canvass_outcome", talkedId, talked).first, std::string());
        const FieldMap touch = c.stored("contribution", turfs::touchPointId(talkedId));
        QCOMPARE(textOf(touch, "kind"), std::string("door_knock"));
        QCOMPARE(textOf(touch, "person_id"), c.doorId);
        QCOMPARE(textOf(touch, "recorded_by"), c.memberId);
        QCOMPARE(textOf(touch, "area"), std::string("organizing"));
        QVERIFY(!touch.contains("note"));
        // No one home is no touch-point.
        const std::string notHomeId = newTestId();
        QCOMPARE(
            c.push(member, "canvass_outcome", notHomeId, c.outcome(turfId, c.privateDoorId, c.memberId, "not_home"))
                .first,
            std::string());
        QVERIFY(c.stored("contribution", turfs::touchPointId(notHomeId)).empty());

        // Refusals: values, doors, names, times, and members without the turf.
        auto tooSupportive = c.outcome(turfId, c.doorId, c.memberId, "talked");
        tooSupportive["support"] = std::int64_t(7);
        QCOMPARE(c.push(member, "canvass_outcome", newTestId(), tooSupportive).first, std::string("invalid_value"));
        QCOMPARE(c.push(member, "canvass_outcome", newTestId(), c.outcome(turfId, c.doorId, c.memberId, "waved")).first,
            std::string("invalid_value"));
        QCOMPARE(
            c.push(member, "canvass_outcome", newTestId(), c.outcome(turfId, c.outsiderId, c.memberId, "talked")).first,
            std::string("invalid_reference"));
        QCOMPARE(c.push(member, "canvass_outcome", newTestId(), c.outcome(turfId, c.doorId, c.otherMemberId, "talked"))
                     .first,
            std::string("forbidden"));
        QCOMPARE(c.push(member, "canvass_outcome", newTestId(), c.outcome(turfId, c.doorId, c.memberId, "talked", kDay))
                     .first,
            std::string("invalid_value")); // said to be recorded tomorrow
        const auto notAssigned = c.push(c.otherMember.principal, "canvass_outcome", newTestId(),
            c.outcome(turfId, c.doorId, c.otherMemberId, "talked"));
        QCOMPARE(notAssigned.first, std::string("forbidden"));
        QVERIFY(notAssigned.second.find("Quay Street") != std::string::npos);
        QCOMPARE(c.push(member, "canvass_outcome", talkedId, {{"note", std::string("changed")}}).first,
            std::string("forbidden")); // only leaders correct an outcome

        // Withdrawn: what was recorded before still counts when it arrives; after, it does not.
        const auto recordedBefore = c.outcome(turfId, c.doorId, c.memberId, "refused");
        c.f.clock.advanceMs(kHour);
        c.accept(c.leader.principal, "turf_assignment", assignmentId,
            {{"state", std::string("withdrawn")}, {"withdrawn_at", c.now()}});
        QCOMPARE(c.push(member, "canvass_outcome", newTestId(), recordedBefore).first, std::string());
        QCOMPARE(
            c.push(member, "canvass_outcome", newTestId(), c.outcome(turfId, c.doorId, c.memberId, "talked")).first,
            std::string("forbidden"));
        // A leader records at any turf's doors.
        QCOMPARE(c.push(c.leader.principal, "canvass_outcome", newTestId(),
                      c.outcome(turfId, c.doorId, c.leaderId, "talked"))
                     .first,
            std::string());
    }

    void canvasserSeesTheTurfOnlyInTheWindow()
    {
        Community c;
        const std::string turfId = c.madeTurf();
        c.accept(c.leader.principal, "canvass_outcome", newTestId(), [&] {
            auto o = c.outcome(turfId, c.doorId, c.leaderId, "talked");
            o["note"] = std::string("canary-leader-note-5521");
            return o;
        }());
        c.assigned(turfId, kHour, 2 * kHour); // begins in an hour
        const auto &member = c.member.principal;

        // Before the window: nothing of the turf, the door's address or phone.
        auto before = c.pull(member);
        std::string seen = c.everything(member);
        QVERIFY(seen.find(turfId) == std::string::npos);
        QVERIFY(seen.find("12 Quay Street") == std::string::npos);
        QVERIFY(seen.find("+44 20 7946 0001") == std::string::npos);

        // In the window: the cursor given before is no good (a fresh copy), and the fresh copy
        // holds the turf, its doors, the outcomes, and the canvassing fields the door shows leaders.
        c.f.clock.advanceMs(kHour + 1000);
        QVERIFY(c.pull(member, before.cursor).mustRefetch);
        const auto during = c.pull(member);
        seen = c.everything(member);
        QVERIFY(seen.find("turf " + turfId) != std::string::npos);
        QVERIFY(seen.find("address=12 Quay Street") != std::string::npos);
        QVERIFY(seen.find("+44 20 7946 0001") != std::string::npos);
        QVERIFY(seen.find("canary-leader-note-5521") != std::string::npos);
        // Not what a canvasser does not need, not what the person keeps private, not other doors.
        QVERIFY(seen.find("canary-bio-7781") == std::string::npos);
        QVERIFY(seen.find("canary-private-address") == std::string::npos);
        QVERIFY(seen.find("canary-outside") == std::string::npos);
        // Another member, the applicant: nothing.
        for (const auto *other : {&c.otherMember.principal, &c.applicant.principal}) {
            const std::string theirs = c.everything(*other);
            QVERIFY(theirs.find(turfId) == std::string::npos);
            QVERIFY(theirs.find("12 Quay Street") == std::string::npos);
            QVERIFY(theirs.find("canary-leader-note-5521") == std::string::npos);
        }

        // After the window: a fresh copy again, without any of it.
        c.f.clock.advanceMs(kHour);
        QVERIFY(c.pull(member, during.cursor).mustRefetch);
        seen = c.everything(member);
        QVERIFY(seen.find(turfId) == std::string::npos);
        QVERIFY(seen.find("12 Quay Street") == std::string::npos);
        QVERIFY(seen.find("+44 20 7946 0001") == std::string::npos);
        QVERIFY(seen.find("canary-leader-note-5521") == std::string::npos);
    }

    void withdrawingOrClosingEndsTheSight()
    {
        Community c;
        const std::string turfId = c.madeTurf();
        const std::string assignmentId = c.assigned(turfId, -kHour, kDay);
        const auto &member = c.member.principal;
        const auto first = c.pull(member);
        QVERIFY(c.everything(member).find("12 Quay Street") != std::string::npos);
        // A door added while the window is open: a fresh copy brings its person.
        c.accept(c.leader.principal, "turf_stop", turfs::stopId(turfId, c.outsiderId), c.stop(turfId, c.outsiderId));
        QVERIFY(c.pull(member, first.cursor).mustRefetch);
        const auto second = c.pull(member);
        QVERIFY(c.everything(member).find("canary-outside") != std::string::npos);
        // Closing the turf ends it for its canvassers.
        c.accept(c.leader.principal, "turf", turfId, {{"state", std::string("closed")}});
        QVERIFY(c.pull(member, second.cursor).mustRefetch);
        QVERIFY(c.everything(member).find("12 Quay Street") == std::string::npos);
        c.accept(c.leader.principal, "turf", turfId, {{"state", std::string("open")}});
        const auto third = c.pull(member);
        QVERIFY(c.everything(member).find("12 Quay Street") != std::string::npos);
        // So does withdrawing the assignment.
        c.accept(c.leader.principal, "turf_assignment", assignmentId,
            {{"state", std::string("withdrawn")}, {"withdrawn_at", c.now()}});
        QVERIFY(c.pull(member, third.cursor).mustRefetch);
        const std::string seen = c.everything(member);
        QVERIFY(seen.find(turfId) == std::string::npos);
        QVERIFY(seen.find("12 Quay Street") == std::string::npos);
        QVERIFY(seen.find("canary-outside") == std::string::npos);
    }

    void doorsOfAnAddress()
    {
        const auto door = [](std::string_view address) {
            const auto d = turfs::doorOf(address);
            return std::tuple(d.street, d.number, d.suffix);
        };
        QCOMPARE(door("12 Quay Street"), std::tuple(std::string("quay street"), std::int64_t(12), std::string()));
        QCOMPARE(door("Quay  Street 12a"), std::tuple(std::string("quay street"), std::int64_t(12), std::string("a")));
        QCOMPARE(door("12, Quay Street, Harbour North"),
            std::tuple(std::string("quay street"), std::int64_t(12), std::string()));
        QCOMPARE(
            door("The Old Mill\nMarket Lane"), std::tuple(std::string("the old mill"), std::int64_t(0), std::string()));
        QCOMPARE(turfs::streetOf("7 Rua das Flores, Lisboa"), std::string("Rua das Flores"));
        QVERIFY(turfs::doorOf("9 Quay Street").number < turfs::doorOf("10 Quay Street").number);
    }
};

QTEST_GUILESS_MAIN(TestTurfs)
#include "tst_turfs.moc"
