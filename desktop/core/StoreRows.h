#pragma once

#include "common/Result.h"
#include "common/Schema.h"
#include "common/Value.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <map>
#include <memory>
#include <optional>

namespace commonroom {

// The synced rows of the device's copy, read and written on one connection (the device's own,
// or a worker's). Internal to the device store: LocalStore writes the outbox beside these writes.
class StoreRows
{
public:
    explicit StoreRows(QSqlDatabase db);
    ~StoreRows(); // the prepared statements go before the connection may be removed
    StoreRows(const StoreRows &) = delete;
    StoreRows &operator=(const StoreRows &) = delete;

    std::optional<FieldMap> row(const QString &table, const QString &id) const;
    // Writes the given fields of a local edit, keeping the row's other columns.
    Status upsertFields(const QString &table, const QString &id, const FieldMap &fields);
    // Writes the row as the daemon sent it: columns absent from `fields` become NULL.
    Status replaceRow(const QString &table, const QString &id, const FieldMap &fields);
    Status removeRow(const QString &table, const QString &id);

private:
    // `fields` as a local write stores them: Union fields united with the row's, derived fields
    // worked out again (the daemon's merge rules).
    FieldMap withMergeRules(const TableDef &def, const QString &id, const FieldMap &fields) const;

    QSqlDatabase m_db;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_replaceQueries;
    mutable std::map<QString, std::unique_ptr<QSqlQuery>> m_rowQueries;
    static constexpr std::size_t kMaxUpsertQueries = 64;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_upsertQueries; // by their SQL
};

} // namespace commonroom
