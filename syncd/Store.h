#pragma once

#include "common/Merge.h"
#include "common/Schema.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace commonroom::syncd {

struct Account
{
    std::string personId;
    std::string email;
    std::string passwordHash;
    std::int64_t createdAt = 0; // Unix milliseconds, like every time the store keeps
    // When the membership became active (an approval, an accepted invitation, a role above
    // applicant); none while an applicant. The seniority a vouch needs counts from here.
    std::optional<std::int64_t> memberSince;
};

// The record of a person merged into another, as it was just before the merge (values and field
// versions). Kept by the daemon alone, never synced: it holds fields a leader may not see, and it
// is what a restore brings back (docs/events.md, "Merging duplicates").
struct MergeSnapshot
{
    std::string candidateId;
    std::string personId; // merged away
    std::string keptId;
    VersionedRow row;
    std::string mergedBy;
    std::int64_t mergedAt = 0;
};

// A client installation, identified by the site id it chose; it pushes as `client_id`.
struct Device
{
    std::string id;
    std::string personId;
    std::int64_t lastMid = 0; // the highest mutation id processed, for idempotent replays
    std::int64_t createdAt = 0;
    std::optional<std::int64_t> revokedAt;
    // The HLC the mutation lastMid carried: a replay must carry it again, else the device is not
    // the one that sent it (a restored backup, a copied profile). 0: not known (older daemons).
    std::uint64_t lastHlc = 0;
    // Hex SHA-256 of the mutation lastMid as it was sent: two copies of one device can number
    // different changes alike and, in the same millisecond, stamp them alike. Empty: not known.
    std::string lastDigest = {};
    // The newest HLC stored from this device, after moving stamps too far ahead back to the
    // daemon's time: later changes of the device are stamped after it.
    std::uint64_t maxHlc = 0;
};

struct Session
{
    std::string tokenHash; // hex SHA-256 of the bearer token; the token itself is never stored
    std::string deviceId;
    std::string personId;
    std::int64_t createdAt = 0;
    std::int64_t expiresAt = 0;
};

// A synced row as the daemon keeps it: values, per-field versions and the tombstone flag.
struct StoredRow
{
    VersionedRow row;
    std::int64_t seq = 0;
    // The lowest clearance that saw anything of any version of the row (docs/sync.md, "Purges"):
    // only devices at or above it may hold the row, so only they are told of its purge or delete.
    Visibility visibleFrom = Visibility::Public;
};

struct ChangeRef
{
    std::int64_t seq = 0;
    std::string table;
    std::string id;
};

// One line of the audit log (docs/admission.md): who did what to whom, when, from which device
// and address. Holds ids, never profile values.
struct AuditRecord
{
    std::int64_t seq = 0;
    std::int64_t at = 0;
    std::string action;
    std::string actorId;
    std::string deviceId;
    std::string targetId;
    std::string detail;
    std::string address;
};

struct AuditFilter
{
    std::string action;
    std::string actorId;
    std::string targetId;
    std::int64_t before = 0; // only entries with a lower seq; 0 for no bound
    std::size_t limit = 100;
};

// A mail waiting in the daemon's queue until an SMTP server accepts it.
struct OutgoingMail
{
    std::int64_t id = 0;
    std::string recipient;
    std::string subject;
    std::string body;
    std::int64_t createdAt = 0;
    std::int64_t nextAttemptAt = 0;
    int attempts = 0;
    std::string lastError;
    std::string headers; // extra header lines, sealed as the body is; empty for none
    // The Message-ID's left part, the same at every attempt (MailQueue sets it); a random one when
    // empty.
    std::string messageId = {};
    // The message (to a group or an event) the mail carries (its id), whose `delivered` count
    // MailQueue raises when the server takes it; empty for other mail.
    std::string source = {};
    // The name the mail comes from, shown with the daemon's address ("Chidi Okafor via Tenants'
    // union"); sealed as the body is; empty: the address alone.
    std::string fromName = {};
};

// A single-use secret sent by mail (an invitation or a password reset); only its hash is kept.
struct SecretCode
{
    std::string hash; // hex SHA-256 of the code
    std::string kind; // "invitation" or "reset"
    std::string subject; // the invitation id, or the person id of a reset
    std::int64_t createdAt = 0;
    std::int64_t expiresAt = 0;
    std::optional<std::int64_t> usedAt;
};

// Recent failed sign-ins of one account or one client address (syncd/LoginThrottle), kept
// under a digest of the email or address so that nothing typed is stored.
struct SignInFailures
{
    int count = 0;
    std::int64_t firstAt = 0;
};

// A database failure the caller cannot do anything about (disk full, I/O error, corruption).
// The store throws it, the open transaction is rolled back, and the request answers 500.
// Expected outcomes (an unknown email, a missing row) are return values instead.
class StoreError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Everything the daemon keeps, behind one interface so that the business logic holds no SQL and
// a PostgreSQL backend can implement the same contract. Not thread-safe: one caller at a time.
class Store
{
public:
    virtual ~Store() = default;

    // Rolls back on destruction unless committed, so that an early return or an exception
    // never leaves half a push behind.
    class Transaction
    {
    public:
        explicit Transaction(Store &store)
            : m_store(store)
        {
            m_store.begin();
        }
        ~Transaction()
        {
            if (!m_done)
                m_store.rollback();
        }
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;
        // Durable on return (SQLite synchronous=FULL, PostgreSQL COMMIT).
        void commit()
        {
            m_store.commit();
            m_done = true;
        }

    private:
        Store &m_store;
        bool m_done = false;
    };

    virtual std::optional<Account> findAccountByEmail(std::string_view email) = 0;
    virtual void insertAccount(const Account &account) = 0;

    virtual std::optional<Device> findDevice(std::string_view id) = 0;
    // Inserts the device or replaces the stored one with the same id.
    virtual void saveDevice(const Device &device) = 0;

    virtual void insertSession(const Session &session) = 0;
    virtual std::optional<Session> findSession(std::string_view tokenHash) = 0;
    virtual void deleteSession(std::string_view tokenHash) = 0;
    virtual void deleteSessionsExpiredBefore(std::int64_t unixMs) = 0;

    virtual std::optional<StoredRow> loadRow(const TableDef &table, std::string_view id) = 0;
    // The row without its field versions, for pulls, which send values only.
    virtual std::optional<StoredRow> loadValues(const TableDef &table, std::string_view id) = 0;
    // Writes the whole row and gives it a new change sequence number, which it returns; the row
    // then comes first in the next pull of every client that has seen its previous version. Keeps
    // the row's visibleFrom and the people its owner fields ever named (TableDef::ownerFields).
    virtual std::int64_t saveRow(const TableDef &table, std::string_view id, const VersionedRow &row) = 0;
    // Whether an owner field of some version of the row named `personId`.
    virtual bool wasOwnedBy(const TableDef &table, std::string_view id, std::string_view personId) = 0;
    virtual bool isActiveCurator(std::string_view personId, std::string_view groupId) = 0;
    // Whether the person is an active member of the group (curators are).
    virtual bool isActiveMember(std::string_view personId, std::string_view groupId) = 0;
    virtual std::size_t countActiveCurators(std::string_view groupId) = 0;
    // Up to `limit` rows changed after `seq`, oldest change first.
    virtual std::vector<ChangeRef> changesAfter(std::int64_t seq, std::size_t limit) = 0;

    // The newest change sequence number, 0 for an empty log.
    virtual std::int64_t headSeq() = 0;
    // Calls `visit` for every row of `table` that is not deleted, in no particular order.
    virtual void forEachLiveRow(
        const TableDef &table, const std::function<void(const std::string &id, const FieldMap &values)> &visit)
        = 0;
    // Records when a row was deleted, for the tombstone window.
    virtual void setDeletedAt(const TableDef &table, std::string_view id, std::int64_t unixMs) = 0;
    // Takes the tombstones of rows deleted before `unixMs` out of the change log. The rows stay,
    // without values, so that a late push cannot bring them back. Returns the highest sequence
    // number taken out, or 0 when there was none.
    virtual std::int64_t compactTombstones(std::int64_t deletedBeforeMs) = 0;

    virtual std::vector<Device> devicesOf(std::string_view personId) = 0;

    // The ids of the live rows of `table` whose `field` (a column of the schema) holds `value`,
    // in id order. For the event rules: the registrations of one event, for example.
    virtual std::vector<std::string> liveIdsWhere(const TableDef &table, std::string_view field, std::string_view value)
        = 0;
    // The same rows with their values (no versions), in one query.
    virtual std::vector<std::pair<std::string, FieldMap>> liveRowsWhere(
        const TableDef &table, std::string_view field, std::string_view value)
        = 0;
    // The live rows whose `field` holds text after `from` and up to `to`, in that field's order:
    // with stored times (which compare as text), the events starting in a window of time.
    virtual std::vector<std::pair<std::string, FieldMap>> liveRowsBetween(
        const TableDef &table, std::string_view field, std::string_view from, std::string_view to)
        = 0;

    // Event reminders (syncd/EventReminders), kept by the daemon only: notes that the reminder of
    // the event starting at `startsAt` was decided for the person (mailed or not) and returns
    // true, or false when it had been already, so that each is decided once. Forgetting a person
    // removes their notes (an erasure).
    virtual bool noteReminder(
        std::string_view eventId, std::string_view personId, std::string_view startsAt, std::int64_t unixMs)
        = 0;
    virtual void deleteRemindersOf(std::string_view personId) = 0;

    // Whom a message to a smart list was sent to (list_message, docs/groupmail.md), kept by the
    // daemon only: the people who see it (common/GroupSight.h, Recipients). Noted once, when it is
    // sent; forgetting a person removes them (an erasure), and so does deleting the message.
    virtual void noteListRecipients(std::string_view messageId, const std::vector<std::string> &personIds) = 0;
    virtual bool isListRecipient(std::string_view messageId, std::string_view personId) = 0;
    virtual std::vector<std::string> listMessagesTo(std::string_view personId) = 0;
    virtual std::vector<std::string> listRecipientsOf(std::string_view messageId) = 0;
    virtual void deleteListRecipientsOf(std::string_view personId) = 0;
    // Forgets whom a deleted message was sent to (its readers were given a fresh copy).
    virtual void deleteListRecipientsOfMessage(std::string_view messageId) = 0;

    // The keys people are matched by for duplicate detection (syncd/DuplicateFinder), kept by
    // the daemon only: replaces the keys of one person (none: forgets them), lists up to `limit`
    // people with a key, and forgets every key (before a full rebuild).
    virtual void replacePersonKeys(std::string_view personId, const std::vector<std::string> &keys) = 0;
    virtual std::vector<std::string> peopleWithKey(std::string_view key, std::size_t limit) = 0;
    virtual void clearPersonKeys() = 0;

    // Small daemon-wide values (for example how far the demo community was seeded).
    virtual std::optional<std::string> setting(std::string_view key) = 0;
    virtual void setSetting(std::string_view key, std::string_view value) = 0;

    // Accounts and sessions beyond sign-in (docs/admission.md).
    virtual std::optional<Account> findAccountByPerson(std::string_view personId) = 0;
    virtual void updatePasswordHash(std::string_view personId, std::string_view passwordHash) = 0;
    // Removes the account; sessions stay until they expire, so that the person's devices, revoked
    // at the same time, learn it at their next contact and erase their copies.
    virtual void deleteAccount(std::string_view personId) = 0;
    // Sets (or clears, with nullopt) when the account's membership became active.
    virtual void setMemberSince(std::string_view personId, std::optional<std::int64_t> unixMs) = 0;

    // Merge snapshots: one per merged pair (its candidate id). Forgetting a person removes the
    // snapshots that name them as merged away or kept (an erasure).
    virtual void saveMergeSnapshot(const MergeSnapshot &snapshot) = 0;
    virtual std::optional<MergeSnapshot> findMergeSnapshot(std::string_view candidateId) = 0;
    virtual void deleteMergeSnapshot(std::string_view candidateId) = 0;
    virtual void deleteMergeSnapshotsOf(std::string_view personId) = 0;
    // Ends every session of the person except the one whose token hashes to `keepTokenHash`.
    virtual void deleteSessionsOf(std::string_view personId, std::string_view keepTokenHash) = 0;

    // The audit log only grows: the store refuses to change or delete an entry.
    virtual void appendAudit(const AuditRecord &record) = 0;
    // Newest first.
    virtual std::vector<AuditRecord> audit(const AuditFilter &filter) = 0;

    virtual void enqueueMail(const OutgoingMail &mail) = 0;
    // Mails due at `unixMs`: a person's own mail (no header lines: invitations, resets) first,
    // then bulk mail; each oldest first.
    virtual std::vector<OutgoingMail> dueMails(std::int64_t unixMs, std::size_t limit) = 0;
    virtual void deleteMail(std::int64_t id) = 0;
    virtual void rescheduleMail(std::int64_t id, int attempts, std::int64_t nextAttemptAt, std::string_view error) = 0;
    virtual void deleteMailsTo(std::string_view recipient) = 0;
    // Addresses a mail server refused for good (MailQueue): not mailed again by the daemon's own
    // mailings (group messages, reminders) until forgotten, which an erasure does.
    virtual void noteBounce(std::string_view address, std::int64_t unixMs, std::string_view reason) = 0;
    virtual bool isBouncing(std::string_view address) = 0;
    virtual void forgetBounce(std::string_view address) = 0;
    virtual std::size_t queuedMailCount() = 0;
    // When the mail server took each mail, for the community's sending limits (SendingLimits, syncd/MailQueue.h):
    // noted, counted after a time, forgotten before one.
    virtual void noteMailSent(std::int64_t unixMs) = 0;
    virtual std::size_t mailsSentSince(std::int64_t unixMs) = 0;
    virtual void forgetMailsSentBefore(std::int64_t unixMs) = 0;

    virtual void insertCode(const SecretCode &code) = 0;
    virtual std::optional<SecretCode> findCode(std::string_view hash) = 0;
    virtual void markCodeUsed(std::string_view hash, std::int64_t unixMs) = 0;
    virtual void deleteCodesOf(std::string_view subject) = 0;

    virtual std::optional<SignInFailures> signInFailures(std::string_view key) = 0;
    virtual void saveSignInFailures(std::string_view key, const SignInFailures &failures) = 0;
    virtual void deleteSignInFailures(std::string_view key) = 0;
    // Forgets the failures first seen before `unixMs`.
    virtual void deleteSignInFailuresBefore(std::int64_t unixMs) = 0;

    // Makes what was just deleted unrecoverable from the database's files (after an erasure).
    // Outside a transaction. An error (code "scrub_failed") when the log could not be emptied
    // after a few tries, for example while another program reads the database.
    virtual Status flushLog() = 0;

protected:
    virtual void begin() = 0;
    virtual void commit() = 0;
    // Must not throw: it runs from Transaction's destructor.
    virtual void rollback() = 0;
};

} // namespace commonroom::syncd
