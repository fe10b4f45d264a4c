#include "MyGroupsModel.h"

#include "desktop/core/Groups.h"
#include "desktop/core/LocalStore.h"

namespace commonroom {

MyGroupsModel::MyGroupsModel(const Groups &groups, LocalStore &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_groups(groups)
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
    auto mine = m_groups.mine();
    if (!mine)
        qWarning("MyGroupsModel: %s", mine.error().message.c_str());
    std::vector<Row> rows;
    if (mine) {
        rows.reserve(mine->size());
        for (Groups::MyGroup &group : *mine)
            rows.push_back({std::move(group.id), std::move(group.name), std::move(group.role)});
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

} // namespace commonroom
