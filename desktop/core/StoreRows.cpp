#include "StoreRows.h"

#include "StoreSql.h"
#include "common/Attendance.h"
#include "common/Merge.h"

#include <QSqlRecord>
#include <QStringList>

#include <algorithm>

namespace commonroom {

using namespace store;

StoreRows::StoreRows(QSqlDatabase db)
    : m_db(std::move(db))
{
}

StoreRows::~StoreRows() = default;

std::optional<FieldMap> StoreRows::row(const QString &table, const QString &id) const
{
    const TableDef *def = tableFor(table);
    if (!def)
        return std::nullopt;
    // Prepared once per table: every local edit reads its row (an import, thousands of them).
    auto &query = m_rowQueries[table];
    if (!query
        && !keep(query, m_db,
            QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(QString::fromStdString(quoteIdentifier(def->name))),
            {}))
        return std::nullopt;
    query->bindValue(0, id);
    if (!query->exec() || !query->next()) {
        query->finish();
        return std::nullopt;
    }
    FieldMap fields;
    const QSqlRecord record = query->record();
    for (int i = 0; i < record.count(); ++i) {
        if (record.fieldName(i) != QLatin1String("id"))
            fields[record.fieldName(i).toStdString()] = fromVariant(query->value(i));
    }
    query->finish(); // no read left open: a migration or a rebuild may drop tables
    return fields;
}

Status StoreRows::upsertFields(const QString &table, const QString &id, const FieldMap &fields)
{
    const TableDef *def = tableFor(table);
    const FieldMap known = knownColumns(*def, withMergeRules(*def, id, fields));
    QStringList columns {QStringLiteral("id")};
    QStringList updates;
    for (const auto &entry : known) {
        const QString column = QString::fromStdString(quoteIdentifier(entry.first));
        columns << column;
        updates << QStringLiteral("%1 = excluded.%1").arg(column);
    }
    QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(QString::fromStdString(quoteIdentifier(def->name)), columns.join(QLatin1Char(',')),
                          QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')));
    sql += updates.isEmpty() ? QStringLiteral(" ON CONFLICT(id) DO NOTHING")
                             : QStringLiteral(" ON CONFLICT(id) DO UPDATE SET ") + updates.join(QLatin1Char(','));
    // Prepared once per set of columns (an import writes thousands of rows with the same few); a
    // bounded cache, since edits name many different sets over time.
    const QString failure = QStringLiteral("Cannot write the %1 row").arg(table);
    auto kept = m_upsertQueries.find(sql);
    if (kept == m_upsertQueries.end()) {
        if (m_upsertQueries.size() >= kMaxUpsertQueries)
            m_upsertQueries.clear();
        kept = m_upsertQueries.emplace(sql, nullptr).first;
    }
    auto &query = kept->second;
    if (!query) {
        if (auto status = keep(query, m_db, sql, failure); !status)
            return status;
    }
    int position = 0;
    query->bindValue(position++, id);
    for (const auto &entry : known)
        query->bindValue(position++, toVariant(entry.second));
    return runKept(*query, failure);
}

FieldMap StoreRows::withMergeRules(const TableDef &def, const QString &id, const FieldMap &fields) const
{
    const bool hasRules = std::any_of(def.fields.begin(), def.fields.end(),
        [](const FieldDef &field) { return field.merge != MergeKind::LastWriter || field.derived; });
    if (!hasRules)
        return fields;
    // The same rules as the daemon's merge (common/Merge.h), so that the device shows what the
    // daemon will store: Union fields keep what the row already has, derived fields follow.
    const QString table = QString::fromUtf8(def.name.data(), int(def.name.size()));
    FieldMap merged = row(table, id).value_or(FieldMap {});
    FieldMap effective = fields;
    for (auto &[name, value] : effective) {
        const FieldDef *field = def.field(name);
        if (!field || field->merge != MergeKind::Union)
            continue;
        const auto current = merged.find(name);
        const std::string mine = current == merged.end() ? std::string() : toDisplayString(current->second);
        const std::string united = uniteLines(mine, toDisplayString(value));
        value = united.empty() ? FieldValue {} : FieldValue {united};
    }
    for (const auto &[name, value] : effective)
        merged[name] = value;
    for (const auto &name : deriveFields(def, merged))
        effective[name] = merged[name];
    return effective;
}

Status StoreRows::replaceRow(const QString &table, const QString &id, const FieldMap &fields)
{
    // Columns absent from `fields` become NULL: the daemon sends whole rows, and a field it no
    // longer sends is a field this user may no longer see.
    const TableDef *def = tableFor(table);
    const auto columns = wireColumns(*def);
    const QString failure = QStringLiteral("Cannot write the %1 row").arg(table);
    auto &query = m_replaceQueries[table];
    if (!query) {
        // Prepared once per table: a first sync writes a million rows through it.
        QStringList quoted {QStringLiteral("id")};
        QStringList updates;
        for (const auto &column : columns) {
            quoted << QString::fromStdString(quoteIdentifier(column));
            updates << QStringLiteral("%1 = excluded.%1").arg(quoted.last());
        }
        // An upsert rather than INSERT OR REPLACE: the row keeps its rowid, and the search index's
        // triggers see an update (old and new values) instead of a silent delete.
        const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT(id) DO UPDATE SET %4")
                                .arg(QString::fromStdString(quoteIdentifier(def->name)), quoted.join(QLatin1Char(',')),
                                    QStringList(quoted.size(), QStringLiteral("?")).join(QLatin1Char(',')),
                                    updates.join(QLatin1Char(',')));
        if (auto status = keep(query, m_db, sql, failure); !status)
            return status;
    }
    int position = 0;
    query->bindValue(position++, id);
    for (const auto &column : columns) {
        const auto value = fields.find(column);
        query->bindValue(position++, value == fields.end() ? QVariant() : toVariant(value->second));
    }
    return runKept(*query, failure);
}

Status StoreRows::removeRow(const QString &table, const QString &id)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?")
                      .arg(QString::fromStdString(quoteIdentifier(tableFor(table)->name))));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(QStringLiteral("Cannot delete the %1 row").arg(table), query.lastError());
    return {};
}

} // namespace commonroom
