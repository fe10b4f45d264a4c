// The community's words on the daemon (docs/organizing.md, "The community's words"): admins alone
// name the levels and areas and retire areas, with the id the kind and key give, valid values,
// in their own name; every member receives them.

#include "ServiceFixture.h"

#include "common/Hlc.h"
#include "common/StoredTime.h"
#include "common/Terms.h"

#include <QTest>

using namespace commonroom;
using namespace commonroom::syncd;

class TestTerms : public QObject
{
    Q_OBJECT

    struct Community
    {
        ServiceFixture f;
        std::string adminId, leaderId, memberId;
        ServiceFixture::Login admin, leader, member, applicant;
        std::int64_t mid = 0;

        Community()
        {
            adminId = f.addAccount("amara@example.org", Role::Admin);
            leaderId = f.addAccount("lena@example.org", Role::Leader);
            memberId = f.addAccount("mateo@example.org", Role::Member);
            f.addAccount("priya@example.org", Role::Applicant);
            admin = f.login("amara@example.org");
            leader = f.login("lena@example.org");
            member = f.login("mateo@example.org");
            applicant = f.login("priya@example.org");
        }

        FieldMap word(
            const std::string &kind, const std::string &key, const std::string &label, const std::string &by) const
        {
            return {{"kind", kind}, {"key", key}, {"label", label}, {"changed_by", by},
                {"changed_at", storedTime(f.clock.nowMs())}};
        }

        std::string push(const Principal &who, const std::string &id, FieldMap fields)
        {
            ++mid;
            const auto answer = f.service->push(who,
                protocol::PushRequest {who.deviceId, protocol::kProtocolVersion,
                    {protocol::Mutation {mid, "community_term", id, std::move(fields),
                        Hlc::pack(f.clock.nowMs(), std::uint16_t(mid)), false}}});
            if (!answer)
                return answer.error().code;
            return answer->rejected.empty() ? std::string() : answer->rejected.front().code;
        }

        bool holds(const Principal &who, const std::string &label)
        {
            const auto pulled = f.service->pull(who, "", 5000);
            for (const auto &change : pulled->changes) {
                if (change.table == "community_term" && textOf(change.fields, "label") == label)
                    return true;
            }
            return false;
        }
    };

private slots:
    void adminsNameTheWords()
    {
        Community c;
        const std::string level = terms::termId("level", "3");
        const std::string area = terms::termId("area", "localization");
        QCOMPARE(
            c.push(c.leader.principal, level, c.word("level", "3", "Organizer", c.leaderId)), std::string("forbidden"));
        QCOMPARE(
            c.push(c.member.principal, level, c.word("level", "3", "Organizer", c.memberId)), std::string("forbidden"));
        QCOMPARE(c.push(c.admin.principal, level, c.word("level", "3", "Organizer", c.adminId)), std::string());
        QCOMPARE(
            c.push(c.admin.principal, area, c.word("area", "localization", "Translation", c.adminId)), std::string());
        // Retiring an area; a level stays in use.
        QCOMPARE(c.push(c.admin.principal, area,
                     {{"active", std::int64_t(0)}, {"changed_by", c.adminId},
                         {"changed_at", storedTime(c.f.clock.nowMs())}}),
            std::string());
        QCOMPARE(c.push(c.admin.principal, level,
                     {{"active", std::int64_t(0)}, {"changed_by", c.adminId},
                         {"changed_at", storedTime(c.f.clock.nowMs())}}),
            std::string("invalid_value"));
        // Every member holds them; an applicant does not.
        QVERIFY(c.holds(c.member.principal, "Organizer"));
        QVERIFY(c.holds(c.leader.principal, "Translation"));
        QVERIFY(!c.holds(c.applicant.principal, "Organizer"));
    }

    void refusals()
    {
        Community c;
        const auto &admin = c.admin.principal;
        QCOMPARE(c.push(admin, newTestId(), c.word("level", "3", "Organizer", c.adminId)), std::string("invalid_id"));
        QCOMPARE(c.push(admin, terms::termId("level", "7"), c.word("level", "7", "Elder", c.adminId)),
            std::string("invalid_value"));
        QCOMPARE(c.push(admin, terms::termId("area", "cooking"), c.word("area", "cooking", "Cooking", c.adminId)),
            std::string("invalid_value"));
        QCOMPARE(c.push(admin, terms::termId("rank", "1"), c.word("rank", "1", "First", c.adminId)),
            std::string("invalid_value"));
        QCOMPARE(c.push(admin, terms::termId("level", "2"), c.word("level", "2", "Two\nlines", c.adminId)),
            std::string("invalid_value"));
        QCOMPARE(c.push(admin, terms::termId("level", "2"), c.word("level", "2", std::string(61, 'x'), c.adminId)),
            std::string("too_long"));
        QCOMPARE(c.push(admin, terms::termId("level", "2"), c.word("level", "2", "Regular", c.leaderId)),
            std::string("forbidden"));
        // Its kind and key never change.
        QCOMPARE(c.push(admin, terms::termId("level", "2"), c.word("level", "2", "Regular", c.adminId)), std::string());
        QCOMPARE(c.push(admin, terms::termId("level", "2"), c.word("level", "4", "Regular", c.adminId)),
            std::string("invalid_value"));
    }
};

QTEST_GUILESS_MAIN(TestTerms)
#include "tst_terms.moc"
