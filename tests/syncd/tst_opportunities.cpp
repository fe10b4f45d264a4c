// Opportunities on the daemon (docs/organizing.md, "Opportunities"): who may post, say they are
// interested, accept and decline; the values checked naming the opportunity; one interest per
// opportunity and person; places never over-filled (two curators for the last place); and who
// receives interests (the person, the group's curators, leaders; no other member).

#include "ServiceFixture.h"

#include "common/Checksum.h"
#include "common/Hlc.h"
#include "common/Opportunities.h"

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

class TestOpportunities : public QObject
{
    Q_OBJECT

private:
    struct Community
    {
        ServiceFixture f;
        std::string adminId, leaderId, curatorId, otherCuratorId, memberId, otherMemberId, applicantId;
        ServiceFixture::Login admin, leader, curator, otherCurator, member, otherMember, applicant;
        std::string groupId, otherGroupId;
        std::int64_t mid = 0;

        Community()
        {
            adminId = f.addAccount("amara@example.org", Role::Admin);
            leaderId = f.addAccount("lena@example.org", Role::Leader);
            curatorId = f.addAccount("chidi@example.org", Role::Member, {{"display_name", "Chidi Okafor"}});
            otherCuratorId = f.addAccount("ines@example.org", Role::Member, {{"display_name", "Ines Duarte"}});
            memberId = f.addAccount("mateo@example.org", Role::Member, {{"display_name", "Mateo Silva"}});
            otherMemberId = f.addAccount("yara@example.org", Role::Member, {{"display_name", "Yara Haddad"}});
            applicantId = f.addAccount("priya@example.org", Role::Applicant);
            admin = f.login("amara@example.org");
            leader = f.login("lena@example.org");
            curator = f.login("chidi@example.org");
            otherCurator = f.login("ines@example.org");
            member = f.login("mateo@example.org");
            otherMember = f.login("yara@example.org");
            applicant = f.login("priya@example.org");
            groupId = group("Tenants' union", {curatorId, otherCuratorId});
            otherGroupId = group("Garden", {otherMemberId});
        }

        // A group made by the leader with these active curators; its id.
        std::string group(const std::string &name, const std::vector<std::string> &curators)
        {
            const std::string id = newTestId();
            expectOk(push(leader.principal, "group", id, {{"name", name}, {"kind", std::string("open")}}));
            for (const auto &person : curators)
                expectOk(push(leader.principal, "membership", newTestId(),
                    {{"person_id", person}, {"group_id", id}, {"state", std::string("active")},
                        {"role", std::string("curator")}}));
            return id;
        }

        static void expectOk(const std::pair<std::string, std::string> &answer)
        {
            if (!answer.first.empty())
                qFatal("refused: %s %s", answer.first.c_str(), answer.second.c_str());
        }

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

        FieldMap opportunity(const std::string &group, const std::string &by, std::int64_t places = 2)
        {
            return {{"group_id", group}, {"title", std::string("Translate the rent flyer")},
                {"description", std::string("Into Arabic and Portuguese")}, {"skills", std::string("translation")},
                {"languages", std::string("Arabic, Portuguese")}, {"area", std::string("localization")},
                {"commitment", std::string("3 hours")}, {"starts_on", std::string("2026-12-10")},
                {"ends_on", std::string("2026-12-20")}, {"places", places}, {"state", std::string("open")},
                {"posted_by", by}, {"posted_at", std::string("2026-12-01T10:00:00.000Z")}};
        }

        std::string posted(std::int64_t places = 2)
        {
            const std::string id = newTestId();
            expectOk(push(curator.principal, "opportunity", id, opportunity(groupId, curatorId, places)));
            return id;
        }

        FieldMap interest(const std::string &opportunityId, const std::string &person, const std::string &by,
            std::string_view state = opportunities::kInterested)
        {
            return {{"opportunity_id", opportunityId}, {"person_id", person}, {"group_id", groupId},
                {"state", std::string(state)}, {"changed_by", by},
                {"changed_at", std::string("2026-12-02T10:00:00.000Z")}};
        }

        // `person` says they are interested; the interest's id.
        std::string interested(const std::string &opportunityId, const ServiceFixture::Login &who)
        {
            const std::string id = opportunities::interestId(opportunityId, who.principal.personId);
            expectOk(push(who.principal, "opportunity_interest", id,
                interest(opportunityId, who.principal.personId, who.principal.personId)));
            return id;
        }

        std::pair<std::string, std::string> answer(const ServiceFixture::Login &who, const std::string &opportunityId,
            const std::string &person, std::string_view state)
        {
            return push(who.principal, "opportunity_interest", opportunities::interestId(opportunityId, person),
                {{"state", std::string(state)}, {"changed_by", who.principal.personId},
                    {"changed_at", std::string("2026-12-03T10:00:00.000Z")}});
        }

        protocol::PullResponse pull(const Principal &who, const std::string &since = "")
        {
            auto pulled = f.service->pull(who, since, 5000);
            if (!pulled)
                qFatal("pull failed: %s", pulled.error().message.c_str());
            return *pulled;
        }

        FieldMap stored(const std::string &table, const std::string &id)
        {
            const auto row = f.store->loadValues(*findTable(table), id);
            return row ? row->row.values : FieldMap {};
        }

        std::int64_t filled(const std::string &opportunityId)
        {
            const auto values = stored("opportunity", opportunityId);
            const auto it = values.find("filled");
            const auto *count = it == values.end() ? nullptr : std::get_if<std::int64_t>(&it->second);
            return count ? *count : 0;
        }
    };

private slots:
    void whoMayPostEditAndClose()
    {
        Community c;
        const std::string id = newTestId();
        QCOMPARE(c.push(c.applicant.principal, "opportunity", id, c.opportunity(c.groupId, c.applicantId)).first,
            std::string("forbidden"));
        QCOMPARE(c.push(c.member.principal, "opportunity", id, c.opportunity(c.groupId, c.memberId)).first,
            std::string("forbidden"));
        // A curator of another group is no curator of this one.
        QCOMPARE(c.push(c.otherMember.principal, "opportunity", id, c.opportunity(c.groupId, c.otherMemberId)).first,
            std::string("forbidden"));
        QCOMPARE(
            c.push(c.curator.principal, "opportunity", id, c.opportunity(c.groupId, c.curatorId)).first, std::string());
        QCOMPARE(
            c.push(c.leader.principal, "opportunity", newTestId(), c.opportunity(c.otherGroupId, c.leaderId)).first,
            std::string());
        QCOMPARE(c.push(c.admin.principal, "opportunity", newTestId(), c.opportunity(c.groupId, c.adminId)).first,
            std::string());
        // Posted in one's own name only.
        QCOMPARE(c.push(c.leader.principal, "opportunity", newTestId(), c.opportunity(c.groupId, c.curatorId)).first,
            std::string("forbidden"));
        // Editing and closing: the group's curators and leaders.
        const FieldMap closing {{"state", std::string("closed")}};
        QCOMPARE(c.push(c.member.principal, "opportunity", id, closing).first, std::string("forbidden"));
        QCOMPARE(c.push(c.otherMember.principal, "opportunity", id, closing).first, std::string("forbidden"));
        QCOMPARE(
            c.push(c.otherCurator.principal, "opportunity", id, {{"places", std::int64_t(4)}}).first, std::string());
        QCOMPARE(c.push(c.leader.principal, "opportunity", id, closing).first, std::string());
        QCOMPARE(textOf(c.stored("opportunity", id), "state"), std::string("closed"));
        // Where and by whom it was posted never changes; only admins delete one.
        QCOMPARE(c.push(c.leader.principal, "opportunity", id, {{"group_id", c.otherGroupId}}).first,
            std::string("invalid_value"));
        QCOMPARE(c.push(c.curator.principal, "opportunity", id, {}, true).first, std::string("forbidden"));
        QCOMPARE(c.push(c.leader.principal, "opportunity", id, {}, true).first, std::string("forbidden"));
        QCOMPARE(c.push(c.admin.principal, "opportunity", id, {}, true).first, std::string());
        // The filled places are the daemon's to count.
        QCOMPARE(c.push(c.leader.principal, "opportunity", newTestId(),
                      [&] {
                          auto fields = c.opportunity(c.groupId, c.leaderId);
                          fields["filled"] = std::int64_t(1);
                          return fields;
                      }())
                     .first,
            std::string("forbidden"));
    }

    void valuesAreCheckedNamingTheOpportunity_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<qlonglong>("number");
        QTest::addColumn<QString>("expected"); // a part of the message
        QTest::newRow("no places") << "places"
                                   << "" << 0LL << "0 places for the opportunity \"Translate the rent flyer\"";
        QTest::newRow("too many places") << "places"
                                         << "" << 501LL << "from 1 to 500";
        QTest::newRow("unknown area") << "area"
                                      << "gardening" << 0LL
                                      << "The area \"gardening\" of the opportunity \"Translate the rent flyer\"";
        QTest::newRow("not a day") << "starts_on"
                                   << "10/12/2026" << 0LL << "\"10/12/2026\"";
        QTest::newRow("no such day") << "ends_on"
                                     << "2026-02-30" << 0LL << "\"2026-02-30\"";
        QTest::newRow("ends before it starts") << "ends_on"
                                               << "2026-12-09" << 0LL
                                               << "The last day 2026-12-09 of the opportunity \"Translate the rent "
                                                  "flyer\" is before its first day 2026-12-10";
        QTest::newRow("empty title") << "title"
                                     << "  " << 0LL << "needs a title";
    }

    void valuesAreCheckedNamingTheOpportunity()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(qlonglong, number);
        QFETCH(QString, expected);
        Community c;
        auto fields = c.opportunity(c.groupId, c.curatorId);
        fields[field.toStdString()]
            = field == QLatin1String("places") ? FieldValue {std::int64_t(number)} : FieldValue {text.toStdString()};
        const auto refused = c.push(c.curator.principal, "opportunity", newTestId(), fields);
        QCOMPARE(refused.first, std::string("invalid_value"));
        QVERIFY2(QString::fromStdString(refused.second).contains(expected), refused.second.c_str());
        // An edit is checked the same way, against what the row holds.
        const std::string id = c.posted();
        const auto edit
            = c.push(c.curator.principal, "opportunity", id, {{field.toStdString(), fields.at(field.toStdString())}});
        QCOMPARE(edit.first, std::string("invalid_value"));
        // An unknown group.
        auto orphan = c.opportunity(newTestId(), c.leaderId);
        QCOMPARE(
            c.push(c.leader.principal, "opportunity", newTestId(), orphan).first, std::string("invalid_reference"));
    }

    void whoMaySayInterestedAndAnswer()
    {
        Community c;
        const std::string id = c.posted();
        const auto own = [&](const ServiceFixture::Login &who) {
            return c.push(who.principal, "opportunity_interest", opportunities::interestId(id, who.principal.personId),
                c.interest(id, who.principal.personId, who.principal.personId));
        };
        QCOMPARE(own(c.applicant).first, std::string("forbidden"));
        // In one's own name only, even for a leader.
        QCOMPARE(c.push(c.leader.principal, "opportunity_interest", opportunities::interestId(id, c.memberId),
                      c.interest(id, c.memberId, c.leaderId))
                     .first,
            std::string("forbidden"));
        QCOMPARE(own(c.member).first, std::string());
        QCOMPARE(own(c.otherMember).first, std::string());
        // Its id is its opportunity's and person's; its group the opportunity's.
        QCOMPARE(c.push(c.leader.principal, "opportunity_interest", newTestId(), c.interest(id, c.leaderId, c.leaderId))
                     .first,
            std::string("invalid_id"));
        auto elsewhere = c.interest(id, c.leaderId, c.leaderId);
        elsewhere["group_id"] = c.otherGroupId;
        QCOMPARE(
            c.push(c.leader.principal, "opportunity_interest", opportunities::interestId(id, c.leaderId), elsewhere)
                .first,
            std::string("invalid_value"));
        // A member answers nobody, not even themself; a curator of another group neither.
        QCOMPARE(c.answer(c.member, id, c.memberId, opportunities::kAccepted).first, std::string("forbidden"));
        QCOMPARE(c.answer(c.otherMember, id, c.memberId, opportunities::kAccepted).first, std::string("forbidden"));
        // A curator does not say someone else is interested or withdraws them.
        QCOMPARE(c.answer(c.curator, id, c.memberId, opportunities::kWithdrawn).first, std::string("forbidden"));
        QCOMPARE(c.push(c.curator.principal, "opportunity_interest", opportunities::interestId(id, c.memberId),
                      {{"message", std::string("hi")}, {"changed_by", c.curatorId},
                          {"changed_at", std::string("2026-12-03T10:00:00.000Z")}})
                     .first,
            std::string("forbidden"));
        // In another's name.
        QCOMPARE(c.push(c.curator.principal, "opportunity_interest", opportunities::interestId(id, c.memberId),
                      {{"state", std::string("accepted")}, {"changed_by", c.leaderId},
                          {"changed_at", std::string("2026-12-03T10:00:00.000Z")}})
                     .first,
            std::string("forbidden"));
        QCOMPARE(c.answer(c.curator, id, c.memberId, opportunities::kAccepted).first, std::string());
        QCOMPARE(c.answer(c.leader, id, c.otherMemberId, opportunities::kDeclined).first, std::string());
        // Nobody is accepted before they say they are interested.
        QCOMPARE(c.push(c.curator.principal, "opportunity_interest", opportunities::interestId(id, c.leaderId),
                      c.interest(id, c.leaderId, c.curatorId, opportunities::kAccepted))
                     .first,
            std::string("forbidden"));
        // The declined member does not make themself interested again; the accepted one withdraws.
        QCOMPARE(own(c.otherMember).first, std::string("forbidden"));
        QCOMPARE(c.answer(c.member, id, c.memberId, opportunities::kWithdrawn).first, std::string());
        // Only admins delete an interest.
        QCOMPARE(
            c.push(c.curator.principal, "opportunity_interest", opportunities::interestId(id, c.memberId), {}, true)
                .first,
            std::string("forbidden"));
        QCOMPARE(c.push(c.admin.principal, "opportunity_interest", opportunities::interestId(id, c.memberId), {}, true)
                     .first,
            std::string());
    }

    void twoDevicesOfOnePersonWriteOneInterest()
    {
        Community c;
        const std::string id = c.posted();
        const auto second = c.f.login("mateo@example.org");
        const std::string interest = c.interested(id, c.member);
        // The other device did not know: it writes the whole row again, under the same id.
        QCOMPARE(
            c.push(second.principal, "opportunity_interest", interest, c.interest(id, c.memberId, c.memberId)).first,
            std::string());
        QCOMPARE(
            c.f.store->liveIdsWhere(*findTable("opportunity_interest"), "opportunity_id", id).size(), std::size_t(1));
    }

    void placesAreNeverOverFilled()
    {
        Community c;
        const std::string id = c.posted(1);
        c.interested(id, c.member);
        c.interested(id, c.otherMember);
        QCOMPARE(c.filled(id), std::int64_t(0));
        // Two curators accept offline, each someone else, for the last place: the first to reach
        // the daemon has it, the second is refused and names the opportunity.
        QCOMPARE(c.answer(c.curator, id, c.memberId, opportunities::kAccepted).first, std::string());
        QCOMPARE(c.filled(id), std::int64_t(1));
        const auto late = c.answer(c.otherCurator, id, c.otherMemberId, opportunities::kAccepted);
        QCOMPARE(late.first, std::string("no_places"));
        QVERIFY2(late.second.find("All 1 places of the opportunity \"Translate the rent flyer\"") != std::string::npos,
            late.second.c_str());
        QVERIFY2(late.second.find("Yara Haddad") != std::string::npos, late.second.c_str());
        QCOMPARE(textOf(c.stored("opportunity_interest", opportunities::interestId(id, c.otherMemberId)), "state"),
            std::string("interested"));
        // Accepting the accepted one again changes nothing and is no over-filling.
        QCOMPARE(c.answer(c.otherCurator, id, c.memberId, opportunities::kAccepted).first, std::string());
        // The places are not lowered below the people accepted.
        c.push(c.curator.principal, "opportunity", id, {{"places", std::int64_t(2)}});
        QCOMPARE(c.answer(c.otherCurator, id, c.otherMemberId, opportunities::kAccepted).first, std::string());
        QCOMPARE(c.filled(id), std::int64_t(2));
        const auto lowered = c.push(c.curator.principal, "opportunity", id, {{"places", std::int64_t(1)}});
        QCOMPARE(lowered.first, std::string("no_places"));
        // A withdrawal frees the place.
        QCOMPARE(c.answer(c.member, id, c.memberId, opportunities::kWithdrawn).first, std::string());
        QCOMPARE(c.filled(id), std::int64_t(1));
        QCOMPARE(c.push(c.curator.principal, "opportunity", id, {{"places", std::int64_t(1)}}).first, std::string());
    }

    void aWithdrawalOrAClosingBeforeTheAnswer()
    {
        Community c;
        const std::string id = c.posted();
        c.interested(id, c.member);
        // The member withdrew before the curator's acceptance, made offline, reached the daemon.
        QCOMPARE(c.answer(c.member, id, c.memberId, opportunities::kWithdrawn).first, std::string());
        const auto late = c.answer(c.curator, id, c.memberId, opportunities::kAccepted);
        QCOMPARE(late.first, std::string("forbidden"));
        QVERIFY2(late.second.find("withdrew") != std::string::npos, late.second.c_str());
        // Saying interested again is theirs to do, while the opportunity is open.
        QCOMPARE(c.answer(c.member, id, c.memberId, opportunities::kInterested).first, std::string());
        QCOMPARE(
            c.push(c.curator.principal, "opportunity", id, {{"state", std::string("closed")}}).first, std::string());
        const std::string otherInterest = opportunities::interestId(id, c.otherMemberId);
        const auto closed = c.push(c.otherMember.principal, "opportunity_interest", otherInterest,
            c.interest(id, c.otherMemberId, c.otherMemberId));
        QCOMPARE(closed.first, std::string("closed"));
        // An unknown opportunity.
        const std::string unknown = newTestId();
        QCOMPARE(c.push(c.member.principal, "opportunity_interest", opportunities::interestId(unknown, c.memberId),
                      c.interest(unknown, c.memberId, c.memberId))
                     .first,
            std::string("invalid_reference"));
    }

    void interestsReachThePersonTheGroupsCuratorsAndLeadersOnly()
    {
        Community c;
        const std::string id = c.posted();
        const std::string garden = newTestId();
        Community::expectOk(
            c.push(c.otherMember.principal, "opportunity", garden, c.opportunity(c.otherGroupId, c.otherMemberId)));
        const std::string mine = c.interested(id, c.member);
        const std::string theirs = c.interested(id, c.otherMember);
        const std::string inGarden = opportunities::interestId(garden, c.memberId);
        auto gardenInterest = c.interest(garden, c.memberId, c.memberId);
        gardenInterest["group_id"] = c.otherGroupId;
        Community::expectOk(c.push(c.member.principal, "opportunity_interest", inGarden, gardenInterest));

        const auto asMember = c.pull(c.member.principal);
        QVERIFY(names(asMember, id));
        QVERIFY(names(asMember, mine));
        QVERIFY(names(asMember, inGarden));
        QVERIFY(!names(asMember, theirs));
        // Yara curates the garden, not the tenants' union: she sees Mateo's interest in the garden only.
        const auto asOtherMember = c.pull(c.otherMember.principal);
        QVERIFY(names(asOtherMember, theirs));
        QVERIFY(names(asOtherMember, inGarden));
        QVERIFY(!names(asOtherMember, mine));
        const auto asCurator = c.pull(c.curator.principal);
        QVERIFY(names(asCurator, mine));
        QVERIFY(names(asCurator, theirs));
        QVERIFY(!names(asCurator, inGarden));
        const auto asApplicant = c.pull(c.applicant.principal);
        for (const auto &row : {id, garden, mine, theirs, inGarden})
            QVERIFY(!names(asApplicant, row));
        const auto asLeader = c.pull(c.leader.principal);
        for (const auto &row : {id, garden, mine, theirs, inGarden})
            QVERIFY(names(asLeader, row));
        // The filled places reach members with the opportunity.
        QCOMPARE(c.answer(c.curator, id, c.otherMemberId, opportunities::kAccepted).first, std::string());
        const auto again = c.pull(c.member.principal);
        const auto change = std::find_if(again.changes.begin(), again.changes.end(),
            [&](const protocol::Change &candidate) { return candidate.id == id; });
        QVERIFY(change != again.changes.end());
        QCOMPARE(std::get<std::int64_t>(change->fields.at("filled")), std::int64_t(1));
        QVERIFY(!names(again, theirs));

        // What the checksums say each device should hold is what it was sent.
        c.f.service->prepareChecksums();
        for (const auto &who : {c.curator.principal, c.otherMember.principal, c.member.principal,
                 c.otherCurator.principal, c.leader.principal, c.applicant.principal}) {
            const auto pulled = c.pull(who);
            for (const std::string table : {"opportunity", "opportunity_interest"}) {
                TableChecksum received;
                for (const auto &pulledChange : pulled.changes) {
                    if (pulledChange.table == table)
                        received.add(pulledChange.id, pulledChange.fields);
                }
                QCOMPARE(pulled.checksums.at(table).count, received.count);
                QCOMPARE(pulled.checksums.at(table).digest, received.digest);
            }
        }
    }

    void aCuratorshipGainedOrEndedFetchesAFreshCopy()
    {
        Community c;
        const std::string id = c.posted();
        c.interested(id, c.otherMember);
        const auto before = c.pull(c.member.principal);
        QVERIFY(!before.mustRefetch);
        // Mateo becomes a curator of the group: his device fetches a fresh copy, with the interests.
        const std::string membership = newTestId();
        Community::expectOk(c.push(c.curator.principal, "membership", membership,
            {{"person_id", c.memberId}, {"group_id", c.groupId}, {"state", std::string("active")},
                {"role", std::string("curator")}}));
        QVERIFY(c.pull(c.member.principal, before.cursor).mustRefetch);
        const auto fresh = c.pull(c.member.principal);
        QVERIFY(names(fresh, opportunities::interestId(id, c.otherMemberId)));
        // And again when he is a curator no more.
        Community::expectOk(c.push(c.curator.principal, "membership", membership, {{"role", std::string("member")}}));
        QVERIFY(c.pull(c.member.principal, fresh.cursor).mustRefetch);
        QVERIFY(!names(c.pull(c.member.principal), opportunities::interestId(id, c.otherMemberId)));
        // A curatorship in a group without interests changes nothing one holds.
        const auto quiet = c.pull(c.otherMember.principal);
        Community::expectOk(c.push(c.leader.principal, "membership", newTestId(),
            {{"person_id", c.otherMemberId}, {"group_id", c.group("Choir", {})}, {"state", std::string("active")},
                {"role", std::string("curator")}}));
        QVERIFY(!c.pull(c.otherMember.principal, quiet.cursor).mustRefetch);
    }
};

QTEST_GUILESS_MAIN(TestOpportunities)
#include "tst_opportunities.moc"
