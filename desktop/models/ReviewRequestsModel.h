#pragma once

#include "desktop/core/Groups.h"

#include <QAbstractListModel>
#include <QString>

#include <vector>

namespace commonroom {

class Device;

// Requests to join that the signed-in person may answer: pending memberships of the groups they
// curate (every group for leaders and admins), by the same rule the daemon approves with
// (Groups::requestsToAnswer). For the Home dashboard: the newest kMaxShown, read again when a
// group or membership changes (a bounded, indexed read, cheap enough to follow every pull page).
// Of people it shows only the names of those asking: a change to people reloads it only while it
// shows someone, and once the changes pause.
class ReviewRequestsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum ItemRole {
        MembershipIdRole = Qt::UserRole,
        GroupIdRole,
        GroupNameRole,
        PersonIdRole,
        PersonNameRole,
        MessageRole, // what the person wrote with the request
    };

    static constexpr int kMaxShown = 200;

    explicit ReviewRequestsModel(Device &device, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

public Q_SLOTS:
    void reload();

private:
    using Row = Groups::Request;

    const Groups &m_groups;
    std::vector<Row> m_rows;
};

} // namespace commonroom
