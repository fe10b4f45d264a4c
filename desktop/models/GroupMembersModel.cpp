#include "GroupMembersModel.h"

#include "desktop/core/Groups.h"
#include "desktop/core/LocalStore.h"

namespace commonroom {

GroupMembersModel::GroupMembersModel(const Groups &groups, LocalStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_groups(groups)
    , m_store(store)
{
    connect(&m_store, &LocalStore::tableChanged, this, [this](const QString &table) {
        if (!m_groupId.isEmpty() && (table == QLatin1String("membership") || table == QLatin1String("person")))
            reload();
    });
}

void GroupMembersModel::setGroupId(const QString &groupId)
{
    m_groupId = groupId;
    reload();
}

int GroupMembersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int GroupMembersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString GroupMembersModel::describeState(const QString &state)
{
    if (state == QLatin1String("active"))
        return tr("Member");
    if (state == QLatin1String("pending"))
        return tr("Asks to join");
    if (state == QLatin1String("invited"))
        return tr("Invited");
    if (state == QLatin1String("declined"))
        return tr("Declined");
    return state;
}

QString GroupMembersModel::describeRole(const QString &role)
{
    if (role == QLatin1String("curator"))
        return tr("Curator");
    if (role == QLatin1String("member"))
        return tr("Member");
    return role;
}

QVariant GroupMembersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[static_cast<std::size_t>(index.row())];

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row.name.isEmpty() ? tr("(name not shared)") : row.name;
        case StateColumn:
            return describeState(row.state);
        // A role is held by members; someone who asked or was invited holds none yet.
        case RoleColumn:
            return row.state == QLatin1String("active") ? describeRole(row.role) : QString();
        case MessageColumn:
            return row.message;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && row.name.isEmpty())
            return tr("This person's name is not shared with you, or they are not on this computer yet");
        if (index.column() == MessageColumn && !row.message.isEmpty())
            return row.message;
        return {};
    case MembershipIdRole:
        return row.membershipId;
    case PersonIdRole:
        return row.personId;
    case StateRole:
        return row.state;
    case RoleRole:
        return row.role;
    default:
        return {};
    }
}

QVariant GroupMembersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StateColumn:
        return tr("State");
    case RoleColumn:
        return tr("Role");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

QHash<int, QByteArray> GroupMembersModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(MembershipIdRole, "membershipId");
    names.insert(PersonIdRole, "personId");
    names.insert(StateRole, "state");
    names.insert(RoleRole, "role");
    return names;
}

int GroupMembersModel::rowOfMembership(const QString &id)
{
    for (std::size_t row = 0;; ++row) {
        if (row == m_rows.size()) {
            if (!canFetchMore())
                return -1;
            fetchMore();
            if (row == m_rows.size())
                return -1;
        }
        if (m_rows[row].membershipId == id)
            return static_cast<int>(row);
    }
}

std::vector<GroupMembersModel::Curator> GroupMembersModel::curators() const
{
    std::vector<Curator> curators;
    if (m_groupId.isEmpty())
        return curators;
    auto found = m_groups.curators(m_groupId);
    if (!found) {
        qWarning("GroupMembersModel: %s", found.error().message.c_str());
        return curators;
    }
    for (Groups::Named &curator : *found)
        curators.push_back(Curator {std::move(curator.id), std::move(curator.name)});
    return curators;
}

std::vector<GroupMembersModel::Row> GroupMembersModel::readRows(int offset, int count) const
{
    std::vector<Row> rows;
    if (m_groupId.isEmpty() || count <= 0)
        return rows;
    auto page = m_groups.membersPage(m_groupId, offset, count);
    if (!page) {
        qWarning("GroupMembersModel: %s", page.error().message.c_str());
        return rows;
    }
    rows.reserve(page->size());
    for (Groups::Member &member : *page) {
        rows.push_back(Row {std::move(member.membershipId), std::move(member.personId), std::move(member.name),
            std::move(member.state), std::move(member.role), std::move(member.message)});
    }
    return rows;
}

bool GroupMembersModel::canFetchMore(const QModelIndex &parent) const
{
    // Views (and QAbstractItemModelTester) ask for more while handling modelReset or rowsInserted;
    // rows inserted from inside those notifications would nest one change in another.
    return !parent.isValid() && !m_atEnd && !m_changing;
}

void GroupMembersModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // One row more than a page tells whether there is more after it.
    auto rows = readRows(static_cast<int>(m_rows.size()), kPageSize + 1);
    m_atEnd = static_cast<int>(rows.size()) <= kPageSize;
    if (!m_atEnd)
        rows.pop_back();
    if (rows.empty())
        return;
    const int first = static_cast<int>(m_rows.size());
    m_changing = true;
    beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
    std::move(rows.begin(), rows.end(), std::back_inserter(m_rows));
    endInsertRows();
    m_changing = false;
}

void GroupMembersModel::reload()
{
    // As many rows as were shown (at least a page), so that the view keeps its place.
    const int count = std::max(kPageSize, static_cast<int>(m_rows.size()));
    std::vector<Row> rows = readRows(0, count + 1);
    const bool atEnd = static_cast<int>(rows.size()) <= count;
    if (!atEnd)
        rows.pop_back();
    m_changing = true;
    beginResetModel();
    m_atEnd = atEnd;
    m_rows = std::move(rows);
    endResetModel();
    m_changing = false;
}

} // namespace commonroom
