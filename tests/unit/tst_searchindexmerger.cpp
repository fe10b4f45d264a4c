// SearchIndexMerger: the search index is merged in small steps after a pull instead of in one
// long 'optimize' inside it, and a value that went away still leaves no trace in the file.

#include "common/Clock.h"
#include "desktop/core/LocalStore.h"
#include "desktop/core/PeopleSearch.h"
#include "desktop/core/SearchIndexMerger.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace commonroom;

namespace {

protocol::Change person(std::int64_t seq, int index, const std::string &bio)
{
    char id[40];
    std::snprintf(id, sizeof id, "0190c0de-0000-7000-8000-%012d", index);
    FieldMap fields {{"display_name", std::string("Person ") + std::to_string(index)},
        {"skills", std::string("carpentry, translation")}};
    if (!bio.empty())
        fields["bio"] = bio;
    return {seq, "person", id, fields, false};
}

PeopleQuery textQuery(const QString &text)
{
    PeopleQuery query;
    query.text = text;
    return query;
}

protocol::PullResponse page(std::vector<protocol::Change> changes, std::int64_t cursor, bool hasMore)
{
    protocol::PullResponse response;
    response.changes = std::move(changes);
    response.cursor = std::to_string(cursor);
    response.hasMore = hasMore;
    return response;
}

QByteArray rawFiles(const QString &dir)
{
    QByteArray all;
    for (const QString &name : QDir(dir).entryList(QDir::Files)) {
        QFile file(QDir(dir).filePath(name));
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

// Turns a device file back into what migration 3 left: a search index with prefixes of 1–3
// letters, user_version 3 (the triggers of migration 3 name the index, so they serve the new one).
void makeVersion3(const QString &path)
{
    const QString connection = QStringLiteral("downgrade");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        // Migration 6's name indexes go first: they name a collation this connection lacks.
        QVERIFY(query.exec(QStringLiteral("DROP INDEX person_by_locale_name")));
        QVERIFY(query.exec(QStringLiteral("DROP INDEX group_by_locale_name")));
        QVERIFY(query.exec(QStringLiteral("DROP INDEX person_applicants")));
        QVERIFY(query.exec(QStringLiteral("DROP INDEX contribution_unconfirmed")));
        QVERIFY(query.exec(QStringLiteral("DROP INDEX contribution_by_area")));
        QVERIFY(query.exec(QStringLiteral("DROP INDEX registration_attended")));
        QVERIFY(query.exec(QStringLiteral("DROP INDEX membership_requests")));
        QVERIFY(query.exec(QStringLiteral("DROP TABLE person_fts")));
        QVERIFY(query.exec(QStringLiteral(
            "CREATE VIRTUAL TABLE person_fts USING fts5(display_name, given_name, family_name, area, neighbourhood, "
            "skills, languages, interests, bio, content='person', content_rowid='rowid', "
            "tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO person_fts(person_fts) VALUES ('rebuild')")));
        QVERIFY(query.exec(QStringLiteral("ALTER TABLE sync_problem DROP COLUMN fields")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version=3")));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

QString indexSql(const LocalStore &store, const QString &name)
{
    QSqlQuery query(store.database());
    query.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = ?"));
    query.addBindValue(name);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

// FTS5's own check of an external-content index against the rows: every row indexed once, with
// its current values.
bool indexMatchesRows(const LocalStore &store)
{
    QSqlQuery query(store.database());
    const bool ok
        = query.exec(QStringLiteral("INSERT INTO person_fts(person_fts, rank) VALUES ('integrity-check', 1)"));
    if (!ok)
        qWarning("%s", qPrintable(query.lastError().text()));
    return ok;
}

std::size_t found(const LocalStore &store, const QString &text)
{
    PeopleSearch search(store.database(), textQuery(text));
    return search.next(100'000)->size();
}

constexpr const char *kLongPrefixes = "prefix='1 2 3 4 5 6'";

} // namespace

class TestSearchIndexMerger : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock;

private Q_SLOTS:
    void mergesInStepsAndScrubsWhatWentAway()
    {
        QTemporaryDir dir;
        LocalStore store(m_clock);
        QVERIFY(store.open(dir.filePath(QStringLiteral("commonroom.db"))).ok());
        SearchIndexMerger merger(store);
        QVERIFY(store.isSearchIndexMergeDeferred());
        QSignalSpy finished(&merger, &SearchIndexMerger::finished);
        QTRY_VERIFY(!merger.isRunning()); // nothing to resume at start

        // A first sync in many pages leaves the index in many segments.
        const std::string canary = "quuxcanary7e1f";
        std::int64_t seq = 0;
        for (int pageNo = 0; pageNo < 20; ++pageNo) {
            std::vector<protocol::Change> changes;
            for (int i = 0; i < 400; ++i) {
                const int index = pageNo * 400 + i;
                changes.push_back(person(++seq, index,
                    index == 7 ? "Builds tables; " + canary : "Gardening and bike repair, " + std::to_string(index)));
            }
            QVERIFY(store.applyPullPage(page(changes, seq, pageNo < 19)).ok());
        }
        // 8,000 rows are below the threshold: no merge yet.
        QVERIFY(!merger.isRunning());
        PeopleSearch found(store.database(), textQuery(QString::fromStdString(canary)));
        QCOMPARE(found.next(10)->size(), std::size_t(1));

        // The person's bio is hidden from this user now: the pull takes the value away and the
        // scrub is due, but the pull itself no longer merges the index.
        QVERIFY(store.applyPullPage(page({person(++seq, 7, "")}, seq, false)).ok());
        QVERIFY(merger.isRunning());
        QVERIFY(finished.wait(60'000));
        QVERIFY(merger.stepsTaken() > 1); // it was done in more than one bounded step
        QVERIFY(store.setting(QStringLiteral("search_index_scrub")).isEmpty());
        QVERIFY2(!rawFiles(dir.path()).contains(QByteArray::fromStdString(canary)),
            "a hidden value stayed in the search index");
        // The index still works.
        PeopleSearch gardeners(store.database(), textQuery(QStringLiteral("gardening")));
        QCOMPARE(gardeners.next(10'000)->size(), std::size_t(7'999));
    }

    void resumesAnUnfinishedScrubAtStart()
    {
        QTemporaryDir dir;
        {
            LocalStore store(m_clock);
            QVERIFY(store.open(dir.filePath(QStringLiteral("commonroom.db"))).ok());
            store.setSearchIndexMergeDeferred(true);
            QVERIFY(store.applyPullPage(page({person(1, 1, "keep"), person(2, 2, "zorbleblip")}, 2, false)).ok());
            QVERIFY(store.applyPullPage(page({person(3, 2, "")}, 3, false)).ok());
            QCOMPARE(store.setting(QStringLiteral("search_index_scrub")), QStringLiteral("1"));
        } // the program ended here
        LocalStore store(m_clock);
        QVERIFY(store.open(dir.filePath(QStringLiteral("commonroom.db"))).ok());
        SearchIndexMerger merger(store);
        QSignalSpy finished(&merger, &SearchIndexMerger::finished);
        QVERIFY(finished.wait(30'000));
        QVERIFY(store.setting(QStringLiteral("search_index_scrub")).isEmpty());
        QVERIFY(!rawFiles(dir.path()).contains("zorbleblip"));
    }

    void newDeviceHasTheLongPrefixIndexAtOnce()
    {
        QTemporaryDir dir;
        LocalStore store(m_clock);
        const auto opened = store.open(dir.filePath(QStringLiteral("commonroom.db")));
        QVERIFY2(opened.ok(), opened.ok() ? "" : opened.error().message.c_str());
        QVERIFY(!store.isSearchIndexRebuilding());
        QVERIFY(indexSql(store, QStringLiteral("person_fts")).contains(QLatin1String(kLongPrefixes)));
        QVERIFY(indexSql(store, QStringLiteral("person_fts_next")).isEmpty());
    }

    void smallDirectoryIsRebuiltWhenOpened()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("commonroom.db"));
        {
            LocalStore store(m_clock);
            QVERIFY(store.open(path).ok());
            QVERIFY(store.applyPullPage(page({person(1, 1, "gardening"), person(2, 2, "gardening")}, 2, false)).ok());
        }
        makeVersion3(path);
        LocalStore store(m_clock);
        QVERIFY(store.open(path).ok());
        QVERIFY(!store.isSearchIndexRebuilding());
        QVERIFY(indexSql(store, QStringLiteral("person_fts")).contains(QLatin1String(kLongPrefixes)));
        QVERIFY(indexSql(store, QStringLiteral("person_fts_old")).isEmpty());
        QVERIFY(indexMatchesRows(store));
        QCOMPARE(found(store, QStringLiteral("garde")), std::size_t(2));
    }

    void largeDirectoryIsRebuiltInStepsAcrossRestarts()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("commonroom.db"));
        std::int64_t seq = 0;
        {
            LocalStore store(m_clock);
            QVERIFY(store.open(path).ok());
            std::vector<protocol::Change> changes;
            for (int i = 0; i < 300; ++i)
                changes.push_back(person(++seq, i, "Gardening and bike repair"));
            QVERIFY(store.applyPullPage(page(changes, seq, false)).ok());
        }
        makeVersion3(path);

        {
            // Too many people to rebuild while opening (the limit lowered for a small test).
            LocalStore store(m_clock);
            store.setInlineSearchIndexRebuildRows(100);
            QVERIFY(store.open(path).ok());
            QVERIFY(store.isSearchIndexRebuilding());
            QVERIFY(indexSql(store, QStringLiteral("person_fts")).contains(QLatin1String("prefix='1 2 3'")));
            QVERIFY(indexSql(store, QStringLiteral("person_fts_next")).contains(QLatin1String(kLongPrefixes)));
            // Searches use the old index meanwhile, with the same results.
            QCOMPARE(found(store, QStringLiteral("gardeni")), std::size_t(300));

            QCOMPARE(store.continueSearchIndexRebuild(50).value(), false);
            QCOMPARE(store.continueSearchIndexRebuild(50).value(), false);
            const qint64 filled = store.setting(QStringLiteral("search_index_rebuild")).toLongLong();
            QVERIFY(filled > 0);

            // Changes while rebuilding, to people already in the new index and to people not yet.
            QVERIFY(store
                        .applyPullPage(page({person(++seq, 10, "Pottery now"), person(++seq, 250, "Weaving now"),
                                                person(++seq, 1000, "Beekeeping, newly arrived")},
                            seq, false))
                        .ok());
            protocol::PullResponse removal = page({}, ++seq, false);
            removal.changes.push_back({seq, "person", "0190c0de-0000-7000-8000-000000000020", {}, true});
            QVERIFY(store.applyPullPage(removal).ok());
            QCOMPARE(found(store, QStringLiteral("gardeni")), std::size_t(297));
        } // the program ends before the rebuild does

        LocalStore store(m_clock);
        store.setInlineSearchIndexRebuildRows(100);
        QVERIFY(store.open(path).ok());
        QVERIFY(store.isSearchIndexRebuilding()); // resumed where it stopped
        QVERIFY(store.setting(QStringLiteral("search_index_rebuild")).toLongLong() > 0);
        SearchIndexMerger merger(store);
        QSignalSpy rebuilt(&merger, &SearchIndexMerger::searchIndexRebuilt);
        QSignalSpy finished(&merger, &SearchIndexMerger::finished);
        QVERIFY(finished.wait(60'000));
        QCOMPARE(rebuilt.size(), 1);
        QVERIFY(merger.rebuildStepsTaken() >= 3); // ~200 people left, 64 a step
        QVERIFY(!store.isSearchIndexRebuilding());
        QVERIFY(indexSql(store, QStringLiteral("person_fts")).contains(QLatin1String(kLongPrefixes)));
        QVERIFY(indexSql(store, QStringLiteral("person_fts_next")).isEmpty());
        QVERIFY(indexSql(store, QStringLiteral("person_fts_old")).isEmpty()); // removed in steps too
        QVERIFY(indexMatchesRows(store));
        QCOMPARE(found(store, QStringLiteral("gardeni")), std::size_t(297));
        QCOMPARE(found(store, QStringLiteral("potter")), std::size_t(1));
        QCOMPARE(found(store, QStringLiteral("weavin")), std::size_t(1));
        QCOMPARE(found(store, QStringLiteral("beekee")), std::size_t(1));

        // The triggers of the new index keep it current from now on.
        QVERIFY(store.applyPullPage(page({person(++seq, 11, "Cycling")}, seq, false)).ok());
        QCOMPARE(found(store, QStringLiteral("cyclin")), std::size_t(1));
        QVERIFY(indexMatchesRows(store));
    }

    void wipeWhileRebuildingLeavesOneEmptyIndex()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("commonroom.db"));
        {
            LocalStore store(m_clock);
            QVERIFY(store.open(path).ok());
            QVERIFY(store.applyPullPage(page({person(1, 1, "zymurgist"), person(2, 2, "gardening")}, 2, false)).ok());
        }
        makeVersion3(path);
        LocalStore store(m_clock);
        store.setInlineSearchIndexRebuildRows(0);
        QVERIFY(store.open(path).ok());
        QVERIFY(store.isSearchIndexRebuilding());
        QCOMPARE(store.continueSearchIndexRebuild(1).value(), false);
        QVERIFY(store.wipe().ok());
        QVERIFY(!store.isSearchIndexRebuilding());
        QVERIFY(indexSql(store, QStringLiteral("person_fts_next")).isEmpty());
        QVERIFY(indexSql(store, QStringLiteral("person_fts_old")).isEmpty());
        QVERIFY(indexMatchesRows(store));
        QVERIFY(!rawFiles(dir.path()).contains("zymurgist"));
    }

    void withoutMergerThePullMergesItself()
    {
        QTemporaryDir dir;
        LocalStore store(m_clock);
        QVERIFY(store.open(dir.filePath(QStringLiteral("commonroom.db"))).ok());
        QVERIFY(!store.isSearchIndexMergeDeferred());
        QVERIFY(store.applyPullPage(page({person(1, 1, "keep"), person(2, 2, "flarnwizzle")}, 2, false)).ok());
        QVERIFY(store.applyPullPage(page({person(3, 2, "")}, 3, false)).ok());
        QVERIFY(store.setting(QStringLiteral("search_index_scrub")).isEmpty());
        QVERIFY(!rawFiles(dir.path()).contains("flarnwizzle"));
    }
};

QTEST_GUILESS_MAIN(TestSearchIndexMerger)
#include "tst_searchindexmerger.moc"
