#include "MyGroupsModel.h"

#include "desktop/core/LocalStore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace commonroom {

MyGroupsModel::MyGroupsModel(LocalStore &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    connect(&m_store, &LocalStore::tableChanged, this, [this](const QString &table) {
        if (table == QLatin1String("group") || table == QLatin1String("membership"))
            reload();
    });
    reload();
}

int MyGroupsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant MyGroupsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return row.name.isEmpty() ? tr("(unnamed group)") : row.name;
    case Qt::ToolTipRole:
        return row.role == QLatin1String("curator") ? tr("You curate this group") : tr("You are a member");
    case IdRole:
        return row.id;
    case RoleRole:
        return row.role;
    default:
        return {};
    }
}

QHash<int, QByteArray> MyGroupsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "groupId");
    names.insert(RoleRole, "myRole");
    return names;
}

void MyGroupsModel::reload()
{
    std::vector<Row> rows;
    const QString me = m_store.setting(QStringLiteral("person_id"));
    if (!me.isEmpty()) {
        QSqlQuery query(m_store.database());
        query.setForwardOnly(true);
        query.prepare(
            QStringLiteral("SELECT g.id, g.name, m.role FROM membership m JOIN \"group\" g ON g.id = m.group_id "
                           "WHERE m.person_id = ? AND m.state = 'active' "
                           "ORDER BY g.name IS NULL, g.name COLLATE LOCALE, g.id"));
        query.addBindValue(me);
        if (!query.exec())
            qWarning("MyGroupsModel: cannot read my groups: %s", qPrintable(query.lastError().text()));
        QString previous;
        while (query.next()) {
            if (query.value(0).toString() == previous)
                continue; // one line per group, whatever the rows say
            previous = query.value(0).toString();
            rows.push_back({previous, query.value(1).toString(), query.value(2).toString()});
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

} // namespace commonroom
