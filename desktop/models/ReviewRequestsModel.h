#pragma once

#include "desktop/core/Groups.h"

#include <QAbstractItemModel>
#include <QString>

#include <vector>

namespace commonroom {

class Device;
class LocalStore;

// The inbox of requests to join that the signed-in person may answer: pending memberships of
// the groups they curate (every group for leaders and admins), by the same rule the daemon
// approves with (Groups::requestsToAnswer). A tree for the Home dashboard: one row per group,
// saying how many wait in it, the group that has waited longest first; under each, its requests
// from the oldest, with who asks, how long ago and what they wrote. It holds the oldest kMaxShown
// requests, read again when a group or membership changes (a bounded, indexed read, cheap enough
// to follow every pull page). Of people it shows only the names of those asking: a change to
// people reloads it only while it shows someone, and once the changes pause.
class ReviewRequestsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, AskedColumn, MessageColumn, ColumnCount };
    // Every column of a row answers these; a group's row has no membership, person or message.
    enum ItemRole {
        MembershipIdRole = Qt::UserRole,
        GroupIdRole,
        GroupNameRole,
        PersonIdRole,
        PersonNameRole,
        MessageRole, // what the person wrote with the request
        WaitingRole, // on a group's row: how many requests wait in it, shown or not
    };

    static constexpr int kMaxShown = 200;

    explicit ReviewRequestsModel(Device &device, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Requests shown, in every group.
    int requestCount() const;
    // Whether the signed-in person answers any group's requests (a leader, or a curator).
    bool answersAny() const { return m_answersAny; }
    // Requests waiting for them in every group, shown or not.
    int waitingCount() const { return m_waitingCount; }
    // The requests `indexes` name: a request's row names itself, a group's row every request
    // shown under it. Each once, in the order of the list.
    std::vector<Groups::Request> requests(const QModelIndexList &indexes) const;

public Q_SLOTS:
    void reload();

private:
    struct GroupRows
    {
        QString groupId;
        QString groupName;
        int waiting = 0;
        std::vector<Groups::Request> requests;
    };

    QVariant groupData(const GroupRows &group, int column, int role) const;
    QVariant requestData(const GroupRows &group, const Groups::Request &request, int column, int role) const;

    const Groups &m_groups;
    const LocalStore &m_store; // its clock says how long ago
    std::vector<GroupRows> m_rows;
    bool m_answersAny = false;
    int m_waitingCount = 0;
};

} // namespace commonroom
