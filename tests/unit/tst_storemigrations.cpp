#include "desktop/core/LocalStore.h"
#include "desktop/core/NameCollation.h"
#include "desktop/core/StoreMigrations.h"

#include "common/Clock.h"
#include "common/Hlc.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace commonroom;

// A device's database opened by this version, whatever earlier version made it: the rows, the
// unsent edits and their shadows, the settings and the sync problems survive, and the schema ends
// up the same as a freshly made one. Two kinds of earlier file:
// - as each earlier version made it (tests/unit/data/device-schema/vN.sql, made from that
//   version's own code by scripts/device-schema-fixture.sh): the tables and columns of the time;
// - this version's migrations cut off after N: every intermediate state, with today's tables.
namespace {

constexpr const char *kAna = "01890000-0000-7000-8000-00000000000a";
constexpr const char *kAlvaro = "01890000-0000-7000-8000-00000000000b";
constexpr const char *kChidi = "01890000-0000-7000-8000-00000000000c";
constexpr const char *kGroup = "01890000-0000-7000-8000-0000000000a1";
constexpr const char *kMembership = "01890000-0000-7000-8000-0000000000b1";
constexpr const char *kSite = "01890000-0000-7000-8000-0000000000f1";
constexpr std::int64_t kNowMs = 1'700'000'000'000;

// One statement a line, lines starting with "--" left out.
QStringList fixtureStatements(int version)
{
    QFile file(QStringLiteral(COMMONROOM_DEVICE_SCHEMA_DIR "/v%1.sql").arg(version));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList statements;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!line.startsWith(QLatin1String("--")))
            statements << line;
    }
    return statements;
}

QStringList truncatedMigrations(int version)
{
    const auto steps = deviceMigrations();
    QStringList statements;
    for (int i = 0; i < version; ++i) {
        for (const auto &statement : steps[i])
            statements << QString::fromStdString(statement);
    }
    statements << QStringLiteral("PRAGMA user_version=%1").arg(version);
    return statements;
}

// The rows an earlier version held: people, a group and a membership as last pulled, three unsent
// edits (an update, a create, a delete) with the shadows of their rows, the settings of a
// signed-in device and a sync problem. Written with the columns every version had.
QStringList representativeRows()
{
    const QString hlc1 = QString::number(Hlc::pack(kNowMs - 3000, 0));
    const QString hlc2 = QString::number(Hlc::pack(kNowMs - 2000, 0));
    const QString hlc3 = QString::number(Hlc::pack(kNowMs - 1000, 0));
    return {
        // Ana's bio as edited on the device; the shadow keeps the daemon's.
        QStringLiteral("INSERT INTO person (id, display_name, email, email_visibility, bio, role) VALUES "
                       "('%1', 'Ana García', 'ana@example.org', 'members', 'gardener and cook', 'leader')")
            .arg(QLatin1String(kAna)),
        QStringLiteral("INSERT INTO person (id, display_name, bio) VALUES ('%1', 'Álvaro Núñez', 'beekeeper')")
            .arg(QLatin1String(kAlvaro)),
        // Created on the device, not sent yet.
        QStringLiteral("INSERT INTO person (id, display_name) VALUES ('%1', 'Chidi Okafor')")
            .arg(QLatin1String(kChidi)),
        QStringLiteral("INSERT INTO \"group\" (id, name, kind) VALUES ('%1', 'Gardeners', 'open')")
            .arg(QLatin1String(kGroup)),
        // Ana's membership was deleted on the device (the row is gone, its shadow remains).
        QStringLiteral("INSERT INTO outbox (mid, tbl, row_id, fields, hlc, deleted, created_ms) VALUES "
                       "(1, 'person', '%1', '{\"bio\":\"gardener and cook\"}', %2, 0, %3)")
            .arg(QLatin1String(kAna), hlc1)
            .arg(kNowMs - 3000),
        QStringLiteral("INSERT INTO outbox (mid, tbl, row_id, fields, hlc, deleted, created_ms) VALUES "
                       "(2, 'person', '%1', '{\"display_name\":\"Chidi Okafor\"}', %2, 0, %3)")
            .arg(QLatin1String(kChidi), hlc2)
            .arg(kNowMs - 2000),
        QStringLiteral("INSERT INTO outbox (mid, tbl, row_id, fields, hlc, deleted, created_ms) VALUES "
                       "(3, 'membership', '%1', '{}', %2, 1, %3)")
            .arg(QLatin1String(kMembership), hlc3)
            .arg(kNowMs - 1000),
        QStringLiteral("INSERT INTO shadow (tbl, row_id, present, fields) VALUES ('person', '%1', 1, "
                       "'{\"display_name\":\"Ana García\",\"email\":\"ana@example.org\",\"email_visibility\":"
                       "\"members\",\"bio\":\"gardener\",\"role\":\"leader\"}')")
            .arg(QLatin1String(kAna)),
        QStringLiteral("INSERT INTO shadow (tbl, row_id, present, fields) VALUES ('person', '%1', 0, '{}')")
            .arg(QLatin1String(kChidi)),
        QStringLiteral("INSERT INTO shadow (tbl, row_id, present, fields) VALUES ('membership', '%1', 1, "
                       "'{\"person_id\":\"%2\",\"group_id\":\"%3\",\"state\":\"active\",\"role\":\"member\"}')")
            .arg(QLatin1String(kMembership), QLatin1String(kAna), QLatin1String(kGroup)),
        QStringLiteral("INSERT OR REPLACE INTO setting (key, value) VALUES ('site_id', '%1')")
            .arg(QLatin1String(kSite)),
        QStringLiteral("INSERT OR REPLACE INTO setting (key, value) VALUES ('last_mid', '3')"),
        QStringLiteral("INSERT OR REPLACE INTO setting (key, value) VALUES ('hlc', '%1')").arg(hlc3),
        QStringLiteral("INSERT OR REPLACE INTO setting (key, value) VALUES ('cursor', 'c-42')"),
        QStringLiteral("INSERT OR REPLACE INTO setting (key, value) VALUES ('server', 'https://127.0.0.1:8443')"),
        QStringLiteral("INSERT OR REPLACE INTO setting (key, value) VALUES ('person_id', '%1')")
            .arg(QLatin1String(kAna)),
        QStringLiteral("INSERT OR REPLACE INTO setting (key, value) VALUES ('role', 'leader')"),
        QStringLiteral("INSERT INTO sync_problem (mid, tbl, row_id, code, message, at_ms) VALUES "
                       "(0, 'person', '%1', 'forbidden', 'Only leaders may change this.', %2)")
            .arg(QLatin1String(kAlvaro))
            .arg(kNowMs - 5000),
    };
}

// Runs `statements` on a new database file, with a connection of its own (as the earlier version
// that made the file); an error names the statement that failed.
QString writeFile(const QString &path, const QStringList &statements)
{
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("earlier"));
        db.setDatabaseName(path);
        if (!db.open())
            return db.lastError().text();
        // A file of this version has name indexes in the order of the collation LOCALE.
        if (auto installed = NameCollation::install(db, QLocale::c()); !installed)
            return QString::fromStdString(installed.error().message);
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            if (!query.exec(statement)) {
                failure = statement.left(80) + QStringLiteral(": ") + query.lastError().text();
                break;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("earlier"));
    return failure;
}

// The schema as sqlite_master has it, one line an object, sorted. `exact`: each object's SQL as
// stored. Otherwise tables by their columns (name, type, constraints; an earlier file gained some
// with ALTER TABLE, which appends them) and other objects by their SQL with "IF NOT EXISTS"
// dropped (earlier versions made some indexes without it).
QStringList schemaOf(const QSqlDatabase &db, bool exact)
{
    QStringList lines;
    QSqlQuery objects(db);
    if (!objects.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master")))
        return {QStringLiteral("unreadable: ") + objects.lastError().text()};
    while (objects.next()) {
        const QString type = objects.value(0).toString();
        const QString name = objects.value(1).toString();
        QString sql = objects.value(3).toString();
        if (exact || type != QLatin1String("table") || sql.startsWith(QLatin1String("CREATE VIRTUAL"))) {
            if (!exact)
                sql.replace(QLatin1String("IF NOT EXISTS "), QString());
            lines << QStringLiteral("%1 %2 on %3: %4").arg(type, name, objects.value(2).toString(), sql);
            continue;
        }
        QSqlQuery columns(db);
        columns.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(name));
        QStringList described;
        while (columns.next())
            described << QStringLiteral("%1 %2%3%4%5")
                             .arg(columns.value(1).toString(), columns.value(2).toString(),
                                 columns.value(3).toBool() ? QStringLiteral(" NOT NULL") : QString(),
                                 columns.value(4).isNull() ? QString()
                                                           : QStringLiteral(" DEFAULT ") + columns.value(4).toString(),
                                 columns.value(5).toInt() ? QStringLiteral(" KEY%1").arg(columns.value(5).toInt())
                                                          : QString());
        described.sort();
        lines << QStringLiteral("table %1: %2").arg(name, described.join(QStringLiteral(", ")));
    }
    lines.sort();
    return lines;
}

int userVersion(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("PRAGMA user_version")) && query.next() ? query.value(0).toInt() : -1;
}

int count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

std::string text(const std::optional<FieldMap> &row, const std::string &field)
{
    if (!row || !row->contains(field))
        return "<absent>";
    const auto &value = row->at(field);
    return isNull(value) ? "<null>" : toDisplayString(value);
}

} // namespace

class TestStoreMigrations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("db-%1.sqlite").arg(++m_counter)); }

    QStringList freshSchema(bool exact)
    {
        LocalStore fresh(m_clock);
        const auto opened = fresh.open(freshPath());
        if (!opened)
            return {QString::fromStdString(opened.error().message)};
        return schemaOf(fresh.database(), exact);
    }

    // Writes the earlier file, opens it with this version and checks what survived.
    void upgrade(const QStringList &schema, bool exactSchema)
    {
        const QString path = freshPath();
        const QString failure = writeFile(path, schema + representativeRows());
        QVERIFY2(failure.isEmpty(), qPrintable(failure));

        LocalStore store(m_clock);
        const auto opened = store.open(path);
        QVERIFY2(opened.ok(), opened.ok() ? "" : opened.error().message.c_str());

        QCOMPARE(userVersion(store.database()), int(deviceMigrations().size()));
        const QStringList upgraded = schemaOf(store.database(), exactSchema);
        const QStringList fresh = freshSchema(exactSchema);
        for (const QString &line : fresh) {
            if (!upgraded.contains(line))
                qWarning() << "missing:" << line;
        }
        for (const QString &line : upgraded) {
            if (!fresh.contains(line))
                qWarning() << "not in a fresh file:" << line;
        }
        QCOMPARE(upgraded, fresh);

        // The device is still itself, signed in where it was, and resumes its pull.
        QCOMPARE(store.siteId(), QLatin1String(kSite));
        QCOMPARE(store.cursor(), QStringLiteral("c-42"));
        QCOMPARE(store.setting(QStringLiteral("server")), QStringLiteral("https://127.0.0.1:8443"));
        QCOMPARE(store.principal().personId, std::string(kAna));
        QVERIFY(store.principal().role == Role::Leader);

        // The rows, with the unsent edits on them.
        QCOMPARE(
            text(store.row(QStringLiteral("person"), QLatin1String(kAna)), "bio"), std::string("gardener and cook"));
        QCOMPARE(text(store.row(QStringLiteral("person"), QLatin1String(kAlvaro)), "display_name"),
            std::string("Álvaro Núñez"));
        QCOMPARE(text(store.row(QStringLiteral("person"), QLatin1String(kChidi)), "display_name"),
            std::string("Chidi Okafor"));
        QCOMPARE(text(store.row(QStringLiteral("group"), QLatin1String(kGroup)), "name"), std::string("Gardeners"));
        QVERIFY(!store.row(QStringLiteral("membership"), QLatin1String(kMembership)));

        // The unsent edits, as they were queued.
        QCOMPARE(store.pendingCount(), 3);
        const auto pending = store.pendingMutations(10);
        QCOMPARE(pending.size(), std::size_t(3));
        QCOMPARE(pending[0].mid, 1);
        QCOMPARE(pending[0].id, std::string(kAna));
        QCOMPARE(text(pending[0].fields, "bio"), std::string("gardener and cook"));
        QCOMPARE(pending[0].hlc, Hlc::pack(kNowMs - 3000, 0));
        QCOMPARE(pending[1].table, std::string("person"));
        QCOMPARE(text(pending[1].fields, "display_name"), std::string("Chidi Okafor"));
        QCOMPARE(pending[2].table, std::string("membership"));
        QVERIFY(pending[2].deleted);

        const auto problems = store.syncProblems();
        QCOMPARE(problems.size(), std::size_t(1));
        QCOMPARE(problems[0].code, QStringLiteral("forbidden"));
        QCOMPARE(problems[0].rowId, QLatin1String(kAlvaro));

        // Everyone is in the search index, accents folded, whether the file had one or not.
        QCOMPARE(
            count(store.database(), QStringLiteral("SELECT count(*) FROM person_fts WHERE person_fts MATCH 'cook'")),
            1);
        QCOMPARE(
            count(store.database(), QStringLiteral("SELECT count(*) FROM person_fts WHERE person_fts MATCH 'alvar*'")),
            1);
        QVERIFY(!store.isSearchIndexRebuilding());

        // The shadows still work: a pulled change lands under the unsent edit, and the daemon's
        // refusal of that edit brings back what it sent.
        protocol::PullResponse page;
        page.changes.push_back(protocol::Change {7, "person", kAna,
            FieldMap {{"display_name", std::string("Ana García")}, {"email", std::string("ana@example.net")},
                {"bio", std::string("gardener")}, {"role", std::string("leader")}},
            false});
        page.cursor = "c-43";
        QVERIFY(store.applyPullPage(page).ok());
        QCOMPARE(
            text(store.row(QStringLiteral("person"), QLatin1String(kAna)), "email"), std::string("ana@example.net"));
        QCOMPARE(
            text(store.row(QStringLiteral("person"), QLatin1String(kAna)), "bio"), std::string("gardener and cook"));
        protocol::PushResponse answer;
        answer.acked = {2, 3};
        answer.rejected.push_back(protocol::Rejection {1, "forbidden", "No."});
        QVERIFY(store.applyPushResult(answer).ok());
        QCOMPARE(store.pendingCount(), 0);
        QCOMPARE(text(store.row(QStringLiteral("person"), QLatin1String(kAna)), "bio"), std::string("gardener"));
        QCOMPARE(text(store.row(QStringLiteral("person"), QLatin1String(kChidi)), "display_name"),
            std::string("Chidi Okafor"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_clock.setMs(kNowMs);
    }

    void fromEachEarlierVersionAsItMadeTheFile_data()
    {
        QTest::addColumn<int>("version");
        // Every earlier version has its fixture: a new migration needs the file of the version
        // before it (scripts/device-schema-fixture.sh).
        for (int version = 1; version < int(deviceMigrations().size()); ++version)
            QTest::addRow("version %d", version) << version;
    }

    void fromEachEarlierVersionAsItMadeTheFile()
    {
        QFETCH(int, version);
        const QStringList schema = fixtureStatements(version);
        QVERIFY2(!schema.isEmpty(), "no fixture for this version in tests/unit/data/device-schema");
        QCOMPARE(schema.last(), QStringLiteral("PRAGMA user_version=%1;").arg(version));
        upgrade(schema, /*exactSchema=*/false);
    }

    void fromEachEarlierStepOfTheMigrations_data()
    {
        QTest::addColumn<int>("version");
        for (int version = 1; version < int(deviceMigrations().size()); ++version)
            QTest::addRow("version %d", version) << version;
    }

    void fromEachEarlierStepOfTheMigrations()
    {
        QFETCH(int, version);
        upgrade(truncatedMigrations(version), /*exactSchema=*/true);
    }

    // Migration 7: the groups list's counts read membership_by_group_state, in a file of version 6
    // that lacks it and in one where the groups window of that version had already made it.
    void groupCountsIndexedFromVersion6_data()
    {
        QTest::addColumn<bool>("madeByTheGroupsWindow");
        QTest::newRow("absent") << false;
        QTest::newRow("made by the groups window") << true;
    }

    void groupCountsIndexedFromVersion6()
    {
        QFETCH(bool, madeByTheGroupsWindow);
        QStringList statements = fixtureStatements(6);
        QVERIFY(!statements.isEmpty());
        if (madeByTheGroupsWindow)
            statements << QStringLiteral(
                "CREATE INDEX IF NOT EXISTS membership_by_group_state ON membership (group_id, state, role)");
        const QString path = freshPath();
        const QString failure = writeFile(path, statements + representativeRows());
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("version6"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QCOMPARE(count(db,
                         QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'membership_by_group_state'")),
                madeByTheGroupsWindow ? 1 : 0);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("version6"));

        LocalStore store(m_clock);
        const auto opened = store.open(path);
        QVERIFY2(opened.ok(), opened.ok() ? "" : opened.error().message.c_str());
        QCOMPARE(userVersion(store.database()), int(deviceMigrations().size()));
        QSqlQuery plan(store.database());
        QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT COUNT(*) FROM membership m "
                                         "WHERE m.group_id = 'g' AND m.state = 'active' AND m.role = 'curator'")));
        QString steps;
        while (plan.next())
            steps += plan.value(3).toString() + QLatin1Char('\n');
        QVERIFY2(steps.contains(QLatin1String("membership_by_group_state")), qPrintable(steps));
        QCOMPARE(text(store.row(QStringLiteral("group"), QLatin1String(kGroup)), "name"), std::string("Gardeners"));
    }

    // Migration 8: the approval queue and the requests to join are read through partial indexes,
    // also in a file where the Home dashboard had made the requests' index itself.
    void applicantsAndRequestsHaveTheirIndexes()
    {
        const QString path = freshPath();
        const QString failure = writeFile(path,
            fixtureStatements(7) + representativeRows()
                + QStringList {QStringLiteral(
                    "CREATE INDEX IF NOT EXISTS membership_pending ON membership (state) WHERE state = 'pending'")});
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        const auto plan = [](const QSqlDatabase &db, const QString &sql) {
            QSqlQuery query(db);
            QStringList steps;
            if (!query.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql))
                return query.lastError().text();
            while (query.next())
                steps << query.value(3).toString();
            return steps.join(QLatin1String("; "));
        };
        // The approval queue's read (Admission::waitingApplicants).
        const QString applicants = QStringLiteral(
            "SELECT id, display_name, email, applied_at, coalesce(admission_state, 'applied'), admission_message, bio "
            "FROM person WHERE role = 'applicant' AND coalesce(admission_state, 'applied') IN ('applied', "
            "'needs_info') ORDER BY applied_at IS NULL, applied_at, display_name COLLATE LOCALE, id");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("version 7"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(NameCollation::install(db, QLocale::c()).ok());
            // Before: the whole directory read, then sorted.
            QCOMPARE(plan(db, applicants), QStringLiteral("SCAN person; USE TEMP B-TREE FOR ORDER BY"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("version 7"));

        LocalStore store(m_clock);
        const auto opened = store.open(path);
        QVERIFY2(opened.ok(), opened.ok() ? "" : opened.error().message.c_str());
        QCOMPARE(count(store.database(),
                     QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN "
                                    "('person_applicants', 'membership_pending')")),
            2);
        // After: the index alone, already in order.
        QCOMPARE(
            plan(store.database(), applicants), QStringLiteral("SCAN person USING COVERING INDEX person_applicants"));
        QVERIFY2(plan(store.database(),
                     QStringLiteral("SELECT id FROM membership WHERE state = 'pending' ORDER BY rowid DESC LIMIT 10"))
                     .contains(QLatin1String("membership_pending")),
            "the pending requests are not read through their index");
    }

    // Migration 9: a file of version 8 (which has no contributions yet) gets the table and the
    // index the entries waiting for a leader are read through (Contributions::unconfirmed).
    void unconfirmedContributionsHaveTheirIndexFromVersion8()
    {
        const QString path = freshPath();
        const QString failure = writeFile(path, fixtureStatements(8) + representativeRows());
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        LocalStore store(m_clock);
        const auto opened = store.open(path);
        QVERIFY2(opened.ok(), opened.ok() ? "" : opened.error().message.c_str());
        QSqlQuery query(store.database());
        QVERIFY(query.exec(QStringLiteral(
            "EXPLAIN QUERY PLAN SELECT id FROM contribution WHERE confirmed_at IS NULL ORDER BY recorded_at, id")));
        QStringList steps;
        while (query.next())
            steps << query.value(3).toString();
        QCOMPARE(
            steps.join(QLatin1String("; ")), QStringLiteral("SCAN contribution USING INDEX contribution_unconfirmed"));
        QVERIFY(store
                    .createRow(QStringLiteral("contribution"),
                        {{"person_id", std::string(kAna)}, {"area", std::string("support")},
                            {"kind", std::string("call")}, {"done_on", std::string("2026-11-30")}})
                    .ok());
    }

    // The comparison finds a difference: a file missing an index is not taken for a fresh one.
    void schemaComparisonSeesAMissingIndex()
    {
        LocalStore store(m_clock);
        QVERIFY(store.open(freshPath()).ok());
        const QStringList before = schemaOf(store.database(), false);
        QVERIFY(QSqlQuery(store.database()).exec(QStringLiteral("DROP INDEX outbox_by_row")));
        QVERIFY(schemaOf(store.database(), false) != before);
        QCOMPARE(before, freshSchema(false));
    }

    // A file of a newer version is refused and left as it was.
    void newerVersionIsRefusedAndLeftAlone()
    {
        const QString path = freshPath();
        const int newer = int(deviceMigrations().size()) + 1;
        QVERIFY(writeFile(path,
            truncatedMigrations(int(deviceMigrations().size())) + representativeRows()
                + QStringList {QStringLiteral("PRAGMA user_version=%1").arg(newer)})
                    .isEmpty());
        LocalStore store(m_clock);
        const auto opened = store.open(path);
        QVERIFY(!opened);
        QVERIFY2(opened.error().message.find("newer Commonroom") != std::string::npos, opened.error().message.c_str());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("after"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QCOMPARE(userVersion(db), newer);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM outbox")), 3);
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("after"));
    }
};

QTEST_GUILESS_MAIN(TestStoreMigrations)
#include "tst_storemigrations.moc"
