#include "RecentChanges.h"

#include "LocalStore.h"
#include "StoreSql.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace commonroom {

RecentChanges::RecentChanges(LocalStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    if (!ensureTable())
        qWarning("RecentChanges: cannot create the recent_change table");
    connect(&m_store, &LocalStore::rowsPulled, this, &RecentChanges::record);
}

bool RecentChanges::ensureTable() const
{
    // A cache of this device, not part of the synced schema: created where it is used, dropped
    // and rebuilt freely, so it needs no numbered migration.
    QSqlQuery query(m_store.database());
    return query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS recent_change (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                                     "at_ms INTEGER NOT NULL, tbl TEXT NOT NULL, row_id TEXT NOT NULL, "
                                     "group_id TEXT NOT NULL)"));
}

void RecentChanges::record(const QString &table, const QStringList &ids)
{
    const bool membership = table == QLatin1String("membership");
    if ((!membership && table != QLatin1String("group")) || ids.isEmpty())
        return;
    // The first copy and a fresh full copy bring everything at once: none of it is news.
    if (m_store.setting(QStringLiteral("last_sync_ms")).isEmpty() || m_store.isRefetching())
        return;
    const QString me = m_store.setting(QStringLiteral("person_id"));
    if (me.isEmpty())
        return;

    QSqlDatabase db = m_store.database();
    store::Transaction transaction(db);
    if (auto status = transaction.started(); !status) {
        qWarning("RecentChanges: %s", status.error().message.c_str());
        return;
    }
    QSqlQuery forget(db);
    forget.prepare(QStringLiteral("DELETE FROM recent_change WHERE tbl = ? AND row_id = ?"));
    QSqlQuery insert(db);
    // Only rows of groups I am an active member of (membership_by_person finds mine).
    insert.prepare(membership
            ? QStringLiteral(
                "INSERT INTO recent_change (at_ms, tbl, row_id, group_id) "
                "SELECT ?, 'membership', m.id, m.group_id FROM membership m WHERE m.id = ? "
                "AND m.group_id IN (SELECT group_id FROM membership WHERE person_id = ? AND state = 'active')")
            : QStringLiteral("INSERT INTO recent_change (at_ms, tbl, row_id, group_id) "
                             "SELECT ?, 'group', g.id, g.id FROM \"group\" g WHERE g.id = ? "
                             "AND g.id IN (SELECT group_id FROM membership WHERE person_id = ? AND state = 'active')"));
    const qint64 now = m_store.clock().nowMs();
    int recorded = 0;
    for (const QString &id : ids) {
        forget.addBindValue(table);
        forget.addBindValue(id);
        insert.addBindValue(now);
        insert.addBindValue(id);
        insert.addBindValue(me);
        if (!forget.exec() || !insert.exec()) {
            qWarning("RecentChanges: %s", qPrintable(insert.lastError().text()));
            return;
        }
        recorded += insert.numRowsAffected();
    }
    QSqlQuery trim(db);
    trim.prepare(QStringLiteral("DELETE FROM recent_change WHERE seq <= (SELECT MAX(seq) FROM recent_change) - ?"));
    trim.addBindValue(kKeep);
    trim.exec();
    if (auto status = transaction.commit(); !status) {
        qWarning("RecentChanges: %s", status.error().message.c_str());
        return;
    }
    if (recorded > 0)
        Q_EMIT changed();
}

std::vector<RecentChanges::Entry> RecentChanges::entries() const
{
    std::vector<Entry> entries;
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    // Rows gone since (left, purged, erased) drop out here: nothing is shown from the entry itself.
    if (!query.exec(
            QStringLiteral("SELECT r.at_ms, r.tbl, r.row_id, r.group_id FROM recent_change r "
                           "WHERE (r.tbl = 'membership' AND EXISTS (SELECT 1 FROM membership m WHERE m.id = r.row_id)) "
                           "OR (r.tbl = 'group' AND EXISTS (SELECT 1 FROM \"group\" g WHERE g.id = r.row_id)) "
                           "ORDER BY r.seq DESC"))) {
        qWarning("RecentChanges: cannot read: %s", qPrintable(query.lastError().text()));
        return entries;
    }
    while (query.next())
        entries.push_back({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString()});
    return entries;
}

} // namespace commonroom
