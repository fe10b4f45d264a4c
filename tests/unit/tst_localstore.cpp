#include "desktop/core/LocalStore.h"

#include "common/Clock.h"
#include "common/Hlc.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace commonroom;

namespace {
std::string str(const std::optional<FieldMap> &row, const std::string &field)
{
    if (!row || !row->contains(field))
        return "<absent>";
    const auto &value = row->at(field);
    return isNull(value) ? "<null>" : toDisplayString(value);
}

protocol::PullResponse page(
    std::vector<protocol::Change> changes, std::string cursor, std::vector<protocol::RowRef> purge = {})
{
    protocol::PullResponse response;
    response.changes = std::move(changes);
    response.purge = std::move(purge);
    response.cursor = std::move(cursor);
    return response;
}

// Another program (Python's sqlite3) reads the database and holds its snapshot until its input
// is closed; it prints "holding" once it does.
void startHoldingReader(QProcess &reader, const QString &path)
{
    reader.start(QStringLiteral("python3"),
        {QStringLiteral("-c"),
            QStringLiteral("import sqlite3, sys\n"
                           "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
                           "c.execute('BEGIN')\n"
                           "c.execute('SELECT count(*) FROM person').fetchone()\n"
                           "print('holding', flush=True)\n"
                           "sys.stdin.read()\n"
                           "c.execute('COMMIT')\n"),
            path});
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The database and its write-ahead log, as another program could read them.
QByteArray filesOf(const QString &databasePath)
{
    return bytesOf(databasePath) + bytesOf(databasePath + QStringLiteral("-wal"));
}

// Overwrites the root page of `table` with noise, as a bad disk sector would.
bool damageTable(const QString &databasePath, const QString &table)
{
    int rootPage = 0;
    int pageSize = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damager"));
        db.setDatabaseName(databasePath);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = '%1'").arg(table))
                && query.next())
                rootPage = query.value(0).toInt();
            if (query.exec(QStringLiteral("PRAGMA page_size")) && query.next())
                pageSize = query.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damager"));
    QFile file(databasePath);
    if (rootPage <= 1 || pageSize <= 0 || !file.open(QIODevice::ReadWrite)
        || !file.seek(qint64(rootPage - 1) * pageSize))
        return false;
    QByteArray noise(pageSize, '\0');
    for (int i = 0; i < pageSize; ++i)
        noise[i] = char((i * 151 + 7) % 251);
    return file.write(noise) == pageSize;
}

protocol::Change personChange(std::int64_t seq, const std::string &id, FieldMap fields)
{
    return protocol::Change {seq, "person", id, std::move(fields), false};
}
} // namespace

class TestLocalStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<LocalStore> m_store;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("db-%1.sqlite").arg(++m_counter)); }

private Q_SLOTS:
    void init()
    {
        m_clock.setMs(1'700'000'000'000);
        m_store = std::make_unique<LocalStore>(m_clock);
        const auto opened = m_store->open(freshPath());
        QVERIFY2(opened.ok(), opened.ok() ? "" : opened.error().message.c_str());
    }

    void cleanup() { m_store.reset(); }

    void editWritesRowAndOutboxTogether()
    {
        QSignalSpy changed(m_store.get(), &LocalStore::tableChanged);
        auto id = m_store->createRow("person", {{"display_name", std::string("Ana García")}});
        QVERIFY(id.ok());
        QCOMPARE(str(m_store->row("person", *id), "display_name"), std::string("Ana García"));
        QCOMPARE(m_store->pendingCount(), 1);
        const auto pending = m_store->pendingMutations(10);
        QCOMPARE(pending.size(), std::size_t(1));
        QCOMPARE(pending[0].mid, 1);
        QCOMPARE(pending[0].id, id->toStdString());
        QVERIFY(pending[0].hlc > 0);
        QCOMPARE(changed.count(), 1);

        QVERIFY(m_store->updateRow("person", *id, {{"bio", std::string("Gardener")}}).ok());
        const auto both = m_store->pendingMutations(10);
        QCOMPARE(both.size(), std::size_t(2));
        QCOMPARE(both[1].mid, 2);
        QVERIFY(both[1].hlc > both[0].hlc);
    }

    void invalidEditChangesNothing()
    {
        auto id = m_store->createRow("person", {{"display_name", std::string("Ana")}});
        QVERIFY(id.ok());
        auto unknown = m_store->updateRow("person", *id, {{"password", std::string("x")}});
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, std::string("unknown_field"));
        auto wrongType = m_store->updateRow("person", *id, {{"leadership_level", std::string("high")}});
        QCOMPARE(wrongType.error().code, std::string("wrong_type"));
        // Off the leadership ladder (docs/organizing.md): refused, naming the person and the range.
        auto offLadder = m_store->updateRow("person", *id, {{"leadership_level", std::int64_t(9)}});
        QCOMPARE(offLadder.error().code, std::string("invalid_value"));
        QCOMPARE(offLadder.error().message,
            std::string("Level 9 for Ana is not on the leadership ladder: levels go from 1 to 5."));
        QVERIFY(!m_store->updateRow("person", "no-such-id", {{"bio", std::string("x")}}).ok());
        QVERIFY(!m_store->createRow("spaceship", {{"name", std::string("x")}}).ok());
        QCOMPARE(m_store->pendingCount(), 1);
        QVERIFY(isNull(m_store->row("person", *id)->at("leadership_level")));
    }

    void failedWriteLeavesNothingHalfDone()
    {
        // Make the outbox insert fail after the row was written inside the same transaction.
        QSqlQuery trigger(m_store->database());
        QVERIFY(
            trigger.exec("CREATE TRIGGER refuse BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'disk full'); END"));
        auto id = m_store->createRow("person", {{"display_name", std::string("Half Done")}});
        QVERIFY(!id.ok());
        QVERIFY(QString::fromStdString(id.error().message).contains("disk full"));
        QSqlQuery count(m_store->database());
        QVERIFY(count.exec("SELECT count(*) FROM person") && count.next());
        QCOMPARE(count.value(0).toInt(), 0);
        QVERIFY(count.exec("SELECT count(*) FROM shadow") && count.next());
        QCOMPARE(count.value(0).toInt(), 0);
        QCOMPARE(m_store->pendingCount(), 0);
        QVERIFY(m_store->setting("last_mid").isEmpty());
    }

    void editsSurviveReopening()
    {
        const QString path = m_store->path();
        auto id = m_store->createRow("person", {{"display_name", std::string("Offline Edit")}});
        QVERIFY(id.ok());
        const QString site = m_store->siteId();
        m_store.reset();
        LocalStore reopened(m_clock);
        QVERIFY(reopened.open(path).ok());
        QCOMPARE(reopened.pendingCount(), 1);
        QCOMPARE(reopened.siteId(), site);
        QCOMPARE(str(reopened.row("person", *id), "display_name"), std::string("Offline Edit"));
        auto next = reopened.createRow("person", {{"display_name", std::string("Second")}});
        QVERIFY(next.ok());
        QCOMPARE(reopened.pendingMutations(10).back().mid, 2);
    }

    static bool othersMayRead(const QString &path)
    {
        const auto others
            = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
        return (QFileInfo(path).permissions() & others) != 0;
    }

    void onlyTheUserMayReadTheFiles()
    {
        const QString path = m_store->path();
        QVERIFY(m_store->createRow("person", {{"display_name", std::string("Private Person")}}).ok());
        QVERIFY(!othersMayRead(path));
        QVERIFY(QFileInfo::exists(path + "-wal"));
        QVERIFY(!othersMayRead(path + "-wal"));
        m_store.reset();

        // A file an earlier version left readable by everyone is closed to others when opened.
        QVERIFY(QFile::setPermissions(
            path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QVERIFY(othersMayRead(path));
        LocalStore reopened(m_clock);
        QVERIFY(reopened.open(path).ok());
        QVERIFY(!othersMayRead(path));
        QVERIFY(reopened.database().tables().contains("person"));
    }

    void pullReplacesRowsAndKeepsPendingEditsOnTop()
    {
        const std::string id = "0190c0de-0000-7000-8000-000000000001";
        QVERIFY(m_store
                    ->applyPullPage(page({{1, "person", id,
                                             {{"display_name", std::string("Ana")}, {"bio", std::string("server bio")},
                                                 {"email", std::string("ana@example.org")}},
                                             false}},
                        "1"))
                    .ok());
        QCOMPARE(m_store->cursor(), QString("1"));
        QVERIFY(m_store->updateRow("person", QString::fromStdString(id), {{"bio", std::string("my bio")}}).ok());

        // The daemon sends a newer version of the row: the email is gone (no longer visible), the
        // name changed elsewhere. The local, unsent bio stays on top.
        QVERIFY(
            m_store
                ->applyPullPage(page({{2, "person", id,
                                         {{"display_name", std::string("Ana G.")}, {"bio", std::string("server bio")},
                                             {"future_column", std::string("ignored")}},
                                         false}},
                    "2"))
                .ok());
        const auto row = m_store->row("person", QString::fromStdString(id));
        QCOMPARE(str(row, "display_name"), std::string("Ana G."));
        QCOMPARE(str(row, "bio"), std::string("my bio"));
        QCOMPARE(str(row, "email"), std::string("<null>"));
        QVERIFY(!row->contains("future_column"));
        QCOMPARE(m_store->pendingCount(), 1);

        // Once acked, the shadow goes; the row stays as sent until the next pull.
        const auto mid = m_store->pendingMutations(1).front().mid;
        QVERIFY(m_store->applyPushResult(protocol::PushResponse {{mid}, {}}).ok());
        QCOMPARE(m_store->pendingCount(), 0);
        QSqlQuery shadows(m_store->database());
        QVERIFY(shadows.exec("SELECT count(*) FROM shadow") && shadows.next());
        QCOMPARE(shadows.value(0).toInt(), 0);
        QCOMPARE(str(m_store->row("person", QString::fromStdString(id)), "bio"), std::string("my bio"));
    }

    void rejectedEditIsRevertedAndReported()
    {
        const std::string id = "0190c0de-0000-7000-8000-000000000002";
        QVERIFY(
            m_store
                ->applyPullPage(page(
                    {{1, "person", id, {{"display_name", std::string("Bo")}, {"bio", std::string("original")}}, false}},
                    "1"))
                .ok());
        QVERIFY(m_store->updateRow("person", QString::fromStdString(id), {{"bio", std::string("refused")}}).ok());
        QVERIFY(m_store->updateRow("person", QString::fromStdString(id), {{"pronouns", std::string("they")}}).ok());
        const auto pending = m_store->pendingMutations(10);
        QCOMPARE(pending.size(), std::size_t(2));

        // The first edit is refused, the one behind it goes through.
        protocol::PushResponse response {{pending[1].mid}, {{pending[0].mid, "forbidden", "Not yours to change."}}};
        QVERIFY(m_store->applyPushResult(response).ok());
        const auto row = m_store->row("person", QString::fromStdString(id));
        QCOMPARE(str(row, "bio"), std::string("original"));
        QCOMPARE(m_store->pendingCount(), 0);
        const auto problems = m_store->syncProblems();
        QCOMPARE(problems.size(), std::size_t(1));
        QCOMPARE(problems[0].code, QString("forbidden"));
        QCOMPARE(problems[0].rowId, QString::fromStdString(id));
        // The refused value left the row, but what was typed is still there to see.
        QCOMPARE(str(problems[0].fields, "bio"), std::string("refused"));
    }

    void pendingChangesAreTakenUpToAByteBudget()
    {
        for (int i = 0; i < 5; ++i)
            QVERIFY(m_store->createRow("person", {{"bio", std::string(3000, char('a' + i))}}).ok());
        const auto all = m_store->pendingMutations(10);
        QCOMPARE(all.size(), std::size_t(5));
        const std::size_t one = protocol::encodedSize(all[0]);
        // Two and a comma fit; a third does not.
        const auto two = m_store->pendingMutations(10, 3 * one);
        QCOMPARE(two.size(), std::size_t(2));
        QCOMPARE(two[1].mid, all[1].mid);
        QCOMPARE(m_store->pendingMutations(10, 3 * one + 2).size(), std::size_t(3));
        // The oldest comes even when it alone is over the budget, so a push is never empty.
        const auto first = m_store->pendingMutations(10, 10);
        QCOMPARE(first.size(), std::size_t(1));
        QCOMPARE(first[0].mid, all[0].mid);
        QCOMPARE(m_store->pendingMutations(2).size(), std::size_t(2));
    }

    void timestampsFromTheDaemonMoveTheHlcForward()
    {
        // This device's clock is three hours slow.
        m_clock.setMs(1'700'000'000'000 - 3 * 3'600'000);
        const std::uint64_t pulled = Hlc::pack(1'700'000'000'000, 4);
        auto newer = page(
            {{1, "person", "0190c0de-0000-7000-8000-000000000009", {{"bio", std::string("newer")}}, false}}, "1");
        newer.hlc = pulled;
        QVERIFY(m_store->applyPullPage(newer).ok());
        QVERIFY(
            m_store->updateRow("person", "0190c0de-0000-7000-8000-000000000009", {{"bio", std::string("mine")}}).ok());
        const auto edited = m_store->pendingMutations(1).front();
        QVERIFY2(edited.hlc > pulled, "an edit made after seeing a value is stamped after it");

        // The daemon's time in a push answer counts too, and how far off this clock is, is kept.
        const std::int64_t daemonNow = 1'700'000'000'000 + 3'600'000;
        QVERIFY(m_store->applyPushResult(protocol::PushResponse {{edited.mid}, {}, daemonNow}).ok());
        QCOMPARE(m_store->setting("clock_offset_ms").toLongLong(), qint64(m_clock.nowMs() - daemonNow));
        QVERIFY(m_store->createRow("person", {{"bio", std::string("later")}}).ok());
        QVERIFY(m_store->pendingMutations(1).front().hlc > Hlc::pack(daemonNow, 0));
    }

    void rejectedCreateDisappears()
    {
        auto id = m_store->createRow("person", {{"display_name", std::string("Not Allowed")}});
        QVERIFY(id.ok());
        const auto mid = m_store->pendingMutations(1).front().mid;
        QVERIFY(
            m_store->applyPushResult(protocol::PushResponse {{}, {{mid, "forbidden", "Members cannot add people."}}})
                .ok());
        QVERIFY(!m_store->row("person", *id));
    }

    void refusedEditAfterAnAcceptedOneKeepsTheAcceptedOne()
    {
        auto id = m_store->createRow("person", {{"display_name", std::string("Kept")}, {"bio", std::string("first")}});
        QVERIFY(id.ok());
        QVERIFY(m_store->updateRow("person", *id, {{"bio", std::string("refused")}}).ok());
        const auto pending = m_store->pendingMutations(10);
        QCOMPARE(pending.size(), std::size_t(2));
        // Acked and refused in separate answers, as happens across two pushes.
        QVERIFY(m_store->applyPushResult(protocol::PushResponse {{pending[0].mid}, {}}).ok());
        QVERIFY(m_store->applyPushResult(protocol::PushResponse {{}, {{pending[1].mid, "forbidden", "No."}}}).ok());
        const auto row = m_store->row("person", *id);
        QCOMPARE(str(row, "display_name"), std::string("Kept"));
        QCOMPARE(str(row, "bio"), std::string("first"));

        // And within one answer.
        QVERIFY(m_store->updateRow("person", *id, {{"pronouns", std::string("she/her")}}).ok());
        QVERIFY(m_store->updateRow("person", *id, {{"pronouns", std::string("refused")}}).ok());
        const auto next = m_store->pendingMutations(10);
        QVERIFY(
            m_store->applyPushResult(protocol::PushResponse {{next[0].mid}, {{next[1].mid, "forbidden", "No."}}}).ok());
        QCOMPARE(str(m_store->row("person", *id), "pronouns"), std::string("she/her"));
    }

    void purgeAndDeleteRemoveRows()
    {
        const std::string a = "0190c0de-0000-7000-8000-00000000000a";
        const std::string b = "0190c0de-0000-7000-8000-00000000000b";
        QVERIFY(m_store
                    ->applyPullPage(page({{1, "person", a, {{"display_name", std::string("A")}}, false},
                                             {2, "person", b, {{"display_name", std::string("B")}}, false}},
                        "2"))
                    .ok());
        QVERIFY(m_store->applyPullPage(page({{3, "person", a, {}, true}}, "4", {{"person", b}})).ok());
        QVERIFY(!m_store->row("person", QString::fromStdString(a)));
        QVERIFY(!m_store->row("person", QString::fromStdString(b)));
        QCOMPARE(m_store->cursor(), QString("4"));
    }

    void refetchDropsWhatIsNotSentAgainAndKeepsUnsentEdits()
    {
        const std::string kept = "0190c0de-0000-7000-8000-0000000000c1";
        const std::string dropped = "0190c0de-0000-7000-8000-0000000000c2";
        QVERIFY(m_store
                    ->applyPullPage(page(
                        {{1, "person", kept, {{"display_name", std::string("Kept")}}, false},
                            {2, "person", dropped,
                                {{"display_name", std::string("Gone")}, {"email", std::string("gone@example.org")}},
                                false}},
                        "0.2"))
                    .ok());
        auto mine = m_store->createRow("person", {{"display_name", std::string("Unsent")}});
        QVERIFY(mine.ok());
        QVERIFY(m_store->beginRefetch().ok());
        QVERIFY(m_store->isRefetching());
        QCOMPARE(m_store->cursor(), QString());
        // Two pages: nothing is dropped until the last one arrived.
        auto first = page({{5, "person", kept, {{"display_name", std::string("Kept again")}}, false}}, "1.5");
        first.hasMore = true;
        QVERIFY(m_store->applyPullPage(first).ok());
        QVERIFY(m_store->row("person", QString::fromStdString(dropped)).has_value());
        QVERIFY(m_store->applyPullPage(page({}, "1.5")).ok());
        QVERIFY(!m_store->isRefetching());
        QCOMPARE(str(m_store->row("person", QString::fromStdString(kept)), "display_name"), std::string("Kept again"));
        QVERIFY(!m_store->row("person", QString::fromStdString(dropped)));
        QVERIFY(m_store->row("person", *mine).has_value());
        QCOMPARE(m_store->pendingCount(), 1);
    }

    void wipeErasesTheCopyAndStartsANewDevice()
    {
        QVERIFY(m_store
                    ->applyPullPage(page({{1, "person", "0190c0de-0000-7000-8000-0000000000d1",
                                             {{"display_name", std::string("Wiped Name")}}, false}},
                        "0.1"))
                    .ok());
        QVERIFY(m_store->createRow("person", {{"display_name", std::string("Unsent")}}).ok());
        QVERIFY(m_store->setSetting("person_id", "someone").ok());
        const QString site = m_store->siteId();
        QVERIFY(m_store->wipe().ok());
        QCOMPARE(m_store->pendingCount(), 0);
        QVERIFY(m_store->setting("person_id").isEmpty());
        QVERIFY(m_store->siteId() != site);
        QSqlQuery count(m_store->database());
        QVERIFY(count.exec("SELECT count(*) FROM person") && count.next());
        QCOMPARE(count.value(0).toInt(), 0);
        QFile file(m_store->path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains("Wiped Name"));
        QVERIFY(!bytes.contains("Unsent"));
    }

    void checksumsFollowTheRowsAndIgnoreHiddenFields()
    {
        const std::string a = "0190c0de-0000-7000-8000-0000000000e1";
        const FieldMap fields {{"display_name", std::string("Ana")}, {"leadership_level", std::int64_t(2)}};
        QVERIFY(m_store->applyPullPage(page({{1, "person", a, fields, false}}, "0.1")).ok());
        TableChecksum expected;
        expected.add(a, fields); // what the daemon computes over the projected row
        QCOMPARE(m_store->checksums().at("person").digest, expected.digest);
        QCOMPARE(m_store->checksums().at("person").count, 1);
        QCOMPARE(m_store->checksums().at("group").count, 0);
        QVERIFY(m_store->updateRow("person", QString::fromStdString(a), {{"bio", std::string("x")}}).ok());
        QVERIFY(m_store->checksums().at("person").digest != expected.digest);
    }

    void scrubThatCannotEmptyTheLogIsReportedAndTriedAgain()
    {
        const QString path = m_store->path();
        const std::string id = "0190a0a0-0000-7000-8000-00000000c0de";
        QVERIFY(m_store
                    ->applyPullPage(
                        page({personChange(1, id, {{"display_name", std::string("Canary Scrub-7f3a")}})}, "0.1"))
                    .ok());
        QVERIFY(!filesOf(path).isEmpty());
        m_store->setScrubRetry(2, 20);
        {
            // Another program (Python's sqlite3) reads the file and holds its snapshot while the row is purged.
            QProcess reader;
            startHoldingReader(reader, path);
            QVERIFY2(reader.waitForReadyRead(30000), reader.readAllStandardError().constData());
            QCOMPARE(reader.readAllStandardOutput().trimmed(), QByteArray("holding"));

            const auto purged = m_store->applyPullPage(page({}, "0.2", {protocol::RowRef {"person", id}}));
            QVERIFY2(!purged.ok(), "a scrub that left the purged value in the files was reported as done");
            QCOMPARE(purged.error().code, std::string("scrub_failed"));
            QVERIFY2(QString::fromStdString(purged.error().message).contains(QStringLiteral("another program")),
                purged.error().message.c_str());
            // The page itself is saved; only the scrub is owed.
            QVERIFY(!m_store->row("person", QString::fromStdString(id)));
            QCOMPARE(m_store->cursor(), QStringLiteral("0.2"));
            QCOMPARE(m_store->setting("scrub_pending"), QStringLiteral("1"));
            QVERIFY(filesOf(path).contains("Canary Scrub-7f3a"));
            QVERIFY(!m_store->scrubLog().ok());

            reader.closeWriteChannel();
            QVERIFY(reader.waitForFinished(30000));
            QCOMPARE(reader.exitCode(), 0);
        }
        // The next pull scrubs, even with nothing new in it.
        QVERIFY(m_store->applyPullPage(page({}, "0.2")).ok());
        QVERIFY(m_store->setting("scrub_pending").isEmpty());
        QCOMPARE(QFileInfo(path + "-wal").size(), 0);
        QVERIFY2(!filesOf(path).contains("Canary Scrub-7f3a"), "the purged value stayed in the files");
    }

    void scrubHeldUpMidPullWaitsForTheLastPageAndThePullGoesOn()
    {
        const QString path = m_store->path();
        const std::string gone = "0190a0a0-0000-7000-8000-00000000c0e0";
        const std::string later = "0190a0a0-0000-7000-8000-00000000c0e1";
        QVERIFY(m_store
                    ->applyPullPage(
                        page({personChange(1, gone, {{"display_name", std::string("Canary Scrub-c4d2")}})}, "0.1"))
                    .ok());
        m_store->setScrubRetry(1, 20);
        QProcess reader;
        startHoldingReader(reader, path);
        QVERIFY2(reader.waitForReadyRead(30000), reader.readAllStandardError().constData());

        // A page with more to come: its scrub fails, is owed, and the pull goes on.
        auto first = page({}, "0.2", {protocol::RowRef {"person", gone}});
        first.hasMore = true;
        QVERIFY2(m_store->applyPullPage(first).ok(), "a page with more to come ended the pull over its scrub");
        QCOMPARE(m_store->setting("scrub_pending"), QStringLiteral("1"));
        auto second = page({personChange(3, later, {{"display_name", std::string("Later Page")}})}, "0.3");
        second.hasMore = true;
        QVERIFY(m_store->applyPullPage(second).ok());
        QCOMPARE(str(m_store->row("person", QString::fromStdString(later)), "display_name"), std::string("Later Page"));
        QVERIFY(filesOf(path).contains("Canary Scrub-c4d2"));

        // The last page tries the owed scrub, and says so when it still cannot be done.
        const auto last = m_store->applyPullPage(page({}, "0.4"));
        QVERIFY(!last.ok());
        QCOMPARE(last.error().code, std::string("scrub_failed"));
        QCOMPARE(m_store->cursor(), QStringLiteral("0.4"));

        reader.closeWriteChannel();
        QVERIFY(reader.waitForFinished(30000));
        QVERIFY(m_store->applyPullPage(page({}, "0.4")).ok());
        QVERIFY(m_store->setting("scrub_pending").isEmpty());
        QVERIFY2(!filesOf(path).contains("Canary Scrub-c4d2"), "the purged value stayed in the files");
    }

    void scrubHeldUpByThisProcessDoesNotBlameAnotherProgram()
    {
        const QString path = m_store->path();
        const std::string id = "0190a0a0-0000-7000-8000-00000000c0df";
        QVERIFY(m_store
                    ->applyPullPage(
                        page({personChange(1, id, {{"display_name", std::string("Canary Scrub-81b4")}})}, "0.1"))
                    .ok());
        m_store->setScrubRetry(1, 20);
        {
            // A connection of this very process keeps its snapshot, as the device's own would while it saves.
            QSqlDatabase own = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("own"));
            own.setDatabaseName(path);
            QVERIFY(own.open());
            QSqlQuery hold(own);
            QVERIFY(hold.exec(QStringLiteral("BEGIN")));
            QVERIFY(hold.exec(QStringLiteral("SELECT count(*) FROM person")) && hold.next());

            const auto purged = m_store->applyPullPage(page({}, "0.2", {protocol::RowRef {"person", id}}));
            QVERIFY(!purged.ok());
            QCOMPARE(purged.error().code, std::string("scrub_failed"));
            const QString message = QString::fromStdString(purged.error().message);
            QVERIFY2(!message.contains(QStringLiteral("another program")), qPrintable(message));
            QVERIFY2(message.contains(QStringLiteral("this device's own saves")), qPrintable(message));
            QCOMPARE(m_store->setting("scrub_pending"), QStringLiteral("1"));

            hold.finish();
            QVERIFY(hold.exec(QStringLiteral("COMMIT")));
            own.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("own"));
        QVERIFY(m_store->scrubLog().ok());
        QVERIFY2(!filesOf(path).contains("Canary Scrub-81b4"), "the purged value stayed in the files");
    }

    void fullDiskIsReportedAsFullNotAsDamage()
    {
        auto kept = m_store->createRow("person", {{"display_name", std::string("Saved Before")}});
        QVERIFY(kept.ok());
        // SQLite's own page limit fails writes exactly as a full disk does (SQLITE_FULL).
        QSqlQuery limit(m_store->database());
        QVERIFY(limit.exec(QStringLiteral("PRAGMA page_count")) && limit.next());
        const int pages = limit.value(0).toInt();
        limit.finish();
        QVERIFY(limit.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
        Status refused;
        for (int i = 0; i < 200 && refused.ok(); ++i) {
            auto created = m_store->createRow(
                "person", {{"display_name", "Filler " + std::to_string(i)}, {"bio", std::string(4000, 'f')}});
            if (!created)
                refused = created.error();
        }
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, std::string("disk_full"));
        const QString message = QString::fromStdString(refused.error().message);
        QVERIFY2(message.contains(QStringLiteral("disk is full")), qPrintable(message));
        QVERIFY(!message.contains(QStringLiteral("damaged")));
        QCOMPARE(str(m_store->row("person", *kept), "display_name"), std::string("Saved Before"));
        // Nothing half-saved: every edit in the outbox has its row.
        for (const auto &mutation : m_store->pendingMutations(1000))
            QVERIFY(m_store->row("person", QString::fromStdString(mutation.id)).has_value());
    }

    void fileCutToNothingIsNotTakenForANewOne()
    {
        const QString path = m_dir.filePath(QStringLiteral("truncated.db"));
        QString site;
        {
            LocalStore store(m_clock);
            QVERIFY(store.open(path).ok());
            site = store.siteId();
            for (const char *name : {"One", "Two", "Three"})
                QVERIFY(store.createRow("person", {{"display_name", std::string(name)}}).ok());
            QCOMPARE(store.pendingCount(), 3);
        }
        QVERIFY(QFile::exists(LocalStore::siteMarkerPath(path)));
        QVERIFY(QFile::resize(path, 0));

        LocalStore reopened(m_clock);
        const auto opened = reopened.open(path);
        QVERIFY2(!opened.ok(), "an empty file that held a copy was silently made a new database");
        QCOMPARE(opened.error().code, std::string("damaged"));
        QVERIFY(QString::fromStdString(opened.error().message).contains(QStringLiteral("recover")));
        QCOMPARE(QFileInfo(path).size(), 0); // left untouched

        // Recovering sets the empty file aside and starts a new device (nothing says which it was).
        const auto recovered = LocalStore::recover(path, m_clock);
        QVERIFY2(recovered.ok(), recovered.ok() ? "" : recovered.error().message.c_str());
        QCOMPARE(recovered->damagedCopy, path + QStringLiteral(".damaged"));
        QVERIFY(QFile::exists(recovered->damagedCopy));
        QCOMPARE(recovered->keptChanges, 0);
        QVERIFY(!recovered->sameDevice);
        LocalStore fresh(m_clock);
        QVERIFY(fresh.open(path).ok());
        QVERIFY(fresh.siteId() != site);

        // An empty file nothing marks (a first start that stopped before writing) is a new database.
        const QString unmarked = m_dir.filePath(QStringLiteral("unmarked.db"));
        QFile empty(unmarked);
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        LocalStore first(m_clock);
        QVERIFY(first.open(unmarked).ok());
    }

    void recoverKeepsTheUnsentChangesOfADamagedFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged-pages.db"));
        QString site;
        QString created;
        std::vector<protocol::Mutation> unsent;
        const std::string edited = "0190a0a0-0000-7000-8000-000000000001";
        const std::string deleted = "0190a0a0-0000-7000-8000-000000000002";
        {
            LocalStore store(m_clock);
            QVERIFY(store.open(path).ok());
            site = store.siteId();
            QVERIFY(store.setSetting("server_url", "https://sync.example.org:8443").ok());
            QVERIFY(store.setSetting("person_id", QString::fromStdString(edited)).ok());
            // Enough people that the person table spans many pages.
            std::vector<protocol::Change> people;
            for (int i = 0; i < 300; ++i) {
                char id[37];
                std::snprintf(id, sizeof id, "0190a0a0-0000-7000-8000-%012d", i + 1);
                people.push_back(personChange(i + 1, id,
                    {{"display_name", "Person " + std::to_string(i)}, {"bio", std::string(300, char('a' + i % 26))}}));
            }
            QVERIFY(store.applyPullPage(page(people, "0.300")).ok());
            auto added = store.createRow("person", {{"display_name", std::string("Walk-in Unsent")}});
            QVERIFY(added.ok());
            created = *added;
            QVERIFY(store.updateRow("person", QString::fromStdString(edited), {{"bio", std::string("edited, unsent")}})
                        .ok());
            QVERIFY(store.deleteRow("person", QString::fromStdString(deleted)).ok());
            unsent = store.pendingMutations(10);
            QCOMPARE(unsent.size(), std::size_t(3));
        }
        QVERIFY(damageTable(path, QStringLiteral("person")));
        const QByteArray damagedBytes = bytesOf(path);
        {
            // The damage shows as damage (not as "storage") wherever it is met.
            LocalStore store(m_clock);
            const auto opened = store.open(path);
            const auto pulled = opened
                ? store.applyPullPage(page({personChange(301, "0190a0a0-0000-7000-8000-000000000003",
                                               {{"display_name", std::string("Changed")}})},
                    "0.301"))
                : Status(opened.error());
            QVERIFY(!pulled.ok());
            QCOMPARE(pulled.error().code, std::string("damaged"));
        }

        const auto recovered = LocalStore::recover(path, m_clock);
        QVERIFY2(recovered.ok(), recovered.ok() ? "" : recovered.error().message.c_str());
        QCOMPARE(recovered->keptChanges, 3);
        QCOMPARE(recovered->unreadableChanges, 0);
        QVERIFY(recovered->sameDevice);
        QCOMPARE(bytesOf(recovered->damagedCopy), damagedBytes); // set aside as it was

        LocalStore fresh(m_clock);
        QVERIFY(fresh.open(path).ok());
        QCOMPARE(fresh.siteId(), site);
        QCOMPARE(fresh.setting("server_url"), QStringLiteral("https://sync.example.org:8443"));
        QVERIFY(fresh.cursor().isEmpty()); // the community is fetched again
        const auto pending = fresh.pendingMutations(10);
        QCOMPARE(pending.size(), unsent.size());
        for (std::size_t i = 0; i < pending.size(); ++i) {
            QCOMPARE(pending[i].mid, unsent[i].mid);
            QCOMPARE(pending[i].id, unsent[i].id);
            QCOMPARE(pending[i].hlc, unsent[i].hlc);
            QCOMPARE(pending[i].deleted, unsent[i].deleted);
            QVERIFY(pending[i].fields == unsent[i].fields);
        }
        // The rows show the unsent changes on top of their last synced state.
        QCOMPARE(str(fresh.row("person", created), "display_name"), std::string("Walk-in Unsent"));
        QCOMPARE(str(fresh.row("person", QString::fromStdString(edited)), "bio"), std::string("edited, unsent"));
        QCOMPARE(str(fresh.row("person", QString::fromStdString(edited)), "display_name"), std::string("Person 0"));
        QVERIFY(!fresh.row("person", QString::fromStdString(deleted)));
        // A new edit comes after them.
        QVERIFY(fresh.createRow("person", {{"display_name", std::string("After")}}).ok());
        QCOMPARE(fresh.pendingMutations(10).back().mid, unsent.back().mid + 1);
        QVERIFY(fresh.pendingMutations(10).back().hlc > unsent.back().hlc);

        // The same changes taken from the set-aside file into another device's copy are that
        // device's own new changes.
        LocalStore other(m_clock);
        QVERIFY(other.open(m_dir.filePath(QStringLiteral("other.db"))).ok());
        QVERIFY(other.createRow("person", {{"display_name", std::string("Other's own")}}).ok());
        const auto salvaged = other.salvageFrom(recovered->damagedCopy);
        QVERIFY(salvaged.ok());
        QCOMPARE(salvaged->keptChanges, 3);
        const auto theirs = other.pendingMutations(10);
        QCOMPARE(theirs.size(), std::size_t(4));
        QCOMPARE(theirs[1].mid, 2);
        QCOMPARE(theirs[3].mid, 4);
        QCOMPARE(theirs[3].id, unsent[2].id);
        QVERIFY(!LocalStore::recover(m_dir.filePath(QStringLiteral("other.db")), m_clock).ok()); // sound: nothing to do
    }

    void damagedUnsentChangesAreFoundWhenOpening()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged-outbox.db"));
        {
            LocalStore store(m_clock);
            QVERIFY(store.open(path).ok());
            for (int i = 0; i < 40; ++i)
                QVERIFY(store
                            .createRow("person",
                                {{"display_name", "Unsent " + std::to_string(i)}, {"bio", std::string(1000, 'u')}})
                            .ok());
        }
        QVERIFY(damageTable(path, QStringLiteral("outbox")));
        LocalStore store(m_clock);
        const auto opened = store.open(path);
        QVERIFY2(!opened.ok(), "a damaged outbox went unnoticed until the next sync");
        QCOMPARE(opened.error().code, std::string("damaged"));
    }

    void damagedFileIsReportedAndLeftAlone()
    {
        const QString path = m_dir.filePath("damaged.db");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray garbage(8192, 'x');
        garbage.replace(0, 16, "not a database!!");
        file.write(garbage);
        file.close();
        const auto before = QCryptographicHash::hash(garbage, QCryptographicHash::Sha256);

        LocalStore store(m_clock);
        auto opened = store.open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, std::string("damaged"));
        QVERIFY(QString::fromStdString(opened.error().message).contains("commonroom-cli recover"));
        QFile check(path);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(check.readAll(), QCryptographicHash::Sha256), before);
    }
};

QTEST_GUILESS_MAIN(TestLocalStore)
#include "tst_localstore.moc"
