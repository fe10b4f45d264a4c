// Tags on the daemon (docs/organizing.md, "Tags"): who may make, apply and delete them, names
// unique whatever their case, one application per tag and person, and who receives them.

#include "ServiceFixture.h"

#include "common/Hlc.h"
#include "common/Tags.h"

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

} // namespace

class TestTags : public QObject
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

        FieldMap tag(const std::string &name, const std::string &by, std::string_view visibility = tags::kLeaders)
        {
            return {{"name", name}, {"visibility", std::string(visibility)}, {"created_by", by},
                {"created_at", std::string("2026-12-01T10:00:00.000Z")}};
        }

        FieldMap application(const std::string &tagId, const std::string &person, const std::string &by,
            std::int64_t applied = 1, std::string_view visibility = tags::kLeaders)
        {
            return {{"tag_id", tagId}, {"person_id", person}, {"visibility", std::string(visibility)},
                {"applied", applied}, {"changed_by", by}, {"changed_at", std::string("2026-12-01T10:00:00.000Z")}};
        }

        // A tag made by the other leader; its id.
        std::string madeTag(const std::string &name, std::string_view visibility = tags::kLeaders)
        {
            const std::string id = newTestId();
            const auto answer = push(otherLeader.principal, "tag", id, tag(name, otherLeaderId, visibility));
            if (!answer.first.empty())
                qFatal("tag refused: %s", answer.second.c_str());
            return id;
        }

        protocol::PullResponse pull(const Principal &who)
        {
            auto pulled = f.service->pull(who, "", 5000);
            if (!pulled)
                qFatal("pull failed: %s", pulled.error().message.c_str());
            return *pulled;
        }

        std::int64_t applied(const std::string &id)
        {
            const auto row = f.store->loadValues(*findTable("tag_application"), id);
            if (!row || row->row.deleted)
                return -1;
            const auto it = row->row.values.find("applied");
            return it == row->row.values.end() ? -1 : std::get<std::int64_t>(it->second);
        }
    };

private slots:
    void whoMayMakeApplyAndDeleteTags_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("expected"); // "" allowed, else the rejection code
        const auto cell = [](const char *who, const char *table, const char *operation, const char *expected) {
            QTest::addRow("%s %s %s", who, operation, table) << who << table << operation << expected;
        };
        for (const char *table : {"tag", "tag_application"}) {
            cell("applicant", table, "create", "forbidden");
            cell("member", table, "create", "forbidden");
            cell("leader", table, "create", "");
            cell("admin", table, "create", "");
            cell("member", table, "delete", "forbidden");
            cell("leader", table, "delete", "forbidden");
            cell("admin", table, "delete", "");
        }
        // A tag's name and visibility never change; an application is applied or removed.
        cell("leader", "tag", "update", "forbidden");
        cell("admin", "tag", "update", "forbidden");
        cell("member", "tag_application", "update", "forbidden");
        cell("leader", "tag_application", "update", "");
        cell("admin", "tag_application", "update", "");
        // Written in someone else's name.
        cell("leader", "tag", "create for another author", "forbidden");
        cell("leader", "tag_application", "create for another author", "forbidden");
        cell("leader", "tag_application", "update for another author", "forbidden");
        // About no tag, or no person; with an id of its own; at another visibility than its tag's.
        cell("leader", "tag_application", "create of an unknown tag", "invalid_reference");
        cell("leader", "tag_application", "create about nobody", "invalid_reference");
        cell("leader", "tag_application", "create with a random id", "invalid_id");
        cell("leader", "tag_application", "create for members of a leaders-only tag", "invalid_value");
        cell("leader", "tag_application", "update moving it to another person", "invalid_value");
        // A leaders-only tag is kept from the person it is applied to: they may not apply it to
        // themself, nor change it.
        cell("leader", "tag_application", "create about self", "forbidden");
        cell("leader", "tag_application", "update about self", "forbidden");
        cell("leader", "tag", "create under a taken name", "duplicate_name");
    }

    void whoMayMakeApplyAndDeleteTags()
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
        const std::string tagId = c.madeTag("Needs follow-up");
        std::pair<std::string, std::string> answer;
        if (table == "tag") {
            const std::string id = newTestId();
            if (operation == "create")
                answer = c.push(principal, "tag", id, c.tag("Has a car", self));
            else if (operation == "create for another author")
                answer = c.push(principal, "tag", id, c.tag("Has a car", c.otherLeaderId));
            else if (operation == "create under a taken name")
                answer = c.push(principal, "tag", id, c.tag("  NEEDS follow-UP ", self));
            else if (operation == "update")
                answer = c.push(principal, "tag", tagId, {{"name", std::string("Renamed")}});
            else
                answer = c.push(principal, "tag", tagId, {}, true);
            QVERIFY2(answer.first == expected.toStdString(), (answer.first + ": " + answer.second).c_str());
            return;
        }
        std::string person = c.memberId;
        if (operation.endsWith(QLatin1String("about self")))
            person = self;
        else if (operation == "create about nobody")
            person = newTestId();
        std::string tag = operation == "create of an unknown tag" ? newTestId() : tagId;
        std::string id = tags::applicationId(tag, person);
        if (operation == "create with a random id")
            id = newTestId();
        if (operation.startsWith(QLatin1String("create"))) {
            const std::string by = operation == "create for another author" ? c.otherLeaderId : self;
            answer = c.push(principal, "tag_application", id,
                c.application(tag, person, by, 1,
                    operation == "create for members of a leaders-only tag" ? tags::kMembers : tags::kLeaders));
        } else {
            QCOMPARE(
                c.push(c.otherLeader.principal, "tag_application", id, c.application(tagId, person, c.otherLeaderId))
                    .first,
                std::string());
            if (operation == "delete") {
                answer = c.push(principal, "tag_application", id, {}, true);
            } else {
                FieldMap change {{"applied", std::int64_t(0)},
                    {"changed_by", operation == "update for another author" ? c.otherLeaderId : self},
                    {"changed_at", std::string("2026-12-02T10:00:00.000Z")}};
                if (operation == "update moving it to another person")
                    change["person_id"] = c.adminId;
                answer = c.push(principal, "tag_application", id, change);
            }
        }
        QVERIFY2(answer.first == expected.toStdString(), (answer.first + ": " + answer.second).c_str());
    }

    void refusalsNameTheTagAndWhatToDo()
    {
        Community c;
        c.madeTag("Speaks Arabic", tags::kMembers);
        const auto [code, message] = c.push(c.leader.principal, "tag", newTestId(), c.tag("speaks arabic", c.leaderId));
        QCOMPARE(code, std::string("duplicate_name"));
        QVERIFY2(message.find("\"Speaks Arabic\"") != std::string::npos, message.c_str());
        QVERIFY2(message.find("choose another name") != std::string::npos, message.c_str());
        const auto empty = c.push(c.leader.principal, "tag", newTestId(), c.tag("   ", c.leaderId));
        QCOMPARE(empty.first, std::string("invalid_value"));
        const std::string unknown = newTestId();
        const auto missing = c.push(c.leader.principal, "tag_application", tags::applicationId(unknown, c.memberId),
            c.application(unknown, c.memberId, c.leaderId));
        QCOMPARE(missing.first, std::string("invalid_reference"));
        QVERIFY2(missing.second.find(unknown) != std::string::npos, missing.second.c_str());
        // Once a tag is deleted its name may be used again.
        const std::string gone = c.madeTag("Has a car");
        QCOMPARE(c.push(c.admin.principal, "tag", gone, {}, true).first, std::string());
        QCOMPARE(c.push(c.leader.principal, "tag", newTestId(), c.tag("HAS A CAR", c.leaderId)).first, std::string());
    }

    void twoLeadersTaggingOnePersonMakeOneApplication()
    {
        Community c;
        const std::string tag = c.madeTag("Has a car");
        const std::string id = tags::applicationId(tag, c.memberId);
        const std::uint64_t early = Hlc::pack(c.f.clock.nowMs(), 1);
        const std::uint64_t late = Hlc::pack(c.f.clock.nowMs() + 5000, 1);
        // Both apply offline: the second create finds the row and is one more application of it.
        QCOMPARE(
            c.push(c.leader.principal, "tag_application", id, c.application(tag, c.memberId, c.leaderId), false, early)
                .first,
            std::string());
        QCOMPARE(c.push(c.otherLeader.principal, "tag_application", id, c.application(tag, c.memberId, c.otherLeaderId),
                      false, early + 1)
                     .first,
            std::string());
        QCOMPARE(
            c.f.store->liveIdsWhere(*findTable("tag_application"), "person_id", c.memberId).size(), std::size_t(1));
        QCOMPARE(c.applied(id), std::int64_t(1));
        // Removed later (by the clocks) than an apply that arrives after it: the removal stands.
        QCOMPARE(c.push(c.leader.principal, "tag_application", id,
                      {{"applied", std::int64_t(0)}, {"changed_by", c.leaderId},
                          {"changed_at", std::string("2026-12-02T10:00:00.000Z")}},
                      false, late)
                     .first,
            std::string());
        QCOMPARE(c.push(c.otherLeader.principal, "tag_application", id,
                      {{"applied", std::int64_t(1)}, {"changed_by", c.otherLeaderId},
                          {"changed_at", std::string("2026-12-01T11:00:00.000Z")}},
                      false, late - 100)
                     .first,
            std::string());
        QCOMPARE(c.applied(id), std::int64_t(0));
        // And applied again after that: the later one wins again.
        QCOMPARE(c.push(c.otherLeader.principal, "tag_application", id,
                      {{"applied", std::int64_t(1)}, {"changed_by", c.otherLeaderId},
                          {"changed_at", std::string("2026-12-03T11:00:00.000Z")}},
                      false, late + 100)
                     .first,
            std::string());
        QCOMPARE(c.applied(id), std::int64_t(1));
    }

    void leadersOnlyTagsNeverReachMembersApplicantsOrThePersonTagged()
    {
        Community c;
        const std::string followUp = c.madeTag("Needs follow-up");
        const std::string arabic = c.madeTag("Speaks Arabic", tags::kMembers);
        const std::string onMember = tags::applicationId(followUp, c.memberId);
        const std::string onLeader = tags::applicationId(followUp, c.leaderId);
        const std::string arabicOnMember = tags::applicationId(arabic, c.memberId);
        QCOMPARE(c.push(c.otherLeader.principal, "tag_application", onMember,
                      c.application(followUp, c.memberId, c.otherLeaderId))
                     .first,
            std::string());
        QCOMPARE(c.push(c.otherLeader.principal, "tag_application", onLeader,
                      c.application(followUp, c.leaderId, c.otherLeaderId))
                     .first,
            std::string());
        QCOMPARE(c.push(c.otherLeader.principal, "tag_application", arabicOnMember,
                      c.application(arabic, c.memberId, c.otherLeaderId, 1, tags::kMembers))
                     .first,
            std::string());
        const auto asMember = c.pull(c.member.principal);
        QVERIFY(!names(asMember, followUp));
        QVERIFY(!names(asMember, onMember));
        QVERIFY(!names(asMember, onLeader));
        QVERIFY(names(asMember, arabic));
        QVERIFY(names(asMember, arabicOnMember));
        const auto asApplicant = c.pull(c.applicant.principal);
        for (const auto &id : {followUp, onMember, onLeader, arabic, arabicOnMember})
            QVERIFY(!names(asApplicant, id));
        // The tagged leader holds the tag, never its application to her.
        const auto asLeader = c.pull(c.leader.principal);
        QVERIFY(names(asLeader, followUp));
        QVERIFY(names(asLeader, onMember));
        QVERIFY(!names(asLeader, onLeader));
        QVERIFY(names(c.pull(c.admin.principal), onLeader));
        // What the checksums say each device should hold is what it was sent.
        c.f.service->prepareChecksums();
        for (const auto &who : {c.leader.principal, c.otherLeader.principal, c.admin.principal, c.member.principal}) {
            const auto pulled = c.pull(who);
            for (const std::string table : {"tag", "tag_application"}) {
                TableChecksum received;
                for (const auto &change : pulled.changes) {
                    if (change.table == table)
                        received.add(change.id, change.fields);
                }
                QCOMPARE(pulled.checksums.at(table).count, received.count);
                QCOMPARE(pulled.checksums.at(table).digest, received.digest);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestTags)
#include "tst_tags.moc"
