#include "PullPageApplier.h"

#include "ShadowRows.h"
#include "StoreRows.h"
#include "StoreSql.h"
#include "common/Checksum.h"
#include "common/Schema.h"

#include <QPair>
#include <QSqlQuery>

namespace commonroom {

using namespace store;

PullPageApplier::PullPageApplier(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_rows(std::make_unique<StoreRows>(m_db))
    , m_shadows(std::make_unique<ShadowRows>(m_db, *m_rows))
{
}

PullPageApplier::~PullPageApplier() = default;

Result<PullPageApplier::Applied> PullPageApplier::apply(const protocol::PullResponse &page)
{
    Transaction transaction(m_db);
    if (auto status = transaction.started(); !status)
        return status.error();

    QSet<QPair<QString, QString>> shadowed;
    {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("SELECT tbl, row_id FROM shadow")))
            return sqlError(QStringLiteral("Cannot read the unsent changes"), query.lastError());
        while (query.next())
            shadowed.insert({query.value(0).toString(), query.value(1).toString()});
    }

    const bool refetching = readSetting(m_db, QStringLiteral("refetching")) == QLatin1String("1");
    QSqlQuery seen(m_db);
    seen.prepare(QStringLiteral("INSERT OR IGNORE INTO refetch_seen (tbl, row_id) VALUES (?, ?)"));
    Applied applied;
    applied.removedRows = !page.purge.empty();
    for (const auto &change : page.changes) {
        const QString table = QString::fromStdString(change.table);
        const QString id = QString::fromStdString(change.id);
        const TableDef *def = tableFor(table);
        if (!def)
            continue; // a table of a newer daemon that this version does not know yet
        applied.tables.insert(table);
        applied.rowIds[table] << id;
        applied.removedRows |= change.deleted;
        if (refetching && !change.deleted) {
            seen.addBindValue(table);
            seen.addBindValue(id);
            if (!seen.exec())
                return sqlError(QStringLiteral("Cannot track the fresh copy"), seen.lastError());
        }
        const FieldMap fields = knownColumns(*def, change.fields);
        if (shadowed.contains({table, id})) {
            if (auto status = m_shadows->replace(table, id, fields, change.deleted); !status)
                return status.error();
            if (auto status = m_shadows->rebuildRow(table, id); !status)
                return status.error();
            continue;
        }
        if (auto status = change.deleted ? m_rows->removeRow(table, id) : m_rows->replaceRow(table, id, fields);
            !status)
            return status.error();
    }
    for (const auto &ref : page.purge) {
        const QString table = QString::fromStdString(ref.table);
        const QString id = QString::fromStdString(ref.id);
        if (!tableFor(table))
            continue;
        applied.tables.insert(table);
        applied.rowIds[table] << id;
        if (auto status = m_rows->removeRow(table, id); !status)
            return status.error();
        if (auto status = m_shadows->drop(table, id, QStringLiteral("Cannot purge the row")); !status)
            return status.error();
    }
    if (refetching && !page.hasMore) {
        // Everything this user may hold has arrived again: what was not sent may not stay,
        // except rows with unsent edits, which the next push settles.
        for (const auto &table : syncedTables()) {
            const QString name = QString::fromUtf8(table.name.data(), int(table.name.size()));
            QSqlQuery drop(m_db);
            drop.prepare(
                QStringLiteral("DELETE FROM %1 WHERE id NOT IN (SELECT row_id FROM refetch_seen WHERE tbl = ?) "
                               "AND id NOT IN (SELECT row_id FROM shadow WHERE tbl = ?)")
                    .arg(QString::fromStdString(quoteIdentifier(table.name))));
            drop.addBindValue(name);
            drop.addBindValue(name);
            if (!drop.exec())
                return sqlError(QStringLiteral("Cannot drop what may no longer be kept"), drop.lastError());
            if (drop.numRowsAffected() > 0) {
                applied.removedRows = true;
                applied.tables.insert(name);
            }
        }
        if (auto status = execute(m_db, QStringLiteral("DELETE FROM refetch_seen")); !status)
            return status.error();
        if (auto status = writeSetting(m_db, QStringLiteral("refetching"), QString()); !status)
            return status.error();
    }
    if (!page.checksums.empty()) {
        QStringList lines;
        for (const auto &[table, checksum] : page.checksums)
            lines << QStringLiteral("%1 %2 %3")
                         .arg(QString::fromStdString(table))
                         .arg(checksum.count)
                         .arg(QString::fromStdString(toHex(checksum.digest)));
        if (auto status = writeSetting(m_db, QStringLiteral("server_checksums"), lines.join(QLatin1Char('\n')));
            !status)
            return status.error();
    } else if (!page.hasMore) {
        // Checksums describe the end of a sync: older ones would be compared with newer rows.
        if (auto status = writeSetting(m_db, QStringLiteral("server_checksums"), QString()); !status)
            return status.error();
    }
    if (auto status = observeHlc(m_db, m_clock, page.hlc); !status)
        return status.error();
    if (auto status = writeSetting(m_db, QStringLiteral("cursor"), QString::fromStdString(page.cursor)); !status)
        return status.error();
    if (auto status = transaction.commit(); !status)
        return status.error();
    return applied;
}

} // namespace commonroom
