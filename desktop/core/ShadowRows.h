#pragma once

#include "common/Result.h"
#include "common/Value.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <optional>

namespace commonroom {

class StoreRows;

// The shadows of rows with unsent edits, on one connection: the row as the daemon last sent it
// (table `shadow`). A row is rebuilt from its shadow with the unsent edits of the outbox on top,
// when a pulled page changes the shadow or the daemon refuses an edit. Internal to the device
// store.
class ShadowRows
{
public:
    struct Shadow
    {
        bool present = false; // false: the daemon has no such row
        FieldMap fields;
    };

    ShadowRows(QSqlDatabase db, StoreRows &rows);

    bool has(const QString &table, const QString &id) const;
    Result<std::optional<Shadow>> read(const QString &table, const QString &id) const;
    // Keeps the row as it is now as its shadow, unless it has one: done before its first unsent edit.
    Status ensure(const QString &table, const QString &id);
    // Folds a change the daemon acknowledged into the shadow.
    Status foldIn(const QString &table, const QString &id, const FieldMap &fields, bool deleted);
    // The daemon's row as a pulled page sends it (the shadow of a row that has one).
    Status replace(const QString &table, const QString &id, const FieldMap &fields, bool deleted);
    // Forgets the shadow; `failure` says what could not be done when that fails.
    Status drop(const QString &table, const QString &id, const QString &failure);
    // The row made again from its shadow and the unsent edits still in the outbox.
    Status rebuildRow(const QString &table, const QString &id);

private:
    QSqlDatabase m_db;
    StoreRows &m_rows;
    // Kept prepared (store::keep): every local edit asks for its row's shadow (an import, thousands
    // of times).
    mutable std::unique_ptr<QSqlQuery> m_hasQuery;
    std::unique_ptr<QSqlQuery> m_insertQuery;
};

} // namespace commonroom
