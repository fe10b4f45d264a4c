#pragma once

#include "Store.h"

#include "common/Result.h"

#include <filesystem>
#include <memory>
#include <string>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace commonroom::syncd {

// The embedded backend: one SQLite file in WAL mode with synchronous=FULL, so that a committed
// push survives a power cut. Schema changes are numbered migrations recorded in user_version.
class SqliteStore final : public Store
{
public:
    // Opens (creating if needed) the database file and brings its schema up to date.
    static Result<std::unique_ptr<SqliteStore>> open(const std::filesystem::path &file);
    ~SqliteStore() override;
    SqliteStore(const SqliteStore &) = delete;
    SqliteStore &operator=(const SqliteStore &) = delete;

    static int schemaVersion();

    std::optional<Account> findAccountByEmail(std::string_view email) override;
    void insertAccount(const Account &account) override;

    std::optional<Device> findDevice(std::string_view id) override;
    void saveDevice(const Device &device) override;

    void insertSession(const Session &session) override;
    std::optional<Session> findSession(std::string_view tokenHash) override;
    void deleteSession(std::string_view tokenHash) override;
    void deleteSessionsExpiredBefore(std::int64_t unixMs) override;

    std::optional<StoredRow> loadRow(const TableDef &table, std::string_view id) override;
    std::optional<StoredRow> loadValues(const TableDef &table, std::string_view id) override;
    std::int64_t saveRow(const TableDef &table, std::string_view id, const VersionedRow &row) override;
    bool wasOwnedBy(const TableDef &table, std::string_view id, std::string_view personId) override;
    bool isActiveCurator(std::string_view personId, std::string_view groupId) override;
    bool isActiveMember(std::string_view personId, std::string_view groupId) override;
    std::size_t countActiveCurators(std::string_view groupId) override;
    std::vector<ChangeRef> changesAfter(std::int64_t seq, std::size_t limit) override;

    std::int64_t headSeq() override;
    void forEachLiveRow(const TableDef &table,
        const std::function<void(const std::string &id, const FieldMap &values)> &visit) override;
    void setDeletedAt(const TableDef &table, std::string_view id, std::int64_t unixMs) override;
    std::int64_t compactTombstones(std::int64_t deletedBeforeMs) override;
    std::vector<Device> devicesOf(std::string_view personId) override;
    std::vector<std::string> liveIdsWhere(
        const TableDef &table, std::string_view field, std::string_view value) override;
    std::vector<std::pair<std::string, FieldMap>> liveRowsWhere(
        const TableDef &table, std::string_view field, std::string_view value) override;
    std::vector<std::pair<std::string, FieldMap>> liveRowsBetween(
        const TableDef &table, std::string_view field, std::string_view from, std::string_view to) override;
    bool noteReminder(
        std::string_view eventId, std::string_view personId, std::string_view startsAt, std::int64_t unixMs) override;
    void deleteRemindersOf(std::string_view personId) override;
    void noteListRecipients(std::string_view messageId, const std::vector<std::string> &personIds) override;
    bool isListRecipient(std::string_view messageId, std::string_view personId) override;
    std::vector<std::string> listMessagesTo(std::string_view personId) override;
    std::vector<std::string> listRecipientsOf(std::string_view messageId) override;
    void deleteListRecipientsOf(std::string_view personId) override;
    void deleteListRecipientsOfMessage(std::string_view messageId) override;
    void replacePersonKeys(std::string_view personId, const std::vector<std::string> &keys) override;
    std::vector<std::string> peopleWithKey(std::string_view key, std::size_t limit) override;
    void clearPersonKeys() override;

    std::optional<std::string> setting(std::string_view key) override;
    void setSetting(std::string_view key, std::string_view value) override;

    std::optional<Account> findAccountByPerson(std::string_view personId) override;
    void updatePasswordHash(std::string_view personId, std::string_view passwordHash) override;
    void deleteAccount(std::string_view personId) override;
    void setMemberSince(std::string_view personId, std::optional<std::int64_t> unixMs) override;
    void saveMergeSnapshot(const MergeSnapshot &snapshot) override;
    std::optional<MergeSnapshot> findMergeSnapshot(std::string_view candidateId) override;
    void deleteMergeSnapshot(std::string_view candidateId) override;
    void deleteMergeSnapshotsOf(std::string_view personId) override;
    void deleteSessionsOf(std::string_view personId, std::string_view keepTokenHash) override;
    void appendAudit(const AuditRecord &record) override;
    std::vector<AuditRecord> audit(const AuditFilter &filter) override;
    void enqueueMail(const OutgoingMail &mail) override;
    std::vector<OutgoingMail> dueMails(std::int64_t unixMs, std::size_t limit) override;
    void deleteMail(std::int64_t id) override;
    void rescheduleMail(std::int64_t id, int attempts, std::int64_t nextAttemptAt, std::string_view error) override;
    void deleteMailsTo(std::string_view recipient) override;
    void noteBounce(std::string_view address, std::int64_t unixMs, std::string_view reason) override;
    bool isBouncing(std::string_view address) override;
    void forgetBounce(std::string_view address) override;
    std::size_t queuedMailCount() override;
    void noteMailSent(std::int64_t unixMs) override;
    std::size_t mailsSentSince(std::int64_t unixMs) override;
    void forgetMailsSentBefore(std::int64_t unixMs) override;
    void insertCode(const SecretCode &code) override;
    std::optional<SecretCode> findCode(std::string_view hash) override;
    void markCodeUsed(std::string_view hash, std::int64_t unixMs) override;
    void deleteCodesOf(std::string_view subject) override;
    std::optional<SignInFailures> signInFailures(std::string_view key) override;
    void saveSignInFailures(std::string_view key, const SignInFailures &failures) override;
    void deleteSignInFailures(std::string_view key) override;
    void deleteSignInFailuresBefore(std::int64_t unixMs) override;
    Status flushLog() override;
    // For tests: attempts of flushLog() and the wait for readers within each (default 3 × 2 s).
    void setFlushRetry(int attempts, int waitMs)
    {
        m_flushAttempts = attempts;
        m_flushWaitMs = waitMs;
    }

protected:
    void begin() override;
    void commit() override;
    void rollback() override;

private:
    class Statement;

    SqliteStore(sqlite3 *db, std::filesystem::path file);
    Status migrate();
    // Adds the columns that record who may hold a row (visibleFrom, owners) to a database made
    // before them, filled in from the rows as they are now.
    void addHolderColumns(const TableDef &table);
    void moveMergeSnapshots();
    void noteOwners(const TableDef &table, std::string_view id, const FieldMap &values);
    void execute(const std::string &sql);
    // Prepared once per connection and reused: the seeder writes millions of rows through these.
    Statement prepare(const std::string &sql);
    [[noreturn]] void fail(const std::string &what) const;

    sqlite3 *m_db;
    std::filesystem::path m_file;
    std::unordered_map<std::string, sqlite3_stmt *> m_statements;
    int m_flushAttempts = 3;
    int m_flushWaitMs = 2000;
    std::unordered_map<std::string, std::string> m_loadSql;
    std::unordered_map<std::string, std::string> m_saveSql;
    std::unordered_map<std::string, std::vector<std::string>> m_columns; // wireColumns per table

    std::optional<StoredRow> load(const TableDef &table, std::string_view id, bool withVersions);
};

} // namespace commonroom::syncd
