#include "People.h"

#include "LocalStore.h"

#include "common/Schema.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace commonroom {

People::People(const LocalStore &store)
    : m_store(store)
{
}

PeopleSearch People::search(const PeopleQuery &query) const
{
    return PeopleSearch(m_store.database(), query);
}

namespace {

// Only the person table's own columns are ever put into a query's text.
Status checkColumns(const QStringList &columns)
{
    static const TableDef *person = findTable("person");
    for (const QString &column : columns) {
        const std::string name = column.toStdString();
        if (!person->field(name) && fieldOfVisibilityColumn(*person, name).empty())
            return makeError("unknown_field", "The person table has no column " + name + ".");
    }
    return {};
}

} // namespace

Result<std::vector<People::Columns>> People::columnsOf(const QStringList &ids, const QStringList &columns) const
{
    if (auto valid = checkColumns(columns); !valid)
        return valid.error();
    std::vector<Columns> rows;
    if (ids.isEmpty())
        return rows;
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    // The rows by primary key, then put back in the order asked.
    query.prepare(QStringLiteral("SELECT id, %1 FROM person WHERE id IN (%2)")
                      .arg(columns.join(QStringLiteral(", ")),
                          QStringList(int(ids.size()), QStringLiteral("?")).join(QLatin1Char(','))));
    for (const QString &id : ids)
        query.addBindValue(id);
    if (!query.exec())
        return makeError("storage", "Cannot read the people on this device.");
    QHash<QString, Columns> byId;
    while (query.next()) {
        Columns row {query.value(0).toString(), {}};
        row.values.reserve(std::size_t(columns.size()));
        for (int i = 0; i < columns.size(); ++i)
            row.values.push_back(query.value(i + 1));
        byId.insert(row.id, std::move(row));
    }
    rows.reserve(std::size_t(ids.size()));
    for (const QString &id : ids) {
        if (auto found = byId.find(id); found != byId.end())
            rows.push_back(std::move(*found));
    }
    return rows;
}

QString People::namedPageQuery(const QStringList &columns, bool afterKey)
{
    // The explicit COLLATE on the right-hand side makes SQLite compare in the order of the user's
    // language, case-insensitively (NameCollation), and read the person_by_locale_name index in
    // that order; rows without a name never match the comparison.
    const QString sql = afterKey
        ? QStringLiteral("SELECT id, %1 FROM person WHERE (display_name, id) > (? COLLATE LOCALE, ?) "
                         "ORDER BY display_name COLLATE LOCALE, id LIMIT ?")
        : QStringLiteral("SELECT id, %1 FROM person WHERE display_name IS NOT NULL "
                         "ORDER BY display_name COLLATE LOCALE, id LIMIT ?");
    return sql.arg(columns.join(QStringLiteral(", ")));
}

Result<std::vector<People::Columns>> People::namedPage(
    const QStringList &columns, const QString &afterName, const QString &afterId, int count) const
{
    if (auto valid = checkColumns(columns); !valid)
        return valid.error();
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    const bool after = !afterId.isEmpty();
    if (!query.prepare(namedPageQuery(columns, after)))
        return makeError("storage", "Cannot read the people on this device: " + query.lastError().text().toStdString());
    if (after) {
        query.addBindValue(afterName);
        query.addBindValue(afterId);
    }
    query.addBindValue(count);
    return readPage(query, int(columns.size()));
}

Result<std::vector<People::Columns>> People::unnamedPage(
    const QStringList &columns, const QString &afterId, int count) const
{
    if (auto valid = checkColumns(columns); !valid)
        return valid.error();
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    const bool after = !afterId.isEmpty();
    const QString sql = after
        ? QStringLiteral("SELECT id, %1 FROM person WHERE display_name IS NULL AND id > ? ORDER BY id LIMIT ?")
        : QStringLiteral("SELECT id, %1 FROM person WHERE display_name IS NULL ORDER BY id LIMIT ?");
    if (!query.prepare(sql.arg(columns.join(QStringLiteral(", ")))))
        return makeError("storage", "Cannot read the people on this device: " + query.lastError().text().toStdString());
    if (after)
        query.addBindValue(afterId);
    query.addBindValue(count);
    return readPage(query, int(columns.size()));
}

Result<std::vector<People::Columns>> People::readPage(QSqlQuery &query, int columnCount) const
{
    if (!query.exec())
        return makeError("storage", "Cannot read the people on this device: " + query.lastError().text().toStdString());
    std::vector<Columns> rows;
    while (query.next()) {
        Columns row {query.value(0).toString(), {}};
        row.values.reserve(std::size_t(columnCount));
        for (int i = 0; i < columnCount; ++i)
            row.values.push_back(query.value(i + 1));
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace commonroom
