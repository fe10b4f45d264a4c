#include "ServiceFixture.h"

#include "common/Contributions.h"
#include "common/GroupMail.h"
#include "common/Ladder.h"
#include "common/Opportunities.h"
#include "common/Relations.h"

#include "syncd/DemoSeeder.h"

#include <QTest>

#include <algorithm>
#include <map>
#include <set>

using namespace commonroom;
using namespace commonroom::syncd;

namespace {

struct Census
{
    std::size_t people = 0;
    std::size_t groups = 0;
    std::size_t memberships = 0;
    std::multiset<std::string> names;
    std::set<std::string> visibilities;
    std::set<std::string> groupKinds;
    bool nonLatinName = false;
    bool everyRowFromSeed = true;
};

Census census(Store &store)
{
    Census result;
    for (const auto &ref : store.changesAfter(0, 100000)) {
        const auto stored = store.loadRow(*findTable(ref.table), ref.id);
        for (const auto &[field, version] : stored->row.versions)
            result.everyRowFromSeed = result.everyRowFromSeed && version.site == "seed";
        const auto &values = stored->row.values;
        if (ref.table == "person") {
            ++result.people;
            const auto name = toDisplayString(values.at("display_name"));
            result.names.insert(name);
            // Cyrillic, Arabic, CJK and Hangul all start with a lead byte of 0xD0 or above.
            result.nonLatinName = result.nonLatinName
                || std::any_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) >= 0xD0; });
            result.visibilities.insert(toDisplayString(values.at("email_visibility")));
        } else if (ref.table == "group") {
            ++result.groups;
            result.groupKinds.insert(toDisplayString(values.at("kind")));
        } else {
            ++result.memberships;
        }
    }
    return result;
}

} // namespace

class TestDemoSeeder : public QObject
{
    Q_OBJECT

private slots:
    void seedsAVariedCommunityWithTheDemoAccounts()
    {
        ServiceFixture f;
        DemoSeeder seeder(*f.store, *f.service, f.clock);
        const auto summary = seeder.run(120, "harbour-lights-demo");
        QVERIFY2(summary.ok(), summary.ok() ? "" : summary.error().message.c_str());
        QCOMPARE(summary->peopleAdded, 120u);
        QCOMPARE(summary->accounts.size(), 4u);
        for (const auto &account : summary->accounts)
            QVERIFY(account.created);

        const auto counted = census(*f.store);
        QCOMPARE(counted.people, 124u); // and the four demo accounts
        QVERIFY(counted.groups >= 15 && counted.groups <= 30);
        QCOMPARE(counted.groups, summary->groups);
        QVERIFY(counted.memberships > 100);
        QVERIFY(counted.nonLatinName);
        QVERIFY(counted.everyRowFromSeed);
        QCOMPARE(counted.groupKinds, (std::set<std::string> {"closed", "open", "reviewed"}));
        QVERIFY(counted.visibilities.size() >= 3);
        // The ladder: assessments (some people with history) and leader notes; each person's
        // level is their latest assessment's (docs/organizing.md).
        QVERIFY(summary->assessmentsAdded > 20);
        QVERIFY(summary->leaderNotesAdded > 0);
        std::map<std::string, std::vector<ladder::AssessmentKey>> byPerson;
        f.store->forEachLiveRow(*findTable("assessment"), [&](const std::string &id, const FieldMap &row) {
            byPerson[textOf(row, "person_id")].push_back(ladder::keyOf(id, row));
        });
        bool someHistory = false;
        for (const auto &[person, keys] : byPerson) {
            someHistory = someHistory || keys.size() > 1;
            const auto stored = f.store->loadValues(*findTable("person"), person);
            QVERIFY(stored);
            QCOMPARE(toDisplayString(stored->row.values.at("leadership_level")),
                std::to_string(ladder::latest(keys)->level));
        }
        QVERIFY(someHistory);
        // Contributions and touch-points: entries of every kind the daemon takes, some waiting for
        // a leader (docs/organizing.md).
        QVERIFY(summary->contributionsAdded > 10);
        std::size_t waiting = 0;
        std::set<std::string> kinds;
        f.store->forEachLiveRow(*findTable("contribution"), [&](const std::string &, const FieldMap &row) {
            QVERIFY(contributions::checkEntry(row, "someone").ok());
            QVERIFY(contributions::isDay(textOf(row, "done_on")));
            kinds.insert(textOf(row, "kind"));
            waiting += textOf(row, "confirmed_by").empty() ? 1 : 0;
        });
        QVERIFY(waiting > 0);
        QVERIFY(kinds.size() >= 3);
        // Tags: for leaders only and for members, applied to people (docs/organizing.md).
        QCOMPARE(summary->tagsAdded, std::size_t(5));
        QVERIFY(summary->tagApplicationsAdded > 20);
        std::set<std::string> tagVisibilities;
        f.store->forEachLiveRow(*findTable("tag"),
            [&](const std::string &, const FieldMap &row) { tagVisibilities.insert(textOf(row, "visibility")); });
        QCOMPARE(tagVisibilities, (std::set<std::string> {"leaders", "members"}));
        // Opportunities in several groups, valid as the daemon checks them, with interests and
        // never more people accepted than places (docs/organizing.md, "Opportunities").
        QCOMPARE(summary->opportunitiesAdded, std::size_t(6));
        QVERIFY(summary->interestsAdded > 1);
        std::set<std::string> opportunityGroups;
        std::map<std::string, std::int64_t> accepted;
        f.store->forEachLiveRow(*findTable("opportunity_interest"), [&](const std::string &id, const FieldMap &row) {
            QCOMPARE(id, opportunities::interestId(textOf(row, "opportunity_id"), textOf(row, "person_id")));
            accepted[textOf(row, "opportunity_id")] += textOf(row, "state") == "accepted" ? 1 : 0;
        });
        f.store->forEachLiveRow(*findTable("opportunity"), [&](const std::string &id, const FieldMap &row) {
            QVERIFY(opportunities::checkOpportunity(row, textOf(row, "title")).ok());
            opportunityGroups.insert(textOf(row, "group_id"));
            QCOMPARE(std::get<std::int64_t>(row.at("filled")), accepted[id]);
            QVERIFY(accepted[id] <= std::get<std::int64_t>(row.at("places")));
        });
        QVERIFY(opportunityGroups.size() >= 5);
        // Messages from the demo leader to groups they curate, valid as the daemon checks them,
        // recorded as sent with counts that add up to the group's other active members.
        QCOMPARE(summary->groupMessagesAdded, std::size_t(4));
        f.store->forEachLiveRow(*findTable("group_message"), [&](const std::string &, const FieldMap &row) {
            QVERIFY(groupmail::checkMessage(row).ok());
            QVERIFY(f.store->isActiveCurator(textOf(row, "author_id"), textOf(row, "group_id")));
            std::int64_t others = 0;
            for (const auto &[id, membership] :
                f.store->liveRowsWhere(*findTable("membership"), "group_id", textOf(row, "group_id")))
                others += textOf(membership, "state") == "active"
                    && textOf(membership, "person_id") != textOf(row, "author_id");
            QCOMPARE(
                std::get<std::int64_t>(row.at("recipients")) + std::get<std::int64_t>(row.at("not_mailed")), others);
            QVERIFY(!textOf(row, "sent_at").empty());
        });
        // Households of one to four people, relationships of every kind with the ids the daemon
        // takes, and recruitment chains a few levels deep without a loop (docs/organizing.md).
        QVERIFY(summary->householdsAdded > 3);
        QCOMPARE(f.store->liveIdsWhere(*findTable("household_member"), "household_id", "").size(), std::size_t(0));
        std::map<std::string, std::size_t> householdSizes;
        f.store->forEachLiveRow(*findTable("household_member"), [&](const std::string &id, const FieldMap &row) {
            QCOMPARE(id, relations::memberId(textOf(row, "person_id")));
            ++householdSizes[textOf(row, "household_id")];
        });
        QCOMPARE(householdSizes.size(), summary->householdsAdded);
        for (const auto &[household, size] : householdSizes)
            QVERIFY(size >= 1 && size <= 4);
        std::set<std::string> relationKinds;
        std::map<std::string, std::string> recruiterOf;
        f.store->forEachLiveRow(*findTable("relationship"), [&](const std::string &id, const FieldMap &row) {
            const std::string kind = textOf(row, "kind");
            relationKinds.insert(kind);
            QCOMPARE(id, relations::relationshipId(kind, textOf(row, "person_id"), textOf(row, "other_id")));
            QVERIFY(textOf(row, "person_id") != textOf(row, "other_id"));
            if (kind == relations::kBroughtInBy)
                recruiterOf[textOf(row, "person_id")] = textOf(row, "other_id");
            else
                QVERIFY(textOf(row, "person_id") < textOf(row, "other_id"));
        });
        QCOMPARE(relationKinds, (std::set<std::string> {"brought_in_by", "colleague", "family", "neighbour"}));
        std::size_t deepest = 0;
        for (const auto &[person, recruiter] : recruiterOf) {
            std::size_t depth = 1;
            for (auto up = recruiterOf.find(recruiter); up != recruiterOf.end(); up = recruiterOf.find(up->second)) {
                QVERIFY(up->first != person);
                QVERIFY(++depth < 200);
            }
            deepest = std::max(deepest, depth);
        }
        QVERIFY2(deepest >= 3, std::to_string(deepest).c_str());

        // The demo accounts sign in, with the role they are named after.
        for (const auto &[email, role] :
            {std::pair {"leader@example.org", Role::Leader}, std::pair {"member@example.org", Role::Member},
                std::pair {"applicant@example.org", Role::Applicant}, std::pair {"admin@example.org", Role::Admin}}) {
            const auto session = f.service->login({email, "harbour-lights-demo", newTestId()});
            QVERIFY2(session.ok(), email);
            QVERIFY(f.service->authenticate(session->token)->role == role);
        }
        // The demo leader curates groups.
        const auto leader = f.store->findAccountByEmail("leader@example.org");
        std::size_t curated = 0;
        for (const auto &ref : f.store->changesAfter(0, 100000)) {
            if (ref.table == "group")
                curated += f.store->isActiveCurator(leader->personId, ref.id);
        }
        QVERIFY(curated >= 3);
    }

    void runningAgainTopsUpWithoutDuplicates()
    {
        ServiceFixture f;
        DemoSeeder seeder(*f.store, *f.service, f.clock);
        QVERIFY(seeder.run(30, "harbour-lights-demo").ok());
        const auto again = seeder.run(30, "another-password");
        QVERIFY(again.ok());
        QCOMPARE(again->peopleAdded, 0u);
        for (const auto &account : again->accounts)
            QVERIFY(!account.created);
        QCOMPARE(census(*f.store).people, 34u);
        QCOMPARE(census(*f.store).groups, again->groups);

        const auto more = seeder.run(50, "harbour-lights-demo");
        QCOMPARE(more->peopleAdded, 20u);
        QCOMPARE(census(*f.store).people, 54u);
        // The old password still works: a re-run never resets it.
        QVERIFY(f.service->login({"member@example.org", "harbour-lights-demo", newTestId()}).ok());
    }

    void theSameSizeGivesTheSameCommunity()
    {
        ServiceFixture first;
        ServiceFixture second;
        QVERIFY(DemoSeeder(*first.store, *first.service, first.clock).run(40, "harbour-lights-demo").ok());
        QVERIFY(DemoSeeder(*second.store, *second.service, second.clock).run(40, "harbour-lights-demo").ok());
        QCOMPARE(census(*first.store).names, census(*second.store).names);
    }

    void refusesAWeakDemoPassword()
    {
        ServiceFixture f;
        const auto refused = DemoSeeder(*f.store, *f.service, f.clock).run(10, "demo");
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.find("--demo-password") != std::string::npos);
        QVERIFY(f.store->changesAfter(0, 10).empty());
    }
};

QTEST_GUILESS_MAIN(TestDemoSeeder)
#include "tst_demoseeder.moc"
