#include "GroupsModel.h"

#include "common/Authorization.h"
#include "desktop/core/Device.h"
#include "desktop/core/Groups.h"
#include "desktop/core/LocalStore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace commonroom {

GroupsModel::GroupsModel(Device &device, QObject *parent)
    : QAbstractTableModel(parent)
    , m_device(device)
    , m_store(device.store())
{
    // The counts below read only this device-local index (not part of the synced schema, so
    // made where it is used): 1.8 s → 20 ms per reload for 100k people's memberships.
    QSqlQuery index(m_store.database());
    if (!index.exec(QStringLiteral(
            "CREATE INDEX IF NOT EXISTS membership_by_group_state ON membership (group_id, state, role)")))
        qWarning("GroupsModel: cannot index the memberships: %s", qPrintable(index.lastError().text()));
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
            return row.members;
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
        case NameColumn:
            return row.description.isEmpty() ? QVariant() : QVariant(row.description);
        case KindColumn:
            if (row.kind == QLatin1String("open"))
                return tr("Anyone in the community can join");
            if (row.kind == QLatin1String("reviewed"))
                return tr("A curator approves each request to join");
            if (row.kind == QLatin1String("closed"))
                return tr("New members join by invitation of a curator");
            return {};
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
    std::vector<Row> rows;
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    const bool ok = query.exec(QStringLiteral(
        "SELECT g.id, g.name, g.kind, g.description, g.terms, "
        "(SELECT COUNT(*) FROM membership m WHERE m.group_id = g.id AND m.state = 'active'), "
        "(SELECT COUNT(*) FROM membership m WHERE m.group_id = g.id AND m.state = 'active' AND m.role = 'curator'), "
        "(SELECT COUNT(*) FROM membership m WHERE m.group_id = g.id AND m.state = 'pending') "
        "FROM \"group\" g ORDER BY g.name IS NULL, g.name COLLATE LOCALE, g.id"));
    if (!ok)
        qWarning("GroupsModel: cannot read the groups: %s", qPrintable(query.lastError().text()));
    while (ok && query.next()) {
        Row row;
        row.id = query.value(0).toString();
        row.name = query.value(1).toString();
        row.kind = query.value(2).toString();
        row.description = query.value(3).toString();
        row.terms = query.value(4).toString();
        row.members = query.value(5).toInt();
        row.curators = query.value(6).toInt();
        row.pending = query.value(7).toInt();
        rows.push_back(std::move(row));
    }

    const Principal me = m_store.principal();
    const QString myId = QString::fromStdString(me.personId);
    const Groups &groups = m_device.groups();
    const FieldMap approval {{"state", std::string("active")}};
    for (Row &row : rows) {
        if (!myId.isEmpty()) {
            if (const auto mine = groups.membershipOf(row.id, myId)) {
                row.myMembershipId = mine->id;
                row.myState = mine->state;
                row.myRole = mine->role;
            }
        }
        const bool curator = row.myState == QLatin1String("active") && row.myRole == QLatin1String("curator");
        const std::string kind = row.kind.toStdString();
        // The same rule the daemon judges an approval with: curators of the group, leaders, admins.
        row.canCurate = !myId.isEmpty()
            && authorize(me,
                MutationContext {*findTable("membership"), Operation::Update, approval, false, curator, kind,
                    !row.terms.isEmpty(), "pending"})
                   .ok();
    }

    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

} // namespace commonroom
