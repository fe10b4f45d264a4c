// Workflow fields and the daemon's own writes whatever the clocks (docs/sync.md, "Workflow fields"
// and "The daemon's writes"), and who is told of purges and deletes (docs/sync.md, "Purges"),
// through SyncService without sockets. Devices whose clock is behind the daemon's are simulated by
// the HLC of their pushes; the daemon's clock is the fixture's manual clock.

#include "ServiceFixture.h"

#include "syncd/AccountService.h"
#include "syncd/DuplicateFinder.h"
#include "syncd/SqliteStore.h"

#include "common/AccountProtocol.h"
#include "common/Hlc.h"

#include <QTest>

#include <sqlite3.h>

#include <set>

using namespace commonroom;
using namespace commonroom::syncd;

namespace {

constexpr std::int64_t kBehindMs = 120'000; // how far the slow devices' clocks are behind the daemon's

std::string text(const FieldMap &fields, const std::string &name)
{
    const auto it = fields.find(name);
    return it == fields.end() ? std::string("<absent>") : toDisplayString(it->second);
}

// One device of one person, numbering its mutations; `offsetMs` is how far its clock is from
// the daemon's.
struct ClientDevice
{
    ServiceFixture::Login login;
    std::int64_t offsetMs = 0;
    std::int64_t mid = 0;

    // The code of the first rejection, "" when acked.
    std::string push(ServiceFixture &f, std::string table, std::string id, FieldMap fields, bool deleted = false)
    {
        const auto hlc = Hlc::pack(f.clock.nowMs() + offsetMs, 0);
        const auto pushed = f.service->push(login.principal,
            protocol::PushRequest {login.principal.deviceId, protocol::kProtocolVersion,
                {protocol::Mutation {++mid, std::move(table), std::move(id), std::move(fields), hlc, deleted}}});
        if (!pushed)
            return "push failed: " + pushed.error().message;
        return pushed->rejected.empty() ? std::string() : pushed->rejected.front().code;
    }
};

FieldMap row(ServiceFixture &f, const std::string &table, const std::string &id)
{
    const auto loaded = f.store->loadValues(*findTable(table), id);
    return loaded && !loaded->row.deleted ? loaded->row.values : FieldMap {};
}

std::string codeMailedTo(ServiceFixture &f, const std::string &email)
{
    for (const auto &mail : f.queuedMails(f.clock.nowMs())) {
        const auto at = mail.body.find("--code ");
        if (mail.recipient == email && at != std::string::npos)
            return mail.body.substr(at + 7, 43);
    }
    return {};
}

// Every id a pull from `since` to the end hands to `principal`, as changes, deletes or purges.
std::set<std::string> idsPulled(ServiceFixture &f, const Principal &principal, std::string since = {})
{
    std::set<std::string> ids;
    for (int page = 0; page < 100; ++page) {
        const auto pulled = f.service->pull(principal, since, 50);
        if (!pulled)
            qFatal("pull failed: %s", pulled.error().message.c_str());
        for (const auto &change : pulled->changes)
            ids.insert(change.id);
        for (const auto &purged : pulled->purge)
            ids.insert(purged.id);
        since = pulled->cursor;
        if (!pulled->hasMore)
            break;
    }
    return ids;
}

std::string cursorOf(ServiceFixture &f, const Principal &principal)
{
    std::string cursor;
    for (;;) {
        const auto pulled = f.service->pull(principal, cursor, 500);
        cursor = pulled->cursor;
        if (!pulled->hasMore)
            return cursor;
    }
}

} // namespace

class TestWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The daemon 120 s ahead of the leader's laptop: the invitation is sent at the daemon's time,
    // and the cancellation the leader makes 20 s later still cancels it, and its code with it.
    void aCancelledInvitationStaysCancelledWhateverTheClocks_data()
    {
        QTest::addColumn<bool>("cancelInSamePush");
        QTest::newRow("cancelled in a later push") << false;
        QTest::newRow("invited and cancelled in one push") << true;
    }

    void aCancelledInvitationStaysCancelledWhateverTheClocks()
    {
        QFETCH(bool, cancelInSamePush);
        ServiceFixture f;
        f.addAccount("lena@example.org", Role::Leader);
        ClientDevice laptop {f.login("lena@example.org"), -kBehindMs};
        const std::string invitation = newTestId();
        const FieldMap invite {{"email", std::string("zanele@example.org")},
            {"invited_by", laptop.login.principal.personId}, {"state", std::string("pending")}};
        if (cancelInSamePush) {
            const auto at = f.clock.nowMs() - kBehindMs;
            const auto pushed = f.service->push(laptop.login.principal,
                protocol::PushRequest {laptop.login.principal.deviceId, protocol::kProtocolVersion,
                    {protocol::Mutation {1, "invitation", invitation, invite, Hlc::pack(at, 0)},
                        protocol::Mutation {
                            2, "invitation", invitation, {{"state", "cancelled"}}, Hlc::pack(at + 20'000, 0)}}});
            QVERIFY(pushed.ok());
            QCOMPARE(pushed->acked.size(), std::size_t(2));
        } else {
            QCOMPARE(laptop.push(f, "invitation", invitation, invite), "");
            QCOMPARE(text(row(f, "invitation", invitation), "state"), "sent");
            f.clock.advanceMs(20'000);
            QCOMPARE(laptop.push(f, "invitation", invitation, {{"state", "cancelled"}}), "");
        }
        QCOMPARE(text(row(f, "invitation", invitation), "state"), "cancelled");
        const std::string code = codeMailedTo(f, "zanele@example.org");
        QVERIFY(!code.empty());
        AccountService accounts(*f.service);
        const auto accepted = accounts.acceptInvitation(
            {code, "zanele@example.org", "a long enough passphrase", "Zanele", newTestId()}, "192.0.2.7");
        QVERIFY(!accepted.ok());
        QCOMPARE(accepted.error().code, "invalid_code");
        // A cancellation is final: nothing brings the invitation back, from any clock.
        f.addAccount("root@example.org", Role::Admin);
        ClientDevice fast {f.login("root@example.org"), +60'000};
        QCOMPARE(fast.push(f, "invitation", invitation, {{"state", "sent"}}), "forbidden");
        QCOMPARE(text(row(f, "invitation", invitation), "state"), "cancelled");
    }

    // An accepted invitation makes the person at the daemon's time; the new member's laptop, two
    // minutes behind, edits their profile afterwards, and the edit is kept.
    void anEditAfterTheDaemonsWriteWinsFromASlowDevice()
    {
        ServiceFixture f;
        f.addAccount("lena@example.org", Role::Leader);
        ClientDevice leader {f.login("lena@example.org")};
        QCOMPARE(leader.push(f, "invitation", newTestId(),
                     {{"email", std::string("ines@example.org")}, {"invited_by", leader.login.principal.personId}}),
            "");
        const std::string code = codeMailedTo(f, "ines@example.org");
        QVERIFY(!code.empty());
        AccountService accounts(*f.service);
        const auto accepted = accounts.acceptInvitation(
            {code, "ines@example.org", "a long enough passphrase", "Ines", newTestId()}, "192.0.2.9");
        QVERIFY2(accepted.ok(), accepted.ok() ? "" : accepted.error().message.c_str());
        const auto principal = f.service->authenticate(accepted->token);
        QVERIFY(principal.ok());
        ClientDevice laptop {ServiceFixture::Login {accepted->token, *principal}, -kBehindMs};
        f.clock.advanceMs(10'000);
        QCOMPARE(laptop.push(f, "person", accepted->personId, {{"display_name", std::string("Inés Ortega")}}), "");
        QCOMPARE(text(row(f, "person", accepted->personId), "display_name"), "Inés Ortega");
    }

    // Two vouches make an applicant a member (the daemon's write); the admin's laptop, behind the
    // daemon's clock, then makes them a leader: the promotion stands.
    void aRoleChangeAfterAnApprovalByVouchesWinsFromASlowDevice()
    {
        ServiceFixture f;
        f.service->admission().setVouchesNeeded(2);
        const std::string applicant = f.addAccount("applicant@example.org", Role::Applicant);
        f.addAccount("lena@example.org", Role::Leader);
        f.addAccount("lou@example.org", Role::Leader);
        f.addAccount("root@example.org", Role::Admin);
        ClientDevice lena {f.login("lena@example.org")};
        ClientDevice lou {f.login("lou@example.org")};
        ClientDevice admin {f.login("root@example.org"), -kBehindMs};
        for (ClientDevice *voucher : {&lena, &lou})
            QCOMPARE(voucher->push(f, "vouch", newTestId(),
                         {{"applicant_id", applicant}, {"voucher_id", voucher->login.principal.personId},
                             {"reason", std::string("Known from the tenants' union.")}}),
                "");
        QCOMPARE(text(row(f, "person", applicant), "role"), "member");
        f.clock.advanceMs(30'000);
        QCOMPARE(admin.push(f, "person", applicant, {{"role", std::string("leader")}}), "");
        QCOMPARE(text(row(f, "person", applicant), "role"), "leader");
    }

    // The order of receipt decides a membership's state, not the clocks: an invitation made on a
    // laptop whose clock is ahead, pushed after the request was approved, does not turn the active
    // membership back into an invitation but is refused, so that the curator sees why.
    void aMembershipFollowsItsStateMachine()
    {
        ServiceFixture f;
        f.addAccount("lena@example.org", Role::Leader);
        const std::string ana = f.addAccount("ana@example.org", Role::Member);
        ClientDevice leader {f.login("lena@example.org")};
        ClientDevice fastLaptop {f.login("lena@example.org"), +240'000};
        ClientDevice anaPhone {f.login("ana@example.org")};
        const std::string group = newTestId();
        QCOMPARE(
            leader.push(f, "group", group, {{"name", std::string("Gardeners")}, {"kind", std::string("reviewed")}}),
            "");
        const std::string membership = newTestId();
        QCOMPARE(anaPhone.push(f, "membership", membership,
                     {{"person_id", ana}, {"group_id", group}, {"state", std::string("pending")},
                         {"role", std::string("member")}, {"requested_at", std::string("2026-11-02T10:00:00.000Z")}}),
            "");
        // When she asked is hers to say once, with the request; not to move up the queue later.
        QCOMPARE(
            anaPhone.push(f, "membership", membership, {{"requested_at", std::string("2020-01-01T00:00:00.000Z")}}),
            "forbidden");
        QCOMPARE(text(row(f, "membership", membership), "requested_at"), "2026-11-02T10:00:00.000Z");
        // Approved on one laptop; a stale invitation made on the fast one (its HLC is ahead) arrives
        // after it.
        QCOMPARE(leader.push(f, "membership", membership, {{"state", std::string("active")}}), "");
        QCOMPARE(
            fastLaptop.push(f, "membership", membership, {{"state", std::string("invited")}}), "invalid_transition");
        QCOMPARE(text(row(f, "membership", membership), "state"), "active");
    }

    // A row a device never held is never named to it: an applicant hears nothing of members-only
    // registrations and leaders-only duplicate pairs, deleted or hidden, while a row it did hold is
    // still purged from it, and the owner of a deleted vouch is told of the delete.
    void purgesAndDeletesReachOnlyDevicesThatMayHoldTheRow()
    {
        ServiceFixture f;
        f.addAccount("lena@example.org", Role::Leader);
        f.addAccount("root@example.org", Role::Admin);
        const std::string applicant = f.addAccount("applicant@example.org", Role::Applicant);
        const std::string ana = f.addAccount("ana@example.org", Role::Member);
        ClientDevice leader {f.login("lena@example.org")};
        ClientDevice admin {f.login("root@example.org")};
        ClientDevice applicantLaptop {f.login("applicant@example.org")};

        const std::string event = newTestId();
        QCOMPARE(leader.push(f, "event", event,
                     {{"title", std::string("Assembly")}, {"starts_at", std::string("2030-01-01T18:00:00.000Z")}}),
            "");
        const std::string registration = newUuidV7(f.clock);
        QCOMPARE(leader.push(f, "registration", registration,
                     {{"event_id", event}, {"person_id", ana}, {"state", std::string("registered")}}),
            "");
        // A look-alike pair, flagged for leaders.
        const std::string first = newTestId();
        const std::string second = newTestId();
        QCOMPARE(leader.push(f, "person", first, {{"display_name", std::string("Tomasz Nowak")}}), "");
        QCOMPARE(leader.push(f, "person", second, {{"display_name", std::string("Nowak, Tomasz")}}), "");
        const auto flagged = DuplicateFinder::candidateOf(*f.store, first, second);
        QVERIFY(flagged);
        const std::string pair = flagged->id;
        QVERIFY(!row(f, "duplicate_candidate", pair).empty());
        // A person the applicant sees, by their own choice of a public name.
        const std::string visible = newTestId();
        QCOMPARE(admin.push(f, "person", visible,
                     {{"display_name", std::string("Public Pat")}, {"display_name_visibility", std::string("public")}}),
            "");
        // A vouch of the applicant's, which they see as its owner.
        const std::string vouch = newTestId();
        QCOMPARE(leader.push(f, "vouch", vouch,
                     {{"applicant_id", applicant}, {"voucher_id", leader.login.principal.personId},
                         {"reason", std::string("We met at the assembly.")}}),
            "");

        const auto hidden = [&](const std::set<std::string> &ids) {
            return ids.contains(registration) || ids.contains(pair) || ids.contains(first) || ids.contains(second);
        };
        const Principal &who = applicantLaptop.login.principal;
        const auto fromStart = idsPulled(f, who);
        QVERIFY(!hidden(fromStart));
        QVERIFY(fromStart.contains(visible));
        QVERIFY(fromStart.contains(vouch));
        const std::string cursor = cursorOf(f, who);

        // Changes and deletes of hidden rows, a public name made members-only, a vouch deleted.
        f.clock.advanceMs(1000);
        QCOMPARE(leader.push(f, "registration", registration, {{"state", std::string("cancelled")}}), "");
        QCOMPARE(leader.push(f, "duplicate_candidate", pair, {{"state", std::string("dismissed")}}), "");
        QCOMPARE(leader.push(f, "registration", registration, {}, true), "");
        QCOMPARE(admin.push(f, "duplicate_candidate", pair, {}, true), "");
        QCOMPARE(admin.push(f, "person", visible, {{"display_name_visibility", std::string("members")}}), "");
        QCOMPARE(admin.push(f, "vouch", vouch, {}, true), "");

        std::set<std::string> purged;
        std::set<std::string> deleted;
        std::set<std::string> all;
        for (std::string since = cursor;;) {
            const auto pulled = f.service->pull(who, since, 500);
            QVERIFY(pulled.ok());
            for (const auto &change : pulled->changes) {
                all.insert(change.id);
                if (change.deleted)
                    deleted.insert(change.id);
            }
            for (const auto &ref : pulled->purge) {
                all.insert(ref.id);
                purged.insert(ref.id);
            }
            since = pulled->cursor;
            if (!pulled->hasMore)
                break;
        }
        QVERIFY(!hidden(all));
        QVERIFY(purged.contains(visible));
        QVERIFY(deleted.contains(vouch));

        // Leaders, who may have held them, are told of both deletes.
        const auto leaderIds = idsPulled(f, leader.login.principal);
        QVERIFY(leaderIds.contains(registration));
        QVERIFY(leaderIds.contains(pair));
    }

    // A database written before the daemon recorded who may hold a row: opening it fills the
    // record in from the rows as they are (a tombstone, whose values are gone, as admin-only) and
    // makes every device fetch a fresh copy once, so that no device is left holding a row it is
    // no longer told about.
    void anUpgradedDatabaseRecordsWhoMayHoldRowsAndDevicesFetchAgain()
    {
        ServiceFixture f;
        f.addAccount("lena@example.org", Role::Leader);
        f.addAccount("applicant@example.org", Role::Applicant);
        ClientDevice leader {f.login("lena@example.org")};
        const auto applicant = f.login("applicant@example.org");
        const std::string open = newTestId();
        const std::string gone = newTestId();
        QCOMPARE(leader.push(f, "group", open, {{"name", std::string("Choir")}}), "");
        QCOMPARE(leader.push(f, "person", gone, {{"display_name", std::string("Hidden Name")}}), "");
        f.clock.advanceMs(1000);
        f.addAccount("root@example.org", Role::Admin);
        ClientDevice admin {f.login("root@example.org")};
        QCOMPARE(admin.push(f, "person", gone, {}, true), "");
        const std::string cursor = cursorOf(f, applicant.principal);

        // As an older daemon left it.
        f.service.reset();
        f.store.reset();
        {
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(f.databasePath().c_str(), &db), SQLITE_OK);
            for (const auto &table : syncedTables())
                QCOMPARE(sqlite3_exec(db,
                             ("ALTER TABLE " + quoteIdentifier(table.name) + " DROP COLUMN _visible_from").c_str(),
                             nullptr, nullptr, nullptr),
                    SQLITE_OK);
            QCOMPARE(sqlite3_exec(db, "DROP TABLE row_owner", nullptr, nullptr, nullptr), SQLITE_OK);
            sqlite3_close(db);
        }
        auto reopened = SqliteStore::open(f.databasePath());
        QVERIFY(reopened.ok());
        f.store = std::move(*reopened);
        f.service = std::make_unique<SyncService>(*f.store, f.clock);

        QCOMPARE(int(f.store->loadValues(*findTable("group"), open)->visibleFrom), int(Visibility::Public));
        QCOMPARE(int(f.store->loadValues(*findTable("person"), gone)->visibleFrom), int(Visibility::Private));
        const auto pulled = f.service->pull(applicant.principal, cursor, 100);
        QVERIFY(pulled.ok());
        QVERIFY(pulled->mustRefetch);
        const auto fresh = idsPulled(f, applicant.principal);
        QVERIFY(fresh.contains(open));
        QVERIFY(!fresh.contains(gone));
    }
};

QTEST_GUILESS_MAIN(TestWorkflow)

#include "tst_workflow.moc"
