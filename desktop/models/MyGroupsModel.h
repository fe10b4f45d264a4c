#pragma once

#include <QAbstractListModel>
#include <QString>

#include <vector>

namespace commonroom {

class Groups;
class LocalStore;

// The groups the signed-in person is an active member of, by name, for the Home dashboard
// (Groups::mine): unlike GroupsModel it counts no members, so it stays cheap with a million
// people and can follow every pull page. Reads them again when groups or memberships change.
class MyGroupsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum ItemRole {
        IdRole = Qt::UserRole, // the group's id
        RoleRole, // my role there: "member" or "curator"
    };

    // `store` tells when groups or memberships change.
    MyGroupsModel(const Groups &groups, LocalStore &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

public Q_SLOTS:
    void reload();

private:
    struct Row
    {
        QString id;
        QString name;
        QString role;
    };

    const Groups &m_groups;
    LocalStore &m_store;
    std::vector<Row> m_rows;
};

} // namespace commonroom
