#pragma once

#include <QAbstractTableModel>
#include <QString>

#include <vector>

namespace commonroom {

class Groups;
class LocalStore;

// The memberships of one group: who, in what state and role, and the message that came with the
// request or the curator's answer. Requests waiting for a curator come first, then curators,
// members, invitations and declined requests, each by name (Groups::membersPage). Reads the
// group again when memberships or people change.
//
// Lazy: a group of a million-person community can have tens of thousands of members, so rows are
// read a page (kPageSize) at a time as the view scrolls (canFetchMore/fetchMore); a reload reads
// again as many rows as were shown.
class GroupMembersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, StateColumn, RoleColumn, MessageColumn, ColumnCount };
    enum ItemRole {
        MembershipIdRole = Qt::UserRole, // the membership's id (QString)
        PersonIdRole, // the person's id (QString)
        StateRole, // "pending", "active", "invited", "declined"
        RoleRole, // "member", "curator"
    };

    static constexpr int kPageSize = 200;

    // `store` tells when memberships or people change.
    GroupMembersModel(const Groups &groups, LocalStore &store, QObject *parent = nullptr);

    // The group whose memberships the model holds; empty for none. Resets the model.
    void setGroupId(const QString &groupId);
    QString groupId() const { return m_groupId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

    // The row of the membership `id` (reading further pages until it is found), or -1.
    int rowOfMembership(const QString &id);

    struct Curator
    {
        QString personId;
        QString name; // empty when not shared or not on the device
    };
    // The group's active curators, by name, whether or not their rows are read yet.
    std::vector<Curator> curators() const;

    static QString describeState(const QString &state);
    static QString describeRole(const QString &role);

public Q_SLOTS:
    void reload();

private:
    struct Row
    {
        QString membershipId;
        QString personId;
        QString name; // empty when the person is not on the device or their name is not shared
        QString state;
        QString role;
        QString message;
    };

    std::vector<Row> readRows(int offset, int count) const;

    const Groups &m_groups;
    LocalStore &m_store;
    QString m_groupId;
    std::vector<Row> m_rows;
    bool m_atEnd = true; // every membership of the group is in m_rows
    bool m_changing = false; // inside a reset or an insertion
};

} // namespace commonroom
