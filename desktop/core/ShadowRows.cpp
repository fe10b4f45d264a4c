#include "ShadowRows.h"

#include "StoreRows.h"
#include "StoreSql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace commonroom {

using namespace store;

ShadowRows::ShadowRows(QSqlDatabase db, StoreRows &rows)
    : m_db(std::move(db))
    , m_rows(rows)
{
}

bool ShadowRows::has(const QString &table, const QString &id) const
{
    if (!m_hasQuery && !keep(m_hasQuery, m_db, QStringLiteral("SELECT 1 FROM shadow WHERE tbl = ? AND row_id = ?"), {}))
        return false;
    m_hasQuery->bindValue(0, table);
    m_hasQuery->bindValue(1, id);
    const bool found = m_hasQuery->exec() && m_hasQuery->next();
    m_hasQuery->finish();
    return found;
}

Status ShadowRows::ensure(const QString &table, const QString &id)
{
    if (has(table, id))
        return {};
    // No unsent edit yet: the local row is exactly what the daemon last sent.
    const auto current = m_rows.row(table, id);
    const QString failure = QStringLiteral("Cannot remember the synced state of the row");
    if (!m_insertQuery) {
        if (auto status = keep(m_insertQuery, m_db,
                QStringLiteral("INSERT INTO shadow (tbl, row_id, present, fields) VALUES (?, ?, ?, ?)"), failure);
            !status)
            return status;
    }
    m_insertQuery->bindValue(0, table);
    m_insertQuery->bindValue(1, id);
    m_insertQuery->bindValue(2, current ? 1 : 0);
    m_insertQuery->bindValue(3, fieldsJson(current.value_or(FieldMap {})));
    return runKept(*m_insertQuery, failure);
}

Result<std::optional<ShadowRows::Shadow>> ShadowRows::read(const QString &table, const QString &id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT present, fields FROM shadow WHERE tbl = ? AND row_id = ?"));
    query.addBindValue(table);
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(QStringLiteral("Cannot read the synced state of the row"), query.lastError());
    if (!query.next())
        return std::optional<Shadow> {};
    return std::optional<Shadow> {Shadow {query.value(0).toBool(), fieldsFromJson(query.value(1).toString())}};
}

Status ShadowRows::foldIn(const QString &table, const QString &id, const FieldMap &fields, bool deleted)
{
    const auto shadow = read(table, id);
    if (!shadow)
        return shadow.error();
    if (!*shadow)
        return {};
    FieldMap base = (*shadow)->present ? (*shadow)->fields : FieldMap {};
    for (const auto &[name, value] : fields)
        base[name] = value;
    return replace(table, id, base, deleted);
}

Status ShadowRows::replace(const QString &table, const QString &id, const FieldMap &fields, bool deleted)
{
    QSqlQuery update(m_db);
    update.prepare(QStringLiteral("UPDATE shadow SET present = ?, fields = ? WHERE tbl = ? AND row_id = ?"));
    update.addBindValue(deleted ? 0 : 1);
    update.addBindValue(fieldsJson(deleted ? FieldMap {} : fields));
    update.addBindValue(table);
    update.addBindValue(id);
    if (!update.exec())
        return sqlError(QStringLiteral("Cannot update the synced state of the row"), update.lastError());
    return {};
}

Status ShadowRows::drop(const QString &table, const QString &id, const QString &failure)
{
    QSqlQuery drop(m_db);
    drop.prepare(QStringLiteral("DELETE FROM shadow WHERE tbl = ? AND row_id = ?"));
    drop.addBindValue(table);
    drop.addBindValue(id);
    if (!drop.exec())
        return sqlError(failure, drop.lastError());
    return {};
}

Status ShadowRows::rebuildRow(const QString &table, const QString &id)
{
    const auto shadow = read(table, id);
    if (!shadow)
        return shadow.error();
    if (!*shadow)
        return {};
    const bool present = (*shadow)->present;
    const FieldMap &base = (*shadow)->fields;
    if (auto status = present ? m_rows.replaceRow(table, id, base) : m_rows.removeRow(table, id); !status)
        return status;

    QSqlQuery pending(m_db);
    pending.prepare(QStringLiteral("SELECT fields, deleted FROM outbox WHERE tbl = ? AND row_id = ? ORDER BY mid"));
    pending.addBindValue(table);
    pending.addBindValue(id);
    if (!pending.exec())
        return sqlError(QStringLiteral("Cannot read the unsent changes"), pending.lastError());
    while (pending.next()) {
        const bool deleted = pending.value(1).toBool();
        auto status = deleted ? m_rows.removeRow(table, id)
                              : m_rows.upsertFields(table, id, fieldsFromJson(pending.value(0).toString()));
        if (!status)
            return status;
    }
    return {};
}

} // namespace commonroom
