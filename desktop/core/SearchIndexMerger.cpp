#include "SearchIndexMerger.h"

#include "LocalStore.h"
#include "StoreSearchIndex.h"
#include "StoreSql.h"
#include "StoreWorker.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

namespace commonroom {

namespace {

qint64 totalChanges(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT total_changes()")) && query.next() ? query.value(0).toLongLong() : 0;
}

// The index is one segment now, so 'optimize' has nothing left to do but is the documented
// guarantee that no deleted term remains; then the scrub is done.
void finishMerge(StoreWorker &worker)
{
    const QSqlDatabase db = worker.database();
    if (store::readSetting(db, QStringLiteral("search_index_scrub")) == QLatin1String("1")) {
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("INSERT INTO person_fts(person_fts) VALUES ('optimize')")))
            query.exec(QStringLiteral("DELETE FROM setting WHERE key = 'search_index_scrub'"));
    }
    // A log that cannot be emptied now is tried again at the next pull (LocalStore::scrubLog).
    if (const Status scrubbed = worker.scrubLog(); !scrubbed)
        qWarning("SearchIndexMerger: %s", scrubbed.error().message.c_str());
}

} // namespace

SearchIndexMerger::SearchIndexMerger(LocalStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_store.setSearchIndexMergeDeferred(true);
    connect(&m_store, &LocalStore::rowsPulled, this, [this](const QString &table, const QStringList &ids) {
        if (table == QLatin1String("person"))
            m_rowsSinceMerge += ids.size();
    });
    connect(&m_store, &LocalStore::lastPullPageApplied, this, &SearchIndexMerger::considerMerging);
    // A scrub the last run did not finish.
    QTimer::singleShot(0, this, &SearchIndexMerger::considerMerging);
}

void SearchIndexMerger::considerMerging()
{
    if (m_store.isSearchIndexRebuilding() || m_store.setting(QStringLiteral("search_index_scrub")) == QLatin1String("1")
        || m_rowsSinceMerge >= kRowsWorthMerging)
        start();
}

void SearchIndexMerger::start()
{
    if (!m_store.worker() || m_running)
        return;
    m_rowsSinceMerge = 0;
    m_steps = 0;
    m_rebuildSteps = 0;
    m_running = true;
    step();
}

Result<SearchIndexMerger::Step> SearchIndexMerger::stepOnWorker(StoreWorker &worker)
{
    const QSqlDatabase db = worker.database();
    if (searchindex::isRebuilding(db)) {
        const auto done = searchindex::continueRebuild(db, kRowsPerRebuildStep);
        if (!done)
            return done.error();
        return *done ? Step::Rebuilt : Step::Rebuilding;
    }
    // total_changes() counts this connection's changes: the worker's, which makes no others meanwhile.
    const qint64 before = totalChanges(db);
    QSqlQuery merge(db);
    // Negative: segments of every level are merged, towards a single one.
    if (!merge.exec(
            QStringLiteral("INSERT INTO person_fts(person_fts, rank) VALUES ('merge', %1)").arg(-kPagesPerStep)))
        return store::sqlError(QStringLiteral("Cannot merge the search index"), merge.lastError());
    if (totalChanges(db) - before >= 2)
        return Step::Merging;
    finishMerge(worker);
    return Step::Merged;
}

void SearchIndexMerger::step()
{
    m_store.worker()->post(this, &SearchIndexMerger::stepOnWorker, [this](const Result<Step> &taken) {
        if (!taken) {
            // Tried again after the next pull (considerMerging) or at the next start.
            qWarning("SearchIndexMerger: %s", taken.error().message.c_str());
            m_running = false;
            return;
        }
        switch (*taken) {
        case Step::Rebuilding:
            ++m_rebuildSteps;
            break;
        case Step::Rebuilt:
            ++m_rebuildSteps;
            Q_EMIT searchIndexRebuilt(); // merging the new index follows, in the next steps
            break;
        case Step::Merging:
            ++m_steps;
            break;
        case Step::Merged:
            ++m_steps;
            m_running = false;
            Q_EMIT finished();
            return;
        }
        step();
    });
}

} // namespace commonroom
