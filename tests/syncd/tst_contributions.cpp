// Contributions and touch-points on the daemon (docs/organizing.md): who may record, confirm and
// delete them, what is refused (area, kind, hours, day, forged names, edits), who receives them,
// and the confirmation that stands of two made concurrently.

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

const protocol::Change *changeOf(const protocol::PullResponse &pull, const std::string &id)
{
    const auto it = std::find_if(
        pull.changes.begin(), pull.changes.end(), [&](const protocol::Change &change) { return change.id == id; });
    return it == pull.changes.end() ? nullptr : &*it;
}

bool names(const protocol::PullResponse &pull, const std::string &id)
{
    return changeOf(pull, id)
        || std::any_of(pull.purge.begin(), pull.purge.end(), [&](const protocol::RowRef &ref) { return ref.id == id; });
}

} // namespace

class TestContributions : public QObject
{
    Q_OBJECT

private:
    struct Community
    {
        ServiceFixture f;
        std::string adminId, leaderId, otherLeaderId, memberId, otherMemberId, applicantId;
        ServiceFixture::Login admin, leader, otherLeader, member, otherMember, applicant;
        std::int64_t mid = 0;

        Community()
        {
            adminId = f.addAccount("amara@example.org", Role::Admin);
            leaderId = f.addAccount("lena@example.org", Role::Leader);
            otherLeaderId = f.addAccount("kofi@example.org", Role::Leader);
            memberId = f.addAccount("mateo@example.org", Role::Member, {{"display_name", "Mateo Silva"}});
            otherMemberId = f.addAccount("noor@example.org", Role::Member, {{"display_name", "Noor Haddad"}});
            applicantId = f.addAccount("priya@example.org", Role::Applicant);
            admin = f.login("amara@example.org");
            leader = f.login("lena@example.org");
            otherLeader = f.login("kofi@example.org");
            member = f.login("mateo@example.org");
            otherMember = f.login("noor@example.org");
            applicant = f.login("priya@example.org");
        }

        // The rejection of one pushed change ("" when acked): code and message.
        std::pair<std::string, std::string> push(
            const Principal &who, const std::string &id, FieldMap fields, bool deleted = false)
        {
            ++mid;
            const auto answer = f.service->push(who,
                pushOf(who,
                    {protocol::Mutation {mid, "contribution", id, std::move(fields),
                        Hlc::pack(f.clock.nowMs(), std::uint16_t(mid)), deleted}}));
            if (!answer)
                return {answer.error().code, answer.error().message};
            if (!answer->rejected.empty())
                return {answer->rejected.front().code, answer->rejected.front().message};
            return {};
        }

        static FieldMap entry(const std::string &person, const std::string &by)
        {
            return {{"person_id", person}, {"area", std::string("support")}, {"kind", std::string("contribution")},
                {"minutes", std::int64_t(90)}, {"description", std::string("Ran the food bank shift")},
                {"done_on", std::string("2026-11-30")}, {"recorded_by", by},
                {"recorded_at", std::string("2026-12-01T10:00:00.000Z")}};
        }

        static FieldMap confirmation(const std::string &by, const std::string &at)
        {
            return {{"confirmed_by", by}, {"confirmed_at", at}};
        }

        protocol::PullResponse pull(const Principal &who)
        {
            auto pulled = f.service->pull(who, "", 5000);
            if (!pulled)
                qFatal("pull failed: %s", pulled.error().message.c_str());
            return *pulled;
        }

        std::string stored(const std::string &id, const std::string &field)
        {
            const auto row = f.store->loadValues(*findTable("contribution"), id);
            if (!row)
                return "<none>";
            const auto value = row->row.values.find(field);
            return value == row->row.values.end() ? std::string() : toDisplayString(value->second);
        }
    };

private slots:
    void whoMayRecordConfirmAndDelete_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("expected"); // "" allowed, else the rejection code
        const auto cell = [](const char *who, const char *operation, const char *expected) {
            QTest::addRow("%s %s", who, operation) << who << operation << expected;
        };
        cell("applicant", "record own", "forbidden");
        cell("member", "record own", "");
        cell("leader", "record own", "");
        cell("admin", "record own", "");
        cell("applicant", "record another's", "forbidden");
        cell("member", "record another's", "forbidden");
        cell("leader", "record another's", "");
        cell("admin", "record another's", "");
        cell("member", "record own confirmed", "forbidden");
        cell("leader", "record another's confirmed", "");
        cell("member", "confirm own", "forbidden");
        cell("member", "confirm another's", "forbidden");
        cell("leader", "confirm", "");
        cell("admin", "confirm", "");
        cell("leader", "confirm in another's name", "forbidden");
        cell("leader", "withdraw a confirmation", "invalid_value");
        cell("member", "edit own", "forbidden");
        cell("leader", "edit", "forbidden");
        cell("member", "delete own", "forbidden");
        cell("leader", "delete", "forbidden");
        cell("admin", "delete", "");
    }

    void whoMayRecordConfirmAndDelete()
    {
        QFETCH(QString, who);
        QFETCH(QString, operation);
        QFETCH(QString, expected);
        Community c;
        const std::map<QString, std::pair<Principal, std::string>> actors {
            {"applicant", {c.applicant.principal, c.applicantId}}, {"member", {c.member.principal, c.memberId}},
            {"leader", {c.leader.principal, c.leaderId}}, {"admin", {c.admin.principal, c.adminId}}};
        const auto &[principal, self] = actors.at(who);
        const std::string id = newTestId();
        std::pair<std::string, std::string> answer;
        if (operation.startsWith(QLatin1String("record"))) {
            const std::string person = operation.contains(QLatin1String("own")) ? self : c.otherMemberId;
            FieldMap fields = Community::entry(person, self);
            if (operation.endsWith(QLatin1String("confirmed")))
                fields.merge(Community::confirmation(self, "2026-12-01T10:00:00.000Z"));
            answer = c.push(principal, id, fields);
        } else {
            // An unconfirmed entry of the member's (their own), or of the other member's.
            const bool own = operation.contains(QLatin1String("own"));
            const std::string person = own ? c.memberId : c.otherMemberId;
            const auto &recorder = own ? c.member.principal : c.otherMember.principal;
            QCOMPARE(c.push(recorder, id, Community::entry(person, person)).first, std::string());
            if (operation == "withdraw a confirmation") {
                QCOMPARE(c.push(c.otherLeader.principal, id,
                              Community::confirmation(c.otherLeaderId, "2026-12-02T10:00:00.000Z"))
                             .first,
                    std::string());
                answer = c.push(principal, id, {{"confirmed_by", FieldValue {}}, {"confirmed_at", FieldValue {}}});
            } else if (operation.startsWith(QLatin1String("confirm"))) {
                const std::string by = operation == "confirm in another's name" ? c.otherLeaderId : self;
                answer = c.push(principal, id, Community::confirmation(by, "2026-12-02T10:00:00.000Z"));
            } else if (operation.startsWith(QLatin1String("edit"))) {
                answer = c.push(principal, id, {{"minutes", std::int64_t(600)}});
            } else {
                answer = c.push(principal, id, {}, true);
            }
        }
        QVERIFY2(answer.first == expected.toStdString(), (answer.first + ": " + answer.second).c_str());
    }

    void badEntriesAreRefusedNamingThePersonAndTheValue_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected"); // in the message
        QTest::newRow("too many hours") << "minutes"
                                        << "1500"
                                        << "25 hours for Mateo Silva";
        QTest::newRow("negative hours") << "minutes"
                                        << "-30"
                                        << "-0.5 hours for Mateo Silva";
        QTest::newRow("unknown area") << "area"
                                      << "gardening"
                                      << "\"gardening\" of an entry for Mateo Silva";
        QTest::newRow("unknown kind") << "kind"
                                      << "letter"
                                      << "\"letter\" of an entry for Mateo Silva";
        QTest::newRow("no area") << "area"
                                 << ""
                                 << "needs its area";
        QTest::newRow("not a day") << "done_on"
                                   << "2026-02-30"
                                   << "\"2026-02-30\" of an entry for Mateo Silva";
        QTest::newRow("forged recorder") << "recorded_by"
                                         << "other"
                                         << "recorded_by";
        QTest::newRow("no time") << "recorded_at"
                                 << ""
                                 << "recorded_at";
    }

    void badEntriesAreRefusedNamingThePersonAndTheValue()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        Community c;
        FieldMap fields = Community::entry(c.memberId, c.leaderId);
        if (field == "minutes")
            fields["minutes"] = std::int64_t(value.toLongLong());
        else if (field == "recorded_by")
            fields["recorded_by"] = c.otherLeaderId;
        else
            fields[field.toStdString()] = value.toStdString();
        const std::string id = newTestId();
        const auto [code, message] = c.push(c.leader.principal, id, fields);
        QCOMPARE(code, std::string(field == "recorded_by" ? "forbidden" : "invalid_value"));
        QVERIFY2(message.find(expected.toStdString()) != std::string::npos, message.c_str());
        QCOMPARE(c.stored(id, "person_id"), std::string("<none>")); // nothing saved
        // The limits themselves are taken: a whole day, and none.
        fields = Community::entry(c.memberId, c.leaderId);
        fields["minutes"] = std::int64_t(24 * 60);
        QCOMPARE(c.push(c.leader.principal, newTestId(), fields).first, std::string());
        fields["minutes"] = std::int64_t(0);
        QCOMPARE(c.push(c.leader.principal, newTestId(), fields).first, std::string());
        fields.erase("minutes");
        QCOMPARE(c.push(c.leader.principal, newTestId(), fields).first, std::string());
        // An entry about no one is refused too.
        QCOMPARE(c.push(c.leader.principal, newTestId(), Community::entry(newTestId(), c.leaderId)).first,
            std::string("invalid_reference"));
    }

    void thePersonAndLeadersReceiveEntriesNoOneElse()
    {
        Community c;
        const std::string own = newTestId();
        const std::string touch = newTestId();
        QCOMPARE(c.push(c.member.principal, own, Community::entry(c.memberId, c.memberId)).first, std::string());
        FieldMap call = Community::entry(c.otherMemberId, c.leaderId);
        call["kind"] = std::string("call");
        QCOMPARE(c.push(c.leader.principal, touch, call).first, std::string());
        const auto asMember = c.pull(c.member.principal);
        QVERIFY(changeOf(asMember, own));
        QCOMPARE(textOf(changeOf(asMember, own)->fields, "description"), std::string("Ran the food bank shift"));
        QVERIFY(!names(asMember, touch));
        const auto asOther = c.pull(c.otherMember.principal);
        QVERIFY(!names(asOther, own));
        QVERIFY(changeOf(asOther, touch)); // a touch-point with them is theirs to see
        QVERIFY(!names(c.pull(c.applicant.principal), own));
        QVERIFY(!names(c.pull(c.applicant.principal), touch));
        for (const auto &who : {c.leader.principal, c.otherLeader.principal, c.admin.principal}) {
            const auto pulled = c.pull(who);
            QVERIFY(changeOf(pulled, own));
            QVERIFY(changeOf(pulled, touch));
        }
        // The checksums each device compares with agree with what it received.
        c.f.service->prepareChecksums();
        for (const auto &who : {c.member.principal, c.otherMember.principal, c.applicant.principal, c.leader.principal,
                 c.admin.principal}) {
            const auto pulled = c.pull(who);
            TableChecksum received;
            for (const auto &change : pulled.changes) {
                if (change.table == "contribution")
                    received.add(change.id, change.fields);
            }
            QCOMPARE(pulled.checksums.at("contribution").count, received.count);
            QCOMPARE(pulled.checksums.at("contribution").digest, received.digest);
        }
    }

    void theEarlierOfTwoConfirmationsStandsWhicheverArrivesFirst_data()
    {
        QTest::addColumn<bool>("earlierFirst");
        QTest::newRow("earlier confirmation first") << true;
        QTest::newRow("later confirmation first") << false;
    }

    void theEarlierOfTwoConfirmationsStandsWhicheverArrivesFirst()
    {
        QFETCH(bool, earlierFirst);
        Community c;
        const std::string id = newTestId();
        QCOMPARE(c.push(c.member.principal, id, Community::entry(c.memberId, c.memberId)).first, std::string());
        const auto early = Community::confirmation(c.otherLeaderId, "2026-12-02T09:00:00.000Z");
        const auto late = Community::confirmation(c.leaderId, "2026-12-02T11:00:00.000Z");
        if (earlierFirst) {
            QCOMPARE(c.push(c.otherLeader.principal, id, early).first, std::string());
            QCOMPARE(c.push(c.leader.principal, id, late).first, std::string());
        } else {
            QCOMPARE(c.push(c.leader.principal, id, late).first, std::string());
            QCOMPARE(c.push(c.otherLeader.principal, id, early).first, std::string());
        }
        QCOMPARE(c.stored(id, "confirmed_by"), c.otherLeaderId);
        QCOMPARE(c.stored(id, "confirmed_at"), std::string("2026-12-02T09:00:00.000Z"));
        // What was recorded is unchanged, and every leader's device receives the standing one.
        QCOMPARE(c.stored(id, "minutes"), std::string("90"));
        const auto pulled = c.pull(c.leader.principal);
        const auto *asLeader = changeOf(pulled, id);
        QVERIFY(asLeader);
        QCOMPARE(textOf(asLeader->fields, "confirmed_by"), c.otherLeaderId);
    }
};

QTEST_GUILESS_MAIN(TestContributions)
#include "tst_contributions.moc"
