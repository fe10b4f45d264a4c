#pragma once

#include <QAbstractListModel>
#include <QString>

#include <vector>

namespace commonroom {

class Device;
class LocalStore;

// Requests to join that the signed-in person may answer: pending memberships of the groups they
// curate (every group for leaders and admins), by the same rule the daemon approves with. For the
// Home dashboard: the newest kMaxShown, read again when a group, membership or person changes
// (a bounded, indexed query, cheap enough to follow every pull page).
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
    struct Row
    {
        QString membershipId;
        QString groupId;
        QString groupName;
        QString personId;
        QString personName;
        QString message;
    };

    Device &m_device;
    LocalStore &m_store;
    std::vector<Row> m_rows;
};

} // namespace commonroom
