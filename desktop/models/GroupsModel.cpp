#include "GroupsModel.h"

#include "desktop/core/Device.h"
#include "desktop/core/Groups.h"
#include "desktop/core/LocalStore.h"

namespace commonroom {

GroupsModel::GroupsModel(Device &device, QObject *parent)
    : QAbstractTableModel(parent)
    , m_device(device)
    , m_store(device.store())
{
    connect(&m_store, &LocalStore::tableChanged, this, [this](const QString &table) {
        if (table == QLatin1String("group") || table == QLatin1String("membership"))
            reload();
    });
    reload();
}

int GroupsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int GroupsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString GroupsModel::describeStanding(const QString &state, const QString &role)
{
    if (state == QLatin1String("active"))
        return role == QLatin1String("curator") ? tr("curator") : tr("member");
    if (state == QLatin1String("pending"))
        return tr("requested");
    if (state == QLatin1String("invited"))
        return tr("invited");
    if (state == QLatin1String("declined"))
        return tr("declined");
    return {};
}

QString GroupsModel::describeKind(const QString &kind)
{
    if (kind == QLatin1String("open"))
        return tr("Open");
    if (kind == QLatin1String("reviewed"))
        return tr("Reviewed");
    if (kind == QLatin1String("closed"))
        return tr("Closed");
    return kind;
}

QVariant GroupsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[static_cast<std::size_t>(index.row())];

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row.name.isEmpty() ? tr("(unnamed group)") : row.name;
        case KindColumn:
            return describeKind(row.kind);
        case MembersColumn:
            return m_membersHidden ? QVariant(QStringLiteral("—")) : QVariant(row.members);
        case YouColumn:
            return describeStanding(row.myState, row.myRole);
        case RequestsColumn:
            // Requests are only news to those who may answer them.
            return row.canCurate && row.pending > 0 ? QVariant(row.pending) : QVariant();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        // The whole name (a narrow list cuts it), then what the group is about.
        case NameColumn:
            return row.description.isEmpty() ? row.name : row.name + QLatin1Char('\n') + row.description;
        case KindColumn:
            if (row.kind == QLatin1String("open"))
                return tr("Anyone in the community can join");
            if (row.kind == QLatin1String("reviewed"))
                return tr("A curator approves each request to join");
            if (row.kind == QLatin1String("closed"))
                return tr("New members join by invitation of a curator");
            return {};
        case MembersColumn:
            return m_membersHidden ? QVariant(tr("Members are shown once you are approved.")) : QVariant();
        case RequestsColumn:
            return row.canCurate ? QVariant(tr("%n request(s) waiting for a curator", nullptr, row.pending))
                                 : QVariant();
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == MembersColumn || index.column() == RequestsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return row.id;
    case KindRole:
        return row.kind;
    case DescriptionRole:
        return row.description;
    case TermsRole:
        return row.terms;
    case MemberCountRole:
        return row.members;
    case CuratorCountRole:
        return row.curators;
    case PendingCountRole:
        return row.pending;
    case MyMembershipIdRole:
        return row.myMembershipId;
    case MyStateRole:
        return row.myState;
    case MyRoleRole:
        return row.myRole;
    case CanCurateRole:
        return row.canCurate;
    case SearchTextRole:
        return row.name + QLatin1Char('\n') + row.description;
    default:
        return {};
    }
}

QVariant GroupsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case MembersColumn:
        return tr("Members");
    case YouColumn:
        return tr("You");
    case RequestsColumn:
        return tr("Requests");
    default:
        return {};
    }
}

QHash<int, QByteArray> GroupsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "groupId");
    names.insert(KindRole, "kind");
    names.insert(DescriptionRole, "description");
    names.insert(TermsRole, "terms");
    names.insert(MemberCountRole, "memberCount");
    names.insert(CuratorCountRole, "curatorCount");
    names.insert(PendingCountRole, "pendingCount");
    names.insert(MyMembershipIdRole, "myMembershipId");
    names.insert(MyStateRole, "myState");
    names.insert(MyRoleRole, "myRole");
    names.insert(CanCurateRole, "canCurate");
    names.insert(SearchTextRole, "searchText");
    return names;
}

int GroupsModel::rowOfId(const QString &id) const
{
    for (std::size_t row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == id)
            return static_cast<int>(row);
    }
    return -1;
}

void GroupsModel::reload()
{
    m_membersHidden = m_device.store().principal().role == Role::Applicant;
    auto listed = m_device.groups().listed();
    if (!listed)
        qWarning("GroupsModel: %s", listed.error().message.c_str());
    std::vector<Row> rows;
    if (listed) {
        rows.reserve(listed->size());
        for (Groups::Listed &group : *listed) {
            rows.push_back(Row {std::move(group.id), std::move(group.name), std::move(group.kind),
                std::move(group.description), std::move(group.terms), group.members, group.curators, group.pending,
                std::move(group.myMembershipId), std::move(group.myState), std::move(group.myRole), group.canCurate});
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

} // namespace commonroom
