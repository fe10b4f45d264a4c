// Households and relationships on the daemon (docs/organizing.md, "Households and
// relationships"): who may write them, every refusal, one row per person placed and per pair
// related, no loop of recruiters, and who receives them.

#include "ServiceFixture.h"

#include "common/Hlc.h"
#include "common/Relations.h"

#include <QTest>

#include <algorithm>

using namespace commonroom;
using namespace commonroom::syncd;

namespace {

bool names(const protocol::PullResponse &pull, const std::string &id)
{
    const bool changed = std::any_of(
        pull.changes.begin(), pull.changes.end(), [&](const protocol::Change &change) { return change.id == id; });
    const bool purged
        = std::any_of(pull.purge.begin(), pull.purge.end(), [&](const protocol::RowRef &ref) { return ref.id == id; });
    return changed || purged;
}

const std::string kAt = "2026-12-01T10:00:00.000Z";

} // namespace

class TestRelationships : public QObject
{
    Q_OBJECT

private:
    struct Community
    {
        ServiceFixture f;
        std::string adminId, leaderId, otherLeaderId, memberId, applicantId, secondMemberId;
        ServiceFixture::Login admin, leader, otherLeader, member, applicant;
        std::int64_t mid = 0;

        Community()
        {
            adminId = f.addAccount("amara@example.org", Role::Admin);
            leaderId = f.addAccount("lena@example.org", Role::Leader);
            otherLeaderId = f.addAccount("kofi@example.org", Role::Leader);
            memberId = f.addAccount("mateo@example.org", Role::Member, {{"display_name", "Mateo Silva"}});
            secondMemberId = f.addAccount("ines@example.org", Role::Member, {{"display_name", "Ines Okafor"}});
            applicantId = f.addAccount("priya@example.org", Role::Applicant);
            admin = f.login("amara@example.org");
            leader = f.login("lena@example.org");
            otherLeader = f.login("kofi@example.org");
            member = f.login("mateo@example.org");
            applicant = f.login("priya@example.org");
        }

        // The rejection of one pushed change ("" when acked): code and message.
        std::pair<std::string, std::string> push(const Principal &who, const std::string &table, const std::string &id,
            FieldMap fields, bool deleted = false, std::uint64_t hlc = 0)
        {
            ++mid;
            const auto answer = f.service->push(who,
                protocol::PushRequest {who.deviceId, protocol::kProtocolVersion,
                    {protocol::Mutation {mid, table, id, std::move(fields),
                        hlc ? hlc : Hlc::pack(f.clock.nowMs(), std::uint16_t(mid)), deleted}}});
            if (!answer)
                return {answer.error().code, answer.error().message};
            if (!answer->rejected.empty())
                return {answer->rejected.front().code, answer->rejected.front().message};
            return {};
        }

        static FieldMap household(const std::string &name, const std::string &by)
        {
            return {{"name", name}, {"created_by", by}, {"created_at", kAt}};
        }

        static FieldMap placement(const std::string &person, const std::string &household, const std::string &by)
        {
            return {{"person_id", person}, {"household_id", household}, {"changed_by", by}, {"changed_at", kAt}};
        }

        static FieldMap relation(const std::string &person, std::string_view kind, const std::string &other,
            const std::string &by, std::int64_t active = 1)
        {
            const auto [first, second] = relations::storedPair(kind, person, other);
            return {{"person_id", first}, {"other_id", second}, {"kind", std::string(kind)}, {"active", active},
                {"changed_by", by}, {"changed_at", kAt}};
        }

        static std::string relationId(const std::string &person, std::string_view kind, const std::string &other)
        {
            return relations::relationshipId(kind, person, other);
        }

        std::string madeHousehold(const std::string &name)
        {
            const std::string id = newTestId();
            const auto answer = push(otherLeader.principal, "household", id, household(name, otherLeaderId));
            if (!answer.first.empty())
                qFatal("household refused: %s", answer.second.c_str());
            return id;
        }

        void accept(const Principal &who, const std::string &table, const std::string &id, FieldMap fields,
            std::uint64_t hlc = 0)
        {
            const auto answer = push(who, table, id, std::move(fields), false, hlc);
            if (!answer.first.empty())
                qFatal("%s refused: %s", table.c_str(), answer.second.c_str());
        }

        void related(const std::string &person, std::string_view kind, const std::string &other)
        {
            accept(otherLeader.principal, "relationship", relationId(person, kind, other),
                relation(person, kind, other, otherLeaderId));
        }

        protocol::PullResponse pull(const Principal &who)
        {
            auto pulled = f.service->pull(who, "", 5000);
            if (!pulled)
                qFatal("pull failed: %s", pulled.error().message.c_str());
            return *pulled;
        }

        FieldMap stored(const std::string &table, const std::string &id)
        {
            const auto row = f.store->loadValues(*findTable(table), id);
            return row && !row->row.deleted ? row->row.values : FieldMap {};
        }
    };

private slots:
    void whoMayWriteThem_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("expected"); // "" allowed, else the rejection code
        const auto cell = [](const char *who, const char *table, const char *operation, const char *expected) {
            QTest::addRow("%s %s %s", who, operation, table) << who << table << operation << expected;
        };
        for (const char *table : {"household", "household_member", "relationship"}) {
            cell("applicant", table, "create", "forbidden");
            cell("member", table, "create", "forbidden");
            cell("leader", table, "create", "");
            cell("admin", table, "create", "");
            cell("member", table, "update", "forbidden");
            cell("leader", table, "update", "");
            cell("admin", table, "update", "");
            cell("member", table, "delete", "forbidden");
            cell("leader", table, "delete", "forbidden");
            cell("admin", table, "delete", "");
            cell("leader", table, "create for another author", "forbidden");
        }
        cell("leader", "household", "create without a name", "invalid_value");
        cell("leader", "household", "create with a name too long", "too_long");
        cell("leader", "household", "update changing its author", "invalid_value");
        cell("leader", "household_member", "update for another author", "forbidden");
        cell("leader", "household_member", "create about nobody", "invalid_reference");
        cell("leader", "household_member", "create into no household", "invalid_reference");
        cell("leader", "household_member", "create with a random id", "invalid_id");
        cell("leader", "household_member", "update moving it to another person", "invalid_value");
        cell("leader", "household_member", "update into a deleted household", "invalid_reference");
        cell("leader", "household_member", "update out of the household", "");
        cell("leader", "relationship", "update for another author", "forbidden");
        cell("leader", "relationship", "create with oneself", "invalid_value");
        cell("leader", "relationship", "create of an unknown kind", "invalid_value");
        cell("leader", "relationship", "create about nobody", "invalid_reference");
        cell("leader", "relationship", "create with nobody", "invalid_reference");
        cell("leader", "relationship", "create with a random id", "invalid_id");
        cell("leader", "relationship", "create with the id of another pair", "invalid_id");
        cell("leader", "relationship", "create out of order", "invalid_value");
        cell("leader", "relationship", "create without active", "invalid_value");
        cell("leader", "relationship", "create closing a loop", "invalid_value");
        cell("leader", "relationship", "update changing its kind", "invalid_value");
        cell("leader", "relationship", "update changing a family pair", "invalid_value");
        cell("leader", "relationship", "update changing the recruiter", "");
        cell("leader", "relationship", "update changing the recruiter to close a loop", "invalid_value");
    }

    void whoMayWriteThem()
    {
        QFETCH(QString, who);
        QFETCH(QString, table);
        QFETCH(QString, operation);
        QFETCH(QString, expected);
        Community c;
        const std::map<QString, std::pair<Principal, std::string>> actors {
            {"applicant", {c.applicant.principal, c.applicantId}}, {"member", {c.member.principal, c.memberId}},
            {"leader", {c.leader.principal, c.leaderId}}, {"admin", {c.admin.principal, c.adminId}}};
        const auto &[principal, self] = actors.at(who);
        const std::string household = c.madeHousehold("The Silva family");
        const std::string by = operation.contains(QLatin1String("another author")) ? c.otherLeaderId : self;
        std::pair<std::string, std::string> answer;
        if (table == "household") {
            if (operation.startsWith(QLatin1String("create"))) {
                std::string name = "Flat 3B";
                if (operation == "create without a name")
                    name = "  ";
                else if (operation == "create with a name too long")
                    name = std::string(121, 'x');
                answer = c.push(principal, "household", newTestId(), Community::household(name, by));
            } else if (operation == "delete") {
                answer = c.push(principal, "household", household, {}, true);
            } else {
                FieldMap change {{"name", std::string("The Silva-Okafor family")}};
                if (operation == "update changing its author")
                    change["created_by"] = self;
                answer = c.push(principal, "household", household, change);
            }
        } else if (table == "household_member") {
            std::string person = c.memberId;
            if (operation == "create about nobody")
                person = newTestId();
            const std::string into = operation == "create into no household" ? newTestId() : household;
            std::string id = relations::memberId(person);
            if (operation == "create with a random id")
                id = newTestId();
            if (operation.startsWith(QLatin1String("create"))) {
                answer = c.push(principal, "household_member", id, Community::placement(person, into, by));
            } else {
                c.accept(c.otherLeader.principal, "household_member", id,
                    Community::placement(person, household, c.otherLeaderId));
                if (operation == "delete") {
                    answer = c.push(principal, "household_member", id, {}, true);
                } else {
                    std::string next = c.madeHousehold("Flat 3B");
                    if (operation == "update into a deleted household")
                        QCOMPARE(c.push(c.admin.principal, "household", next, {}, true).first, std::string());
                    if (operation == "update out of the household")
                        next.clear();
                    FieldMap change {{"household_id", next}, {"changed_by", by}, {"changed_at", kAt}};
                    if (operation == "update moving it to another person")
                        change["person_id"] = c.secondMemberId;
                    answer = c.push(principal, "household_member", id, change);
                }
            }
        } else {
            std::string person = c.memberId;
            std::string other = c.secondMemberId;
            std::string kind = "family";
            if (operation == "create with oneself")
                other = person;
            else if (operation == "create about nobody")
                person = newTestId();
            else if (operation == "create with nobody")
                other = newTestId();
            else if (operation == "create of an unknown kind")
                kind = "cousin";
            else if (operation == "create closing a loop" || operation.contains(QLatin1String("recruiter")))
                kind = "brought_in_by";
            if (operation.startsWith(QLatin1String("create"))) {
                std::string id = Community::relationId(person, kind, other);
                FieldMap fields = Community::relation(person, kind, other, by);
                if (operation == "create with a random id")
                    id = newTestId();
                else if (operation == "create with the id of another pair")
                    id = Community::relationId(person, kind, c.adminId);
                else if (operation == "create out of order")
                    std::swap(fields["person_id"], fields["other_id"]);
                else if (operation == "create without active")
                    fields.erase("active");
                else if (operation == "create closing a loop")
                    c.related(other, "brought_in_by", person); // other was brought in by person
                answer = c.push(principal, "relationship", id, fields);
            } else {
                const std::string id = Community::relationId(person, kind, other);
                c.related(person, kind, other);
                if (operation == "delete") {
                    answer = c.push(principal, "relationship", id, {}, true);
                } else {
                    FieldMap change {{"active", std::int64_t(0)}, {"changed_by", by}, {"changed_at", kAt}};
                    if (operation == "update changing its kind")
                        change["kind"] = std::string("colleague");
                    else if (operation == "update changing a family pair")
                        change["other_id"] = c.adminId;
                    else if (operation == "update changing the recruiter")
                        change = {{"other_id", c.adminId}, {"active", std::int64_t(1)}, {"changed_by", by},
                            {"changed_at", kAt}};
                    else if (operation == "update changing the recruiter to close a loop") {
                        c.related(c.adminId, "brought_in_by", person); // the admin was brought in by the member
                        change = {{"other_id", c.adminId}, {"changed_by", by}, {"changed_at", kAt}};
                    }
                    answer = c.push(principal, "relationship", id, change);
                }
            }
        }
        QVERIFY2(answer.first == expected.toStdString(), (answer.first + ": " + answer.second).c_str());
    }

    void placingOnePersonTwiceWritesOneRowAndTheLaterHolds()
    {
        Community c;
        const std::string silva = c.madeHousehold("The Silva family");
        const std::string flat = c.madeHousehold("Flat 3B");
        const std::string id = relations::memberId(c.memberId);
        const std::uint64_t early = Hlc::pack(c.f.clock.nowMs(), 1);
        // Two leaders place the member offline, in two households: one row, the later placement.
        c.accept(
            c.leader.principal, "household_member", id, Community::placement(c.memberId, flat, c.leaderId), early + 10);
        c.accept(c.otherLeader.principal, "household_member", id,
            Community::placement(c.memberId, silva, c.otherLeaderId), early);
        QCOMPARE(
            c.f.store->liveIdsWhere(*findTable("household_member"), "person_id", c.memberId).size(), std::size_t(1));
        QCOMPARE(textOf(c.stored("household_member", id), "household_id"), flat);
        // Leaving sets it empty; the household stays.
        c.accept(c.otherLeader.principal, "household_member", id,
            {{"household_id", std::string()}, {"changed_by", c.otherLeaderId}, {"changed_at", kAt}}, early + 20);
        QCOMPARE(textOf(c.stored("household_member", id), "household_id"), std::string());
        QCOMPARE(textOf(c.stored("household", flat), "name"), std::string("Flat 3B"));
    }

    void relatingFromBothSidesIsOneRowAndAPersonHasOneRecruiter()
    {
        Community c;
        // A–B and B–A: one row, whichever side the device started from.
        c.related(c.memberId, "neighbour", c.secondMemberId);
        c.related(c.secondMemberId, "neighbour", c.memberId);
        QCOMPARE(Community::relationId(c.memberId, "neighbour", c.secondMemberId),
            Community::relationId(c.secondMemberId, "neighbour", c.memberId));
        QCOMPARE(c.f.store->liveIdsWhere(*findTable("relationship"), "kind", "neighbour").size(), std::size_t(1));
        // Two leaders name two recruiters offline: one row, the later recruiter.
        const std::string recruitment = Community::relationId(c.memberId, "brought_in_by", {});
        const std::uint64_t early = Hlc::pack(c.f.clock.nowMs(), 1);
        c.accept(c.leader.principal, "relationship", recruitment,
            Community::relation(c.memberId, "brought_in_by", c.adminId, c.leaderId), early + 10);
        c.accept(c.otherLeader.principal, "relationship", recruitment,
            Community::relation(c.memberId, "brought_in_by", c.leaderId, c.otherLeaderId), early);
        QCOMPARE(textOf(c.stored("relationship", recruitment), "other_id"), c.adminId);
        // A chain of three cannot be closed, even by making an inactive link active again.
        c.related(c.adminId, "brought_in_by", c.leaderId); // member <- admin <- leader
        const std::string leaderUp = Community::relationId(c.leaderId, "brought_in_by", {});
        const auto loop = c.push(c.otherLeader.principal, "relationship", leaderUp,
            Community::relation(c.leaderId, "brought_in_by", c.memberId, c.otherLeaderId));
        QCOMPARE(loop.first, std::string("invalid_value"));
        QVERIFY2(loop.second.find("cannot go round") != std::string::npos, loop.second.c_str());
        c.accept(c.otherLeader.principal, "relationship", leaderUp,
            Community::relation(c.leaderId, "brought_in_by", c.memberId, c.otherLeaderId, 0));
        const auto reopened = c.push(c.otherLeader.principal, "relationship", leaderUp,
            {{"active", std::int64_t(1)}, {"changed_by", c.otherLeaderId}, {"changed_at", kAt}});
        QCOMPARE(reopened.first, std::string("invalid_value"));
    }

    void membersAndApplicantsReceiveNoneOfIt()
    {
        Community c;
        const std::string household = c.madeHousehold("The Silva family");
        const std::string placement = relations::memberId(c.memberId);
        c.accept(c.otherLeader.principal, "household_member", placement,
            Community::placement(c.memberId, household, c.otherLeaderId));
        c.related(c.memberId, "family", c.secondMemberId);
        c.related(c.memberId, "brought_in_by", c.leaderId);
        const std::vector<std::string> ids {household, placement,
            Community::relationId(c.memberId, "family", c.secondMemberId),
            Community::relationId(c.memberId, "brought_in_by", {})};
        for (const auto &who : {c.member.principal, c.applicant.principal}) {
            const auto pulled = c.pull(who);
            for (const auto &id : ids)
                QVERIFY(!names(pulled, id));
        }
        for (const auto &who : {c.leader.principal, c.admin.principal}) {
            const auto pulled = c.pull(who);
            for (const auto &id : ids)
                QVERIFY(names(pulled, id));
        }
        // What the checksums say each device should hold is what it was sent.
        c.f.service->prepareChecksums();
        for (const auto &who : {c.leader.principal, c.admin.principal, c.member.principal, c.applicant.principal}) {
            const auto pulled = c.pull(who);
            for (const std::string table : {"household", "household_member", "relationship"}) {
                TableChecksum received;
                for (const auto &change : pulled.changes) {
                    if (change.table == table)
                        received.add(change.id, change.fields);
                }
                const auto sum = pulled.checksums.find(table);
                QCOMPARE(sum == pulled.checksums.end() ? std::uint64_t(0) : std::uint64_t(sum->second.count),
                    std::uint64_t(received.count));
                if (sum != pulled.checksums.end())
                    QCOMPARE(sum->second.digest, received.digest);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestRelationships)
#include "tst_relationships.moc"
