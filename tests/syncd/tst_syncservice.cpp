#include "ServiceFixture.h"

#include "common/Hlc.h"

#include <QTest>

#include <algorithm>
#include <cctype>

using namespace commonroom;
using namespace commonroom::syncd;

namespace {

protocol::Mutation mutation(
    std::int64_t mid, std::string table, std::string id, FieldMap fields, std::uint64_t hlc, bool deleted = false)
{
    return protocol::Mutation {mid, std::move(table), std::move(id), std::move(fields), hlc, deleted};
}

protocol::PushRequest pushOf(const Principal &principal, std::vector<protocol::Mutation> mutations)
{
    return protocol::PushRequest {principal.deviceId, protocol::kProtocolVersion, std::move(mutations)};
}

const protocol::Change *findChange(const protocol::PullResponse &pull, const std::string &id)
{
    for (const auto &change : pull.changes) {
        if (change.id == id)
            return &change;
    }
    return nullptr;
}

std::string text(const FieldMap &fields, const std::string &name)
{
    const auto it = fields.find(name);
    return it == fields.end() ? std::string("<absent>") : toDisplayString(it->second);
}

} // namespace

class TestSyncService : public QObject
{
    Q_OBJECT

private:
    std::uint64_t hlcNow(ServiceFixture &f, std::uint16_t counter = 0) { return Hlc::pack(f.clock.nowMs(), counter); }

private slots:
    void loginOpensASessionForTheDevice()
    {
        ServiceFixture f;
        const auto personId = f.addAccount("ana@example.org", Role::Member);
        const std::string device = newTestId();
        const auto session = f.service->login({"ANA@example.org", std::string(ServiceFixture::kPassword), device});
        QVERIFY2(session.ok(), session.ok() ? "" : session.error().message.c_str());
        QCOMPARE(session->personId, personId);
        QCOMPARE(session->roles, std::vector<std::string> {"member"});
        QCOMPARE(session->expiresAt, f.clock.nowMs() + SyncService::kSessionLifetimeMs);
        QVERIFY(session->token.size() >= 43);

        const auto principal = f.service->authenticate(session->token);
        QVERIFY(principal.ok());
        QCOMPARE(principal->personId, personId);
        QVERIFY(principal->role == Role::Member);
        QCOMPARE(principal->deviceId, device);
        // Only a digest of the token is kept.
        QVERIFY(!f.store->findSession(session->token));
    }

    void wrongPasswordAndUnknownEmailLookTheSame()
    {
        ServiceFixture f;
        f.addAccount("ana@example.org", Role::Member);
        const auto wrongPassword = f.service->login({"ana@example.org", "not the password", newTestId()});
        const auto unknownEmail = f.service->login({"nobody@example.org", "not the password", newTestId()});
        QVERIFY(!wrongPassword.ok());
        QVERIFY(!unknownEmail.ok());
        QCOMPARE(wrongPassword.error().code, "invalid_credentials");
        QCOMPARE(unknownEmail.error().code, "invalid_credentials");
        QCOMPARE(wrongPassword.error().message, unknownEmail.error().message);
    }

    void repeatedWrongPasswordsLockTheEmailForAWhile()
    {
        ServiceFixture f;
        f.addAccount("ana@example.org", Role::Member);
        f.addAccount("jose@example.org", Role::Member);
        for (int i = 0; i < LoginThrottle::kMaxFailures; ++i)
            QCOMPARE(f.service->login({"ana@example.org", "guess " + std::to_string(i), newTestId()}).error().code,
                "invalid_credentials");
        // Even the right password is refused now, without telling whether it was right.
        const auto locked = f.service->login({"ANA@example.org", std::string(ServiceFixture::kPassword), newTestId()});
        QVERIFY(!locked.ok());
        QCOMPARE(locked.error().code, "too_many_attempts");
        // Other people are not affected.
        f.login("jose@example.org");

        f.clock.advanceMs(LoginThrottle::kWindowMs);
        f.login("ana@example.org");
    }

    // People at a community centre share an address: failures there slow the address down but
    // never refuse the right password of another account.
    void failuresFromAnAddressSlowItButDoNotLockOthersOut()
    {
        ServiceFixture f;
        f.addAccount("ana@example.org", Role::Member);
        f.addAccount("jose@example.org", Role::Member);
        const std::string centre = "192.0.2.50";
        QCOMPARE(*f.service->signInDelayMs(centre), 0);
        for (int i = 0; i < LoginThrottle::kMaxFailures; ++i)
            QVERIFY(!f.service->login({"ana@example.org", "guess " + std::to_string(i), newTestId()}, centre).ok());
        // Another person's right password is accepted from the same address.
        QVERIFY(
            f.service->login({"jose@example.org", std::string(ServiceFixture::kPassword), newTestId()}, centre).ok());
        // Attempts from the address are spaced out, and a queue too long is refused with a wait.
        QCOMPARE(*f.service->signInDelayMs(centre), 0);
        QCOMPARE(*f.service->signInDelayMs(centre), SyncService::kSlowedIntervalMs);
        QCOMPARE(*f.service->signInDelayMs(centre), 2 * SyncService::kSlowedIntervalMs);
        QCOMPARE(*f.service->signInDelayMs("198.51.100.1"), 0);
        std::int64_t retryAfter = 0;
        Result<std::int64_t> delay = std::int64_t(0);
        for (int i = 0; i < 20 && delay; ++i)
            delay = f.service->signInDelayMs(centre, &retryAfter);
        QVERIFY(!delay);
        QCOMPARE(delay.error().code, "too_many_attempts");
        QVERIFY(retryAfter >= 1);
        f.clock.advanceMs(LoginThrottle::kWindowMs);
        QCOMPARE(*f.service->signInDelayMs(centre), 0);
        QCOMPARE(*f.service->signInDelayMs(centre), 0);
    }

    // A restart forgets nothing: the failures are in the daemon's database, under digests.
    void lockOutsSurviveARestart()
    {
        ServiceFixture f;
        f.addAccount("ana@example.org", Role::Member);
        for (int i = 0; i < LoginThrottle::kMaxFailures; ++i)
            QVERIFY(!f.service->login({"ana@example.org", "guess", newTestId()}, "192.0.2.9").ok());
        f.service.reset();
        f.store.reset();
        auto reopened = SqliteStore::open(f.databasePath());
        QVERIFY(reopened.ok());
        f.store = std::move(*reopened);
        f.service
            = std::make_unique<SyncService>(*f.store, f.clock, PasswordHasher(PasswordHasher::Parameters {1024, 8, 1}));
        const auto locked = f.service->login({"ana@example.org", std::string(ServiceFixture::kPassword), newTestId()});
        QCOMPARE(locked.error().code, "too_many_attempts");
        QVERIFY(*f.service->signInDelayMs("192.0.2.9") == 0);
        QVERIFY(*f.service->signInDelayMs("192.0.2.9") > 0);
    }

    void loginRefusesADeviceIdThatIsNotAUuid()
    {
        ServiceFixture f;
        f.addAccount("ana@example.org", Role::Member);
        const auto session = f.service->login({"ana@example.org", std::string(ServiceFixture::kPassword), "laptop"});
        QVERIFY(!session.ok());
        QCOMPARE(session.error().code, "bad_request");
    }

    void aDeviceBelongsToOnePerson()
    {
        ServiceFixture f;
        f.addAccount("ana@example.org", Role::Member);
        f.addAccount("jose@example.org", Role::Member);
        const std::string device = newTestId();
        f.login("ana@example.org", device);
        const auto other = f.service->login({"jose@example.org", std::string(ServiceFixture::kPassword), device});
        QVERIFY(!other.ok());
        QCOMPARE(other.error().code, "device_in_use");
        // The same person signing in again on the device is fine.
        f.login("ana@example.org", device);
    }

    void expiredAndLoggedOutTokensAreRefused()
    {
        ServiceFixture f;
        f.addAccount("ana@example.org", Role::Member);
        const auto first = f.login("ana@example.org");
        f.clock.advanceMs(SyncService::kSessionLifetimeMs - 1);
        QVERIFY(f.service->authenticate(first.token).ok());
        f.clock.advanceMs(1);
        const auto expired = f.service->authenticate(first.token);
        QVERIFY(!expired.ok());
        QCOMPARE(expired.error().code, "unauthorized");

        const auto second = f.login("ana@example.org");
        f.service->logout(second.token);
        QCOMPARE(f.service->authenticate(second.token).error().code, "unauthorized");
        QCOMPARE(f.service->authenticate("").error().code, "unauthorized");
        QCOMPARE(f.service->authenticate("forged-token").error().code, "unauthorized");
    }

    void pushedRowsArePulledWithTheirSequence()
    {
        ServiceFixture f;
        f.addAccount("lena@example.org", Role::Leader);
        const auto leader = f.login("lena@example.org");
        const auto before = f.service->pull(leader.principal, "", 500);
        QVERIFY(before.ok());
        const std::string cursor = before->cursor;

        const std::string id = newTestId();
        const auto pushed = f.service->push(leader.principal,
            pushOf(leader.principal, {mutation(1, "person", id, {{"display_name", "Zoë Müller"}}, hlcNow(f))}));
        QVERIFY(pushed.ok());
        QCOMPARE(pushed->acked, std::vector<std::int64_t> {1});
        QVERIFY(pushed->rejected.empty());

        const auto pulled = f.service->pull(leader.principal, cursor, 500);
        QVERIFY(pulled.ok());
        QCOMPARE(pulled->changes.size(), 1u);
        QCOMPARE(pulled->changes[0].id, id);
        QCOMPARE(pulled->changes[0].table, "person");
        QCOMPARE(text(pulled->changes[0].fields, "display_name"), "Zoë Müller");
        QCOMPARE(pulled->cursor, "0." + std::to_string(pulled->changes[0].seq));
        QVERIFY(!pulled->hasMore);

        // Nothing new: the cursor stays.
        const auto again = f.service->pull(leader.principal, pulled->cursor, 500);
        QVERIFY(again->changes.empty());
        QCOMPARE(again->cursor, pulled->cursor);
    }

    void pullPagesWithHasMore()
    {
        ServiceFixture f;
        f.addAccount("lena@example.org", Role::Leader);
        const auto leader = f.login("lena@example.org");
        std::vector<protocol::Mutation> mutations;
        for (int i = 1; i <= 5; ++i)
            mutations.push_back(mutation(i, "group", newTestId(), {{"name", "Group " + std::to_string(i)}}, hlcNow(f)));
        QVERIFY(f.service->push(leader.principal, pushOf(leader.principal, mutations)).ok());

        std::string cursor = "0";
        std::size_t seen = 0;
        int pages = 0;
        while (true) {
            const auto page = f.service->pull(leader.principal, cursor, 2);
            QVERIFY(page.ok());
            QVERIFY(page->changes.size() <= 2);
            seen += page->changes.size() + page->purge.size();
            cursor = page->cursor;
            ++pages;
            if (!page->hasMore)
                break;
        }
        QCOMPARE(seen, 6u); // the leader's own person row and five groups
        QCOMPARE(pages, 3);
    }

    void pullRefusesACursorItDidNotGiveOut()
    {
        ServiceFixture f;
        f.addAccount("ana@example.org", Role::Member);
        const auto ana = f.login("ana@example.org");
        for (const char *cursor : {"abc", "-1", "12x", "99999999999999999999999"}) {
            const auto pulled = f.service->pull(ana.principal, cursor, 10);
            QVERIFY2(!pulled.ok(), cursor);
            QCOMPARE(pulled.error().code, "bad_cursor");
        }
    }

    void replayedMidsAreAckedWithoutBeingApplied()
    {
        ServiceFixture f;
        f.addAccount("lena@example.org", Role::Leader);
        const auto leader = f.login("lena@example.org");
        const std::string id = newTestId();
        QVERIFY(f.service
                    ->push(leader.principal,
                        pushOf(leader.principal, {mutation(1, "group", id, {{"name", "First"}}, hlcNow(f, 1))}))
                    .ok());
        // The same change again (its answer was lost): acked, not applied twice.
        // (With another HLC it would be another device's change: replayOnlyWhenTheLastMidComesBackWithItsHlc.)
        const auto replay = f.service->push(
            leader.principal, pushOf(leader.principal, {mutation(1, "group", id, {{"name", "First"}}, hlcNow(f, 1))}));
        QVERIFY(replay.ok());
        QCOMPARE(replay->acked, std::vector<std::int64_t> {1});
        // Other content under the same mid and stamp is another copy's change, never acked unseen.
        const auto other = f.service->push(leader.principal,
            pushOf(leader.principal, {mutation(1, "group", id, {{"name", "Replayed"}}, hlcNow(f, 1))}));
        QVERIFY(!other.ok());
        QCOMPARE(other.error().code, "device_diverged");
        const auto stored = f.store->loadRow(*findTable("group"), id);
        QCOMPARE(text(stored->row.values, "name"), "First");
        QCOMPARE(f.store->findDevice(leader.principal.deviceId)->lastMid, 1);
    }

    void rejectedMidsAreNeverRetried()
    {
        ServiceFixture f;
        f.addAccount("lena@example.org", Role::Leader);
        const auto leader = f.login("lena@example.org");
        const std::string id = newTestId();
        const auto first = f.service->push(leader.principal,
            pushOf(leader.principal,
                {mutation(1, "group", id, {{"colour", "red"}}, hlcNow(f)),
                    mutation(2, "group", id, {{"name", "Second"}}, hlcNow(f, 1))}));
        QVERIFY(first.ok());
        QCOMPARE(first->rejected.size(), 1u);
        QCOMPARE(first->rejected[0].mid, 1);
        QCOMPARE(first->rejected[0].code, "unknown_field");
        // The rejection did not block the mutation behind it.
        QCOMPARE(first->acked, std::vector<std::int64_t> {2});

        // The same push again, the refused change mended: acked as the replay it is, not applied.
        const auto retry = f.service->push(leader.principal,
            pushOf(leader.principal,
                {mutation(1, "group", id, {{"name", "Retried"}}, hlcNow(f)),
                    mutation(2, "group", id, {{"name", "Second"}}, hlcNow(f, 1))}));
        QVERIFY(retry.ok());
        QCOMPARE(retry->acked, (std::vector<std::int64_t> {1, 2}));
        QCOMPARE(text(f.store->loadRow(*findTable("group"), id)->row.values, "name"), "Second");
    }

    void invalidMutationsAreRejectedAndNothingIsStored()
    {
        ServiceFixture f;
        f.addAccount("lena@example.org", Role::Leader);
        const auto leader = f.login("lena@example.org");
        const auto cursor = f.service->pull(leader.principal, "", 500)->cursor;
        const std::string id = newTestId();
        std::string upper = newTestId();
        std::transform(upper.begin(), upper.end(), upper.begin(), ::toupper);
        const auto pushed = f.service->push(leader.principal,
            pushOf(leader.principal,
                {mutation(1, "spaceship", id, {{"name", "x"}}, hlcNow(f)),
                    mutation(2, "person", "../../etc/passwd", {{"display_name", "x"}}, hlcNow(f)),
                    mutation(3, "person", upper, {{"display_name", "x"}}, hlcNow(f)),
                    mutation(4, "person", id, {{"shoe_size", "44"}}, hlcNow(f)),
                    mutation(5, "person", id, {{"leadership_level", "high"}}, hlcNow(f)),
                    mutation(6, "person", id, {{"status", "asleep"}}, hlcNow(f)),
                    mutation(7, "person", id, {{"pronouns", std::string(61, 'x')}}, hlcNow(f)),
                    mutation(8, "person", id, {{"email_visibility", "everyone"}}, hlcNow(f)),
                    mutation(9, "person", id, {}, hlcNow(f), true)}));
        QVERIFY(pushed.ok());
        QVERIFY(pushed->acked.empty());
        const std::vector<std::string> expected {"unknown_table", "invalid_id", "invalid_id", "unknown_field",
            "wrong_type", "invalid_value", "too_long", "invalid_value", "not_found"};
        QCOMPARE(pushed->rejected.size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(pushed->rejected[i].mid, std::int64_t(i + 1));
            QCOMPARE(pushed->rejected[i].code, expected[i]);
            QVERIFY(!pushed->rejected[i].message.empty());
        }
        QVERIFY(!f.store->loadRow(*findTable("person"), id));
        QVERIFY(f.service->pull(leader.principal, cursor, 500)->changes.empty());
        QCOMPARE(f.store->findDevice(leader.principal.deviceId)->lastMid, 9);
    }

    void changesFromTheFutureAreKeptAndStampedWithTheDaemonsTime()
    {
        ServiceFixture f;
        f.addAccount("lena@example.org", Role::Leader);
        const auto leader = f.login("lena@example.org");
        const auto now = f.clock.nowMs();
        const std::string late = newTestId();
        const std::string fine = newTestId();
        const auto limit = Hlc::pack(now + SyncService::kMaxClockSkewMs, 0);
        const auto pushed = f.service->push(leader.principal,
            pushOf(leader.principal,
                {mutation(1, "group", fine, {{"name", "Fine"}}, limit),
                    mutation(2, "group", late, {{"name", "Late"}}, Hlc::pack(now + 10 * 60'000, 0))}));
        QVERIFY(pushed.ok());
        QVERIFY(pushed->rejected.empty());
        QCOMPARE(pushed->acked, (std::vector<std::int64_t> {1, 2}));
        QCOMPARE(pushed->serverTime, std::optional<std::int64_t>(now));
        const auto versionOf = [&](const std::string &id) {
            return f.store->loadRow(*findTable("group"), id)->row.versions.at("name").hlc;
        };
        QCOMPARE(versionOf(fine), limit);
        // Not the daemon's time itself: the device's earlier edit is stamped later than that, and
        // the device's order of edits holds.
        QCOMPARE(versionOf(late), limit + 1);
        QCOMPARE(text(f.store->loadRow(*findTable("group"), late)->row.values, "name"), "Late");

        // Long after, a stamp still ahead of the daemon's time gets the daemon's time.
        f.clock.advanceMs(3'600'000);
        const auto later = f.service->push(leader.principal,
            pushOf(leader.principal,
                {mutation(3, "group", late, {{"name", "Later"}}, Hlc::pack(f.clock.nowMs() + 3'600'000, 0))}));
        QVERIFY(later.ok());
        QCOMPARE(later->acked, std::vector<std::int64_t> {3});
        QCOMPARE(versionOf(late), Hlc::pack(f.clock.nowMs(), 0));

        // Protocol 1 clients are answered without the daemon's time.
        auto old = pushOf(leader.principal, {});
        old.protocol = 1;
        const auto oldAnswer = f.service->push(leader.principal, old);
        QVERIFY(oldAnswer.ok());
        QVERIFY(!oldAnswer->serverTime);
        QVERIFY(protocol::toJson(*oldAnswer).find("server_time") == std::string::npos);
    }

    void pullPagesTellTheNewestVersionTheUserMaySee()
    {
        ServiceFixture f;
        f.addAccount("lena@example.org", Role::Leader);
        f.addAccount("mia@example.org", Role::Member);
        const auto leader = f.login("lena@example.org");
        const auto member = f.login("mia@example.org");
        const std::string id = newTestId();
        const auto shown = Hlc::pack(f.clock.nowMs() + 60'000, 0);
        const auto hidden = Hlc::pack(f.clock.nowMs() + 120'000, 0);
        QVERIFY(f.service
                    ->push(leader.principal,
                        pushOf(leader.principal,
                            {mutation(1, "person", id, {{"display_name", "Ana"}}, shown),
                                mutation(2, "person", id, {{"email", "ana@example.org"}}, hidden)}))
                    ->rejected.empty());
        const auto memberPage = f.service->pull(member.principal, "", 500, 2);
        QVERIFY(memberPage.ok());
        QCOMPARE(text(findChange(*memberPage, id)->fields, "email"), "<absent>");
        QCOMPARE(memberPage->hlc, shown); // the hidden email's version would tell when it changed
        QCOMPARE(f.service->pull(leader.principal, "", 500, 2)->hlc, hidden);
        const auto old = f.service->pull(leader.principal, "", 500);
        QCOMPARE(old->hlc, std::uint64_t(0));
        QVERIFY(protocol::toJson(*old).find("\"hlc\"") == std::string::npos);
    }

    void replayOnlyWhenTheLastMidComesBackWithItsHlc()
    {
        ServiceFixture f;
        f.addAccount("lena@example.org", Role::Leader);
        const auto leader = f.login("lena@example.org");
        const auto hlc = hlcNow(f);
        std::vector<std::string> ids {newTestId(), newTestId(), newTestId()};
        const auto first = f.service->push(leader.principal,
            pushOf(leader.principal,
                {mutation(1, "group", ids[0], {{"name", "One"}}, hlc),
                    mutation(2, "group", ids[1], {{"name", "Two"}}, hlc + 1)}));
        QVERIFY(first.ok());
        // The same push again (its answer was lost), with one more change: acked, the new one applied.
        const auto replay = f.service->push(leader.principal,
            pushOf(leader.principal,
                {mutation(1, "group", ids[0], {{"name", "One"}}, hlc),
                    mutation(2, "group", ids[1], {{"name", "Two"}}, hlc + 1),
                    mutation(3, "group", ids[2], {{"name", "Three"}}, hlc + 2)}));
        QVERIFY(replay.ok());
        QCOMPARE(replay->acked, (std::vector<std::int64_t> {1, 2, 3}));
        QVERIFY(f.store->loadRow(*findTable("group"), ids[2]));

        // A restored copy numbers other changes 2 and 3, sends mids below the last without it, or
        // repeats the last mid and stamp with another change.
        const std::string other = newTestId();
        for (const auto &mutations :
            {std::vector<protocol::Mutation> {mutation(2, "group", other, {{"name", "X"}}, hlc + 9),
                 mutation(3, "group", other, {{"name", "Y"}}, hlc + 10)},
                std::vector<protocol::Mutation> {mutation(2, "group", other, {{"name", "X"}}, hlc + 1)},
                std::vector<protocol::Mutation> {mutation(3, "group", other, {{"name", "X"}}, hlc + 9),
                    mutation(4, "group", other, {{"name", "Y"}}, hlc + 10)},
                // Another change that the copy numbered and stamped in the same millisecond alike.
                std::vector<protocol::Mutation> {mutation(3, "group", other, {{"name", "X"}}, hlc + 2)}}) {
            const auto diverged = f.service->push(leader.principal, pushOf(leader.principal, mutations));
            QVERIFY(!diverged.ok());
            QCOMPARE(diverged.error().code, "device_diverged");
            QVERIFY(!f.store->loadRow(*findTable("group"), other));
        }
        QCOMPARE(f.store->findDevice(leader.principal.deviceId)->lastMid, 3);

        // It continues as a new device of the same person, whose changes then apply.
        const std::string replacement = newTestId();
        const auto session = f.service->registerDevice(leader.principal, replacement, "192.0.2.1");
        QVERIFY(session.ok());
        const auto principal = f.service->authenticate(session->token);
        QVERIFY(principal.ok());
        QCOMPARE(principal->deviceId, replacement);
        QCOMPARE(principal->personId, leader.principal.personId);
        const auto resent = f.service->push(*principal,
            pushOf(*principal,
                {mutation(2, "group", other, {{"name", "X"}}, hlc + 9),
                    mutation(3, "group", other, {{"name", "Y"}}, hlc + 10)}));
        QVERIFY(resent.ok());
        QCOMPARE(resent->acked, (std::vector<std::int64_t> {2, 3}));
        QCOMPARE(text(f.store->loadRow(*findTable("group"), other)->row.values, "name"), "Y");
        // The old device's session still works for the copy the daemon knows.
        QVERIFY(f.service->authenticate(leader.token).ok());

        // Another person's device id, or no UUID, is refused.
        f.addAccount("root@example.org", Role::Admin);
        const auto admin = f.login("root@example.org");
        QCOMPARE(
            f.service->registerDevice(leader.principal, admin.principal.deviceId, {}).error().code, "device_in_use");
        QCOMPARE(f.service->registerDevice(leader.principal, "not-a-uuid", {}).error().code, "bad_request");
    }

    void lastWriterWinsPerFieldAndTheLoserIsToldOnItsNextPull()
    {
        ServiceFixture f;
        f.addAccount("lena@example.org", Role::Leader);
        f.addAccount("root@example.org", Role::Admin);
        const auto laptop = f.login("lena@example.org");
        const auto desktop = f.login("root@example.org");
        const std::string id = newTestId();
        QVERIFY(f.service
                    ->push(laptop.principal,
                        pushOf(laptop.principal, {mutation(1, "group", id, {{"name", "Garden"}}, hlcNow(f))}))
                    .ok());

        // The desktop's edit is newer; the laptop's older edit of the same field arrives after it,
        // together with a field nobody else touched.
        QVERIFY(f.service
                    ->push(desktop.principal,
                        pushOf(desktop.principal,
                            {mutation(1, "group", id, {{"name", "Community Garden"}}, hlcNow(f, 20))}))
                    .ok());
        const auto cursor = f.service->pull(laptop.principal, "", 500)->cursor;
        const auto late = f.service->push(laptop.principal,
            pushOf(laptop.principal,
                {mutation(2, "group", id, {{"name", "Garden Club"}, {"description", "Raised beds"}}, hlcNow(f, 10))}));
        QCOMPARE(late->acked, std::vector<std::int64_t> {2});

        const auto pulled = f.service->pull(laptop.principal, cursor, 500);
        const auto *change = findChange(*pulled, id);
        QVERIFY2(change, "the row must come back even though the laptop's name lost");
        QCOMPARE(text(change->fields, "name"), "Community Garden");
        QCOMPARE(text(change->fields, "description"), "Raised beds");

        // Equal HLCs: the greater site id wins, the same on every replica.
        const auto tieHlc = hlcNow(f, 30);
        const bool laptopWins = laptop.principal.deviceId > desktop.principal.deviceId;
        QVERIFY(f.service
                    ->push(laptop.principal,
                        pushOf(laptop.principal, {mutation(3, "group", id, {{"terms", "laptop"}}, tieHlc)}))
                    .ok());
        QVERIFY(f.service
                    ->push(desktop.principal,
                        pushOf(desktop.principal, {mutation(2, "group", id, {{"terms", "desktop"}}, tieHlc)}))
                    .ok());
        QCOMPARE(
            text(f.store->loadRow(*findTable("group"), id)->row.values, "terms"), laptopWins ? "laptop" : "desktop");
    }

    void membersMayEditOnlyTheirOwnProfile()
    {
        ServiceFixture f;
        const auto anaId = f.addAccount("ana@example.org", Role::Member);
        const auto joseId = f.addAccount("jose@example.org", Role::Member);
        const auto ana = f.login("ana@example.org");
        const auto pushed = f.service->push(ana.principal,
            pushOf(ana.principal,
                {mutation(1, "person", anaId, {{"bio", "Gardener"}}, hlcNow(f)),
                    mutation(2, "person", joseId, {{"bio", "Hacked"}}, hlcNow(f)),
                    mutation(3, "person", anaId, {{"role", "admin"}}, hlcNow(f)),
                    mutation(4, "person", newTestId(), {{"display_name", "Sock"}}, hlcNow(f)),
                    mutation(5, "person", anaId, {{"email_visibility", "private"}}, hlcNow(f)),
                    mutation(6, "group", newTestId(), {{"name", "Mine"}}, hlcNow(f))}));
        QVERIFY(pushed.ok());
        QCOMPARE(pushed->acked, (std::vector<std::int64_t> {1, 5}));
        QCOMPARE(pushed->rejected.size(), 4u);
        for (const auto &rejection : pushed->rejected)
            QCOMPARE(rejection.code, "forbidden");
        QCOMPARE(text(f.store->loadRow(*findTable("person"), joseId)->row.values, "bio"), "");
        QCOMPARE(text(f.store->loadRow(*findTable("person"), anaId)->row.values, "role"), "member");
    }

    void curatorsEditTheirGroupsOnly()
    {
        ServiceFixture f;
        f.addAccount("lena@example.org", Role::Leader);
        const auto anaId = f.addAccount("ana@example.org", Role::Member);
        const auto leader = f.login("lena@example.org");
        const std::string curated = newTestId();
        const std::string other = newTestId();
        QVERIFY(
            f.service
                ->push(leader.principal,
                    pushOf(leader.principal,
                        {mutation(1, "group", curated, {{"name", "Bike Kitchen"}}, hlcNow(f)),
                            mutation(2, "group", other, {{"name", "Council"}}, hlcNow(f)),
                            mutation(3, "membership", newTestId(),
                                {{"person_id", anaId}, {"group_id", curated}, {"state", "active"}, {"role", "curator"}},
                                hlcNow(f))}))
                ->rejected.empty());

        const auto ana = f.login("ana@example.org");
        const auto pushed = f.service->push(ana.principal,
            pushOf(ana.principal,
                {mutation(1, "group", curated, {{"description", "Wednesdays"}}, hlcNow(f)),
                    mutation(2, "group", other, {{"description", "Taken over"}}, hlcNow(f)),
                    mutation(3, "group", curated, {}, hlcNow(f), true)}));
        QCOMPARE(pushed->acked, std::vector<std::int64_t> {1});
        QCOMPARE(pushed->rejected.size(), 2u);
        QCOMPARE(pushed->rejected[0].code, "forbidden");
        QCOMPARE(pushed->rejected[1].code, "forbidden");
    }

    void theLastCuratorCannotLeave()
    {
        ServiceFixture f;
        f.addAccount("lena@example.org", Role::Leader);
        const auto anaId = f.addAccount("ana@example.org", Role::Member);
        const auto joseId = f.addAccount("jose@example.org", Role::Member);
        const auto leader = f.login("lena@example.org");
        const std::string group = newTestId();
        const std::string anas = newTestId();
        QVERIFY(
            f.service
                ->push(leader.principal,
                    pushOf(leader.principal,
                        {mutation(1, "group", group, {{"name", "Choir"}}, hlcNow(f)),
                            mutation(2, "membership", anas,
                                {{"person_id", anaId}, {"group_id", group}, {"state", "active"}, {"role", "curator"}},
                                hlcNow(f))}))
                ->rejected.empty());

        const auto ana = f.login("ana@example.org");
        const auto refused = f.service->push(ana.principal,
            pushOf(ana.principal,
                {mutation(1, "membership", anas, {{"role", "member"}}, hlcNow(f, 1)),
                    mutation(2, "membership", anas, {}, hlcNow(f, 2), true)}));
        QCOMPARE(refused->rejected.size(), 2u);
        QCOMPARE(refused->rejected[0].code, "forbidden");
        QVERIFY(refused->rejected[0].message.find("last curator") != std::string::npos);
        QCOMPARE(refused->rejected[1].code, "forbidden");
        const auto kept = f.store->loadRow(*findTable("membership"), anas);
        QVERIFY(!kept->row.deleted);
        QCOMPARE(text(kept->row.values, "role"), "curator");

        QVERIFY(f.service
                    ->push(leader.principal,
                        pushOf(leader.principal,
                            {mutation(3, "membership", newTestId(),
                                {{"person_id", joseId}, {"group_id", group}, {"state", "active"}, {"role", "curator"}},
                                hlcNow(f))}))
                    ->rejected.empty());
        const auto left = f.service->push(
            ana.principal, pushOf(ana.principal, {mutation(3, "membership", anas, {}, hlcNow(f, 3), true)}));
        QCOMPARE(left->acked, std::vector<std::int64_t> {3});
        QVERIFY(left->rejected.empty());
    }

    void membershipsMustReferToExistingRows()
    {
        ServiceFixture f;
        const auto leaderId = f.addAccount("lena@example.org", Role::Leader);
        const auto leader = f.login("lena@example.org");
        const std::string group = newTestId();
        const auto pushed = f.service->push(leader.principal,
            pushOf(leader.principal,
                {mutation(1, "group", group, {{"name", "Choir"}}, hlcNow(f)),
                    mutation(
                        2, "membership", newTestId(), {{"person_id", leaderId}, {"group_id", newTestId()}}, hlcNow(f)),
                    mutation(
                        3, "membership", newTestId(), {{"person_id", newTestId()}, {"group_id", group}}, hlcNow(f)),
                    mutation(4, "membership", newTestId(), {{"group_id", group}}, hlcNow(f)),
                    mutation(
                        5, "membership", newTestId(), {{"person_id", leaderId}, {"group_id", group}}, hlcNow(f))}));
        QCOMPARE(pushed->acked, (std::vector<std::int64_t> {1, 5}));
        QCOMPARE(pushed->rejected.size(), 3u);
        for (const auto &rejection : pushed->rejected)
            QCOMPARE(rejection.code, "invalid_reference");
    }

    void deletesAreFinal()
    {
        ServiceFixture f;
        f.addAccount("root@example.org", Role::Admin);
        f.addAccount("lena@example.org", Role::Leader);
        const auto admin = f.login("root@example.org");
        const auto leader = f.login("lena@example.org");
        const std::string id = newTestId();
        QVERIFY(f.service
                    ->push(admin.principal,
                        pushOf(admin.principal,
                            {mutation(1, "person", id, {{"display_name", "Gone Soon"}}, hlcNow(f)),
                                mutation(2, "person", id, {}, hlcNow(f, 1), true)}))
                    ->rejected.empty());
        const auto cursor = f.service->pull(leader.principal, "", 500)->cursor;
        // A later edit of the deleted row changes nothing and is refused as such, so that the
        // device keeps it under Sync problems rather than losing it silently.
        const auto late = f.service->push(leader.principal,
            pushOf(leader.principal, {mutation(1, "person", id, {{"display_name", "Back"}}, hlcNow(f, 50))}));
        QVERIFY(late->acked.empty());
        QCOMPARE(late->rejected.size(), 1u);
        QCOMPARE(late->rejected.front().code, "deleted");
        const auto stored = f.store->loadRow(*findTable("person"), id);
        QVERIFY(stored->row.deleted);
        QCOMPARE(text(stored->row.values, "display_name"), "");

        // The refused edit left the tombstone alone: nothing new to pull about it.
        const auto pulled = f.service->pull(leader.principal, cursor, 500);
        QVERIFY(!findChange(*pulled, id));
    }

    void cursorsOlderThanTheTombstoneWindowMustRefetch()
    {
        ServiceFixture f;
        f.addAccount("root@example.org", Role::Admin);
        f.addAccount("lena@example.org", Role::Leader);
        const auto admin = f.login("root@example.org");
        const auto leader = f.login("lena@example.org");
        const std::string id = newTestId();
        QVERIFY(f.service
                    ->push(admin.principal,
                        pushOf(admin.principal, {mutation(1, "person", id, {{"display_name", "Old"}}, hlcNow(f))}))
                    ->rejected.empty());
        const auto before = f.service->pull(leader.principal, "", 500)->cursor;
        QVERIFY(
            f.service->push(admin.principal, pushOf(admin.principal, {mutation(2, "person", id, {}, hlcNow(f), true)}))
                ->rejected.empty());
        const auto recent = f.service->pull(leader.principal, before, 500);
        QVERIFY(!recent->mustRefetch);
        QVERIFY(findChange(*recent, id)->deleted);

        // A month later the tombstone leaves the log: a device that never saw it must start over.
        f.clock.advanceMs(SyncService::kDefaultTombstoneWindowMs + 2 * 3600 * 1000);
        const auto stale = f.service->pull(leader.principal, before, 500);
        QVERIFY(stale->mustRefetch);
        QVERIFY(stale->changes.empty());
        QCOMPARE(stale->cursor, "");
        // A device that did see it carries on, and a fresh copy no longer mentions the row.
        QVERIFY(!f.service->pull(leader.principal, recent->cursor, 500)->mustRefetch);
        const auto fresh = f.service->pull(leader.principal, "", 500);
        QVERIFY(!fresh->mustRefetch);
        QVERIFY(!findChange(*fresh, id));
        // The tombstone itself stays, so a late edit cannot bring the row back.
        QCOMPARE(f.service
                     ->push(leader.principal,
                         pushOf(leader.principal, {mutation(1, "person", id, {{"display_name", "Back"}}, hlcNow(f))}))
                     ->rejected.front()
                     .code,
            "deleted");
        QVERIFY(f.store->loadRow(*findTable("person"), id)->row.deleted);
    }

    void aRoleChangeMakesThePersonsDevicesRefetch()
    {
        ServiceFixture f;
        f.addAccount("root@example.org", Role::Admin);
        const std::string lena = f.addAccount("lena@example.org", Role::Leader);
        const auto admin = f.login("root@example.org");
        const auto leader = f.login("lena@example.org");
        const auto cursor = f.service->pull(leader.principal, "", 500)->cursor;
        QVERIFY(!f.service->pull(leader.principal, cursor, 500)->mustRefetch);
        QVERIFY(f.service
                    ->push(admin.principal,
                        pushOf(admin.principal, {mutation(1, "person", lena, {{"role", "member"}}, hlcNow(f, 1))}))
                    ->rejected.empty());
        auto demoted = f.service->authenticate(leader.token);
        QVERIFY(demoted->role == Role::Member);
        QVERIFY(f.service->pull(*demoted, cursor, 500)->mustRefetch);
        // Other people's devices are not disturbed.
        const auto adminCursor = f.service->pull(admin.principal, "", 500)->cursor;
        QVERIFY(!f.service->pull(admin.principal, adminCursor, 500)->mustRefetch);
    }

    void aCursorTheDaemonDidNotGiveOutIsNamedOrStartedOver()
    {
        ServiceFixture f;
        f.addAccount("root@example.org", Role::Admin);
        const auto admin = f.login("root@example.org");
        const auto garbled = f.service->pull(admin.principal, "12\x7f.x", 500);
        QVERIFY(!garbled.ok());
        // Its own code, so that a device can tell a damaged cursor from any other bad request.
        QCOMPARE(garbled.error().code, std::string("bad_cursor"));
        const auto first = f.service->pull(admin.principal, "", 500);
        QVERIFY(first.ok());
        QVERIFY(!f.service->pull(admin.principal, first->cursor, 500)->mustRefetch);
        // Past every change: damaged on the device, or given out by another copy of the data.
        const std::string epoch = first->cursor.substr(0, first->cursor.find('.'));
        QVERIFY(f.service->pull(admin.principal, epoch + ".99999999", 500)->mustRefetch);
    }

    void checksumsOnTheLastPageMatchWhatThePrincipalReceived()
    {
        ServiceFixture f;
        f.addAccount("root@example.org", Role::Admin);
        f.addAccount("mateo@example.org", Role::Member, {{"email_visibility", "members"}});
        const auto admin = f.login("root@example.org");
        const auto member = f.login("mateo@example.org");
        // Accounts were written without the service's bookkeeping: no checksums until prepared,
        // and a pull never computes them itself.
        QVERIFY(f.service->pull(admin.principal, "", 500)->checksums.empty());
        f.service->prepareChecksums();
        QVERIFY(!f.service->pull(admin.principal, "", 500)->checksums.empty());
        QVERIFY(f.service
                    ->push(admin.principal,
                        pushOf(admin.principal,
                            {mutation(1, "person", newTestId(),
                                {{"display_name", "Ana"}, {"email", "ana@example.org"}, {"phone", "1"}}, hlcNow(f))}))
                    ->rejected.empty());
        for (const auto &who : {admin.principal, member.principal}) {
            std::map<std::string, TableChecksum> received;
            std::string cursor;
            for (bool more = true; more;) {
                const auto page = f.service->pull(who, cursor, 1);
                for (const auto &change : page->changes)
                    received[change.table].add(change.id, change.fields);
                cursor = page->cursor;
                more = page->hasMore;
                if (!more) {
                    QCOMPARE(page->checksums.at("person").count, received["person"].count);
                    QCOMPARE(page->checksums.at("person").digest, received["person"].digest);
                } else {
                    QVERIFY(page->checksums.empty());
                }
            }
        }
        // A restarted daemon reads the kept checksums instead of recomputing them.
        SyncService restarted(*f.store, f.clock);
        QVERIFY(!restarted.pull(admin.principal, "", 500)->checksums.empty());
    }

    void pullProjectsEveryRowThroughTheViewersClearance()
    {
        ServiceFixture f;
        const auto anaId = f.addAccount("ana@example.org", Role::Member, {{"phone", "+34 600 000 000"}});
        f.addAccount("jose@example.org", Role::Member);
        f.addAccount("lena@example.org", Role::Leader);
        f.addAccount("priya@example.org", Role::Applicant);
        const auto leader = f.login("lena@example.org");
        const std::string group = newTestId();
        QVERIFY(f.service
                    ->push(leader.principal,
                        pushOf(leader.principal,
                            {mutation(1, "group", group, {{"name", "Choir"}, {"terms", "Sing often"}}, hlcNow(f)),
                                mutation(2, "membership", newTestId(),
                                    {{"person_id", anaId}, {"group_id", group}, {"state", "active"}}, hlcNow(f))}))
                    ->rejected.empty());

        const auto viewOf = [&](const char *email) {
            const auto session = f.login(email);
            const auto pulled = f.service->pull(session.principal, "", 500);
            if (!pulled)
                qFatal("pull failed");
            return *pulled;
        };
        const auto asMember = viewOf("jose@example.org");
        const auto *anaForMember = findChange(asMember, anaId);
        QVERIFY(anaForMember);
        // Email and phone default to leaders-only: a member must not receive them at all.
        QCOMPARE(text(anaForMember->fields, "email"), "<absent>");
        QCOMPARE(text(anaForMember->fields, "email_visibility"), "<absent>");
        QCOMPARE(text(anaForMember->fields, "phone"), "<absent>");
        QCOMPARE(text(anaForMember->fields, "display_name"), "ana");

        const auto asLeader = viewOf("lena@example.org");
        const auto *anaForLeader = findChange(asLeader, anaId);
        QCOMPARE(text(anaForLeader->fields, "email"), "ana@example.org");
        QCOMPARE(text(anaForLeader->fields, "phone"), "+34 600 000 000");
        QCOMPARE(text(anaForLeader->fields, "address"), "<absent>");

        const auto asAna = viewOf("ana@example.org");
        const auto *anaForHerself = findChange(asAna, anaId);
        QCOMPARE(text(anaForHerself->fields, "email"), "ana@example.org");

        // An applicant sees public fields only: the group's name but not its terms, and nothing
        // of Ana (whose fields are all members-only or stricter), whose id is therefore never
        // named to it, not even as a purge (docs/sync.md, "Purges and deletes").
        const auto asApplicant = viewOf("priya@example.org");
        const auto *groupForApplicant = findChange(asApplicant, group);
        QVERIFY(groupForApplicant);
        QCOMPARE(text(groupForApplicant->fields, "name"), "Choir");
        QCOMPARE(text(groupForApplicant->fields, "terms"), "<absent>");
        QVERIFY(!findChange(asApplicant, anaId));
        const bool anaPurged = std::any_of(asApplicant.purge.begin(), asApplicant.purge.end(),
            [&](const protocol::RowRef &ref) { return ref.id == anaId; });
        QVERIFY(!anaPurged);

        // When Ana opens her email to the public, the applicant receives it.
        const auto ana = f.login("ana@example.org");
        QVERIFY(f.service
                    ->push(ana.principal,
                        pushOf(ana.principal,
                            {mutation(1, "person", anaId, {{"email_visibility", "public"}}, hlcNow(f, 3))}))
                    ->rejected.empty());
        const auto opened = viewOf("priya@example.org");
        QVERIFY(findChange(opened, anaId));
        QCOMPARE(text(findChange(opened, anaId)->fields, "email"), "ana@example.org");
    }

    void pushRefusesAnotherDevicesIdAndOtherProtocols()
    {
        ServiceFixture f;
        f.addAccount("lena@example.org", Role::Leader);
        const auto leader = f.login("lena@example.org");
        auto forged = pushOf(leader.principal, {mutation(1, "group", newTestId(), {{"name", "x"}}, hlcNow(f))});
        forged.clientId = newTestId();
        const auto refused = f.service->push(leader.principal, forged);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, "forbidden");

        auto future = pushOf(leader.principal, {});
        future.protocol = protocol::kProtocolVersion + 1;
        const auto unsupported = f.service->push(leader.principal, future);
        QVERIFY(!unsupported.ok());
        QCOMPARE(unsupported.error().code, "unsupported_protocol");
        QCOMPARE(f.store->findDevice(leader.principal.deviceId)->lastMid, 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncService)
#include "tst_syncservice.moc"
