#include "SqliteStore.h"

#include "common/Privacy.h"
#include "common/Protocol.h"

#include <set>

#include <sqlite3.h>

#include <cctype>
#include <cerrno>
#include <cstring>

namespace commonroom::syncd {

// A cached prepared statement for one use: binds by position, steps, and resets on destruction
// so that the next user finds it clean.
class SqliteStore::Statement
{
public:
    Statement(const SqliteStore &store, sqlite3_stmt *statement)
        : m_store(store)
        , m_statement(statement)
    {
    }
    ~Statement()
    {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(std::string_view text)
    {
        check(sqlite3_bind_text(m_statement, ++m_index, text.data(), int(text.size()), SQLITE_TRANSIENT));
        return *this;
    }
    Statement &bind(const std::string &text) { return bind(std::string_view(text)); }
    Statement &bind(std::int64_t number)
    {
        check(sqlite3_bind_int64(m_statement, ++m_index, number));
        return *this;
    }
    Statement &bindNull()
    {
        check(sqlite3_bind_null(m_statement, ++m_index));
        return *this;
    }
    Statement &bind(const FieldValue &value)
    {
        if (const auto *text = std::get_if<std::string>(&value))
            return bind(std::string_view(*text));
        if (const auto *number = std::get_if<std::int64_t>(&value))
            return bind(*number);
        return bindNull();
    }

    // True while there is a row to read.
    bool step()
    {
        const int rc = sqlite3_step(m_statement);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            m_store.fail("run \"" + std::string(sqlite3_sql(m_statement)) + "\"");
        return false;
    }

    std::int64_t integer(int column) const { return sqlite3_column_int64(m_statement, column); }
    bool isNull(int column) const { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }
    std::string text(int column) const
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return data ? std::string(data, std::size_t(sqlite3_column_bytes(m_statement, column))) : std::string();
    }
    FieldValue value(int column) const
    {
        switch (sqlite3_column_type(m_statement, column)) {
        case SQLITE_NULL:
            return std::monostate {};
        case SQLITE_INTEGER:
            return integer(column);
        default:
            return text(column);
        }
    }

private:
    void check(int rc)
    {
        if (rc != SQLITE_OK)
            m_store.fail("bind a value");
    }

    const SqliteStore &m_store;
    sqlite3_stmt *m_statement;
    int m_index = 0;
};

namespace {

constexpr std::string_view kDaemonTables[] = {
    "CREATE TABLE account (person_id TEXT PRIMARY KEY NOT NULL REFERENCES person(id), email TEXT NOT NULL UNIQUE "
    "COLLATE NOCASE, password_hash TEXT NOT NULL, created_at INTEGER NOT NULL)",
    "CREATE TABLE device (id TEXT PRIMARY KEY NOT NULL, person_id TEXT NOT NULL REFERENCES person(id), last_mid "
    "INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL, revoked_at INTEGER)",
    "CREATE TABLE session (token_hash TEXT PRIMARY KEY NOT NULL, device_id TEXT NOT NULL REFERENCES device(id) ON "
    "DELETE CASCADE, person_id TEXT NOT NULL REFERENCES person(id), created_at INTEGER NOT NULL, expires_at INTEGER "
    "NOT NULL)",
    "CREATE INDEX session_by_expiry ON session (expires_at)",
    // One entry per row: a change replaces the row's entry, so a pull sends each row once, in
    // its latest state. AUTOINCREMENT keeps sequence numbers from ever being reused.
    "CREATE TABLE change_log (seq INTEGER PRIMARY KEY AUTOINCREMENT, tbl TEXT NOT NULL, row_id TEXT NOT NULL, "
    "UNIQUE (tbl, row_id))",
    "CREATE TABLE setting (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)",
    "CREATE INDEX membership_curator ON membership (group_id, person_id) WHERE role = 'curator' AND state = "
    "'active' AND _deleted = 0",
};

// Migration n brings user_version from n-1 to n. Append; never edit a released one.
std::vector<std::vector<std::string>> migrations()
{
    // Migrations 1 and 2 cover the tables that existed then; later tables come with their own.
    const auto existedAtFirst = [](const TableDef &table) {
        return table.name == "person" || table.name == "group" || table.name == "membership";
    };
    std::vector<std::string> first;
    for (const auto &table : syncedTables()) {
        if (!existedAtFirst(table))
            continue;
        for (auto &statement : createTableStatements(table, SchemaSide::Daemon))
            first.push_back(std::move(statement));
    }
    for (auto statement : kDaemonTables)
        first.emplace_back(statement);

    // 2: when each row was deleted, for the tombstone window.
    std::vector<std::string> second;
    for (const auto &table : syncedTables()) {
        if (!existedAtFirst(table))
            continue;
        const std::string quoted = quoteIdentifier(table.name);
        second.push_back("ALTER TABLE " + quoted + " ADD COLUMN _deleted_at INTEGER");
        second.push_back("CREATE INDEX " + quoteIdentifier(std::string(table.name) + "_tombstones") + " ON " + quoted
            + " (_deleted_at) WHERE _deleted = 1");
    }
    second.emplace_back("CREATE INDEX device_by_person ON device (person_id)");

    // 3: admission and identity (docs/admission.md): the vouch and invitation tables, the audit
    // log (append-only, enforced by triggers), the mail queue and the hashes of mailed codes.
    std::vector<std::string> third;
    for (const auto name : {"vouch", "invitation"}) {
        const TableDef &table = *findTable(name);
        for (auto &statement : createTableStatements(table, SchemaSide::Daemon))
            third.push_back(std::move(statement));
        const std::string quoted = quoteIdentifier(table.name);
        third.push_back("ALTER TABLE " + quoted + " ADD COLUMN _deleted_at INTEGER");
        third.push_back("CREATE INDEX " + quoteIdentifier(std::string(table.name) + "_tombstones") + " ON " + quoted
            + " (_deleted_at) WHERE _deleted = 1");
    }
    third.insert(third.end(),
        {
            "CREATE TABLE audit (seq INTEGER PRIMARY KEY AUTOINCREMENT, at INTEGER NOT NULL, action TEXT NOT NULL, "
            "actor_id TEXT NOT NULL, device_id TEXT NOT NULL, target_id TEXT NOT NULL, detail TEXT NOT NULL, "
            "address TEXT NOT NULL)",
            "CREATE INDEX audit_by_action ON audit (action, seq)",
            "CREATE INDEX audit_by_actor ON audit (actor_id, seq)",
            "CREATE INDEX audit_by_target ON audit (target_id, seq)",
            "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is "
            "append-only'); END",
            "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is "
            "append-only'); END",
            "CREATE TABLE mail_queue (id INTEGER PRIMARY KEY AUTOINCREMENT, recipient TEXT NOT NULL, subject TEXT "
            "NOT NULL, body TEXT NOT NULL, created_at INTEGER NOT NULL, next_attempt_at INTEGER NOT NULL, attempts "
            "INTEGER NOT NULL DEFAULT 0, last_error TEXT NOT NULL DEFAULT '')",
            "CREATE INDEX mail_queue_due ON mail_queue (next_attempt_at)",
            "CREATE TABLE secret_code (hash TEXT PRIMARY KEY NOT NULL, kind TEXT NOT NULL, subject TEXT NOT NULL, "
            "created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL, used_at INTEGER)",
            "CREATE INDEX secret_code_by_subject ON secret_code (subject)",
        });
    // 4: what a device's replays are checked against, and its newest stored stamp
    // (docs/sync.md, "Push").
    std::vector<std::string> fourth {
        "ALTER TABLE device ADD COLUMN last_hlc INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE device ADD COLUMN max_hlc INTEGER NOT NULL DEFAULT 0",
    };
    // 5: failed sign-ins survive a restart (docs/security.md); keys are digests.
    std::vector<std::string> fifth {
        "CREATE TABLE sign_in_failure (key TEXT PRIMARY KEY NOT NULL, count INTEGER NOT NULL, first_at INTEGER NOT "
        "NULL)",
        "CREATE INDEX sign_in_failure_by_time ON sign_in_failure (first_at)",
    };
    // 6: when each account's membership became active (the seniority of a voucher counts from
    // there: docs/admission.md), from the approvals in the audit log where there was one; and the
    // daemon's own record of merged people (docs/events.md), which devices never receive.
    std::vector<std::string> sixth {
        "ALTER TABLE account ADD COLUMN member_since INTEGER",
        "UPDATE account SET member_since = coalesce((SELECT max(at) FROM audit WHERE audit.target_id = "
        "account.person_id AND (audit.action = 'approve' OR (audit.action = 'role_change' AND audit.detail LIKE "
        "'applicant -> %'))), created_at) WHERE person_id IN (SELECT id FROM person WHERE _deleted = 0 AND role IS "
        "NOT 'applicant')",
        "CREATE TABLE merge_snapshot (candidate_id TEXT PRIMARY KEY NOT NULL, person_id TEXT NOT NULL, kept_id TEXT "
        "NOT NULL, vals TEXT NOT NULL, versions TEXT NOT NULL, merged_by TEXT NOT NULL, merged_at INTEGER NOT NULL)",
        "CREATE INDEX merge_snapshot_by_person ON merge_snapshot (person_id)",
        "CREATE INDEX merge_snapshot_by_kept ON merge_snapshot (kept_id)",
    };
    // 7: the digest of a device's last change, which a replay must repeat (docs/sync.md).
    std::vector<std::string> seventh {
        "ALTER TABLE device ADD COLUMN last_digest TEXT NOT NULL DEFAULT ''",
    };
    // 8: extra header lines of a queued mail (List-Unsubscribe), sealed like its body.
    std::vector<std::string> eighth {
        "ALTER TABLE mail_queue ADD COLUMN headers TEXT NOT NULL DEFAULT ''",
    };
    // 9: which registrants the reminder of an event was decided for (syncd/EventReminders), so
    // that each is mailed once, across restarts; a moved event is a new start time.
    std::vector<std::string> ninth {
        "CREATE TABLE event_reminder (event_id TEXT NOT NULL, person_id TEXT NOT NULL, starts_at TEXT NOT NULL, "
        "noted_at INTEGER NOT NULL, PRIMARY KEY (event_id, person_id, starts_at)) WITHOUT ROWID",
        "CREATE INDEX event_reminder_by_person ON event_reminder (person_id)",
    };
    // 10: addresses a mail server refused for good (MailQueue), not mailed again.
    std::vector<std::string> tenth {
        "CREATE TABLE mail_bounce (address TEXT PRIMARY KEY NOT NULL COLLATE NOCASE, bounced_at INTEGER NOT NULL, "
        "reason TEXT NOT NULL) WITHOUT ROWID",
    };
    // 11: the group message a queued mail carries, for its delivery count.
    std::vector<std::string> eleventh {
        "ALTER TABLE mail_queue ADD COLUMN source TEXT NOT NULL DEFAULT ''",
    };
    // 12: the community's sending limits (SendingLimits, syncd/MailQueue.h): when the mail server
    // took each mail of the last day; which queued mails are bulk (group messages, reminders),
    // which wait behind a person's own (an invitation, a password reset); and the name a mail
    // comes from (sealed).
    std::vector<std::string> twelfth {
        "CREATE TABLE mail_sent (at INTEGER NOT NULL)",
        "CREATE INDEX mail_sent_at ON mail_sent (at)",
        "ALTER TABLE mail_queue ADD COLUMN bulk INTEGER NOT NULL DEFAULT 0",
        "UPDATE mail_queue SET bulk = 1 WHERE headers != ''",
        "CREATE INDEX mail_queue_due_first ON mail_queue (bulk, next_attempt_at, id)",
        "ALTER TABLE mail_queue ADD COLUMN from_name TEXT NOT NULL DEFAULT ''",
    };
    // 13: whom each message to a smart list was sent to (Store::noteListRecipients).
    std::vector<std::string> thirteenth {
        "CREATE TABLE list_recipient (message_id TEXT NOT NULL, person_id TEXT NOT NULL, PRIMARY KEY (message_id, "
        "person_id)) WITHOUT ROWID",
        "CREATE INDEX list_recipient_by_person ON list_recipient (person_id, message_id)",
    };
    return {first, second, third, fourth, fifth, sixth, seventh, eighth, ninth, tenth, eleventh, twelfth, thirteenth};
}

// A device from the columns id, person_id, last_mid, created_at, revoked_at, last_hlc, max_hlc,
// last_digest
// (a template: the statement class is private to SqliteStore).
template<class Statement>
Device deviceFrom(const Statement &query)
{
    Device device {query.text(0), query.text(1), query.integer(2), query.integer(3), std::nullopt,
        std::uint64_t(query.integer(5)), query.text(7), std::uint64_t(query.integer(6))};
    if (!query.isNull(4))
        device.revokedAt = query.integer(4);
    return device;
}

std::string quoteLiteral(std::string_view text)
{
    std::string quoted = "'";
    for (char c : text)
        quoted += c == '\'' ? std::string("''") : std::string(1, c);
    return quoted + "'";
}

std::string columnList(const TableDef &table)
{
    std::string list;
    for (const auto &column : wireColumns(table))
        list += ", " + quoteIdentifier(column);
    return list;
}

// "SELECT id, <the table's columns> FROM <table> WHERE <field><condition> AND _deleted = 0".
std::string selectLiveRows(const TableDef &table, std::string_view field, std::string_view condition)
{
    if (!table.field(field))
        throw StoreError("the " + std::string(table.name) + " table has no field " + std::string(field));
    return "SELECT id" + columnList(table) + " FROM " + quoteIdentifier(table.name) + " WHERE " + quoteIdentifier(field)
        + std::string(condition) + " AND _deleted = 0";
}

// The first column of every row a query answers, as text (a template: the statement class is
// private to SqliteStore).
template<class Statement>
std::vector<std::string> firstColumn(Statement &query)
{
    std::vector<std::string> texts;
    while (query.step())
        texts.push_back(query.text(0));
    return texts;
}

// The rows of a query made with selectLiveRows (a template: the statement class is private to
// SqliteStore).
template<class Statement>
std::vector<std::pair<std::string, FieldMap>> rowsFrom(const TableDef &table, Statement &query)
{
    const auto columns = wireColumns(table);
    std::vector<std::pair<std::string, FieldMap>> rows;
    while (query.step()) {
        FieldMap values;
        int column = 1;
        for (const auto &name : columns)
            values[name] = query.value(column++);
        rows.emplace_back(query.text(0), std::move(values));
    }
    return rows;
}

} // namespace

SqliteStore::SqliteStore(sqlite3 *db, std::filesystem::path file)
    : m_db(db)
    , m_file(std::move(file))
{
    for (const auto &table : syncedTables()) {
        const std::string name(table.name);
        const std::string quoted = quoteIdentifier(table.name);
        const auto columns = wireColumns(table);
        m_columns[name] = columns;
        m_loadSql[name] = "SELECT _seq, _deleted, _versions, _visible_from" + columnList(table) + " FROM " + quoted
            + " WHERE id = ?";
        std::string placeholders;
        std::string updates;
        for (const auto &column : columns) {
            placeholders += ", ?";
            updates += ", " + quoteIdentifier(column) + " = excluded." + quoteIdentifier(column);
        }
        // _visible_from only ever goes down; a tombstone (NULL) keeps what the row had.
        m_saveSql[name] = "INSERT INTO " + quoted + " (id, _seq, _deleted, _versions, _visible_from" + columnList(table)
            + ") VALUES (?, ?, ?, ?, ?" + placeholders
            + ") ON CONFLICT (id) DO UPDATE SET _seq = excluded._seq, _deleted "
              "= excluded._deleted, _versions = excluded._versions, _visible_from = CASE WHEN "
              "excluded._visible_from IS NULL THEN _visible_from WHEN _visible_from IS NULL THEN "
              "excluded._visible_from ELSE min(_visible_from, excluded._visible_from) END"
            + updates;
    }
}

SqliteStore::~SqliteStore()
{
    for (auto &[sql, statement] : m_statements)
        sqlite3_finalize(statement);
    sqlite3_close(m_db);
}

Result<std::unique_ptr<SqliteStore>> SqliteStore::open(const std::filesystem::path &file)
{
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK) {
        const int systemError = db ? sqlite3_system_errno(db) : 0;
        std::string reason = systemError ? std::strerror(systemError) : sqlite3_errstr(rc);
        sqlite3_close(db);
        if (!reason.empty())
            reason[0] = char(std::tolower(static_cast<unsigned char>(reason[0])));
        return makeError("storage",
            "Cannot open " + file.string() + ": " + reason
                + ". Check that the data directory exists and that this user may write to it.");
    }
    std::unique_ptr<SqliteStore> store(new SqliteStore(db, file));
    try {
        // WAL lets pulls read while a push writes; FULL makes every commit durable before the
        // daemon acks it.
        store->execute("PRAGMA busy_timeout = 5000");
        store->execute("PRAGMA journal_mode = WAL");
        store->execute("PRAGMA synchronous = FULL");
        store->execute("PRAGMA foreign_keys = ON");
        // Deleted values are zeroed where that costs no extra I/O, so that an erased person's
        // values do not linger in the pages that held them (docs/admission.md).
        store->execute("PRAGMA secure_delete = FAST");
        // Up to 256 MiB of page cache, used only as needed: a large community's working set stays
        // in memory, and a big transaction (seed-demo of a million people) does not spill the
        // same index pages to the WAL over and over.
        store->execute("PRAGMA cache_size = -262144");
        if (auto migrated = store->migrate(); !migrated)
            return migrated.error();
    } catch (const StoreError &error) {
        return makeError("storage",
            std::string(error.what()) + " Check that the file is a commonroom-syncd database on a writable disk.");
    }
    return store;
}

int SqliteStore::schemaVersion()
{
    return int(migrations().size());
}

Status SqliteStore::migrate()
{
    std::int64_t version = 0;
    {
        auto query = prepare("PRAGMA user_version");
        if (query.step())
            version = query.integer(0);
    }
    const auto steps = migrations();
    if (version > std::int64_t(steps.size()))
        return makeError("storage",
            m_file.string() + " was written by a newer commonroom-syncd (schema " + std::to_string(version)
                + "); run that version or a later one.");
    Transaction transaction(*this);
    for (auto step = std::size_t(version); step < steps.size(); ++step) {
        for (const auto &sql : steps[step])
            execute(sql);
    }
    execute("PRAGMA user_version = " + std::to_string(steps.size()));
    for (const auto &table : syncedTables()) {
        std::set<std::string> existing;
        auto columns = prepare("SELECT name FROM pragma_table_info(" + quoteLiteral(table.name) + ")");
        while (columns.step())
            existing.insert(columns.text(0));
        if (existing.empty()) {
            // A table added after this database was created (events, for example) gets what
            // migrations 1 and 2 gave the others.
            for (const auto &sql : createTableStatements(table, SchemaSide::Daemon))
                execute(sql);
            const std::string quoted = quoteIdentifier(table.name);
            execute("ALTER TABLE " + quoted + " ADD COLUMN _deleted_at INTEGER");
            execute("CREATE INDEX " + quoteIdentifier(std::string(table.name) + "_tombstones") + " ON " + quoted
                + " (_deleted_at) WHERE _deleted = 1");
            continue;
        }
        for (const auto &sql : addMissingColumnStatements(table, existing))
            execute(sql);
        // Indexes added to the schema later (all "IF NOT EXISTS"); the first statement is the table.
        const auto statements = createTableStatements(table, SchemaSide::Daemon);
        for (auto sql = std::next(statements.begin()); sql != statements.end(); ++sql)
            execute(*sql);
    }
    // Daemon-only, rebuilt from the people whenever it may be stale (syncd/DuplicateFinder), so
    // it needs no numbered migration.
    execute("CREATE TABLE IF NOT EXISTS person_key (key TEXT NOT NULL, person_id TEXT NOT NULL, PRIMARY KEY (key, "
            "person_id)) WITHOUT ROWID");
    execute("CREATE INDEX IF NOT EXISTS person_key_by_person ON person_key (person_id)");
    // One live registration per event and person, whatever its id (docs/events.md, "Ids"); the
    // daemon joins a second one to the first (EventRules::joinExisting) before it could break this.
    execute("CREATE UNIQUE INDEX IF NOT EXISTS registration_once ON registration (event_id, person_id) WHERE "
            "_deleted = 0");
    // Who may hold a row (docs/sync.md, "Purges"): the people the owner fields of any of its
    // versions named, and the lowest clearance that saw it (the column _visible_from).
    execute("CREATE TABLE IF NOT EXISTS row_owner (tbl TEXT NOT NULL, row_id TEXT NOT NULL, person_id TEXT NOT NULL, "
            "PRIMARY KEY (tbl, row_id, person_id)) WITHOUT ROWID");
    moveMergeSnapshots();
    bool upgraded = false;
    for (const auto &table : syncedTables()) {
        auto column
            = prepare("SELECT 1 FROM pragma_table_info(" + quoteLiteral(table.name) + ") WHERE name = '_visible_from'");
        if (column.step())
            continue;
        // A table without rows (one added to the schema since, contributions for one) has nothing
        // a device could hold: it needs no fresh copy of every device.
        auto anyRow = prepare("SELECT 1 FROM " + quoteIdentifier(table.name) + " LIMIT 1");
        const bool hasRows = anyRow.step();
        addHolderColumns(table);
        upgraded = upgraded || hasRows;
    }
    if (upgraded && headSeq() > 0) {
        // Devices synced before this daemon knew who may hold what: each fetches a fresh copy once,
        // after which every row a device holds is one its clearance sees (SyncService::pull).
        const auto generation = setting("cursor_generation");
        setSetting("cursor_generation", std::to_string(std::stoll(generation.value_or("0")) + 1));
    }
    transaction.commit();
    return {};
}

void SqliteStore::moveMergeSnapshots()
{
    // Earlier daemons kept the merged-away record in a synced column of the candidate, which
    // leaders received with fields hidden from them. It moves to the daemon's own table.
    auto column = prepare("SELECT 1 FROM pragma_table_info('duplicate_candidate') WHERE name = 'merged_snapshot'");
    if (!column.step())
        return;
    execute("INSERT OR IGNORE INTO merge_snapshot (candidate_id, person_id, kept_id, vals, versions, merged_by, "
            "merged_at) SELECT id, CASE WHEN kept_id = person_a THEN person_b ELSE person_a END, kept_id, "
            "merged_snapshot, '{}', coalesce(decided_by, ''), 0 FROM duplicate_candidate WHERE merged_snapshot IS NOT "
            "NULL AND kept_id IS NOT NULL");
    execute("UPDATE duplicate_candidate SET merged_snapshot = NULL");
    execute("ALTER TABLE duplicate_candidate DROP COLUMN merged_snapshot");
}

void SqliteStore::addHolderColumns(const TableDef &table)
{
    const std::string quoted = quoteIdentifier(table.name);
    execute("ALTER TABLE " + quoted + " ADD COLUMN _visible_from INTEGER");
    std::vector<std::pair<std::string, std::int64_t>> levels;
    {
        auto rows = prepare("SELECT id, _deleted" + columnList(table) + " FROM " + quoted);
        const auto columns = wireColumns(table);
        while (rows.step()) {
            // The values of a tombstone are gone: only admins, who may see everything, are told of it.
            if (rows.integer(1) != 0) {
                levels.emplace_back(rows.text(0), std::int64_t(Visibility::Private));
                continue;
            }
            FieldMap values;
            int index = 2;
            for (const auto &name : columns)
                values[name] = rows.value(index++);
            levels.emplace_back(rows.text(0), std::int64_t(lowestVisibility(table, values)));
            noteOwners(table, levels.back().first, values);
        }
    }
    for (const auto &[id, level] : levels) {
        auto update = prepare("UPDATE " + quoted + " SET _visible_from = ? WHERE id = ?");
        update.bind(level).bind(id);
        update.step();
    }
}

void SqliteStore::noteOwners(const TableDef &table, std::string_view id, const FieldMap &values)
{
    for (const auto field : table.ownerFields) {
        const auto value = values.find(std::string(field));
        const auto *person = value == values.end() ? nullptr : std::get_if<std::string>(&value->second);
        if (!person || person->empty())
            continue;
        auto insert = prepare("INSERT OR IGNORE INTO row_owner (tbl, row_id, person_id) VALUES (?, ?, ?)");
        insert.bind(table.name).bind(id).bind(*person);
        insert.step();
    }
}

bool SqliteStore::wasOwnedBy(const TableDef &table, std::string_view id, std::string_view personId)
{
    auto query = prepare("SELECT 1 FROM row_owner WHERE tbl = ? AND row_id = ? AND person_id = ?");
    query.bind(table.name).bind(id).bind(personId);
    return query.step();
}

void SqliteStore::fail(const std::string &what) const
{
    throw StoreError("Cannot " + what + " in " + m_file.string() + ": " + sqlite3_errmsg(m_db) + ".");
}

void SqliteStore::execute(const std::string &sql)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        const std::string reason = message ? message : sqlite3_errmsg(m_db);
        sqlite3_free(message);
        throw StoreError("Cannot run \"" + sql + "\" in " + m_file.string() + ": " + reason + ".");
    }
}

SqliteStore::Statement SqliteStore::prepare(const std::string &sql)
{
    auto &statement = m_statements[sql];
    if (!statement
        && sqlite3_prepare_v3(m_db, sql.c_str(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &statement, nullptr)
            != SQLITE_OK) {
        m_statements.erase(sql);
        fail("prepare \"" + sql + "\"");
    }
    return Statement(*this, statement);
}

void SqliteStore::begin()
{
    // IMMEDIATE takes the write lock up front, so a transaction never fails half-way because
    // another connection (a running seed-demo, say) started writing first.
    execute("BEGIN IMMEDIATE");
}

void SqliteStore::commit()
{
    execute("COMMIT");
}

void SqliteStore::rollback()
{
    // Called from destructors: a failed rollback leaves nothing to do but let SQLite recover the
    // journal on the next open.
    sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

namespace {

// An account from the columns person_id, email, password_hash, created_at, member_since.
template<class Statement>
Account accountFrom(const Statement &query)
{
    Account account {query.text(0), query.text(1), query.text(2), query.integer(3), std::nullopt};
    if (!query.isNull(4))
        account.memberSince = query.integer(4);
    return account;
}

} // namespace

std::optional<Account> SqliteStore::findAccountByEmail(std::string_view email)
{
    auto query
        = prepare("SELECT person_id, email, password_hash, created_at, member_since FROM account WHERE email = ?");
    query.bind(email);
    if (!query.step())
        return std::nullopt;
    return accountFrom(query);
}

void SqliteStore::insertAccount(const Account &account)
{
    auto insert = prepare(
        "INSERT INTO account (person_id, email, password_hash, created_at, member_since) VALUES (?, ?, ?, ?, ?)");
    insert.bind(account.personId).bind(account.email).bind(account.passwordHash).bind(account.createdAt);
    if (account.memberSince)
        insert.bind(*account.memberSince);
    else
        insert.bindNull();
    insert.step();
}

std::optional<Device> SqliteStore::findDevice(std::string_view id)
{
    auto query
        = prepare("SELECT id, person_id, last_mid, created_at, revoked_at, last_hlc, max_hlc, last_digest FROM device "
                  "WHERE id = ?");
    query.bind(id);
    if (!query.step())
        return std::nullopt;
    return deviceFrom(query);
}

void SqliteStore::saveDevice(const Device &device)
{
    auto upsert = prepare(
        "INSERT INTO device (id, person_id, last_mid, created_at, revoked_at, last_hlc, max_hlc, last_digest) VALUES "
        "(?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET person_id = excluded.person_id, last_mid = "
        "excluded.last_mid, created_at = excluded.created_at, revoked_at = excluded.revoked_at, last_hlc = "
        "excluded.last_hlc, max_hlc = excluded.max_hlc, last_digest = excluded.last_digest");
    upsert.bind(device.id).bind(device.personId).bind(device.lastMid).bind(device.createdAt);
    if (device.revokedAt)
        upsert.bind(*device.revokedAt);
    else
        upsert.bindNull();
    // HLCs are 64-bit unsigned; SQLite keeps their bits in a signed integer.
    upsert.bind(std::int64_t(device.lastHlc)).bind(std::int64_t(device.maxHlc)).bind(device.lastDigest);
    upsert.step();
}

void SqliteStore::insertSession(const Session &session)
{
    auto insert = prepare(
        "INSERT INTO session (token_hash, device_id, person_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?)");
    insert.bind(session.tokenHash).bind(session.deviceId).bind(session.personId).bind(session.createdAt);
    insert.bind(session.expiresAt);
    insert.step();
}

std::optional<Session> SqliteStore::findSession(std::string_view tokenHash)
{
    auto query
        = prepare("SELECT token_hash, device_id, person_id, created_at, expires_at FROM session WHERE token_hash = ?");
    query.bind(tokenHash);
    if (!query.step())
        return std::nullopt;
    return Session {query.text(0), query.text(1), query.text(2), query.integer(3), query.integer(4)};
}

void SqliteStore::deleteSession(std::string_view tokenHash)
{
    auto remove = prepare("DELETE FROM session WHERE token_hash = ?");
    remove.bind(tokenHash);
    remove.step();
}

void SqliteStore::deleteSessionsExpiredBefore(std::int64_t unixMs)
{
    auto remove = prepare("DELETE FROM session WHERE expires_at < ?");
    remove.bind(unixMs);
    remove.step();
}

std::optional<StoredRow> SqliteStore::loadRow(const TableDef &table, std::string_view id)
{
    return load(table, id, true);
}

std::optional<StoredRow> SqliteStore::loadValues(const TableDef &table, std::string_view id)
{
    return load(table, id, false);
}

std::optional<StoredRow> SqliteStore::load(const TableDef &table, std::string_view id, bool withVersions)
{
    const std::string name(table.name);
    auto query = prepare(m_loadSql.at(name));
    query.bind(id);
    if (!query.step())
        return std::nullopt;
    StoredRow stored;
    stored.seq = query.integer(0);
    stored.row.deleted = query.integer(1) != 0;
    if (withVersions)
        stored.row.versions = decodeVersions(query.text(2));
    // NULL: written by a daemon that did not record it; every device may have held the row.
    stored.visibleFrom = query.isNull(3) ? Visibility::Public : Visibility(query.integer(3));
    int column = 4;
    for (const auto &field : m_columns.at(name))
        stored.row.values[field] = query.value(column++);
    return stored;
}

std::int64_t SqliteStore::saveRow(const TableDef &table, std::string_view id, const VersionedRow &row)
{
    std::int64_t seq = 0;
    {
        // REPLACE drops the row's previous entry, so each row appears once in the log.
        auto log = prepare("INSERT OR REPLACE INTO change_log (tbl, row_id) VALUES (?, ?)");
        log.bind(table.name).bind(id);
        log.step();
        seq = sqlite3_last_insert_rowid(m_db);
    }
    auto upsert = prepare(m_saveSql.at(std::string(table.name)));
    upsert.bind(id).bind(seq).bind(std::int64_t(row.deleted ? 1 : 0)).bind(encodeVersions(row.versions));
    if (row.deleted)
        upsert.bindNull();
    else
        upsert.bind(std::int64_t(lowestVisibility(table, row.values)));
    for (const auto &name : wireColumns(table)) {
        const auto value = row.values.find(name);
        if (value == row.values.end())
            upsert.bindNull();
        else
            upsert.bind(value->second);
    }
    upsert.step();
    if (!row.deleted && !table.ownerFields.empty())
        noteOwners(table, id, row.values);
    return seq;
}

bool SqliteStore::isActiveCurator(std::string_view personId, std::string_view groupId)
{
    auto query = prepare("SELECT 1 FROM membership WHERE group_id = ? AND person_id = ? AND role = 'curator' AND "
                         "state = 'active' AND _deleted = 0 LIMIT 1");
    query.bind(groupId).bind(personId);
    return query.step();
}

bool SqliteStore::isActiveMember(std::string_view personId, std::string_view groupId)
{
    auto query = prepare(
        "SELECT 1 FROM membership WHERE group_id = ? AND person_id = ? AND state = 'active' AND _deleted = 0 LIMIT 1");
    query.bind(groupId).bind(personId);
    return query.step();
}

std::size_t SqliteStore::countActiveCurators(std::string_view groupId)
{
    auto query = prepare("SELECT count(*) FROM membership WHERE group_id = ? AND role = 'curator' AND state = "
                         "'active' AND _deleted = 0");
    query.bind(groupId);
    query.step();
    return std::size_t(query.integer(0));
}

std::vector<ChangeRef> SqliteStore::changesAfter(std::int64_t seq, std::size_t limit)
{
    auto query = prepare("SELECT seq, tbl, row_id FROM change_log WHERE seq > ? ORDER BY seq LIMIT ?");
    query.bind(seq).bind(std::int64_t(limit));
    std::vector<ChangeRef> changes;
    while (query.step())
        changes.push_back(ChangeRef {query.integer(0), query.text(1), query.text(2)});
    return changes;
}

std::optional<std::string> SqliteStore::setting(std::string_view key)
{
    auto query = prepare("SELECT value FROM setting WHERE key = ?");
    query.bind(key);
    if (!query.step())
        return std::nullopt;
    return query.text(0);
}

void SqliteStore::setSetting(std::string_view key, std::string_view value)
{
    auto upsert = prepare("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = "
                          "excluded.value");
    upsert.bind(key).bind(value);
    upsert.step();
}

std::int64_t SqliteStore::headSeq()
{
    auto query = prepare("SELECT coalesce(max(seq), 0) FROM change_log");
    query.step();
    return query.integer(0);
}

void SqliteStore::forEachLiveRow(
    const TableDef &table, const std::function<void(const std::string &id, const FieldMap &values)> &visit)
{
    auto query
        = prepare("SELECT id" + columnList(table) + " FROM " + quoteIdentifier(table.name) + " WHERE _deleted = 0");
    const auto columns = wireColumns(table);
    FieldMap values;
    while (query.step()) {
        int column = 1;
        for (const auto &name : columns)
            values[name] = query.value(column++);
        visit(query.text(0), values);
    }
}

std::vector<std::pair<std::string, FieldMap>> SqliteStore::liveRowsWhere(
    const TableDef &table, std::string_view field, std::string_view value)
{
    auto query = prepare(selectLiveRows(table, field, " = ?") + " ORDER BY id");
    query.bind(value);
    return rowsFrom(table, query);
}

std::vector<std::pair<std::string, FieldMap>> SqliteStore::liveRowsBetween(
    const TableDef &table, std::string_view field, std::string_view from, std::string_view to)
{
    auto query = prepare(selectLiveRows(table, field, " > ?") + " AND " + quoteIdentifier(field) + " <= ? ORDER BY "
        + quoteIdentifier(field) + ", id");
    query.bind(from).bind(to);
    return rowsFrom(table, query);
}

void SqliteStore::replacePersonKeys(std::string_view personId, const std::vector<std::string> &keys)
{
    auto forget = prepare("DELETE FROM person_key WHERE person_id = ?");
    forget.bind(personId);
    forget.step();
    for (const auto &key : keys) {
        auto insert = prepare("INSERT OR IGNORE INTO person_key (key, person_id) VALUES (?, ?)");
        insert.bind(key).bind(personId);
        insert.step();
    }
}

std::vector<std::string> SqliteStore::peopleWithKey(std::string_view key, std::size_t limit)
{
    auto query = prepare("SELECT person_id FROM person_key WHERE key = ? ORDER BY person_id LIMIT ?");
    query.bind(key).bind(std::int64_t(limit));
    return firstColumn(query);
}

void SqliteStore::clearPersonKeys()
{
    execute("DELETE FROM person_key");
}

std::vector<std::string> SqliteStore::liveIdsWhere(
    const TableDef &table, std::string_view field, std::string_view value)
{
    if (!table.field(field))
        throw StoreError("the " + std::string(table.name) + " table has no field " + std::string(field));
    auto query = prepare("SELECT id FROM " + quoteIdentifier(table.name) + " WHERE " + quoteIdentifier(field)
        + " = ? AND _deleted = 0 ORDER BY id");
    query.bind(value);
    return firstColumn(query);
}

void SqliteStore::setDeletedAt(const TableDef &table, std::string_view id, std::int64_t unixMs)
{
    auto update = prepare("UPDATE " + quoteIdentifier(table.name) + " SET _deleted_at = ? WHERE id = ?");
    update.bind(unixMs).bind(id);
    update.step();
}

std::int64_t SqliteStore::compactTombstones(std::int64_t deletedBeforeMs)
{
    std::int64_t highest = 0;
    for (const auto &table : syncedTables()) {
        const std::string quoted = quoteIdentifier(table.name);
        auto query = prepare("SELECT coalesce(max(_seq), 0) FROM " + quoted
            + " WHERE _deleted = 1 AND _deleted_at < ? "
              "AND _seq IN (SELECT seq FROM change_log)");
        query.bind(deletedBeforeMs);
        query.step();
        highest = std::max(highest, query.integer(0));
        auto remove = prepare("DELETE FROM change_log WHERE seq IN (SELECT _seq FROM " + quoted
            + " WHERE _deleted = 1 AND _deleted_at < ?)");
        remove.bind(deletedBeforeMs);
        remove.step();
    }
    return highest;
}

std::vector<Device> SqliteStore::devicesOf(std::string_view personId)
{
    auto query = prepare("SELECT id, person_id, last_mid, created_at, revoked_at, last_hlc, max_hlc, last_digest "
                         "FROM device WHERE person_id = ? ORDER BY created_at");
    query.bind(personId);
    std::vector<Device> devices;
    while (query.step())
        devices.push_back(deviceFrom(query));
    return devices;
}

std::optional<Account> SqliteStore::findAccountByPerson(std::string_view personId)
{
    auto query
        = prepare("SELECT person_id, email, password_hash, created_at, member_since FROM account WHERE person_id = ?");
    query.bind(personId);
    if (!query.step())
        return std::nullopt;
    return accountFrom(query);
}

void SqliteStore::setMemberSince(std::string_view personId, std::optional<std::int64_t> unixMs)
{
    auto update = prepare("UPDATE account SET member_since = ? WHERE person_id = ?");
    if (unixMs)
        update.bind(*unixMs);
    else
        update.bindNull();
    update.bind(personId);
    update.step();
}

void SqliteStore::saveMergeSnapshot(const MergeSnapshot &snapshot)
{
    auto insert = prepare("INSERT OR REPLACE INTO merge_snapshot (candidate_id, person_id, kept_id, vals, versions, "
                          "merged_by, merged_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    insert.bind(snapshot.candidateId).bind(snapshot.personId).bind(snapshot.keptId);
    insert.bind(protocol::toJson(snapshot.row.values)).bind(encodeVersions(snapshot.row.versions));
    insert.bind(snapshot.mergedBy).bind(snapshot.mergedAt);
    insert.step();
}

std::optional<MergeSnapshot> SqliteStore::findMergeSnapshot(std::string_view candidateId)
{
    auto query = prepare("SELECT candidate_id, person_id, kept_id, vals, versions, merged_by, merged_at FROM "
                         "merge_snapshot WHERE candidate_id = ?");
    query.bind(candidateId);
    if (!query.step())
        return std::nullopt;
    MergeSnapshot snapshot {query.text(0), query.text(1), query.text(2), {}, query.text(5), query.integer(6)};
    if (auto values = protocol::fromJson<FieldMap>(query.text(3)))
        snapshot.row.values = std::move(*values);
    snapshot.row.versions = decodeVersions(query.text(4));
    return snapshot;
}

void SqliteStore::deleteMergeSnapshot(std::string_view candidateId)
{
    auto remove = prepare("DELETE FROM merge_snapshot WHERE candidate_id = ?");
    remove.bind(candidateId);
    remove.step();
}

void SqliteStore::deleteMergeSnapshotsOf(std::string_view personId)
{
    auto remove = prepare("DELETE FROM merge_snapshot WHERE person_id = ?1 OR kept_id = ?1");
    remove.bind(personId);
    remove.step();
}

bool SqliteStore::noteReminder(
    std::string_view eventId, std::string_view personId, std::string_view startsAt, std::int64_t unixMs)
{
    auto insert = prepare(
        "INSERT OR IGNORE INTO event_reminder (event_id, person_id, starts_at, noted_at) VALUES (?, ?, ?, ?)");
    insert.bind(eventId).bind(personId).bind(startsAt).bind(unixMs);
    insert.step();
    return sqlite3_changes(m_db) > 0;
}

void SqliteStore::deleteRemindersOf(std::string_view personId)
{
    auto remove = prepare("DELETE FROM event_reminder WHERE person_id = ?");
    remove.bind(personId);
    remove.step();
}

void SqliteStore::noteListRecipients(std::string_view messageId, const std::vector<std::string> &personIds)
{
    for (const auto &personId : personIds) {
        auto insert = prepare("INSERT OR IGNORE INTO list_recipient (message_id, person_id) VALUES (?, ?)");
        insert.bind(messageId).bind(personId);
        insert.step();
    }
}

bool SqliteStore::isListRecipient(std::string_view messageId, std::string_view personId)
{
    auto query = prepare("SELECT 1 FROM list_recipient WHERE message_id = ? AND person_id = ?");
    query.bind(messageId).bind(personId);
    return query.step();
}

std::vector<std::string> SqliteStore::listMessagesTo(std::string_view personId)
{
    auto query = prepare("SELECT message_id FROM list_recipient WHERE person_id = ? ORDER BY message_id");
    query.bind(personId);
    return firstColumn(query);
}

std::vector<std::string> SqliteStore::listRecipientsOf(std::string_view messageId)
{
    auto query = prepare("SELECT person_id FROM list_recipient WHERE message_id = ? ORDER BY person_id");
    query.bind(messageId);
    return firstColumn(query);
}

void SqliteStore::deleteListRecipientsOf(std::string_view personId)
{
    auto remove = prepare("DELETE FROM list_recipient WHERE person_id = ?");
    remove.bind(personId);
    remove.step();
}

void SqliteStore::deleteListRecipientsOfMessage(std::string_view messageId)
{
    auto remove = prepare("DELETE FROM list_recipient WHERE message_id = ?");
    remove.bind(messageId);
    remove.step();
}

void SqliteStore::updatePasswordHash(std::string_view personId, std::string_view passwordHash)
{
    auto update = prepare("UPDATE account SET password_hash = ? WHERE person_id = ?");
    update.bind(passwordHash).bind(personId);
    update.step();
}

void SqliteStore::deleteAccount(std::string_view personId)
{
    auto remove = prepare("DELETE FROM account WHERE person_id = ?");
    remove.bind(personId);
    remove.step();
}

void SqliteStore::deleteSessionsOf(std::string_view personId, std::string_view keepTokenHash)
{
    auto remove = prepare("DELETE FROM session WHERE person_id = ? AND token_hash <> ?");
    remove.bind(personId).bind(keepTokenHash);
    remove.step();
}

void SqliteStore::appendAudit(const AuditRecord &record)
{
    auto insert = prepare("INSERT INTO audit (at, action, actor_id, device_id, target_id, detail, address) VALUES "
                          "(?, ?, ?, ?, ?, ?, ?)");
    insert.bind(record.at).bind(record.action).bind(record.actorId).bind(record.deviceId).bind(record.targetId);
    insert.bind(record.detail).bind(record.address);
    insert.step();
}

std::vector<AuditRecord> SqliteStore::audit(const AuditFilter &filter)
{
    // Empty filters match everything, so that one prepared statement serves every query.
    auto query = prepare("SELECT seq, at, action, actor_id, device_id, target_id, detail, address FROM audit WHERE "
                         "(?1 = '' OR action = ?1) AND (?2 = '' OR actor_id = ?2) AND (?3 = '' OR target_id = ?3) "
                         "AND (?4 = 0 OR seq < ?4) ORDER BY seq DESC LIMIT ?5");
    query.bind(filter.action).bind(filter.actorId).bind(filter.targetId).bind(filter.before);
    query.bind(std::int64_t(filter.limit));
    std::vector<AuditRecord> records;
    while (query.step())
        records.push_back(AuditRecord {query.integer(0), query.integer(1), query.text(2), query.text(3), query.text(4),
            query.text(5), query.text(6), query.text(7)});
    return records;
}

void SqliteStore::enqueueMail(const OutgoingMail &mail)
{
    // Mail that a person may stop (it carries header lines: List-Unsubscribe) is bulk.
    auto insert = prepare("INSERT INTO mail_queue (recipient, subject, body, created_at, next_attempt_at, headers, "
                          "source, bulk, from_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(mail.recipient)
        .bind(mail.subject)
        .bind(mail.body)
        .bind(mail.createdAt)
        .bind(mail.nextAttemptAt)
        .bind(mail.headers)
        .bind(mail.source)
        .bind(std::int64_t(mail.headers.empty() ? 0 : 1))
        .bind(mail.fromName);
    insert.step();
}

void SqliteStore::noteMailSent(std::int64_t unixMs)
{
    auto insert = prepare("INSERT INTO mail_sent (at) VALUES (?)");
    insert.bind(unixMs);
    insert.step();
}

std::size_t SqliteStore::mailsSentSince(std::int64_t unixMs)
{
    auto query = prepare("SELECT count(*) FROM mail_sent WHERE at > ?");
    query.bind(unixMs);
    return query.step() ? std::size_t(query.integer(0)) : 0;
}

void SqliteStore::forgetMailsSentBefore(std::int64_t unixMs)
{
    auto remove = prepare("DELETE FROM mail_sent WHERE at <= ?");
    remove.bind(unixMs);
    remove.step();
}

std::vector<OutgoingMail> SqliteStore::dueMails(std::int64_t unixMs, std::size_t limit)
{
    auto query = prepare("SELECT id, recipient, subject, body, created_at, next_attempt_at, attempts, last_error, "
                         "headers, source, from_name FROM mail_queue WHERE next_attempt_at <= ? ORDER BY bulk, "
                         "next_attempt_at, id LIMIT ?");
    query.bind(unixMs).bind(std::int64_t(limit));
    std::vector<OutgoingMail> mails;
    while (query.step())
        mails.push_back(OutgoingMail {query.integer(0), query.text(1), query.text(2), query.text(3), query.integer(4),
            query.integer(5), int(query.integer(6)), query.text(7), query.text(8), {}, query.text(9), query.text(10)});
    return mails;
}

void SqliteStore::deleteMail(std::int64_t id)
{
    auto remove = prepare("DELETE FROM mail_queue WHERE id = ?");
    remove.bind(id);
    remove.step();
}

void SqliteStore::rescheduleMail(std::int64_t id, int attempts, std::int64_t nextAttemptAt, std::string_view error)
{
    auto update = prepare("UPDATE mail_queue SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?");
    update.bind(std::int64_t(attempts)).bind(nextAttemptAt).bind(error).bind(id);
    update.step();
}

void SqliteStore::deleteMailsTo(std::string_view recipient)
{
    auto remove = prepare("DELETE FROM mail_queue WHERE recipient = ? COLLATE NOCASE");
    remove.bind(recipient);
    remove.step();
}

void SqliteStore::noteBounce(std::string_view address, std::int64_t unixMs, std::string_view reason)
{
    auto upsert = prepare("INSERT INTO mail_bounce (address, bounced_at, reason) VALUES (?, ?, ?) ON CONFLICT "
                          "(address) DO UPDATE SET bounced_at = excluded.bounced_at, reason = excluded.reason");
    upsert.bind(address).bind(unixMs).bind(reason);
    upsert.step();
}

bool SqliteStore::isBouncing(std::string_view address)
{
    auto query = prepare("SELECT 1 FROM mail_bounce WHERE address = ?");
    query.bind(address);
    return query.step();
}

void SqliteStore::forgetBounce(std::string_view address)
{
    auto remove = prepare("DELETE FROM mail_bounce WHERE address = ?");
    remove.bind(address);
    remove.step();
}

std::size_t SqliteStore::queuedMailCount()
{
    auto query = prepare("SELECT count(*) FROM mail_queue");
    return query.step() ? std::size_t(query.integer(0)) : 0;
}

void SqliteStore::insertCode(const SecretCode &code)
{
    auto insert
        = prepare("INSERT INTO secret_code (hash, kind, subject, created_at, expires_at) VALUES (?, ?, ?, ?, ?)");
    insert.bind(code.hash).bind(code.kind).bind(code.subject).bind(code.createdAt).bind(code.expiresAt);
    insert.step();
}

std::optional<SecretCode> SqliteStore::findCode(std::string_view hash)
{
    auto query = prepare("SELECT hash, kind, subject, created_at, expires_at, used_at FROM secret_code WHERE hash = ?");
    query.bind(hash);
    if (!query.step())
        return std::nullopt;
    SecretCode code {query.text(0), query.text(1), query.text(2), query.integer(3), query.integer(4), std::nullopt};
    if (!query.isNull(5))
        code.usedAt = query.integer(5);
    return code;
}

void SqliteStore::markCodeUsed(std::string_view hash, std::int64_t unixMs)
{
    auto update = prepare("UPDATE secret_code SET used_at = ? WHERE hash = ?");
    update.bind(unixMs).bind(hash);
    update.step();
}

void SqliteStore::deleteCodesOf(std::string_view subject)
{
    auto remove = prepare("DELETE FROM secret_code WHERE subject = ?");
    remove.bind(subject);
    remove.step();
}

Status SqliteStore::flushLog()
{
    // Whatever the write-ahead log still holds of earlier page versions goes with it. A reader
    // of an older snapshot (a backup tool, the sqlite3 shell) keeps the log from being emptied:
    // SQLite then answers busy, or copies back only part of it.
    const std::filesystem::path log = m_file.string() + "-wal";
    std::string reason;
    for (int attempt = 0; attempt < m_flushAttempts; ++attempt) {
        sqlite3_busy_timeout(m_db, m_flushWaitMs);
        int logFrames = -1;
        int copiedFrames = -1;
        const int rc = sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, &logFrames, &copiedFrames);
        sqlite3_busy_timeout(m_db, 5000);
        std::error_code ec;
        const auto logBytes = std::filesystem::exists(log, ec) ? std::filesystem::file_size(log, ec) : 0;
        if (rc == SQLITE_OK && logFrames == copiedFrames && logBytes == 0)
            return {};
        if (rc == SQLITE_BUSY)
            reason = "another program is reading the database";
        else if (rc != SQLITE_OK)
            reason = sqlite3_errmsg(m_db);
        else
            reason = std::to_string(copiedFrames) + " of " + std::to_string(logFrames)
                + " logged pages were copied back, " + std::to_string(logBytes) + " bytes remain in the log";
    }
    return makeError("scrub_failed",
        "Erased values may remain in " + log.string() + " (" + reason
            + "). Stop any other program that reads the database (a backup tool, sqlite3); the log is emptied at "
              "the next erasure or when commonroom-syncd stops.");
}

std::optional<SignInFailures> SqliteStore::signInFailures(std::string_view key)
{
    auto query = prepare("SELECT count, first_at FROM sign_in_failure WHERE key = ?");
    query.bind(key);
    if (!query.step())
        return std::nullopt;
    return SignInFailures {int(query.integer(0)), query.integer(1)};
}

void SqliteStore::saveSignInFailures(std::string_view key, const SignInFailures &failures)
{
    auto upsert = prepare("INSERT INTO sign_in_failure (key, count, first_at) VALUES (?, ?, ?) ON CONFLICT (key) DO "
                          "UPDATE SET count = excluded.count, first_at = excluded.first_at");
    upsert.bind(key).bind(std::int64_t(failures.count)).bind(failures.firstAt);
    upsert.step();
}

void SqliteStore::deleteSignInFailures(std::string_view key)
{
    auto remove = prepare("DELETE FROM sign_in_failure WHERE key = ?");
    remove.bind(key);
    remove.step();
}

void SqliteStore::deleteSignInFailuresBefore(std::int64_t unixMs)
{
    auto remove = prepare("DELETE FROM sign_in_failure WHERE first_at < ?");
    remove.bind(unixMs);
    remove.step();
}

} // namespace commonroom::syncd
