#pragma once

#include "Admission.h"
#include "ContributionRules.h"
#include "DuplicateFinder.h"
#include "EventRules.h"
#include "GroupMessageRules.h"
#include "HashingGate.h"
#include "LadderRules.h"
#include "LoginThrottle.h"
#include "MergeRules.h"
#include "OpportunityRules.h"
#include "PasswordHasher.h"
#include "RelationshipRules.h"
#include "Store.h"
#include "TagRules.h"
#include "TurfRules.h"

#include "common/Clock.h"
#include "common/Protocol.h"
#include "common/Result.h"
#include "common/Roles.h"

#include <array>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

namespace commonroom::syncd {

// The daemon's business logic: accounts and sessions, applying pushes, answering pulls through
// the privacy projection. Knows nothing of sockets or HTTP; expected failures come back as
// Errors whose code the API turns into a status.
//
// Thread-safe: store access is serialized by one mutex (SQLite has a single writer anyway), but
// the slow scrypt verification of a login runs outside it so that a login never stalls the
// pushes and pulls of other clients.
class SyncService
{
public:
    static constexpr std::int64_t kSessionLifetimeMs = 30LL * 24 * 3600 * 1000;
    static constexpr std::int64_t kMaxClockSkewMs = 5 * 60 * 1000;
    // Random bytes of a session token (base64url on the wire, SHA-256 in the store).
    static constexpr std::size_t kTokenBytes = 32;
    // The site id of the changes the daemon makes itself (approvals by vouches, seats, waitlists,
    // duplicate candidates, the first admin).
    static constexpr std::string_view kServerSite = "syncd";

    SyncService(Store &store, const Clock &clock, PasswordHasher hasher = {});

    // `address` is the client's network address: failed sign-ins lock out the account and slow
    // the address down (docs/security.md).
    Result<protocol::LoginResponse> login(const protocol::LoginRequest &request, std::string_view address = {});
    // The caller behind a bearer token; "unauthorized" when the token is unknown, expired or its
    // device revoked.
    Result<Principal> authenticate(std::string_view token);
    void logout(std::string_view token);
    Result<protocol::PushResponse> push(const Principal &principal, const protocol::PushRequest &request);
    // `since` is a cursor from an earlier pull ("" or "0" for everything). The last page carries
    // the checksum of every table as the principal may see it.
    // `protocolVersion` is the client's (the `protocol` query parameter; 1 when absent).
    Result<protocol::PullResponse> pull(
        const Principal &principal, std::string_view since, std::size_t limit, int protocolVersion = 1);

    // The devices of `personId` (the principal's own when empty); admins may list anyone's.
    Result<protocol::DeviceList> devices(const Principal &principal, std::string_view personId);
    // A revoked device is refused from then on, and told so, so that it erases its local copy.
    // People revoke their own devices; admins anyone's.
    Status revokeDevice(const Principal &principal, std::string_view deviceId);
    // The principal's device continues as the new device `deviceId` with a session of its own:
    // its copy turned out not to be the device the daemon knows (answered "device_diverged": a
    // restored backup, a copied profile). The old device and its sessions stay as they are, for
    // the copy the daemon does know.
    Result<protocol::LoginResponse> registerDevice(
        const Principal &principal, std::string_view deviceId, std::string_view address);

    // Undoes the merge of the duplicate pair `candidateId` (leaders): the person merged away comes
    // back as they were, and the pair is marked dismissed (docs/events.md, "Merging duplicates").
    Status restoreMerge(const Principal &principal, std::string_view candidateId);

    // Brings the per-table checksums up to date with a full pass over the rows when they are not
    // (after init or seed-demo, which write without this service). Run before serving: at a
    // million people the pass takes tens of seconds, far too long inside a pull.
    void prepareChecksums();

    // How long deleted rows are kept in the change log; a device whose cursor is older must
    // fetch everything again.
    void setTombstoneWindow(std::int64_t windowMs) { m_tombstoneWindowMs = windowMs; }
    static constexpr std::int64_t kDefaultTombstoneWindowMs = 30LL * 24 * 3600 * 1000;

    // Creates a person row (with `profile` and the role) and its account, inside the caller's
    // transaction, versioned as written by `site` now; returns the new person id. For `init` and
    // `seed-demo`, which run without a client.
    Result<std::string> createAccount(
        std::string_view email, std::string_view password, Role role, const FieldMap &profile, std::string_view site);

    // `atLeast`, raised just above the stored versions of `fields` in `row`, so that writing
    // `fields` with it replaces them. The daemon versions its own writes this way, after what
    // caused them and never by its own clock (docs/sync.md, "The daemon's writes").
    static FieldVersion versionAbove(const VersionedRow &row, const FieldMap &fields, FieldVersion atLeast);

    // How long to hold the answer to a sign-in (or another password or code attempt) from
    // `address`: 0 normally; once the address is over its failure limit, its attempts are spaced
    // kSlowedIntervalMs apart, right and wrong alike so that timing tells nothing. When that
    // queue is longer than kMaxSlowedDelayMs the attempt is refused ("too_many_attempts") and
    // `retryAfterSeconds` says when to come back.
    Result<std::int64_t> signInDelayMs(std::string_view address, std::int64_t *retryAfterSeconds = nullptr);
    static constexpr std::int64_t kSlowedIntervalMs = 2000;
    static constexpr std::int64_t kMaxSlowedDelayMs = 20'000;

    // Password hashing behind the hashing gate: "busy" (503) when too many hashes run already.
    Result<std::string> hashPassword(std::string_view password);
    // Whether `password` matches `stored`; an empty `stored` spends the time of a check and is
    // false, so that an unknown email takes as long as a wrong password.
    Result<bool> verifyPassword(std::string_view password, std::string_view stored);

    // For the account endpoints (AccountService): the store under this service's lock, the
    // admission rules, the clock and the sign-in throttles (whose callers hold the lock).
    template<class Work>
    decltype(auto) withStore(Work &&work)
    {
        std::lock_guard lock(m_mutex);
        return work(m_store);
    }
    // The store for code already inside withStore().
    Store &lockedStore() { return m_store; }
    Admission &admission() { return m_admission; }
    const Clock &clock() const { return m_clock; }
    LoginThrottle &accountThrottle() { return m_throttle; }
    LoginThrottle &addressThrottle() { return m_addressThrottle; }
    // Row writes the daemon makes outside a push (applications, accepted invitations, erasure)
    // keep the table checksums current like a push does: inside withStore and a transaction,
    // beginServerWrites() before the first write, trackServerWrite() for each saved row,
    // finishServerWrites() just before the commit and serverWritesCommitted() after it.
    void beginServerWrites();
    void trackServerWrite(
        const TableDef &table, std::string_view id, const std::optional<StoredRow> &before, const VersionedRow &after);
    void finishServerWrites();
    void serverWritesCommitted();
    // Writes `fields` into a row (or deletes it) as the daemon, between beginServerWrites() and
    // finishServerWrites().
    void writeServerRow(const TableDef &table, const std::string &id, const FieldMap &fields, bool erase = false);
    // A new session of `personId` on `deviceId`, registering the device when new. Call inside
    // withStore and a transaction.
    Result<protocol::LoginResponse> openSession(std::string_view personId, std::string_view deviceId, Role role);

private:
    // "device_diverged" when `request` repeats mids of `device` that were other changes.
    Status checkReplay(const Device &device, const protocol::PushRequest &request) const;
    // Why `mutation` may not be applied, or success; `existing` is the stored row, if any.
    Status check(const Principal &principal, const protocol::Mutation &mutation, const TableDef *table,
        const std::optional<StoredRow> &existing);
    Status checkAuthorization(const Principal &principal, const protocol::Mutation &mutation, const TableDef &table,
        const std::optional<StoredRow> &existing);
    Status checkReferences(const protocol::Mutation &mutation, const TableDef &table, bool creating);
    bool isLiveRow(std::string_view table, const FieldValue &id);
    // A group keeps at least one active curator: `merged` may not take away the last one.
    Status checkCuratorsRemain(
        const TableDef &table, const std::optional<StoredRow> &existing, const VersionedRow &merged);

    // Checksums of each table at each visibility level, kept up to date by this service's own
    // writes and recomputed when the change log moved without it (seed-demo, for example).
    using ScopeChecksums = std::map<std::string, std::array<TableChecksum, 4>>;
    // The checksums as of the newest change, from memory or from the store; nullptr when they
    // are out of date (a writer outside this service) until prepareChecksums() runs again.
    const ScopeChecksums *currentScopes();
    static void trackChecksums(ScopeChecksums &scopes, const TableDef &table, std::string_view id,
        const std::optional<StoredRow> &before, const VersionedRow &after);
    std::map<std::string, TableChecksum> checksumsFor(
        const Principal &principal, const Sight &sight, const ScopeChecksums &scopes);
    void saveScopes(const ScopeChecksums &scopes, std::int64_t head);
    static std::string encodeScopes(const ScopeChecksums &scopes);
    static std::optional<ScopeChecksums> decodeScopes(std::string_view text);
    std::int64_t clearanceEpoch(std::string_view personId);
    // Starts a new clearance epoch: the person's devices fetch a fresh copy at their next pull.
    void bumpClearanceEpoch(const std::string &personId);
    // The epoch of the cursors given to `personId`: their clearance epoch and the daemon's
    // cursor generation.
    std::int64_t cursorEpoch(std::string_view personId);
    // Refuses the transitions of workflow fields their state machine does not allow.
    static Status checkTransitions(
        const TableDef &table, const protocol::Mutation &mutation, const VersionedRow &stored);
    // The workflow fields `mutation` changes, which win over the stored values (syncd/Workflow.h).
    static FieldMap workflowChanges(
        const TableDef &table, const protocol::Mutation &mutation, const VersionedRow &stored);
    // Whether a device of `principal` may hold `stored` (or a version of it), so that it must be
    // told when the row is purged from its sight or deleted.
    bool mayHaveHeld(const Principal &principal, const Sight &sight, const TableDef &table, std::string_view id,
        const StoredRow &stored);
    // Whether `principal` sees `row` of `table` through its group or event (common/GroupSight.h):
    // as an active curator of the group (interests in opportunities), an active member (its
    // messages), registered for the event (its messages), or as one it was sent to (a message to a
    // smart list).
    bool seesThroughGroup(const Principal &principal, const TableDef &table, std::string_view id, const FieldMap &row);
    // The events the person holds a live registration of (in any state), sorted.
    std::vector<std::string> registeredEvents(const std::string &personId);
    // How far `principal` may see into `row`: clearanceFor(), raised to Leaders for those who see
    // it through its group (seesThroughGroup).
    Visibility clearanceOf(const Principal &principal, const TableDef &table, std::string_view id, const FieldMap &row);
    // The row as `principal` receives it (nullopt: not at all): projected at clearanceOf(), and for
    // a canvasser (`sight`) the rows of their open turfs as leaders see them and the people at
    // those turfs' doors with the canvassing fields they show to leaders (common/Turfs.h).
    std::optional<FieldMap> visibleRow(const Principal &principal, const Sight &sight, const TableDef &table,
        std::string_view id, const FieldMap &row);
    // What `principal` sees as a canvasser now. When it is not what they saw at their last pull
    // (an assignment began, ended or was withdrawn, a door was added), their devices fetch a fresh
    // copy: a new clearance epoch, as after a role change.
    Sight noteSight(const Principal &principal);
    // After a membership or registration changed: when it gave someone a sight into a group's or
    // an event's rows, or ended it (common/GroupSight.h: an active curatorship, an active
    // membership, a registration), and the group or event has such rows, their devices fetch a
    // fresh copy (a new clearance epoch), as after a role change. After such a row was deleted,
    // everyone who saw it through its group or event does.
    void noteGroupSightChange(
        const TableDef &table, std::string_view id, const std::optional<StoredRow> &before, const VersionedRow &after);
    // After a person's role changed from `before` to `after`: their devices fetch again, and their
    // membership's start (Account::memberSince) is set or cleared.
    void noteRoleChange(const std::string &personId, const VersionedRow &before, const VersionedRow &after);
    // Writes a change the daemon made itself (an applicant approved by vouches) like a push.
    void applyFollowUp(const Admission::FollowUp &followUp, std::uint64_t afterHlc, ScopeChecksums *scopes);
    void compactIfDue();
    // After a push's mutations: settles seats and waitlists of the events it touched and flags
    // likely duplicates of the people it touched, in the push's transaction. `scopes` (may be
    // null) are the checksums to keep up to date.
    void settleEventsAndDuplicates(ScopeChecksums *scopes);

    Store &m_store;
    const Clock &m_clock;
    PasswordHasher m_hasher;
    HashingGate m_hashingGate;
    LoginThrottle m_throttle;
    LoginThrottle m_addressThrottle;
    // When the next attempt of each slowed-down address may be answered (under m_mutex).
    std::map<std::string, std::int64_t, std::less<>> m_slowedUntil;
    Admission m_admission;
    std::mutex m_mutex;
    std::int64_t m_tombstoneWindowMs = kDefaultTombstoneWindowMs;
    std::int64_t m_lastCompactionMs = -1;
    EventRules m_eventRules;
    DuplicateFinder m_duplicates;
    MergeRules m_merges;
    LadderRules m_ladder;
    ContributionRules m_contributions;
    TagRules m_tags;
    OpportunityRules m_opportunities;
    GroupMessageRules m_groupMessages;
    RelationshipRules m_relationships;
    TurfRules m_turfs;
    ScopeChecksums m_scopes;
    std::int64_t m_scopesSeq = -1; // the change sequence m_scopes describe; -1: not computed
    std::optional<ScopeChecksums> m_pendingScopes; // of the server writes under way
};

} // namespace commonroom::syncd
