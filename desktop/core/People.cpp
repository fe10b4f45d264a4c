#include "People.h"

#include "LocalStore.h"

#include "common/Schema.h"

#include <QHash>
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

Result<std::vector<People::Columns>> People::columnsOf(const QStringList &ids, const QStringList &columns) const
{
    static const TableDef *person = findTable("person");
    for (const QString &column : columns) {
        if (!person->field(column.toStdString()))
            return makeError("unknown_field", "The person table has no column " + column.toStdString() + ".");
    }
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

} // namespace commonroom
