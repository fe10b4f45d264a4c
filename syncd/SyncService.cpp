#include "SyncService.h"

#include "SmartListRules.h"
#include "TermRules.h"

#include "AuditLog.h"
#include "Encoding.h"
#include "PasswordPolicy.h"
#include "Workflow.h"

#include "common/Authorization.h"
#include "common/EmailAddress.h"
#include "common/GroupSight.h"
#include "common/Hlc.h"
#include "common/Ladder.h"
#include "common/Opportunities.h"
#include "common/Privacy.h"
#include "common/Turfs.h"
#include "common/Uuid.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <set>

namespace commonroom::syncd {

namespace {

// What tells a change apart from another numbered and stamped alike: its whole encoding.
std::string changeDigest(const protocol::Mutation &mutation)
{
    return toHex(sha256(protocol::toJson(protocol::PushRequest {{}, 0, {mutation}})));
}

Error invalidCredentials()
{
    return makeError("invalid_credentials", "The email or the password is wrong; check both and try again.");
}

Error serverBusy()
{
    return makeError("busy",
        "The server is busy checking other passwords; try again in a few seconds. If this keeps happening, tell "
        "the server's admin.");
}

Error unauthorized()
{
    return makeError("unauthorized", "The session is unknown or has expired; sign in again.");
}

std::string tokenHash(std::string_view token)
{
    return toHex(sha256(token));
}

Role roleOf(const VersionedRow &person)
{
    return roleFromString(textOf(person.values, "role")).value_or(Role::Applicant);
}

// A cursor is "EPOCH.SEQ": the clearance epoch of the person it was given to and the last change
// sequence number sent. "" (or "0") asks for everything.
struct Cursor
{
    std::int64_t epoch = 0;
    std::int64_t seq = 0;
    bool fromStart = true;
};

std::optional<std::int64_t> parseNumber(std::string_view text)
{
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size() || value < 0)
        return std::nullopt;
    return value;
}

std::optional<Cursor> parseCursor(std::string_view text)
{
    if (text.empty() || text == "0")
        return Cursor {};
    const auto dot = text.find('.');
    if (dot == std::string_view::npos)
        return std::nullopt;
    const auto epoch = parseNumber(text.substr(0, dot));
    const auto seq = parseNumber(text.substr(dot + 1));
    if (!epoch || !seq)
        return std::nullopt;
    return Cursor {*epoch, *seq, false};
}

std::string formatCursor(std::int64_t epoch, std::int64_t seq)
{
    return std::to_string(epoch) + "." + std::to_string(seq);
}

// The level whose fields a role sees in other people's rows (and in every group and membership).
Visibility levelOf(Role role)
{
    return clearanceFor(Principal {"", role, ""}, *findTable("group"), "");
}

constexpr std::int64_t kCompactionIntervalMs = 3600 * 1000;
constexpr std::string_view kScopesKey = "scope_checksums";
constexpr std::string_view kScopesSeqKey = "scope_checksums_seq";

} // namespace

SyncService::SyncService(Store &store, const Clock &clock, PasswordHasher hasher)
    : m_store(store)
    , m_clock(clock)
    , m_hasher(hasher)
    , m_throttle(clock, "account")
    , m_addressThrottle(clock, "address")
    , m_admission(store, clock)
    , m_eventRules(store)
    , m_duplicates(store)
    , m_merges(store, clock)
    , m_ladder(store)
    , m_contributions(store)
    , m_tags(store)
    , m_opportunities(store)
    , m_groupMessages(store, m_admission, clock)
    , m_relationships(store)
    , m_turfs(store, clock)
{
}

Result<protocol::LoginResponse> SyncService::login(const protocol::LoginRequest &request, std::string_view address)
{
    if (!isUuid(request.device))
        return makeError("bad_request",
            "\"device\" must be this device's id, a lowercase UUID; the client sends it "
            "automatically, so update the client.");
    std::optional<Account> account;
    {
        std::lock_guard lock(m_mutex);
        if (m_throttle.isOverLimit(m_store, request.email))
            return makeError(
                "too_many_attempts", "Too many failed sign-ins for this email; wait 15 minutes, then try again.");
        account = m_store.findAccountByEmail(request.email);
    }
    // An unknown email is checked against nothing, which takes as long as a wrong password.
    const auto verified = verifyPassword(request.password, account ? account->passwordHash : std::string());
    if (!verified)
        return verified.error();
    if (!*verified) {
        std::lock_guard lock(m_mutex);
        Store::Transaction transaction(m_store);
        m_throttle.recordFailure(m_store, request.email);
        if (!address.empty())
            m_addressThrottle.recordFailure(m_store, address);
        // What was typed for an email that has no account is not kept: people type their password
        // into the wrong field, and admins read this log.
        AuditLog::record(m_store, m_clock.nowMs(), "login_failed", Principal {"", Role::Applicant, request.device},
            account ? account->personId : std::string(), account ? std::string() : std::string("unknown email"),
            address);
        transaction.commit();
        return invalidCredentials();
    }

    std::lock_guard lock(m_mutex);
    const auto *personTable = findTable("person");
    const auto person = m_store.loadRow(*personTable, account->personId);
    if (!person || person->row.deleted)
        return invalidCredentials();

    const std::int64_t now = m_clock.nowMs();
    Store::Transaction transaction(m_store);
    m_throttle.recordSuccess(m_store, request.email);
    auto session = openSession(account->personId, request.device, roleOf(person->row));
    if (!session)
        return session.error();
    AuditLog::record(m_store, now, "login", Principal {account->personId, roleOf(person->row), request.device},
        account->personId, {}, address);
    transaction.commit();
    return session;
}

Result<std::int64_t> SyncService::signInDelayMs(std::string_view address, std::int64_t *retryAfterSeconds)
{
    std::lock_guard lock(m_mutex);
    const std::int64_t now = m_clock.nowMs();
    std::erase_if(m_slowedUntil, [now](const auto &entry) { return entry.second <= now; });
    if (address.empty() || !m_addressThrottle.isOverLimit(m_store, address))
        return 0;
    const auto next = m_slowedUntil.find(address);
    const std::int64_t answerAt = next == m_slowedUntil.end() ? now : next->second;
    if (answerAt - now > kMaxSlowedDelayMs) {
        if (retryAfterSeconds)
            *retryAfterSeconds = (answerAt - now - kMaxSlowedDelayMs + 999) / 1000;
        return makeError("too_many_attempts",
            "Too many sign-ins from this network address at once; wait a few seconds, then try again.");
    }
    m_slowedUntil.insert_or_assign(std::string(address), answerAt + kSlowedIntervalMs);
    return answerAt - now;
}

Result<std::string> SyncService::hashPassword(std::string_view password)
{
    const auto pass = m_hashingGate.enter();
    if (!pass)
        return serverBusy();
    return m_hasher.hash(password);
}

Result<bool> SyncService::verifyPassword(std::string_view password, std::string_view stored)
{
    const auto pass = m_hashingGate.enter();
    if (!pass)
        return serverBusy();
    if (stored.empty()) {
        m_hasher.verifyAgainstNothing(password);
        return false;
    }
    return m_hasher.verify(password, stored);
}

Result<protocol::LoginResponse> SyncService::openSession(
    std::string_view personId, std::string_view deviceId, Role role)
{
    const std::int64_t now = m_clock.nowMs();
    const auto device = m_store.findDevice(deviceId);
    if (device && device->personId != personId)
        return makeError("device_in_use",
            "This device is registered to another person. Each person signs in from "
            "their own profile on the device; create a new profile to sign in.");
    if (device && device->revokedAt)
        return makeError(
            "device_revoked", "This device was revoked by an admin; create a new profile on it to sign in again.");
    if (!device)
        m_store.saveDevice(Device {std::string(deviceId), std::string(personId), 0, now, std::nullopt});
    m_store.deleteSessionsExpiredBefore(now);

    const std::string token = toBase64Url(randomBytes(kTokenBytes));
    const std::int64_t expiresAt = now + kSessionLifetimeMs;
    m_store.insertSession(Session {tokenHash(token), std::string(deviceId), std::string(personId), now, expiresAt});
    return protocol::LoginResponse {token, expiresAt, std::string(personId), {std::string(toString(role))}};
}

Result<Principal> SyncService::authenticate(std::string_view token)
{
    if (token.empty())
        return unauthorized();
    std::lock_guard lock(m_mutex);
    const auto session = m_store.findSession(tokenHash(token));
    if (!session || session->expiresAt <= m_clock.nowMs())
        return unauthorized();
    const auto device = m_store.findDevice(session->deviceId);
    if (!device)
        return unauthorized();
    if (device->revokedAt)
        return makeError("device_revoked",
            "This device was revoked, so its copy of the community is erased now. Sign in again on a new profile "
            "to use Commonroom here.");
    const auto person = m_store.loadRow(*findTable("person"), session->personId);
    if (!person || person->row.deleted)
        return unauthorized();
    return Principal {session->personId, roleOf(person->row), session->deviceId};
}

void SyncService::logout(std::string_view token)
{
    std::lock_guard lock(m_mutex);
    m_store.deleteSession(tokenHash(token));
}

Result<protocol::PushResponse> SyncService::push(const Principal &principal, const protocol::PushRequest &request)
{
    if (request.protocol < protocol::kOldestProtocolVersion || request.protocol > protocol::kProtocolVersion)
        return makeError("unsupported_protocol",
            "This server speaks sync protocol " + std::to_string(protocol::kOldestProtocolVersion) + " to "
                + std::to_string(protocol::kProtocolVersion) + " but the client sent protocol "
                + std::to_string(request.protocol) + "; update the client.");
    if (request.clientId != principal.deviceId)
        return makeError("forbidden",
            "\"client_id\" is not the device this session was opened on; push with the "
            "device's own id, or sign in on that device.");

    std::lock_guard lock(m_mutex);
    compactIfDue();
    // Checksums are updated on a copy and kept only once the push is committed.
    const ScopeChecksums *current = currentScopes();
    const bool trackScopes = current != nullptr;
    ScopeChecksums scopes = trackScopes ? *current : ScopeChecksums {};
    Store::Transaction transaction(m_store);
    auto device = m_store.findDevice(principal.deviceId);
    if (!device)
        return unauthorized();
    if (auto same = checkReplay(*device, request); !same)
        return same.error();

    protocol::PushResponse response;
    const std::int64_t now = m_clock.nowMs();
    if (request.protocol >= 2)
        response.serverTime = now;
    for (const auto &sent : request.mutations) {
        // Each mid is processed once: a replay after a lost response is acknowledged again, and
        // a rejected mid is never retried.
        if (sent.mid <= device->lastMid) {
            response.acked.push_back(sent.mid);
            continue;
        }
        device->lastMid = sent.mid;
        device->lastHlc = sent.hlc;
        device->lastDigest = changeDigest(sent);
        // A stamp too far ahead of the daemon's clock would outrank every later change for as long
        // as the device's clock was wrong: it is moved back to the daemon's time, after every
        // stamp stored from this device, so the device's own order of edits holds. The change
        // itself is kept (docs/sync.md, "Clocks").
        protocol::Mutation pushed = sent;
        if (Hlc::physicalMs(pushed.hlc) > now + kMaxClockSkewMs)
            pushed.hlc = std::max(Hlc::pack(now, 0), device->maxHlc + 1);
        device->maxHlc = std::max(device->maxHlc, pushed.hlc);

        const TableDef *table = findTable(pushed.table);
        std::optional<StoredRow> existing;
        if (table && isUuid(pushed.id))
            existing = m_store.loadRow(*table, pushed.id);
        // A check-in made offline for a registration deleted meanwhile (a merged duplicate's) goes
        // to the registration that took its place, or comes back refused: attendance is never
        // dropped silently.
        std::optional<protocol::Mutation> redirected;
        if (existing && existing->row.deleted && table->name == "registration" && !pushed.deleted) {
            auto moved = m_eventRules.redirect(pushed);
            if (!moved) {
                response.rejected.push_back(
                    protocol::Rejection {pushed.mid, moved.error().code, moved.error().message});
                continue;
            }
            redirected = std::move(*moved);
            existing = m_store.loadRow(*table, redirected->id);
        } else if (!existing && table && isUuid(pushed.id)) {
            // Registration ids tell nothing of the event and person, so two offline devices that
            // registered the same person made two ids: the second joins the first, and its own id
            // becomes a tombstone that tells its device to drop its copy (docs/events.md, "Ids").
            if (auto joined = m_eventRules.joinExisting(pushed)) {
                redirected = std::move(*joined);
                existing = m_store.loadRow(*table, redirected->id);
            }
        }
        const protocol::Mutation &mutation = redirected ? *redirected : pushed;
        auto checked = check(principal, mutation, table, existing);
        if (checked && !(existing && existing->row.deleted))
            checked = m_admission.check(principal, mutation, *table, existing);
        const bool updating = existing && !existing->row.deleted && !mutation.deleted;
        if (checked && updating)
            checked = checkTransitions(*table, mutation, existing->row);
        if (!checked) {
            response.rejected.push_back(
                protocol::Rejection {mutation.mid, checked.error().code, checked.error().message});
            continue;
        }
        if (redirected && !m_store.loadRow(*table, pushed.id)) {
            // A joined registration: the new id becomes a tombstone, which tells its device to drop
            // its copy, and later changes made under it follow to the one it joined.
            m_store.saveRow(*table, pushed.id, VersionedRow {{}, {}, true});
            m_store.setDeletedAt(*table, pushed.id, now);
            m_eventRules.noteMoved(pushed.id, redirected->id);
        }

        VersionedRow row = existing ? existing->row : VersionedRow {};
        if (mutation.deleted && !row.deleted) {
            if (table->name == "registration")
                m_eventRules.noteRemoved(mutation.id, row.values);
            // Deletes are final and the values go with them: nothing of an erased row stays here.
            row.deleted = true;
            row.values.clear();
        } else {
            const FieldVersion pushedVersion {mutation.hlc, request.clientId};
            mergeFields(row, mutation.fields, pushedVersion, *table);
            // Workflow fields go by the order of receipt, whatever the clocks (syncd/Workflow.h):
            // a transition that was allowed wins over the stored state.
            if (updating) {
                if (const auto transitions = workflowChanges(*table, mutation, existing->row); !transitions.empty())
                    mergeFields(row, transitions, versionAbove(existing->row, transitions, pushedVersion), *table);
            }
            // What the daemon decides (docs/admission.md, docs/events.md) wins over the pushed values.
            auto decided = m_admission.decidedFields(mutation, *table, existing, row);
            decided.merge(m_eventRules.decidedFields(mutation, *table, existing, row, m_clock.nowMs()));
            decided.merge(m_contributions.decidedFields(mutation, *table, existing));
            if (!decided.empty())
                mergeFields(row, decided,
                    versionAbove(row, decided, FieldVersion {mutation.hlc, std::string(kServerSite)}), *table);
        }
        if (auto kept = checkCuratorsRemain(*table, existing, row); !kept) {
            response.rejected.push_back(protocol::Rejection {mutation.mid, kept.error().code, kept.error().message});
            continue;
        }
        if (trackScopes)
            trackChecksums(scopes, *table, mutation.id, existing, row);
        // A new sequence number even when the merge changed nothing, so that the pushing client
        // gets the winning values back on its next pull.
        m_store.saveRow(*table, mutation.id, row);
        noteGroupSightChange(*table, mutation.id, existing, row);
        if (row.deleted && !(existing && existing->row.deleted))
            m_store.setDeletedAt(*table, mutation.id, m_clock.nowMs());
        if (table->name == "person" && existing)
            noteRoleChange(mutation.id, existing->row, row);
        if (!(existing && existing->row.deleted)) {
            for (const auto &followUp : m_admission.afterSave(principal, mutation, *table, existing, row))
                applyFollowUp(followUp, mutation.hlc, trackScopes ? &scopes : nullptr);
            for (const auto &followUp : m_ladder.afterSave(*table, existing, row))
                applyFollowUp(followUp, mutation.hlc, trackScopes ? &scopes : nullptr);
            for (const auto &followUp : m_opportunities.afterSave(*table, row))
                applyFollowUp(followUp, mutation.hlc, trackScopes ? &scopes : nullptr);
            for (const auto &followUp : m_groupMessages.afterSave(principal, *table, mutation.id, existing, row))
                applyFollowUp(followUp, mutation.hlc, trackScopes ? &scopes : nullptr);
            for (const auto &followUp : m_turfs.afterSave(*table, mutation.id, existing, row))
                applyFollowUp(followUp, mutation.hlc, trackScopes ? &scopes : nullptr);
            m_merges.afterSave(principal, *table, mutation, existing, row, mutation.hlc,
                [&](const TableDef &changed, const std::string &id, const std::optional<StoredRow> &before,
                    const VersionedRow &after) {
                    if (trackScopes)
                        trackChecksums(scopes, changed, id, before, after);
                    m_store.saveRow(changed, id, after);
                    noteGroupSightChange(changed, id, before, after);
                    m_duplicates.noteChange(changed, id, after);
                });
        }
        // A deleted row has no values left: its event is the one it had.
        m_eventRules.noteChange(*table, mutation.id, row.deleted && existing ? existing->row : row);
        m_duplicates.noteChange(*table, mutation.id, row);
        response.acked.push_back(mutation.mid);
    }
    settleEventsAndDuplicates(trackScopes ? &scopes : nullptr);
    m_store.saveDevice(*device);
    const std::int64_t head = m_store.headSeq();
    if (trackScopes)
        saveScopes(scopes, head);
    transaction.commit();
    if (trackScopes) {
        m_scopes = std::move(scopes);
        m_scopesSeq = head;
    }
    return response;
}

Status SyncService::checkReplay(const Device &device, const protocol::PushRequest &request) const
{
    // A push that repeats mids the daemon already processed is a replay only when it repeats
    // the last of them exactly: a device restored from a backup, or a second copy of a profile,
    // numbers new changes with mids the daemon already took, and they must not be acked unseen.
    const bool repeats = std::any_of(request.mutations.begin(), request.mutations.end(),
        [&](const protocol::Mutation &mutation) { return mutation.mid <= device.lastMid; });
    if (!repeats || device.lastHlc == 0)
        return {};
    const auto last = std::find_if(request.mutations.begin(), request.mutations.end(),
        [&](const protocol::Mutation &mutation) { return mutation.mid == device.lastMid; });
    if (last != request.mutations.end() && last->hlc == device.lastHlc
        && (device.lastDigest.empty() || changeDigest(*last) == device.lastDigest))
        return {};
    return makeError("device_diverged",
        "This copy of the device is not the one the server knows: the server already received change "
            + std::to_string(device.lastMid)
            + " of this device, and this copy's changes are not those (it was restored from a backup or copied "
              "from another device). Nothing was applied; the app continues as a new device and sends them "
              "again (update it if it does not).");
}

Status SyncService::check(const Principal &principal, const protocol::Mutation &mutation, const TableDef *table,
    const std::optional<StoredRow> &existing)
{
    if (!table)
        return makeError("unknown_table", "There is no table named \"" + mutation.table + "\"; update the client.");
    if (!isUuid(mutation.id))
        return makeError("invalid_id", "The id \"" + mutation.id + "\" is not a lowercase UUID.");
    if (auto valid = validateFields(*table, mutation.fields); !valid)
        return valid;
    if (mutation.deleted && !existing)
        return makeError("not_found", "There is no " + mutation.table + " with the id " + mutation.id + " to delete.");
    // A deleted row stays deleted whatever is pushed: deleting it again changes nothing, but an
    // edit would vanish, so it is refused and the device keeps it under Sync problems.
    if (existing && existing->row.deleted) {
        if (mutation.deleted)
            return {};
        return makeError("deleted",
            "This " + (table->name == "person" ? std::string("person") : mutation.table)
                + " was deleted (or erased) on the server before this change reached it, so the change was not "
                  "applied. Its values are kept under Sync problems.");
    }
    if (auto allowed = checkAuthorization(principal, mutation, *table, existing); !allowed)
        return allowed;
    if (EventRules::decidesRelations(*table)) {
        if (auto valid = m_eventRules.check(mutation, *table, existing); !valid)
            return valid;
    }
    if (auto valid = m_merges.check(*table, mutation, existing); !valid)
        return valid;
    if (auto valid = m_ladder.check(principal, mutation, *table, existing); !valid)
        return valid;
    if (auto valid = m_contributions.check(principal, mutation, *table, existing); !valid)
        return valid;
    if (auto valid = m_tags.check(principal, mutation, *table, existing); !valid)
        return valid;
    if (auto valid = m_opportunities.check(principal, mutation, *table, existing); !valid)
        return valid;
    if (auto valid = m_groupMessages.check(principal, mutation, *table, existing); !valid)
        return valid;
    if (auto valid = m_relationships.check(principal, mutation, *table, existing); !valid)
        return valid;
    if (auto valid = m_turfs.check(principal, mutation, *table, existing); !valid)
        return valid;
    if (auto valid = SmartListRules::check(principal, mutation, *table, existing); !valid)
        return valid;
    if (auto valid = TermRules::check(principal, mutation, *table, existing); !valid)
        return valid;
    if (!mutation.deleted)
        return checkReferences(mutation, *table, !existing);
    return {};
}

Status SyncService::checkAuthorization(const Principal &principal, const protocol::Mutation &mutation,
    const TableDef &table, const std::optional<StoredRow> &existing)
{
    const Operation operation = !existing                ? Operation::Create
        : mutation.deleted                               ? Operation::Delete
        : MergeRules::isMerge(table, mutation, existing) ? Operation::Merge
                                                         : Operation::Update;
    // Relations are judged on the stored row; for a new row on what it will hold.
    const FieldMap &basis = existing ? existing->row.values : mutation.fields;
    bool isOwner = false;
    bool isCurator = false;
    std::string groupKind;
    bool groupHasTerms = false;
    if (table.name == "person") {
        isOwner = mutation.id == principal.personId;
    } else if (table.name == "group") {
        isCurator = existing && m_store.isActiveCurator(principal.personId, mutation.id);
    } else if (table.name == "contribution") {
        isOwner = textOf(basis, "person_id") == principal.personId;
    } else if (table.name == "opportunity") {
        const std::string group = textOf(basis, "group_id");
        isCurator = isUuid(group) && m_store.isActiveCurator(principal.personId, group);
    } else if (table.name == "opportunity_interest") {
        isOwner = textOf(basis, "person_id") == principal.personId;
        const std::string group = m_opportunities.groupOfInterest(basis);
        isCurator = !group.empty() && m_store.isActiveCurator(principal.personId, group);
    } else if (table.name == "group_message") {
        isOwner = textOf(basis, "author_id") == principal.personId;
        // Judged when the message reaches the daemon: a curator who was dismissed meanwhile is refused.
        const std::string group = textOf(basis, "group_id");
        isCurator = isUuid(group) && m_store.isActiveCurator(principal.personId, group);
    } else if (table.name == "event_message") {
        isOwner = textOf(basis, "author_id") == principal.personId;
        isCurator = m_eventRules.organizesEvent(principal.personId, textOf(basis, "event_id"));
    } else if (table.name == "smart_list") {
        isOwner = textOf(basis, "owner_id") == principal.personId;
    } else if (table.name == "membership") {
        isOwner = textOf(basis, "person_id") == principal.personId;
        const std::string group = textOf(basis, "group_id");
        isCurator = !group.empty() && m_store.isActiveCurator(principal.personId, group);
        // Moving a membership to another group needs the curatorship of that group as well.
        if (const auto moved = mutation.fields.find("group_id"); isCurator && moved != mutation.fields.end())
            isCurator = m_store.isActiveCurator(principal.personId, toDisplayString(moved->second));
        if (!group.empty() && isUuid(group)) {
            if (const auto stored = m_store.loadRow(*findTable("group"), group); stored && !stored->row.deleted) {
                groupKind = textOf(stored->row.values, "kind");
                groupHasTerms = !textOf(stored->row.values, "terms").empty();
            }
        }
    }
    if (EventRules::decidesRelations(table)) {
        const auto related = m_eventRules.relationsFor(principal, mutation, table, existing);
        isOwner = related.isOwner;
        isCurator = related.isCurator;
    }
    const auto merging = m_merges.relationsFor(table, mutation, existing);
    const std::string currentState = existing ? textOf(existing->row.values, "state") : std::string();
    MutationContext context {table, operation, mutation.fields, isOwner, isCurator};
    context.isMergedDuplicate = merging.isMergedDuplicate;
    context.isFlaggedDuplicate = merging.isFlaggedDuplicate;
    context.isAccountHolder = merging.isAccountHolder;
    context.groupKind = groupKind;
    context.groupHasTerms = groupHasTerms;
    context.currentState = currentState;
    return authorize(principal, context);
}

Status SyncService::checkReferences(const protocol::Mutation &mutation, const TableDef &table, bool creating)
{
    if (table.name != "membership")
        return {};
    for (const auto &[field, target] : {std::pair {"person_id", "person"}, std::pair {"group_id", "group"}}) {
        const auto value = mutation.fields.find(field);
        if (value == mutation.fields.end() && !creating)
            continue;
        if (value == mutation.fields.end() || !isLiveRow(target, value->second))
            return makeError("invalid_reference",
                "A membership needs an existing " + std::string(target) + " in " + field
                    + "; sync first, then try again.");
    }
    return {};
}

Status SyncService::checkCuratorsRemain(
    const TableDef &table, const std::optional<StoredRow> &existing, const VersionedRow &merged)
{
    const auto curates = [](const VersionedRow &row) {
        return !row.deleted && textOf(row.values, "role") == "curator" && textOf(row.values, "state") == "active";
    };
    if (table.name != "membership" || !existing || !curates(existing->row))
        return {};
    const std::string group = textOf(existing->row.values, "group_id");
    if (curates(merged) && textOf(merged.values, "group_id") == group)
        return {};
    // A deleted group needs no curator.
    if (!isLiveRow("group", group) || m_store.countActiveCurators(group) > 1)
        return {};
    return makeError("forbidden", "This is the group's last curator; make someone else curator of the group first.");
}

bool SyncService::isLiveRow(std::string_view table, const FieldValue &id)
{
    const auto *text = std::get_if<std::string>(&id);
    if (!text || !isUuid(*text))
        return false;
    const auto row = m_store.loadRow(*findTable(table), *text);
    return row && !row->row.deleted;
}

Result<protocol::PullResponse> SyncService::pull(
    const Principal &principal, std::string_view since, std::size_t limit, int protocolVersion)
{
    const auto cursor = parseCursor(since);
    if (!cursor)
        return makeError("bad_cursor",
            "The cursor \"" + std::string(since) + "\" is not one this server gave out; pull again from the start.");
    limit = std::clamp<std::size_t>(limit, 1, protocol::kMaxPullLimit);

    std::lock_guard lock(m_mutex);
    compactIfDue();
    const Sight sight = noteSight(principal);
    protocol::PullResponse response;
    response.head = m_store.headSeq();
    const std::int64_t epoch = cursorEpoch(principal.personId);
    const std::int64_t compacted = std::stoll(m_store.setting("compacted_seq").value_or("0"));
    if (!cursor->fromStart
        && (cursor->epoch != epoch || cursor->seq < compacted || cursor->seq > std::max(response.head, compacted))) {
        // What this person may see changed since the cursor was given out, or tombstones it
        // would need are gone, or the cursor is ahead of every change (damaged on the device,
        // or given out by another copy of this data): only a fresh copy is right.
        response.mustRefetch = true;
        response.cursor = "";
        return response;
    }
    // One more than asked tells whether another page follows.
    auto refs = m_store.changesAfter(cursor->seq, limit + 1);
    response.hasMore = refs.size() > limit;
    if (response.hasMore)
        refs.pop_back();
    response.cursor = formatCursor(epoch, refs.empty() ? cursor->seq : refs.back().seq);
    // Protocol 2: the page tells the newest version among the fields it sends, so that an edit
    // the device makes after seeing them is stamped after them (the HLC receive rule).
    const bool withHlc = protocolVersion >= 2;
    for (const auto &ref : refs) {
        const TableDef *table = findTable(ref.table);
        const auto stored = !table ? std::nullopt
            : withHlc              ? m_store.loadRow(*table, ref.id)
                                   : m_store.loadValues(*table, ref.id);
        if (!stored)
            continue;
        // Privacy is enforced here, before anything leaves the server.
        if (!stored->row.deleted) {
            auto visible = visibleRow(principal, sight, *table, ref.id, stored->row.values);
            if (visible) {
                if (withHlc) {
                    // Versions of hidden fields stay out: they would tell when something hidden changed.
                    for (const auto &[name, version] : stored->row.versions) {
                        if (visible->contains(name))
                            response.hlc = std::max(response.hlc, version.hlc);
                    }
                }
                response.changes.push_back(protocol::Change {ref.seq, ref.table, ref.id, std::move(*visible), false});
                continue;
            }
        }
        // A row gone from the principal's sight: only a device that may have held it hears of it,
        // since the id of a row it never saw tells what it may not know (docs/sync.md, "Purges").
        if (!mayHaveHeld(principal, sight, *table, ref.id, *stored))
            continue;
        if (stored->row.deleted)
            response.changes.push_back(protocol::Change {ref.seq, ref.table, ref.id, {}, true});
        else
            response.purge.push_back(protocol::RowRef {ref.table, ref.id});
    }
    if (!response.hasMore) {
        if (const auto *scopes = currentScopes())
            response.checksums = checksumsFor(principal, sight, *scopes);
    }
    return response;
}

std::int64_t SyncService::clearanceEpoch(std::string_view personId)
{
    return std::stoll(m_store.setting("clearance_epoch:" + std::string(personId)).value_or("0"));
}

std::int64_t SyncService::cursorEpoch(std::string_view personId)
{
    // Both parts only grow, so their sum changes whenever either does: a role change, or a daemon
    // upgrade after which every device fetches a fresh copy (SqliteStore, cursor_generation).
    return clearanceEpoch(personId) + std::stoll(m_store.setting("cursor_generation").value_or("0"));
}

bool SyncService::mayHaveHeld(
    const Principal &principal, const Sight &sight, const TableDef &table, std::string_view id, const StoredRow &stored)
{
    // Within one cursor epoch the principal's role is fixed, and a fresh copy (at every epoch
    // change) leaves a device only the rows it was sent. So a device holds a row only if some
    // version of it was visible at the role's level, or to the principal as its owner.
    // The person a leader note is about never held it: not even its id reaches them. (A deleted
    // note has no values left to tell; notes are deleted by admins only, docs/organizing.md.)
    if (!stored.row.deleted && ladder::isRowSubject(principal, table, stored.row.values))
        return false;
    if (scopeClearance(table, levelOf(principal.role)) >= stored.visibleFrom)
        return true;
    if (table.name == "person" && id == principal.personId)
        return true;
    // Those who see the row through its group or event (common/GroupSight.h) see it; a sight
    // gained or ended starts a new epoch (noteGroupSightChange), so one held now was held through
    // the epoch. A tombstone keeps no group or event: its deletion started a new epoch for those
    // who saw it instead (noteGroupSightChange; AccountService for an erasure's).
    if (!stored.row.deleted && seesThroughGroup(principal, table, id, stored.row.values))
        return true;
    // What a canvasser sees is fixed within an epoch too (noteSight).
    if (!stored.row.deleted && turfs::isTurfTable(table)
        && sight.turfs.contains(turfs::turfOf(table, id, stored.row.values)))
        return true;
    if (table.name == "person" && sight.doors.contains(std::string(id)))
        return true;
    return !table.ownerFields.empty() && m_store.wasOwnedBy(table, id, principal.personId);
}

void SyncService::compactIfDue()
{
    const std::int64_t now = m_clock.nowMs();
    if (m_lastCompactionMs >= 0 && now - m_lastCompactionMs < kCompactionIntervalMs)
        return;
    m_lastCompactionMs = now;
    Store::Transaction transaction(m_store);
    const std::int64_t highest = m_store.compactTombstones(now - m_tombstoneWindowMs);
    const std::int64_t before = std::stoll(m_store.setting("compacted_seq").value_or("0"));
    if (highest > before)
        m_store.setSetting("compacted_seq", std::to_string(highest));
    transaction.commit();
}

const SyncService::ScopeChecksums *SyncService::currentScopes()
{
    const std::int64_t head = m_store.headSeq();
    if (m_scopesSeq == head)
        return &m_scopes;
    if (m_store.setting(kScopesSeqKey) == std::to_string(head)) {
        if (auto stored = decodeScopes(m_store.setting(kScopesKey).value_or(""))) {
            m_scopes = std::move(*stored);
            m_scopesSeq = head;
            return &m_scopes;
        }
    }
    return nullptr;
}

void SyncService::prepareChecksums()
{
    std::lock_guard lock(m_mutex);
    {
        Store::Transaction transaction(m_store);
        m_duplicates.prepare(); // the keys duplicates are found by, after init or seed-demo
        transaction.commit();
    }
    if (currentScopes())
        return;
    ScopeChecksums scopes;
    for (const auto &table : syncedTables()) {
        auto &levels = scopes[std::string(table.name)];
        m_store.forEachLiveRow(table, [&](const std::string &id, const FieldMap &values) {
            for (std::size_t level = 0; level < levels.size(); ++level) {
                if (const auto visible = projectRow(table, values, scopeClearance(table, Visibility(level))))
                    levels[level].add(id, *visible);
            }
        });
    }
    Store::Transaction transaction(m_store);
    const std::int64_t head = m_store.headSeq();
    saveScopes(scopes, head);
    transaction.commit();
    m_scopes = std::move(scopes);
    m_scopesSeq = head;
}

void SyncService::saveScopes(const ScopeChecksums &scopes, std::int64_t head)
{
    m_store.setSetting(kScopesKey, encodeScopes(scopes));
    m_store.setSetting(kScopesSeqKey, std::to_string(head));
}

// "table level count digest" per line; small, and only this service reads it.
std::string SyncService::encodeScopes(const ScopeChecksums &scopes)
{
    std::string text;
    for (const auto &[table, levels] : scopes) {
        for (std::size_t level = 0; level < levels.size(); ++level)
            text += table + ' ' + std::to_string(level) + ' ' + std::to_string(levels[level].count) + ' '
                + commonroom::toHex(levels[level].digest) + '\n';
    }
    return text;
}

std::optional<SyncService::ScopeChecksums> SyncService::decodeScopes(std::string_view text)
{
    ScopeChecksums scopes;
    while (!text.empty()) {
        const auto end = text.find('\n');
        const std::string line(text.substr(0, end));
        text = end == std::string_view::npos ? std::string_view {} : text.substr(end + 1);
        char table[64] = {};
        std::size_t level = 0;
        long long count = 0;
        unsigned long long digest = 0;
        if (std::sscanf(line.c_str(), "%63s %zu %lld %llx", table, &level, &count, &digest) != 4 || level >= 4)
            return std::nullopt;
        scopes[table][level] = TableChecksum {count, digest};
    }
    if (scopes.size() != syncedTables().size())
        return std::nullopt;
    return scopes;
}

void SyncService::trackChecksums(ScopeChecksums &scopes, const TableDef &table, std::string_view id,
    const std::optional<StoredRow> &before, const VersionedRow &after)
{
    auto &levels = scopes[std::string(table.name)];
    for (std::size_t level = 0; level < levels.size(); ++level) {
        if (before && !before->row.deleted) {
            if (const auto visible = projectRow(table, before->row.values, scopeClearance(table, Visibility(level))))
                levels[level].remove(id, *visible);
        }
        if (!after.deleted) {
            if (const auto visible = projectRow(table, after.values, scopeClearance(table, Visibility(level))))
                levels[level].add(id, *visible);
        }
    }
}

std::map<std::string, TableChecksum> SyncService::checksumsFor(
    const Principal &principal, const Sight &sight, const ScopeChecksums &scopes)
{
    const auto level = levelOf(principal.role);
    std::map<std::string, TableChecksum> checksums;
    for (const auto &[table, levels] : scopes)
        checksums[table] = levels[std::size_t(level)];
    // A person sees all of their own row, more than the level of their role.
    const TableDef &person = *findTable("person");
    const auto own = m_store.loadRow(person, principal.personId);
    if (own && !own->row.deleted && level != Visibility::Private) {
        auto &checksum = checksums["person"];
        if (const auto asRole = projectRow(person, own->row.values, level))
            checksum.remove(principal.personId, *asRole);
        if (const auto asSelf = projectRow(person, own->row.values, Visibility::Private))
            checksum.add(principal.personId, *asSelf);
    }
    // Rows about the principal in a table hidden from its subject (leader notes, applications of
    // leaders-only tags) are not sent.
    for (const auto &table : syncedTables()) {
        const std::string_view subject = ladder::hiddenSubjectField(table);
        if (subject.empty() || !projectRow(table, {}, level))
            continue;
        auto &checksum = checksums[std::string(table.name)];
        for (const auto &[id, values] : m_store.liveRowsWhere(table, subject, principal.personId)) {
            if (!ladder::isRowSubject(principal, table, values))
                continue;
            if (const auto asRole = projectRow(table, values, level))
                checksum.remove(id, *asRole);
        }
    }
    // Rows of the groups the principal curates or is an active member of, of the events they
    // registered for, and the messages to smart lists sent to them, in tables such people see as
    // leaders do (common/GroupSight.h), unless their role sees them already or they own them.
    if (level < Visibility::Leaders) {
        std::vector<std::string> curated;
        std::vector<std::string> joined;
        const std::vector<std::string> registered = registeredEvents(principal.personId);
        const std::vector<std::string> sentTo = m_store.listMessagesTo(principal.personId);
        for (const auto &[id, values] :
            m_store.liveRowsWhere(*findTable("membership"), "person_id", principal.personId)) {
            if (textOf(values, "state") != "active" || principal.role < Role::Member)
                continue;
            joined.push_back(textOf(values, "group_id"));
            if (textOf(values, "role") == "curator")
                curated.push_back(textOf(values, "group_id"));
        }
        for (auto *groups : {&curated, &joined}) {
            std::sort(groups->begin(), groups->end());
            groups->erase(std::unique(groups->begin(), groups->end()), groups->end());
        }
        for (const auto &table : syncedTables()) {
            const GroupSight sight = groupSightOf(table);
            if (sight == GroupSight::None)
                continue;
            auto &checksum = checksums[std::string(table.name)];
            const auto &tied = sight == GroupSight::Curators ? curated
                : sight == GroupSight::Members               ? joined
                : sight == GroupSight::Registrants           ? registered
                                                             : sentTo;
            for (const auto &group : tied) {
                std::vector<std::pair<std::string, FieldMap>> rows;
                if (sight != GroupSight::Recipients)
                    rows = m_store.liveRowsWhere(table, groupSightField(table), group);
                else if (auto message = m_store.loadValues(table, group); message && !message->row.deleted)
                    rows.emplace_back(group, std::move(message->row.values)); // a message sent to them
                for (const auto &[id, values] : rows) {
                    if (isRowOwner(principal, table, values))
                        continue; // counted with the rows they own, below
                    if (const auto asRole = projectRow(table, values, level))
                        checksum.remove(id, *asRole);
                    if (const auto asCurator = projectRow(table, values, Visibility::Leaders))
                        checksum.add(id, *asCurator);
                }
            }
        }
    }
    // A canvasser's open turfs, and the people at their doors (their own row is counted above).
    for (const auto &turf : sight.turfs) {
        for (const auto &table : syncedTables()) {
            if (!turfs::isTurfTable(table))
                continue;
            auto &checksum = checksums[std::string(table.name)];
            const auto rows = table.name == "turf"
                ? std::vector<std::pair<std::string, FieldMap>> {{turf, m_store.loadValues(table, turf)->row.values}}
                : m_store.liveRowsWhere(table, "turf_id", turf);
            for (const auto &[id, values] : rows) {
                if (const auto asRole = projectRow(table, values, level))
                    checksum.remove(id, *asRole);
                if (const auto asCanvasser = visibleRow(principal, sight, table, id, values))
                    checksum.add(id, *asCanvasser);
            }
        }
    }
    for (const auto &door : sight.doors) {
        const auto row = m_store.loadValues(person, door);
        if (door == principal.personId || !row || row->row.deleted)
            continue;
        auto &checksum = checksums["person"];
        if (const auto asRole = projectRow(person, row->row.values, level))
            checksum.remove(door, *asRole);
        if (const auto asCanvasser = visibleRow(principal, sight, person, door, row->row.values))
            checksum.add(door, *asCanvasser);
    }
    // Rows the principal owns (their vouches, their invitations, their smart lists) are sent whole as well, as far as
    // the principal's role lets them see their own (a smart list: a leader's or an admin's).
    {
        for (const auto &table : syncedTables()) {
            const Visibility scope = scopeClearance(table, level);
            if (table.ownerFields.empty() || scope == Visibility::Private)
                continue;
            auto &checksum = checksums[std::string(table.name)];
            // By each owner field (indexed where a table may be large: contributions), never by
            // reading the whole table at every pull.
            std::set<std::string> counted;
            for (const auto field : table.ownerFields) {
                for (const auto &[id, values] : m_store.liveRowsWhere(table, field, principal.personId)) {
                    if (!counted.insert(id).second)
                        continue;
                    if (const auto asRole = projectRow(table, values, scope))
                        checksum.remove(id, *asRole);
                    if (const auto asOwner = projectRow(table, values, clearanceFor(principal, table, id, values)))
                        checksum.add(id, *asOwner);
                }
            }
        }
    }
    return checksums;
}

Result<protocol::DeviceList> SyncService::devices(const Principal &principal, std::string_view personId)
{
    const std::string whose = personId.empty() ? principal.personId : std::string(personId);
    if (whose != principal.personId && principal.role != Role::Admin)
        return makeError("forbidden", "Only admins may see the devices of other people.");
    std::lock_guard lock(m_mutex);
    protocol::DeviceList list;
    for (const auto &device : m_store.devicesOf(whose))
        list.devices.push_back(protocol::DeviceInfo {device.id, device.personId, device.createdAt, device.revokedAt});
    return list;
}

Result<protocol::LoginResponse> SyncService::registerDevice(
    const Principal &principal, std::string_view deviceId, std::string_view address)
{
    if (!isUuid(deviceId))
        return makeError("bad_request", "\"device\" must be the new device id, a lowercase UUID.");
    std::lock_guard lock(m_mutex);
    Store::Transaction transaction(m_store);
    // openSession refuses a device id of another person's or a revoked one; a retry after a lost
    // answer finds the new device of this person and only opens another session.
    auto session = openSession(principal.personId, deviceId, principal.role);
    if (!session)
        return session.error();
    AuditLog::record(m_store, m_clock.nowMs(), "device_registered", principal, principal.personId,
        "continues as device " + std::string(deviceId), address);
    transaction.commit();
    return session;
}

Status SyncService::revokeDevice(const Principal &principal, std::string_view deviceId)
{
    std::lock_guard lock(m_mutex);
    auto device = m_store.findDevice(deviceId);
    if (!device)
        return makeError("not_found", "There is no device with the id " + std::string(deviceId) + ".");
    if (device->personId != principal.personId && principal.role != Role::Admin)
        return makeError("forbidden", "Only admins may revoke the devices of other people.");
    if (device->revokedAt)
        return {};
    Store::Transaction transaction(m_store);
    device->revokedAt = m_clock.nowMs();
    m_store.saveDevice(*device);
    AuditLog::record(m_store, *device->revokedAt, "device_revoked", principal, device->personId, device->id);
    transaction.commit();
    return {};
}

void SyncService::beginServerWrites()
{
    const ScopeChecksums *current = currentScopes();
    m_pendingScopes = current ? std::optional<ScopeChecksums>(*current) : std::nullopt;
}

void SyncService::trackServerWrite(
    const TableDef &table, std::string_view id, const std::optional<StoredRow> &before, const VersionedRow &after)
{
    if (m_pendingScopes)
        trackChecksums(*m_pendingScopes, table, id, before, after);
    // Seats freed (an erasure) and the keys duplicates are found by (an application, an accepted
    // invitation, an erasure) are settled as after a push.
    m_eventRules.noteChange(table, id, after.deleted && before ? before->row : after);
    m_duplicates.noteChange(table, id, after);
}

void SyncService::finishServerWrites()
{
    settleEventsAndDuplicates(m_pendingScopes ? &*m_pendingScopes : nullptr);
    if (m_pendingScopes)
        saveScopes(*m_pendingScopes, m_store.headSeq());
}

void SyncService::serverWritesCommitted()
{
    if (m_pendingScopes) {
        m_scopes = std::move(*m_pendingScopes);
        m_scopesSeq = m_store.headSeq();
    }
    m_pendingScopes.reset();
}

void SyncService::writeServerRow(const TableDef &table, const std::string &id, const FieldMap &fields, bool erase)
{
    const std::int64_t now = m_clock.nowMs();
    auto existing = m_store.loadRow(table, id);
    VersionedRow row = existing ? existing->row : VersionedRow {};
    if (row.deleted)
        return;
    if (erase) {
        row.deleted = true;
        row.values.clear();
        row.versions.clear();
    } else {
        mergeFields(row, fields, versionAbove(row, fields, FieldVersion {0, std::string(SyncService::kServerSite)}));
    }
    m_store.saveRow(table, id, row);
    trackServerWrite(table, id, existing, row);
    if (erase)
        m_store.setDeletedAt(table, id, now);
}

FieldVersion SyncService::versionAbove(const VersionedRow &row, const FieldMap &fields, FieldVersion atLeast)
{
    for (const auto &[name, value] : fields) {
        const auto stored = row.versions.find(name);
        if (stored != row.versions.end() && !(stored->second < atLeast))
            atLeast.hlc = stored->second.hlc + 1;
    }
    return atLeast;
}

Status SyncService::checkTransitions(
    const TableDef &table, const protocol::Mutation &mutation, const VersionedRow &stored)
{
    for (const auto &[name, value] : mutation.fields) {
        if (!Workflow::isWorkflowField(table.name, name))
            continue;
        if (auto allowed
            = Workflow::checkTransition(table.name, name, textOf(stored.values, name), toDisplayString(value));
            !allowed)
            return allowed;
    }
    return {};
}

FieldMap SyncService::workflowChanges(
    const TableDef &table, const protocol::Mutation &mutation, const VersionedRow &stored)
{
    FieldMap changes;
    for (const auto &[name, value] : mutation.fields) {
        if (Workflow::isWorkflowField(table.name, name) && !isNull(value)
            && textOf(stored.values, name) != toDisplayString(value))
            changes.emplace(name, value);
    }
    return changes;
}

void SyncService::applyFollowUp(const Admission::FollowUp &followUp, std::uint64_t afterHlc, ScopeChecksums *scopes)
{
    const TableDef &table = *followUp.table;
    const auto existing = m_store.loadRow(table, followUp.id);
    if (existing && existing->row.deleted)
        return;
    VersionedRow row = existing ? existing->row : VersionedRow {};
    // Versioned after the change it follows from, never by the daemon's own clock: an edit made
    // after it by a device whose clock is behind the daemon's must still win.
    mergeFields(
        row, followUp.fields, versionAbove(row, followUp.fields, FieldVersion {afterHlc, std::string(kServerSite)}));
    if (scopes)
        trackChecksums(*scopes, table, followUp.id, existing, row);
    m_store.saveRow(table, followUp.id, row);
    noteGroupSightChange(table, followUp.id, existing, row);
    if (table.name == "person" && existing)
        noteRoleChange(followUp.id, existing->row, row);
}

namespace {

// (person, group or event) of a live membership or registration when it gives `sight`
// (common/GroupSight.h), or nothing.
using Tie = std::optional<std::pair<std::string, std::string>>;
Tie tieOf(const TableDef &table, const FieldMap &row, GroupSight sight)
{
    if (sight == GroupSight::Recipients)
        return std::nullopt; // fixed when the message is sent
    if (table.name == "registration")
        return sight == GroupSight::Registrants ? Tie(std::pair {textOf(row, "person_id"), textOf(row, "event_id")})
                                                : std::nullopt;
    if (table.name != "membership" || sight == GroupSight::Registrants || textOf(row, "state") != "active"
        || (sight == GroupSight::Curators && textOf(row, "role") != "curator"))
        return std::nullopt;
    return std::pair {textOf(row, "person_id"), textOf(row, "group_id")};
}

} // namespace

void SyncService::noteGroupSightChange(
    const TableDef &table, std::string_view id, const std::optional<StoredRow> &before, const VersionedRow &after)
{
    // A row seen through its group or event, deleted (admins delete them): its tombstone keeps no
    // group or event to tell those who saw it by, so they fetch a fresh copy without it.
    if (const GroupSight sight = groupSightOf(table); sight != GroupSight::None) {
        if (!after.deleted || !before || before->row.deleted)
            return;
        if (sight == GroupSight::Recipients) {
            for (const auto &personId : m_store.listRecipientsOf(id))
                bumpClearanceEpoch(personId);
            m_store.deleteListRecipientsOfMessage(id);
            return;
        }
        const std::string tiedTo = textOf(before->row.values, std::string(groupSightField(table)));
        const TableDef &ties = *findTable(sight == GroupSight::Registrants ? "registration" : "membership");
        for (const auto &[id, values] :
            m_store.liveRowsWhere(ties, sight == GroupSight::Registrants ? "event_id" : "group_id", tiedTo)) {
            if (const Tie tie = tieOf(ties, values, sight))
                bumpClearanceEpoch(tie->first);
        }
        return;
    }
    if (table.name != "membership" && table.name != "registration")
        return;
    for (const auto &seen : syncedTables()) {
        const GroupSight sight = groupSightOf(seen);
        if (sight == GroupSight::None)
            continue;
        const Tie was = before && !before->row.deleted ? tieOf(table, before->row.values, sight) : std::nullopt;
        const Tie is = after.deleted ? std::nullopt : tieOf(table, after.values, sight);
        if (was == is)
            continue;
        for (const Tie &changed : {was, is}) {
            if (!changed || changed->first.empty() || !isUuid(changed->second))
                continue;
            if (m_store.liveIdsWhere(seen, groupSightField(seen), changed->second).empty())
                continue; // nothing the tie shows or hides: no fresh copy needed
            bumpClearanceEpoch(changed->first);
        }
    }
}

void SyncService::bumpClearanceEpoch(const std::string &personId)
{
    m_store.setSetting("clearance_epoch:" + personId, std::to_string(clearanceEpoch(personId) + 1));
}

bool SyncService::seesThroughGroup(
    const Principal &principal, const TableDef &table, std::string_view id, const FieldMap &row)
{
    const GroupSight sight = groupSightOf(table);
    if (sight == GroupSight::None)
        return false;
    // Whoever a message to a smart list was sent to reads it, an applicant too: they were mailed it.
    if (sight == GroupSight::Recipients)
        return m_store.isListRecipient(id, principal.personId);
    const std::string tiedTo = textOf(row, std::string(groupSightField(table)));
    if (!isUuid(tiedTo))
        return false;
    // Whoever registered for an event reads its messages, an applicant too: they were mailed them.
    if (sight == GroupSight::Registrants)
        return m_eventRules.registrationOf(tiedTo, principal.personId).has_value();
    if (principal.role < Role::Member)
        return false;
    return sight == GroupSight::Curators ? m_store.isActiveCurator(principal.personId, tiedTo)
                                         : m_store.isActiveMember(principal.personId, tiedTo);
}

std::vector<std::string> SyncService::registeredEvents(const std::string &personId)
{
    std::vector<std::string> events;
    for (const auto &[id, values] : m_store.liveRowsWhere(*findTable("registration"), "person_id", personId))
        events.push_back(textOf(values, "event_id"));
    std::sort(events.begin(), events.end());
    events.erase(std::unique(events.begin(), events.end()), events.end());
    return events;
}

Visibility SyncService::clearanceOf(
    const Principal &principal, const TableDef &table, std::string_view id, const FieldMap &row)
{
    const Visibility clearance = clearanceFor(principal, table, id, row);
    if (clearance >= Visibility::Leaders)
        return clearance;
    return seesThroughGroup(principal, table, id, row) ? Visibility::Leaders : clearance;
}

std::optional<FieldMap> SyncService::visibleRow(
    const Principal &principal, const Sight &sight, const TableDef &table, std::string_view id, const FieldMap &row)
{
    const Visibility clearance = clearanceOf(principal, table, id, row);
    if (clearance < Visibility::Leaders && !sight.empty()) {
        if (turfs::isTurfTable(table) && sight.turfs.contains(turfs::turfOf(table, id, row)))
            return projectRow(table, row, Visibility::Leaders);
        if (table.name == "person" && id != principal.personId && sight.doors.contains(std::string(id)))
            return turfs::canvassProjection(table, row, clearance);
    }
    return projectRow(table, row, clearance);
}

Sight SyncService::noteSight(const Principal &principal)
{
    Sight sight = m_turfs.sightOf(principal);
    const std::string key = "turf_sight:" + principal.personId;
    const std::string fingerprint = sight.fingerprint();
    if (m_store.setting(key).value_or("") != fingerprint) {
        Store::Transaction transaction(m_store);
        m_store.setSetting(key, fingerprint);
        bumpClearanceEpoch(principal.personId);
        transaction.commit();
    }
    return sight;
}

void SyncService::noteRoleChange(const std::string &personId, const VersionedRow &before, const VersionedRow &after)
{
    const std::string was = textOf(before.values, "role");
    const std::string is = textOf(after.values, "role");
    if (was == is)
        return;
    // What a person may see follows their role: when it changes, their devices fetch again.
    bumpClearanceEpoch(personId);
    // A membership becomes active when the role leaves applicant (an approval, by an admin or by
    // vouches), and ends when it goes back; a voucher's seniority counts from there.
    const bool wasMember = !was.empty() && was != "applicant";
    const bool isMember = !after.deleted && !is.empty() && is != "applicant";
    if (wasMember != isMember)
        m_store.setMemberSince(personId, isMember ? std::optional<std::int64_t>(m_clock.nowMs()) : std::nullopt);
}

Status SyncService::restoreMerge(const Principal &principal, std::string_view candidateId)
{
    std::lock_guard lock(m_mutex);
    Store::Transaction transaction(m_store);
    beginServerWrites();
    if (auto restored = m_merges.restore(principal, candidateId,
            [this](const TableDef &table, const std::string &id, const std::optional<StoredRow> &before,
                const VersionedRow &after) {
                m_store.saveRow(table, id, after);
                trackServerWrite(table, id, before, after);
            });
        !restored) {
        m_pendingScopes.reset();
        return restored;
    }
    finishServerWrites();
    transaction.commit();
    serverWritesCommitted();
    return {};
}

Result<std::string> SyncService::createAccount(
    std::string_view email, std::string_view password, Role role, const FieldMap &profile, std::string_view site)
{
    if (auto valid = checkEmail(email); !valid)
        return valid.error();
    const auto name = profile.find("display_name");
    const std::string displayName = name != profile.end() && std::holds_alternative<std::string>(name->second)
        ? std::get<std::string>(name->second)
        : std::string();
    if (auto strong = PasswordPolicy::check(password, {email, displayName}); !strong)
        return strong.error();
    const std::string passwordHash = m_hasher.hash(password);
    std::lock_guard lock(m_mutex);
    if (const auto existing = m_store.findAccountByEmail(email))
        return makeError("account_exists",
            "An account for " + existing->email + " already exists; sign in with it or choose another email.");
    const TableDef &person = *findTable("person");
    FieldMap fields = profile;
    fields["email"] = std::string(email);
    fields["role"] = std::string(toString(role));
    fields.try_emplace("status", std::string("active"));
    if (auto valid = validateFields(person, fields); !valid)
        return valid.error();

    const std::int64_t now = m_clock.nowMs();
    const std::string id = newUuidV7(now);
    VersionedRow row;
    // The first values of a new row carry the lowest version, so that any later edit wins however
    // far behind the daemon's clock the editing device's is (docs/sync.md, "The daemon's writes").
    mergeFields(row, fields, FieldVersion {0, std::string(site)});
    m_store.saveRow(person, id, row);
    m_store.insertAccount(Account {id, std::string(email), passwordHash, now,
        role == Role::Applicant ? std::nullopt : std::optional<std::int64_t>(now)});
    return id;
}

} // namespace commonroom::syncd

namespace commonroom::syncd {

void SyncService::settleEventsAndDuplicates(ScopeChecksums *scopes)
{
    // The daemon's own changes: seats and waitlists (docs/events.md) and duplicate candidates.
    const auto write = [&](const TableDef &table, const std::string &id, const std::optional<StoredRow> &before,
                           const VersionedRow &after) {
        if (scopes)
            trackChecksums(*scopes, table, id, before, after);
        m_store.saveRow(table, id, after);
    };
    m_eventRules.settle(write);
    // A candidate is the daemon's finding, which any decision of a leader overrides: its fields
    // carry the lowest version there is.
    m_duplicates.flag(FieldVersion {0, std::string(kServerSite)}, m_clock.nowMs(), write);
}

} // namespace commonroom::syncd
