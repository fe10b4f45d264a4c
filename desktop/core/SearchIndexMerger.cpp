#include "SearchIndexMerger.h"

#include "LocalStore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace commonroom {

namespace {
qint64 totalChanges(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT total_changes()")) && query.next() ? query.value(0).toLongLong() : 0;
}
} // namespace

SearchIndexMerger::SearchIndexMerger(LocalStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_store.setSearchIndexMergeDeferred(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &SearchIndexMerger::step);
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
    if (!m_store.isOpen() || m_timer.isActive())
        return;
    m_rowsSinceMerge = 0;
    m_steps = 0;
    m_rebuildSteps = 0;
    m_timer.start();
}

void SearchIndexMerger::step()
{
    if (m_store.isSearchIndexRebuilding()) {
        const auto done = m_store.continueSearchIndexRebuild(kRowsPerRebuildStep);
        if (!done) {
            // Tried again after the next pull (considerMerging) or at the next start.
            qWarning("SearchIndexMerger: %s", done.error().message.c_str());
            m_timer.stop();
            return;
        }
        ++m_rebuildSteps;
        if (*done)
            Q_EMIT searchIndexRebuilt(); // merging the new index follows, in the next steps
        return;
    }
    const QSqlDatabase db = m_store.database();
    const qint64 before = totalChanges(db);
    QSqlQuery merge(db);
    // Negative: segments of every level are merged, towards a single one.
    if (!merge.exec(
            QStringLiteral("INSERT INTO person_fts(person_fts, rank) VALUES ('merge', %1)").arg(-kPagesPerStep))) {
        qWarning("SearchIndexMerger: %s", qPrintable(merge.lastError().text()));
        m_timer.stop();
        return;
    }
    ++m_steps;
    if (totalChanges(db) - before < 2)
        finish();
}

void SearchIndexMerger::finish()
{
    m_timer.stop();
    const QSqlDatabase db = m_store.database();
    QSqlQuery query(db);
    // The index is one segment now, so 'optimize' has nothing left to do but is the documented
    // guarantee that no deleted term remains; then the scrub is done.
    if (m_store.setting(QStringLiteral("search_index_scrub")) == QLatin1String("1")) {
        if (query.exec(QStringLiteral("INSERT INTO person_fts(person_fts) VALUES ('optimize')")))
            query.exec(QStringLiteral("DELETE FROM setting WHERE key = 'search_index_scrub'"));
    }
    // A log that cannot be emptied now is tried again at the next pull (LocalStore::scrubLog).
    if (const Status scrubbed = m_store.scrubLog(); !scrubbed)
        qWarning("SearchIndexMerger: %s", scrubbed.error().message.c_str());
    Q_EMIT finished();
}

} // namespace commonroom
