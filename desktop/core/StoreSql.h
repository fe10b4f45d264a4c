#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "common/Schema.h"
#include "common/Value.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QVariant>

#include <cstdint>
#include <memory>

class QSqlQuery;

// What every part of the device store (LocalStore and the units it is split into) shares: errors
// a person can act on, a transaction that rolls back unless committed, the conversion of values
// between the schema and Qt SQL, and the device's settings. Internal to desktop/core.
namespace commonroom::store {

inline constexpr const char *kRecoverAdvice
    = "To rescue it, quit Commonroom and run \"commonroom-cli recover\" (Commonroom offers the same when it "
      "starts and finds its copy damaged): it sets the damaged file aside, keeps the unsent changes that can still "
      "be read, and fetches the community again.";

// SQLite's primary result codes for the failures a person can do something about.
inline constexpr int kSqliteCorrupt = 11;
inline constexpr int kSqliteFull = 13;
inline constexpr int kSqliteNotADatabase = 26;

int primaryCode(const QSqlError &error);
// A full disk and a damaged file are told apart from other failures: each has its own remedy,
// and neither is the other (docs/sync.md, "Damaged or full local files").
Error sqlError(const QString &what, const QSqlError &error);

QVariant toVariant(const FieldValue &value);
FieldValue fromVariant(const QVariant &value);

const TableDef *tableFor(const QString &table);
Error unknownTable(const QString &table);
// Keeps only columns the schema knows: column names end up in SQL text, and the daemon may be
// newer than this client.
FieldMap knownColumns(const TableDef &table, const FieldMap &fields);

QString fieldsJson(const FieldMap &fields);
FieldMap fieldsFromJson(const QString &json);

Status execute(const QSqlDatabase &db, const QString &sql);

// Statements run for every edit or pulled row are prepared once and kept: keep() prepares `sql`
// into `query`, which is left empty when that fails (tried again next time, not kept broken).
Status keep(std::unique_ptr<QSqlQuery> &query, const QSqlDatabase &db, const QString &sql, const QString &failure);
// Runs a kept statement that reads nothing and resets it.
Status runKept(QSqlQuery &query, const QString &failure);

// How long a statement waits for the other connection to the file to finish writing (a pulled
// page's transaction, a merge step, a checkpoint) before it fails (docs/sync.md, "Threads").
inline constexpr int kBusyTimeoutMs = 5000;
// The settings each connection to the device's file works with (write-ahead log, full syncs,
// overwritten deletes, the busy timeout, triggers that fire on REPLACE).
Status configureConnection(const QSqlDatabase &db);

// The device's small key/value settings (table `setting`).
QString readSetting(const QSqlDatabase &db, const QString &key);
Status writeSetting(const QSqlDatabase &db, const QString &key, const QString &value);

// The HLC receive rule: a timestamp seen from the daemon moves the device's HLC (setting "hlc")
// past it, so that an edit made after seeing a value is stamped after it, however slow this
// clock is.
Status observeHlc(const QSqlDatabase &db, const Clock &clock, std::uint64_t remote);

// A write transaction; rolls back unless committed, so every early return leaves the file as it
// was. It begins IMMEDIATE: the device has two connections to its file (LocalStore's and
// StoreWorker's), and a transaction that read first and wrote after the other one committed
// would fail at once, whereas one that takes the write lock at its start waits for the other
// (busy_timeout) and then reads what it wrote.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // Whether it began; an error to return at once when it did not (the other connection held
    // the write lock for longer than the busy timeout, the disk is full, …).
    Status started() const;
    Status commit();

private:
    QSqlDatabase m_db;
    QSqlError m_beginError;
    bool m_active = false;
};

} // namespace commonroom::store
