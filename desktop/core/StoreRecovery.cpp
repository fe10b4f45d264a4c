#include "LocalStore.h"

#include "ShadowRows.h"
#include "StoreSql.h"
#include "UnsentSalvage.h"
#include "common/Uuid.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <set>

namespace commonroom {

using namespace store;

// Rescuing the unsent changes of a damaged copy (or of another copy of this profile) into a
// sound database.

Result<LocalStore::Recovery> LocalStore::recover(const QString &path, const Clock &clock)
{
    if (!QFileInfo::exists(path))
        return makeError(
            "not_damaged", "There is no local database at " + path.toStdString() + ": nothing to recover.");
    {
        // Only a damaged file is moved aside: a sound one needs no rescue, and a full disk is
        // not helped by one.
        LocalStore probe(clock);
        const Status opened = probe.open(path);
        if (!opened && opened.error().code != "damaged")
            return opened.error();
        if (opened) {
            QSqlQuery check(probe.database());
            if (check.exec(QStringLiteral("PRAGMA quick_check")) && check.next()
                && check.value(0).toString() == QLatin1String("ok"))
                return makeError("not_damaged",
                    "The local database " + path.toStdString()
                        + " is sound: nothing to recover. To fetch the community again, run \"commonroom-cli "
                          "refetch\".");
        }
    }
    QString aside = path + QStringLiteral(".damaged");
    for (int n = 2; QFileInfo::exists(aside) || QFileInfo::exists(aside + QStringLiteral("-wal")); ++n)
        aside = path + QStringLiteral(".damaged-%1").arg(n);
    if (!QFile::rename(path, aside))
        return makeError("storage",
            "Cannot move the damaged database " + path.toStdString() + " aside to " + aside.toStdString()
                + "; check the folder's permissions. Nothing was changed.");
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        // The log may hold the newest unsent changes: it goes with its database.
        if (QFileInfo::exists(path + suffix) && !QFile::rename(path + suffix, aside + suffix)) {
            (void)QFile::rename(aside, path);
            return makeError("storage",
                "Cannot move " + (path + suffix).toStdString() + " aside; check the folder's permissions. "
                    + "Nothing was changed.");
        }
    }
    const UnsentSalvage salvage = UnsentSalvage::read(aside);
    const QString siteId = salvage.settings.contains(QStringLiteral("site_id"))
        ? salvage.settings.at(QStringLiteral("site_id"))
        : QString();
    bool lastMidKnown = false;
    if (salvage.settings.contains(QStringLiteral("last_mid")))
        salvage.settings.at(QStringLiteral("last_mid")).toLongLong(&lastMidKnown);
    // The daemon knows the device by its id and the last mid it received: the device stays
    // itself only when the file still tells both, else a reused mid would be taken as received.
    const bool sameDevice = isUuid(siteId.toStdString()) && lastMidKnown;
    LocalStore fresh(clock);
    if (auto opened = fresh.open(path); !opened)
        return makeError(opened.error().code,
            opened.error().message + " The damaged database was moved to " + aside.toStdString() + ".");
    auto imported = fresh.importUnsent(salvage, sameDevice);
    if (!imported)
        return makeError(imported.error().code,
            imported.error().message + " The damaged database was moved to " + aside.toStdString()
                + "; \"commonroom-cli recover --from\" that file tries again.");
    imported->damagedCopy = aside;
    return imported;
}

Result<LocalStore::Recovery> LocalStore::salvageFrom(const QString &path)
{
    if (!QFileInfo::exists(path))
        return makeError("not_found", "There is no file " + path.toStdString() + " to take unsent changes from.");
    if (QFileInfo(path).canonicalFilePath() == QFileInfo(m_path).canonicalFilePath())
        return makeError("invalid_value", "That is the database this profile uses; give the copy set aside.");
    return importUnsent(UnsentSalvage::read(path), /*asSameDevice=*/false);
}

Result<LocalStore::Recovery> LocalStore::importUnsent(const UnsentSalvage &salvage, bool asSameDevice)
{
    Recovery recovery;
    recovery.unreadableChanges = salvage.unreadable;
    recovery.sameDevice = asSameDevice;
    Transaction transaction(database());
    if (auto status = transaction.started(); !status)
        return status.error();
    if (asSameDevice) {
        // Who the device is and where it syncs, not what it held: the copy is fetched again.
        static const QSet<QString> kCopyState {QStringLiteral("cursor"), QStringLiteral("refetching"),
            QStringLiteral("server_checksums"), QStringLiteral("search_index_rebuild"),
            QStringLiteral("search_index_scrub"), QStringLiteral("scrub_pending"), QStringLiteral("last_sync_ms"),
            QStringLiteral("name_collation")};
        for (const auto &[key, value] : salvage.settings) {
            if (kCopyState.contains(key))
                continue;
            if (auto status = setSetting(key, value); !status)
                return status.error();
        }
        m_siteId = salvage.settings.at(QStringLiteral("site_id"));
    }
    qint64 lastMid = setting(QStringLiteral("last_mid")).toLongLong();
    quint64 hlc = setting(QStringLiteral("hlc")).toULongLong();
    std::set<std::pair<QString, QString>> rows;
    for (const auto &change : salvage.changes) {
        // The same device sends them under their own mids (one the daemon received already is
        // acked again); another device sends them as its own new changes.
        const qint64 mid = asSameDevice ? change.mid : lastMid + 1;
        QSqlQuery insert(database());
        insert.prepare(QStringLiteral("INSERT INTO outbox (mid, tbl, row_id, fields, hlc, deleted, created_ms) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        insert.addBindValue(mid);
        insert.addBindValue(change.table);
        insert.addBindValue(change.rowId);
        insert.addBindValue(change.fields);
        insert.addBindValue(qulonglong(change.hlc));
        insert.addBindValue(change.deleted ? 1 : 0);
        insert.addBindValue(change.createdMs);
        if (!insert.exec())
            return sqlError(QStringLiteral("Cannot keep an unsent change"), insert.lastError());
        lastMid = std::max(lastMid, mid);
        hlc = std::max(hlc, change.hlc);
        rows.insert({change.table, change.rowId});
        ++recovery.keptChanges;
    }
    if (auto status = setSetting(QStringLiteral("last_mid"), QString::number(lastMid)); !status)
        return status.error();
    if (auto status = setSetting(QStringLiteral("hlc"), QString::number(hlc)); !status)
        return status.error();
    QSet<QString> tables;
    for (const auto &[table, id] : rows) {
        tables.insert(table);
        if (!m_shadows->has(table, id)) {
            if (row(table, id)) {
                if (auto status = m_shadows->ensure(table, id); !status)
                    return status.error();
            } else {
                const auto base = salvage.bases.find({table, id});
                QSqlQuery shadow(database());
                shadow.prepare(QStringLiteral("INSERT INTO shadow (tbl, row_id, present, fields) VALUES (?, ?, ?, ?)"));
                shadow.addBindValue(table);
                shadow.addBindValue(id);
                shadow.addBindValue(base != salvage.bases.end() && base->second.present ? 1 : 0);
                shadow.addBindValue(base != salvage.bases.end() ? base->second.fields : QStringLiteral("{}"));
                if (!shadow.exec())
                    return sqlError(QStringLiteral("Cannot keep the synced state of a row"), shadow.lastError());
            }
        }
        // The row shows the unsent changes again; should that fail, the next pull rebuilds it.
        (void)m_shadows->rebuildRow(table, id);
    }
    if (auto status = transaction.commit(); !status)
        return status.error();
    if (auto status = writeSiteMarker(); !status)
        return status.error();
    for (const auto &table : std::as_const(tables))
        Q_EMIT tableChanged(table);
    Q_EMIT pendingCountChanged(pendingCount());
    return recovery;
}

} // namespace commonroom
