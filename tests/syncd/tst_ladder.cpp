// The leadership ladder and leader notes on the daemon (docs/organizing.md): who may write them,
// who receives them, the level range, and the person's level following their latest assessment.

#include "ServiceFixture.h"

#include "common/Hlc.h"

#include <QTest>

#include <algorithm>

using namespace commonroom;
using namespace commonroom::syncd;

namespace {

protocol::PushRequest pushOf(const Principal &principal, std::vector<protocol::Mutation> mutations)
{
    return protocol::PushRequest {principal.deviceId, protocol::kProtocolVersion, std::move(mutations)};
}

bool names(const protocol::PullResponse &pull, const std::string &id)
{
    const bool changed = std::any_of(
        pull.changes.begin(), pull.changes.end(), [&](const protocol::Change &change) { return change.id == id; });
    const bool purged
        = std::any_of(pull.purge.begin(), pull.purge.end(), [&](const protocol::RowRef &ref) { return ref.id == id; });
    return changed || purged;
}

std::string text(const FieldMap &fields, const std::string &name)
{
    const auto it = fields.find(name);
    return it == fields.end() ? std::string("<absent>") : toDisplayString(it->second);
}

} // namespace

class TestLadder : public QObject
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
                pushOf(who,
                    {protocol::Mutation {mid, table, id, std::move(fields),
                        hlc ? hlc : Hlc::pack(f.clock.nowMs(), std::uint16_t(mid)), deleted}}));
            if (!answer)
                return {answer.error().code, answer.error().message};
            if (!answer->rejected.empty())
                return {answer->rejected.front().code, answer->rejected.front().message};
            return {};
        }

        FieldMap assessment(const std::string &person, std::int64_t level, const std::string &by, const std::string &at,
            const std::string &note = {})
        {
            return {{"person_id", person}, {"level", level}, {"assessed_by", by}, {"assessed_at", at}, {"note", note}};
        }

        FieldMap note(const std::string &person, const std::string &by, const std::string &textValue)
        {
            return {{"person_id", person}, {"author_id", by}, {"written_at", std::string("2026-12-01T10:00:00.000Z")},
                {"text", textValue}};
        }

        protocol::PullResponse pull(const Principal &who)
        {
            auto pulled = f.service->pull(who, "", 5000);
            if (!pulled)
                qFatal("pull failed: %s", pulled.error().message.c_str());
            return *pulled;
        }

        std::string level(const std::string &person)
        {
            const auto row = f.store->loadValues(*findTable("person"), person);
            return row ? text(row->row.values, "leadership_level") : std::string("<none>");
        }
    };

private slots:
    void whoMayWriteAssessmentsAndNotes_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("expected"); // "" allowed, else the rejection code
        const auto cell = [](const char *who, const char *table, const char *operation, const char *expected) {
            QTest::addRow("%s %s %s", who, operation, table) << who << table << operation << expected;
        };
        for (const char *table : {"assessment", "leader_note"}) {
            cell("applicant", table, "create", "forbidden");
            cell("member", table, "create", "forbidden");
            cell("leader", table, "create", "");
            cell("admin", table, "create", "");
            cell("leader", table, "update", "forbidden");
            cell("admin", table, "update", "forbidden");
            cell("leader", table, "delete", "forbidden");
            cell("admin", table, "delete", "");
        }
        // A leader note about oneself would never reach its author: refused.
        cell("leader", "leader_note", "create about self", "forbidden");
        cell("leader", "assessment", "create about self", "");
        // Written in someone else's name, or about nobody.
        cell("leader", "assessment", "create for another author", "forbidden");
        cell("leader", "leader_note", "create for another author", "forbidden");
        cell("leader", "assessment", "create about nobody", "invalid_reference");
        cell("leader", "leader_note", "create about nobody", "invalid_reference");
    }

    void whoMayWriteAssessmentsAndNotes()
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
        const bool assessment = table == "assessment";
        const auto rowFor = [&](const std::string &person, const std::string &by) {
            return assessment ? c.assessment(person, 3, by, "2026-12-01T10:00:00.000Z") : c.note(person, by, "Kind.");
        };
        const std::string id = newTestId();
        std::pair<std::string, std::string> answer;
        if (operation.startsWith(QLatin1String("create"))) {
            std::string person = c.memberId;
            std::string by = self;
            if (operation == "create about self")
                person = self;
            else if (operation == "create for another author")
                by = c.otherLeaderId;
            else if (operation == "create about nobody")
                person = newTestId();
            answer = c.push(principal, table.toStdString(), id, rowFor(person, by));
        } else {
            QCOMPARE(
                c.push(c.otherLeader.principal, table.toStdString(), id, rowFor(c.memberId, c.otherLeaderId)).first,
                std::string());
            if (operation == "update")
                answer = c.push(principal, table.toStdString(), id,
                    assessment ? FieldMap {{"level", std::int64_t(4)}} : FieldMap {{"text", std::string("Edited")}});
            else
                answer = c.push(principal, table.toStdString(), id, {}, true);
        }
        QVERIFY2(answer.first == expected.toStdString(), (answer.first + ": " + answer.second).c_str());
    }

    void levelsOutsideTheLadderAreRefusedNamingThePerson()
    {
        Community c;
        for (std::int64_t level : {0, 6, 9, -1}) {
            const auto [code, message] = c.push(c.leader.principal, "assessment", newTestId(),
                c.assessment(c.memberId, level, c.leaderId, "2026-12-01T10:00:00.000Z"));
            QCOMPARE(code, std::string("invalid_value"));
            QVERIFY2(message.find("Mateo Silva") != std::string::npos, message.c_str());
            QVERIFY2(message.find(std::to_string(level)) != std::string::npos, message.c_str());
            QVERIFY2(message.find("from 1 to 5") != std::string::npos, message.c_str());
        }
        // The person's own field follows the same range.
        const auto [code, message]
            = c.push(c.leader.principal, "person", c.memberId, {{"leadership_level", std::int64_t(9)}});
        QCOMPARE(code, std::string("invalid_value"));
        QVERIFY2(message.find("Level 9 for Mateo Silva") != std::string::npos, message.c_str());
        const auto missing = c.push(c.leader.principal, "assessment", newTestId(),
            {{"person_id", c.memberId}, {"assessed_by", c.leaderId},
                {"assessed_at", std::string("2026-12-01T10:00:00Z")}});
        QCOMPARE(missing.first, std::string("invalid_value"));
        QVERIFY(c.level(c.memberId) != "9");
        QCOMPARE(c.push(c.leader.principal, "person", c.memberId, {{"leadership_level", std::int64_t(5)}}).first,
            std::string());
    }

    void theLatestAssessmentSetsTheLevelWhateverOrderTheyArriveIn()
    {
        Community c;
        const std::string later = newTestId();
        const std::string earlier = newTestId();
        // The later assessment arrives first; the earlier one, made offline, after it.
        QCOMPARE(c.push(c.leader.principal, "assessment", later,
                      c.assessment(c.memberId, 3, c.leaderId, "2026-12-02T09:00:00.000Z"))
                     .first,
            std::string());
        QCOMPARE(c.level(c.memberId), std::string("3"));
        QCOMPARE(c.push(c.otherLeader.principal, "assessment", earlier,
                      c.assessment(c.memberId, 2, c.otherLeaderId, "2026-12-01T09:00:00.000Z"))
                     .first,
            std::string());
        QCOMPARE(c.level(c.memberId), std::string("3"));
        // Same time: the greater id wins, on every side.
        const std::string a = "01900000-0000-7000-8000-000000000001";
        const std::string b = "01900000-0000-7000-8000-000000000002";
        QCOMPARE(c.push(c.leader.principal, "assessment", b,
                      c.assessment(c.memberId, 4, c.leaderId, "2026-12-03T09:00:00.000Z"))
                     .first,
            std::string());
        QCOMPARE(c.push(c.otherLeader.principal, "assessment", a,
                      c.assessment(c.memberId, 1, c.otherLeaderId, "2026-12-03T09:00:00.000Z"))
                     .first,
            std::string());
        QCOMPARE(c.level(c.memberId), std::string("4"));
        // An admin removing the latest one brings the level back to the one before.
        QCOMPARE(c.push(c.admin.principal, "assessment", b, {}, true).first, std::string());
        QCOMPARE(c.level(c.memberId), std::string("1"));
        // History is kept: every live assessment is there.
        QCOMPARE(c.f.store->liveIdsWhere(*findTable("assessment"), "person_id", c.memberId).size(), std::size_t(3));
        // Leaders receive the new level with a version above the assessment's, so it reaches them.
        const auto asLeader = c.pull(c.leader.principal);
        const auto person = std::find_if(asLeader.changes.begin(), asLeader.changes.end(),
            [&](const protocol::Change &change) { return change.id == c.memberId; });
        QVERIFY(person != asLeader.changes.end());
        QCOMPARE(text(person->fields, "leadership_level"), std::string("1"));
    }

    void membersAndApplicantsNeverReceiveAssessmentsOrNotes()
    {
        Community c;
        const std::string assessment = newTestId();
        const std::string note = newTestId();
        const std::string aboutLeader = newTestId();
        QCOMPARE(c.push(c.leader.principal, "assessment", assessment,
                      c.assessment(c.memberId, 2, c.leaderId, "2026-12-01T10:00:00.000Z", "marker-assess"))
                     .first,
            std::string());
        QCOMPARE(c.push(c.leader.principal, "leader_note", note, c.note(c.memberId, c.leaderId, "marker-note")).first,
            std::string());
        QCOMPARE(
            c.push(c.otherLeader.principal, "leader_note", aboutLeader, c.note(c.leaderId, c.otherLeaderId, "x")).first,
            std::string());
        for (const auto &who : {c.member.principal, c.applicant.principal}) {
            const auto pulled = c.pull(who);
            QVERIFY(!names(pulled, assessment));
            QVERIFY(!names(pulled, note));
            QVERIFY(!names(pulled, aboutLeader));
        }
        // The leader sees the assessment and the note about the member, never the note about herself.
        const auto asLeader = c.pull(c.leader.principal);
        QVERIFY(names(asLeader, assessment));
        QVERIFY(names(asLeader, note));
        QVERIFY(!names(asLeader, aboutLeader));
        const auto asOther = c.pull(c.otherLeader.principal);
        QVERIFY(names(asOther, aboutLeader));
        // Not even an admin's device receives notes about the admin.
        const std::string aboutAdmin = newTestId();
        QCOMPARE(c.push(c.leader.principal, "leader_note", aboutAdmin, c.note(c.adminId, c.leaderId, "y")).first,
            std::string());
        QVERIFY(!names(c.pull(c.admin.principal), aboutAdmin));
        QVERIFY(names(c.pull(c.otherLeader.principal), aboutAdmin));
    }

    void checksumsLeaveOutTheNotesAboutTheLeader()
    {
        Community c;
        QCOMPARE(
            c.push(c.otherLeader.principal, "leader_note", newTestId(), c.note(c.leaderId, c.otherLeaderId, "x")).first,
            std::string());
        QCOMPARE(c.push(c.leader.principal, "leader_note", newTestId(), c.note(c.memberId, c.leaderId, "y")).first,
            std::string());
        c.f.service->prepareChecksums();
        for (const auto &who : {c.leader.principal, c.otherLeader.principal, c.admin.principal, c.member.principal}) {
            const auto pulled = c.pull(who);
            TableChecksum received;
            for (const auto &change : pulled.changes) {
                if (change.table == "leader_note")
                    received.add(change.id, change.fields);
            }
            QCOMPARE(pulled.checksums.at("leader_note").count, received.count);
            QCOMPARE(pulled.checksums.at("leader_note").digest, received.digest);
        }
    }
};

QTEST_GUILESS_MAIN(TestLadder)
#include "tst_ladder.moc"
