// SearchIndexMerger: the search index is merged in small steps after a pull instead of in one
// long 'optimize' inside it, and a value that went away still leaves no trace in the file.

#include "desktop/core/LocalStore.h"
#include "desktop/core/PeopleSearch.h"
#include "desktop/core/SearchIndexMerger.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
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

} // namespace

class TestSearchIndexMerger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mergesInStepsAndScrubsWhatWentAway()
    {
        QTemporaryDir dir;
        LocalStore store;
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
            LocalStore store;
            QVERIFY(store.open(dir.filePath(QStringLiteral("commonroom.db"))).ok());
            store.setSearchIndexMergeDeferred(true);
            QVERIFY(store.applyPullPage(page({person(1, 1, "keep"), person(2, 2, "zorbleblip")}, 2, false)).ok());
            QVERIFY(store.applyPullPage(page({person(3, 2, "")}, 3, false)).ok());
            QCOMPARE(store.setting(QStringLiteral("search_index_scrub")), QStringLiteral("1"));
        } // the program ended here
        LocalStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("commonroom.db"))).ok());
        SearchIndexMerger merger(store);
        QSignalSpy finished(&merger, &SearchIndexMerger::finished);
        QVERIFY(finished.wait(30'000));
        QVERIFY(store.setting(QStringLiteral("search_index_scrub")).isEmpty());
        QVERIFY(!rawFiles(dir.path()).contains("zorbleblip"));
    }

    void withoutMergerThePullMergesItself()
    {
        QTemporaryDir dir;
        LocalStore store;
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
