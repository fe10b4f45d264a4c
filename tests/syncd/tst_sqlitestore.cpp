#include "syncd/SqliteStore.h"

#include "common/Hlc.h"
#include "tests/TestIds.h"

#include "TestPrinters.h"
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <QTest>

#include <sqlite3.h>

using namespace commonroom;
using namespace commonroom::syncd;

namespace {

std::string pragma(const std::string &file, const char *name)
{
    sqlite3 *db = nullptr;
    sqlite3_open(file.c_str(), &db);
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(db, (std::string("PRAGMA ") + name).c_str(), -1, &statement, nullptr);
    std::string value;
    if (sqlite3_step(statement) == SQLITE_ROW)
        value = reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return value;
}

VersionedRow rowOf(FieldMap fields, std::uint64_t hlc = Hlc::pack(1'700'000'000'000, 0))
{
    VersionedRow row;
    mergeFields(row, fields, FieldVersion {hlc, "site"});
    return row;
}

} // namespace

class TestSqliteStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::string file(const char *name) { return m_dir.filePath(QString::fromUtf8(name)).toStdString(); }
    std::unique_ptr<SqliteStore> open(const std::string &path)
    {
        auto store = SqliteStore::open(path);
        if (!store)
            qFatal("%s", store.error().message.c_str());
        return std::move(*store);
    }

private slots:
    void createsTheSchemaInWalMode()
    {
        const auto path = file("schema.db");
        {
            auto store = open(path);
        }
        QCOMPARE(pragma(path, "user_version"), std::to_string(SqliteStore::schemaVersion()));
        QCOMPARE(pragma(path, "journal_mode"), "wal");
        // Opening again runs no migration and keeps the data.
        auto store = open(path);
        QVERIFY(!store->setting("anything"));
    }

    // A synced table added to the schema since the file was made (contributions, for one) comes
    // with the columns of who may hold its rows, and with no rows to hold no device fetches a
    // fresh copy for it (cursor_generation stays).
    void aTableAddedSinceNeedsNoFreshCopy()
    {
        const auto path = file("added-table.db");
        {
            auto store = open(path);
            VersionedRow row;
            row.values["display_name"] = std::string("Ana");
            store->saveRow(*findTable("person"), newTestId(), row);
            QVERIFY(store->headSeq() > 0);
        }
        sqlite3 *db = nullptr;
        sqlite3_open(path.c_str(), &db);
        QCOMPARE(sqlite3_exec(db, "DROP TABLE contribution", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
        auto store = open(path);
        QCOMPARE(store->setting("cursor_generation").value_or("0"), std::string("0"));
        VersionedRow entry;
        entry.values["person_id"] = std::string("someone");
        const std::string id = newTestId();
        store->saveRow(*findTable("contribution"), id, entry);
        QVERIFY(store->loadRow(*findTable("contribution"), id));
    }

    void refusesADatabaseFromANewerVersion()
    {
        const auto path = file("newer.db");
        sqlite3 *db = nullptr;
        sqlite3_open(path.c_str(), &db);
        sqlite3_exec(db, "PRAGMA user_version = 999", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        const auto store = SqliteStore::open(path);
        QVERIFY(!store.ok());
        QVERIFY(store.error().message.find("newer commonroom-syncd") != std::string::npos);
    }

    void refusesFilesItCannotOpen()
    {
        const auto blocker = file("a-file");
        QFile(QString::fromStdString(blocker)).open(QIODevice::WriteOnly);
        const auto inside = SqliteStore::open(blocker + "/commonroom.db");
        QVERIFY(!inside.ok());
        QVERIFY2(inside.error().message.starts_with("Cannot open " + blocker + "/commonroom.db: "),
            inside.error().message.c_str());

        const auto garbage = file("garbage.db");
        QFile out(QString::fromStdString(garbage));
        out.open(QIODevice::WriteOnly);
        out.write(QByteArray(8192, 'x'));
        out.close();
        const auto notADatabase = SqliteStore::open(garbage);
        QVERIFY(!notADatabase.ok());
        QVERIFY2(notADatabase.error().message.find("not a database") != std::string::npos,
            notADatabase.error().message.c_str());
    }

    void eachChangeGivesTheRowANewSequenceAndOneLogEntry()
    {
        auto store = open(file("log.db"));
        const TableDef &group = *findTable("group");
        const auto a = newTestId();
        const auto b = newTestId();
        const auto first = store->saveRow(group, a, rowOf({{"name", "Garden"}}));
        const auto second = store->saveRow(group, b, rowOf({{"name", "Choir"}}));
        const auto third = store->saveRow(group, a, rowOf({{"name", "Community Garden"}}));
        QVERIFY(first < second);
        QVERIFY(second < third);

        const auto changes = store->changesAfter(0, 100);
        QCOMPARE(changes.size(), 2u);
        QCOMPARE(changes[0].id, b);
        QCOMPARE(changes[1].id, a);
        QCOMPARE(changes[1].seq, third);
        QCOMPARE(store->changesAfter(second, 100).size(), 1u);
        QCOMPARE(store->changesAfter(0, 1).size(), 1u);

        const auto loaded = store->loadRow(group, a);
        QVERIFY(loaded);
        QCOMPARE(loaded->seq, third);
        QCOMPARE(toDisplayString(loaded->row.values.at("name")), "Community Garden");
        QCOMPARE(loaded->row.versions.at("name").site, "site");
        QVERIFY(!loaded->row.deleted);
        QVERIFY(!store->loadRow(group, newTestId()));
    }

    void valuesKeepTheirTypes()
    {
        auto store = open(file("types.db"));
        const TableDef &person = *findTable("person");
        const auto id = newTestId();
        store->saveRow(
            person, id, rowOf({{"display_name", "李娜"}, {"leadership_level", std::int64_t(3)}, {"bio", {}}}));
        const auto loaded = store->loadRow(person, id);
        QCOMPARE(std::get<std::string>(loaded->row.values.at("display_name")), "李娜");
        QCOMPARE(std::get<std::int64_t>(loaded->row.values.at("leadership_level")), 3);
        QVERIFY(isNull(loaded->row.values.at("bio")));
    }

    void anUncommittedTransactionLeavesNothing()
    {
        auto store = open(file("rollback.db"));
        const auto id = newTestId();
        {
            Store::Transaction transaction(*store);
            store->saveRow(*findTable("group"), id, rowOf({{"name", "Never"}}));
        }
        QVERIFY(!store->loadRow(*findTable("group"), id));
        QVERIFY(store->changesAfter(0, 10).empty());
        {
            Store::Transaction transaction(*store);
            store->saveRow(*findTable("group"), id, rowOf({{"name", "Kept"}}));
            transaction.commit();
        }
        QVERIFY(store->loadRow(*findTable("group"), id));
    }

    void accountsDevicesAndSessions()
    {
        auto store = open(file("accounts.db"));
        const auto personId = newTestId();
        store->saveRow(*findTable("person"), personId, rowOf({{"display_name", "Ana"}}));
        store->insertAccount(Account {personId, "Ana@Example.org", "hash", 5, std::nullopt});
        QCOMPARE(store->findAccountByEmail("ana@example.ORG")->personId, personId);
        QVERIFY(!store->findAccountByEmail("jose@example.org"));
        QVERIFY_THROWS_EXCEPTION(
            StoreError, store->insertAccount(Account {personId, "ANA@example.org", "h", 6, std::nullopt}));
        // When the membership became active: none while an applicant, then the approval's time.
        QVERIFY(!store->findAccountByPerson(personId)->memberSince);
        store->setMemberSince(personId, 8);
        QCOMPARE(*store->findAccountByPerson(personId)->memberSince, 8);
        store->setMemberSince(personId, std::nullopt);
        QVERIFY(!store->findAccountByEmail("ana@example.org")->memberSince);

        const auto deviceId = newTestId();
        store->saveDevice(Device {deviceId, personId, 0, 7, std::nullopt});
        auto device = store->findDevice(deviceId);
        QCOMPARE(device->lastMid, 0);
        device->lastMid = 42;
        device->revokedAt = 9;
        store->saveDevice(*device);
        QCOMPARE(store->findDevice(deviceId)->lastMid, 42);
        QCOMPARE(*store->findDevice(deviceId)->revokedAt, 9);

        store->insertSession(Session {"digest-1", deviceId, personId, 10, 100});
        store->insertSession(Session {"digest-2", deviceId, personId, 10, 200});
        QCOMPARE(store->findSession("digest-1")->expiresAt, 100);
        store->deleteSessionsExpiredBefore(150);
        QVERIFY(!store->findSession("digest-1"));
        QVERIFY(store->findSession("digest-2"));
        store->deleteSession("digest-2");
        QVERIFY(!store->findSession("digest-2"));
    }

    void curatorshipNeedsAnActiveCuratorMembership()
    {
        auto store = open(file("curators.db"));
        const auto person = newTestId();
        const auto group = newTestId();
        const TableDef &membership = *findTable("membership");
        const auto id = newTestId();
        store->saveRow(membership, id,
            rowOf({{"person_id", person}, {"group_id", group}, {"state", "pending"}, {"role", "curator"}}));
        QVERIFY(!store->isActiveCurator(person, group));
        store->saveRow(membership, id,
            rowOf({{"person_id", person}, {"group_id", group}, {"state", "active"}, {"role", "curator"}}));
        QVERIFY(store->isActiveCurator(person, group));
        QVERIFY(!store->isActiveCurator(person, newTestId()));
        QCOMPARE(store->countActiveCurators(group), 1u);
        store->saveRow(membership, newTestId(),
            rowOf({{"person_id", newTestId()}, {"group_id", group}, {"state", "active"}, {"role", "curator"}}));
        store->saveRow(membership, newTestId(),
            rowOf({{"person_id", newTestId()}, {"group_id", group}, {"state", "active"}, {"role", "member"}}));
        QCOMPARE(store->countActiveCurators(group), 2u);
        auto removed = store->loadRow(membership, id)->row;
        removed.deleted = true;
        store->saveRow(membership, id, removed);
        QVERIFY(!store->isActiveCurator(person, group));
    }

    void settingsAreReplaced()
    {
        auto store = open(file("settings.db"));
        store->setSetting("demo.people", "10");
        store->setSetting("demo.people", "20");
        QCOMPARE(*store->setting("demo.people"), "20");
    }

    void flushLogReportsWhatKeepsTheLogFromBeingEmptied()
    {
        const auto path = file("flush.db");
        auto store = open(path);
        store->setFlushRetry(2, 20);
        store->setSetting("erased", "first");
        QVERIFY(store->flushLog().ok());
        QCOMPARE(QFileInfo(QString::fromStdString(path + "-wal")).size(), 0);

        // Another program (a backup tool, the sqlite3 shell) holds an older snapshot of the file.
        sqlite3 *reader = nullptr;
        QCOMPARE(sqlite3_open(path.c_str(), &reader), SQLITE_OK);
        QCOMPARE(sqlite3_exec(reader, "BEGIN; SELECT count(*) FROM setting;", nullptr, nullptr, nullptr), SQLITE_OK);
        store->setSetting("erased", "second");
        const Status flushed = store->flushLog();
        QVERIFY2(!flushed.ok(), "a log that still holds the erased values was reported as flushed");
        QCOMPARE(flushed.error().code, std::string("scrub_failed"));
        QVERIFY(QString::fromStdString(flushed.error().message).contains(QStringLiteral("-wal")));
        QVERIFY(QFileInfo(QString::fromStdString(path + "-wal")).size() > 0);

        QCOMPARE(sqlite3_exec(reader, "COMMIT", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(reader);
        QVERIFY(store->flushLog().ok());
        QCOMPARE(QFileInfo(QString::fromStdString(path + "-wal")).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSqliteStore)
#include "tst_sqlitestore.moc"
