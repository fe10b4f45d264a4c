#pragma once

#include <QAbstractTableModel>
#include <QString>

#include <vector>

namespace commonroom {

class Device;
class LocalStore;

// The groups on the device, by name, with how the signed-in person stands in each: for the
// groups window. Groups are few (tens, not millions), so the model holds them all and reads them
// again whenever a group or membership changes, by a local edit or by sync.
class GroupsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, KindColumn, MembersColumn, YouColumn, RequestsColumn, ColumnCount };
    enum ItemRole {
        IdRole = Qt::UserRole, // the group's id (QString)
        KindRole, // "open", "reviewed", "closed" (QString, may be empty when not shared)
        DescriptionRole,
        TermsRole, // empty when the group has no terms (or they are not shared with the user)
        MemberCountRole, // active memberships (int)
        CuratorCountRole, // active curators (int)
        PendingCountRole, // requests waiting for a curator (int)
        MyMembershipIdRole, // the signed-in person's membership in the group, empty if none
        MyStateRole, // its state: "active", "pending", "invited", "declined" or empty
        MyRoleRole, // its role: "member", "curator" or empty
        CanCurateRole, // true when the shared rules let the user approve requests of the group
        SearchTextRole, // name and description, for the search field
    };

    explicit GroupsModel(Device &device, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The row of the group `id`, or -1.
    int rowOfId(const QString &id) const;

    // What the "You" column says for a membership state and role ("curator", "member",
    // "requested", "invited", "declined"; empty without a membership).
    static QString describeStanding(const QString &state, const QString &role);
    static QString describeKind(const QString &kind);

public Q_SLOTS:
    void reload();

private:
    struct Row
    {
        QString id;
        QString name;
        QString kind;
        QString description;
        QString terms;
        int members = 0;
        int curators = 0;
        int pending = 0;
        QString myMembershipId;
        QString myState;
        QString myRole;
        bool canCurate = false;
    };

    Device &m_device;
    LocalStore &m_store;
    std::vector<Row> m_rows;
    bool m_membersHidden = false; // an applicant's device holds no memberships: no counts
};

} // namespace commonroom
