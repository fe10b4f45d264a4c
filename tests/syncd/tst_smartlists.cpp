// Smart lists on the daemon (docs/organizing.md, "Smart lists"): who may save, change and delete
// them, the definition checked as the list will stand, and who receives them — a private list its
// owner alone (not even admins), a shared one leaders and admins, members and applicants none.

#include "ServiceFixture.h"

#include "common/Hlc.h"
#include "common/SmartLists.h"

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

bool purges(const protocol::PullResponse &pull, const std::string &id)
{
    return std::any_of(pull.purge.begin(), pull.purge.end(), [&](const protocol::RowRef &ref) { return ref.id == id; });
}

const std::string kDefinition = "{\"v\":1,\"min_level\":3}";

} // namespace

class TestSmartLists : public QObject
{
    Q_OBJECT

private:
    struct Community
    {
        ServiceFixture f;
        std::string adminId, leaderId, otherLeaderId, memberId, applicantId;
        ServiceFixture::Login admin, leader, otherLeader, member, applicant;
        std::int64_t mid = 0;

        Community()
        {
            adminId = f.addAccount("amara@example.org", Role::Admin);
            leaderId = f.addAccount("lena@example.org", Role::Leader);
            otherLeaderId = f.addAccount("kofi@example.org", Role::Leader);
            memberId = f.addAccount("mateo@example.org", Role::Member, {{"display_name", "Mateo Silva"}});
            applicantId = f.addAccount("priya@example.org", Role::Applicant);
            admin = f.login("amara@example.org");
            leader = f.login("lena@example.org");
            otherLeader = f.login("kofi@example.org");
            member = f.login("mateo@example.org");
            applicant = f.login("priya@example.org");
        }

        std::pair<std::string, std::string> push(
            const Principal &who, const std::string &id, FieldMap fields, bool deleted = false)
        {
            ++mid;
            const auto answer = f.service->push(who,
                protocol::PushRequest {who.deviceId, protocol::kProtocolVersion,
                    {protocol::Mutation {mid, "smart_list", id, std::move(fields),
                        Hlc::pack(f.clock.nowMs(), std::uint16_t(mid)), deleted}}});
            if (!answer)
                return {answer.error().code, answer.error().message};
            if (!answer->rejected.empty())
                return {answer->rejected.front().code, answer->rejected.front().message};
            return {};
        }

        static FieldMap list(const std::string &name, const std::string &owner, std::string_view sharing,
            const std::string &definition = kDefinition)
        {
            return {{"name", name}, {"definition", definition}, {"sharing", std::string(sharing)}, {"owner_id", owner},
                {"created_at", std::string("2026-12-01T10:00:00.000Z")}};
        }

        std::string saved(
            const Principal &who, const std::string &owner, const std::string &name, std::string_view sharing)
        {
            const std::string id = newTestId();
            const auto answer = push(who, id, list(name, owner, sharing));
            if (!answer.first.empty())
                qFatal("smart list refused: %s", answer.second.c_str());
            return id;
        }

        protocol::PullResponse pull(const Principal &who)
        {
            auto pulled = f.service->pull(who, "", 5000);
            if (!pulled)
                qFatal("pull failed: %s", pulled.error().message.c_str());
            return *pulled;
        }
    };

private slots:
    void whoMaySaveChangeAndDelete_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("expected"); // "" allowed, else the rejection code
        const auto cell = [](const char *who, const char *operation, const char *expected) {
            QTest::addRow("%s %s", who, operation) << who << operation << expected;
        };
        // A leaders' tool.
        cell("applicant", "create", "forbidden");
        cell("member", "create", "forbidden");
        cell("leader", "create", "");
        cell("admin", "create", "");
        // The owner changes and deletes their own; another leader neither; an admin deletes.
        cell("owner", "update", "");
        cell("owner", "share", "");
        cell("owner", "delete", "");
        cell("other leader", "update", "forbidden");
        cell("other leader", "delete", "forbidden");
        cell("member", "update", "forbidden");
        cell("member", "delete", "forbidden");
        cell("admin", "update", "forbidden");
        cell("admin", "delete", "");
        // Saved in someone else's name, or without its time; owner and time never change.
        cell("leader", "create for another owner", "forbidden");
        cell("leader", "create without created_at", "invalid_value");
        cell("owner", "update moving it to another owner", "invalid_value");
        // The definition and the name, checked as the list will stand.
        cell("leader", "create with an unknown criterion", "invalid_value");
        cell("leader", "create with a level off the ladder", "invalid_value");
        cell("leader", "create with text for a level", "invalid_value");
        cell("leader", "create with another version", "invalid_value");
        cell("leader", "create with no JSON", "invalid_value");
        cell("leader", "create selecting by nothing", "invalid_value");
        cell("leader", "create with an oversized definition", "invalid_value");
        cell("leader", "create without a name", "invalid_value");
        cell("leader", "create with an unknown sharing", "invalid_value");
        cell("owner", "update to a bad definition", "invalid_value");
    }

    void whoMaySaveChangeAndDelete()
    {
        QFETCH(QString, who);
        QFETCH(QString, operation);
        QFETCH(QString, expected);
        Community c;
        const std::map<QString, std::pair<Principal, std::string>> actors {
            {"applicant", {c.applicant.principal, c.applicantId}}, {"member", {c.member.principal, c.memberId}},
            {"leader", {c.leader.principal, c.leaderId}}, {"owner", {c.leader.principal, c.leaderId}},
            {"other leader", {c.otherLeader.principal, c.otherLeaderId}}, {"admin", {c.admin.principal, c.adminId}}};
        const auto &[principal, self] = actors.at(who);
        const std::string existing = c.saved(c.leader.principal, c.leaderId, "Level 3 and up", smartlists::kLeaders);
        std::pair<std::string, std::string> answer;
        const std::string id = newTestId();
        if (operation == "create")
            answer = c.push(principal, id, Community::list("Mine", self, smartlists::kPrivate));
        else if (operation == "create for another owner")
            answer = c.push(principal, id, Community::list("Mine", c.otherLeaderId, smartlists::kPrivate));
        else if (operation == "create without created_at") {
            FieldMap fields = Community::list("Mine", self, smartlists::kPrivate);
            fields.erase("created_at");
            answer = c.push(principal, id, fields);
        } else if (operation == "create with an unknown criterion")
            answer = c.push(principal, id, Community::list("Mine", self, "private", "{\"v\":1,\"shoe_size\":9}"));
        else if (operation == "create with a level off the ladder")
            answer = c.push(principal, id, Community::list("Mine", self, "private", "{\"v\":1,\"min_level\":9}"));
        else if (operation == "create with text for a level")
            answer = c.push(principal, id, Community::list("Mine", self, "private", "{\"v\":1,\"min_level\":\"3\"}"));
        else if (operation == "create with another version")
            answer = c.push(principal, id, Community::list("Mine", self, "private", "{\"v\":2,\"min_level\":3}"));
        else if (operation == "create with no JSON")
            answer = c.push(principal, id, Community::list("Mine", self, "private", "min_level=3"));
        else if (operation == "create selecting by nothing")
            answer = c.push(principal, id, Community::list("Mine", self, "private", "{\"v\":1}"));
        else if (operation == "create with an oversized definition")
            answer = c.push(principal, id,
                Community::list("Mine", self, "private", "{\"v\":1,\"text\":\"" + std::string(5000, 'a') + "\"}"));
        else if (operation == "create without a name")
            answer = c.push(principal, id, Community::list("  ", self, "private"));
        else if (operation == "create with an unknown sharing")
            answer = c.push(principal, id, Community::list("Mine", self, "everyone"));
        else if (operation == "update")
            answer = c.push(principal, existing, {{"name", std::string("Renamed")}});
        else if (operation == "share")
            answer = c.push(principal, existing, {{"sharing", std::string(smartlists::kPrivate)}});
        else if (operation == "update moving it to another owner")
            answer = c.push(principal, existing, {{"owner_id", c.otherLeaderId}});
        else if (operation == "update to a bad definition")
            answer = c.push(principal, existing, {{"definition", std::string("{\"v\":1,\"min_events\":0}")}});
        else
            answer = c.push(principal, existing, {}, true);
        QVERIFY2(answer.first == expected.toStdString(), (answer.first + ": " + answer.second).c_str());
    }

    void refusalsNameTheListAndTheCause()
    {
        Community c;
        const auto answer = c.push(c.leader.principal, newTestId(),
            Community::list("Core team", c.leaderId, "private", "{\"v\":1,\"min_level\":9}"));
        QCOMPARE(answer.first, std::string("invalid_value"));
        QVERIFY2(answer.second.find("\"Core team\"") != std::string::npos, answer.second.c_str());
        QVERIFY2(answer.second.find("level 9") != std::string::npos, answer.second.c_str());
        const auto unknown = c.push(c.leader.principal, newTestId(),
            Community::list("Core team", c.leaderId, "private", "{\"v\":1,\"shoe_size\":9}"));
        QVERIFY2(unknown.second.find("shoe_size") != std::string::npos, unknown.second.c_str());
    }

    void aPrivateListReachesItsOwnerAlone()
    {
        Community c;
        const std::string lenaPrivate = c.saved(c.leader.principal, c.leaderId, "Lena's own", smartlists::kPrivate);
        const std::string lenaShared = c.saved(c.leader.principal, c.leaderId, "For leaders", smartlists::kLeaders);
        const std::string adminPrivate = c.saved(c.admin.principal, c.adminId, "Amara's own", smartlists::kPrivate);

        const auto asLena = c.pull(c.leader.principal);
        QVERIFY(names(asLena, lenaPrivate));
        QVERIFY(names(asLena, lenaShared));
        QVERIFY(!names(asLena, adminPrivate));
        const auto asKofi = c.pull(c.otherLeader.principal);
        QVERIFY(!names(asKofi, lenaPrivate));
        QVERIFY(names(asKofi, lenaShared));
        // Not even an admin receives another's private list.
        const auto asAdmin = c.pull(c.admin.principal);
        QVERIFY(!names(asAdmin, lenaPrivate));
        QVERIFY(names(asAdmin, lenaShared));
        QVERIFY(names(asAdmin, adminPrivate));
        for (const auto &who : {c.member.principal, c.applicant.principal}) {
            const auto pulled = c.pull(who);
            for (const auto &id : {lenaPrivate, lenaShared, adminPrivate})
                QVERIFY(!names(pulled, id));
        }

        // Deleting a private list tells nobody else of it, not even its id.
        QCOMPARE(c.push(c.leader.principal, lenaPrivate, {}, true).first, std::string());
        QVERIFY(!names(c.pull(c.otherLeader.principal), lenaPrivate));
        QVERIFY(!names(c.pull(c.admin.principal), lenaPrivate));

        // What the checksums say each device should hold is what it was sent.
        c.f.service->prepareChecksums();
        for (const auto &who : {c.leader.principal, c.otherLeader.principal, c.admin.principal, c.member.principal,
                 c.applicant.principal}) {
            const auto pulled = c.pull(who);
            TableChecksum received;
            for (const auto &change : pulled.changes) {
                if (change.table == "smart_list" && !change.deleted)
                    received.add(change.id, change.fields);
            }
            QCOMPARE(pulled.checksums.at("smart_list").count, received.count);
            QCOMPARE(pulled.checksums.at("smart_list").digest, received.digest);
        }
    }

    void aListMadePrivateAgainIsPurgedFromOtherLeaders()
    {
        Community c;
        const std::string shared = c.saved(c.leader.principal, c.leaderId, "For leaders", smartlists::kLeaders);
        const auto before = c.pull(c.otherLeader.principal);
        QVERIFY(names(before, shared));
        QCOMPARE(
            c.push(c.leader.principal, shared, {{"sharing", std::string(smartlists::kPrivate)}}).first, std::string());
        const auto after = c.f.service->pull(c.otherLeader.principal, before.cursor, 5000);
        QVERIFY(after);
        QVERIFY(purges(*after, shared));
        const auto asAdmin = c.pull(c.admin.principal);
        QVERIFY(!std::any_of(asAdmin.changes.begin(), asAdmin.changes.end(),
            [&](const protocol::Change &change) { return change.id == shared && !change.deleted; }));
        QVERIFY(names(c.pull(c.leader.principal), shared));
        // The checksums, after the incremental tracking of that change, still agree.
        for (const auto &who : {c.leader.principal, c.otherLeader.principal, c.admin.principal}) {
            const auto pulled = c.pull(who);
            if (pulled.checksums.empty())
                continue;
            TableChecksum received;
            for (const auto &change : pulled.changes) {
                if (change.table == "smart_list" && !change.deleted)
                    received.add(change.id, change.fields);
            }
            QCOMPARE(pulled.checksums.at("smart_list").count, received.count);
            QCOMPARE(pulled.checksums.at("smart_list").digest, received.digest);
        }
    }

    void definitionsReadBackAsWritten()
    {
        smartlists::Definition definition;
        definition.text = "garden";
        definition.minLevel = 2;
        definition.tagIds = {newTestId(), newTestId()};
        definition.contributedArea = "coding";
        definition.contributedSince = "2026-01-01";
        definition.minEventsAttended = 3;
        definition.role = "member";
        const auto parsed = smartlists::parse(smartlists::toJson(definition), "x");
        QVERIFY(parsed);
        QVERIFY(*parsed == definition);
        QVERIFY(!smartlists::parse("{\"v\":1,\"contributed\":{\"since\":\"2026-01-01\"}}", "x"));
        QVERIFY(!smartlists::parse("{\"v\":1,\"contributed\":{\"area\":\"coding\",\"since\":\"yesterday\"}}", "x"));
        QVERIFY(!smartlists::parse("{\"v\":1,\"tags\":[\"not-a-uuid\"]}", "x"));
        QVERIFY(!smartlists::parse("[1,2]", "x"));
        QVERIFY(!smartlists::parse("{\"v\":1,\"role\":\"king\"}", "x"));
    }
};

QTEST_GUILESS_MAIN(TestSmartLists)
#include "tst_smartlists.moc"
