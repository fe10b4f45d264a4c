#include "ReviewRequestsModel.h"

#include "DeferredReload.h"
#include "desktop/core/Device.h"
#include "desktop/core/LocalStore.h"
#include "desktop/core/TimeText.h"

#include <QSet>

#include <algorithm>

namespace commonroom {

namespace {
// A request's row keeps the row of its group + 1 as its internal id; a group's row keeps 0.
constexpr quintptr kGroupRow = 0;
} // namespace

ReviewRequestsModel::ReviewRequestsModel(Device &device, QObject *parent)
    : QAbstractItemModel(parent)
    , m_groups(device.groups())
    , m_store(device.store())
{
    connect(&device.store(), &LocalStore::tableChanged, this, [this](const QString &table) {
        if (table == QLatin1String("group") || table == QLatin1String("membership"))
            reload();
    });
    // A page of people changes no request; it may rename someone shown, which can wait for the
    // pages to pause. While nobody is shown there is nothing to rename.
    new DeferredReload(
        device.store(), {QStringLiteral("person")},
        [this] {
            if (!m_rows.empty())
                reload();
        },
        this);
    reload();
}

QModelIndex ReviewRequestsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row()) + 1 : kGroupRow);
}

QModelIndex ReviewRequestsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupRow);
}

int ReviewRequestsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_rows.size());
    if (parent.internalId() != kGroupRow || parent.column() != 0)
        return 0;
    return int(m_rows[std::size_t(parent.row())].requests.size());
}

int ReviewRequestsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ReviewRequestsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kGroupRow)
        return groupData(m_rows[std::size_t(index.row())], index.column(), role);
    const GroupRows &group = m_rows[std::size_t(index.internalId() - 1)];
    return requestData(group, group.requests[std::size_t(index.row())], index.column(), role);
}

QVariant ReviewRequestsModel::groupData(const GroupRows &group, int column, int role) const
{
    const QString name = group.groupName.isEmpty() ? tr("(unnamed group)") : group.groupName;
    const int shown = int(group.requests.size());
    switch (role) {
    case Qt::DisplayRole:
        if (column != NameColumn)
            return {};
        return tr("%1 (%Ln waiting)", nullptr, group.waiting).arg(name);
    case Qt::ToolTipRole:
        return shown < group.waiting ? QVariant(
                   tr("The %Ln longest waiting are shown here; open the group (Enter) for the others.", nullptr, shown))
                                     : QVariant();
    case Qt::AccessibleTextRole:
        return tr("%1, %Ln request(s) to join", nullptr, group.waiting).arg(name);
    case GroupIdRole:
        return group.groupId;
    case GroupNameRole:
        return group.groupName;
    case WaitingRole:
        return group.waiting;
    default:
        return {};
    }
}

QVariant ReviewRequestsModel::requestData(
    const GroupRows &group, const Groups::Request &request, int column, int role) const
{
    const QString person = request.personName.isEmpty() ? tr("Someone") : request.personName;
    const QString asked = request.requestedAt.isValid() ? daysAgo(request.requestedAt, m_store.now()) : QString();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return person;
        case AskedColumn:
            return asked.isEmpty() ? tr("date not known") : asked;
        case MessageColumn:
            // One line of it in the list; the whole message in the tooltip.
            return QString(request.message).replace(QLatin1Char('\n'), QLatin1Char(' '));
        }
        return {};
    case Qt::ToolTipRole:
        if (column == AskedColumn && request.requestedAt.isValid())
            return shortDateTime(request.requestedAt.toLocalTime());
        return request.message.isEmpty() ? QVariant() : QVariant(request.message);
    case Qt::AccessibleTextRole:
        return asked.isEmpty() ? tr("%1 asks to join %2").arg(person, group.groupName)
                               : tr("%1 asks to join %2, %3").arg(person, group.groupName, asked);
    case Qt::AccessibleDescriptionRole:
        return request.message;
    case MembershipIdRole:
        return request.membershipId;
    case GroupIdRole:
        return request.groupId;
    case GroupNameRole:
        return request.groupName;
    case PersonIdRole:
        return request.personId;
    case PersonNameRole:
        return request.personName;
    case MessageRole:
        return request.message;
    default:
        return {};
    }
}

QVariant ReviewRequestsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Group and person");
    case AskedColumn:
        return tr("Asked");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

QHash<int, QByteArray> ReviewRequestsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(MembershipIdRole, "membershipId");
    names.insert(GroupIdRole, "groupId");
    names.insert(GroupNameRole, "groupName");
    names.insert(PersonIdRole, "personId");
    names.insert(PersonNameRole, "personName");
    names.insert(MessageRole, "message");
    names.insert(WaitingRole, "waiting");
    return names;
}

int ReviewRequestsModel::requestCount() const
{
    int count = 0;
    for (const auto &group : m_rows)
        count += int(group.requests.size());
    return count;
}

std::vector<Groups::Request> ReviewRequestsModel::requests(const QModelIndexList &indexes) const
{
    QSet<QString> named;
    for (const QModelIndex &index : indexes) {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid))
            continue;
        if (index.internalId() == kGroupRow) {
            for (const auto &request : m_rows[std::size_t(index.row())].requests)
                named.insert(request.membershipId);
        } else {
            named.insert(index.data(MembershipIdRole).toString());
        }
    }
    std::vector<Groups::Request> requests;
    for (const auto &group : m_rows) {
        for (const auto &request : group.requests) {
            if (named.contains(request.membershipId))
                requests.push_back(request);
        }
    }
    return requests;
}

void ReviewRequestsModel::reload()
{
    auto inbox = m_groups.requestsToAnswer(kMaxShown);
    if (!inbox)
        qWarning("ReviewRequestsModel: %s", inbox.error().message.c_str());
    beginResetModel();
    m_rows.clear();
    m_answersAny = inbox && inbox->answers;
    m_waitingCount = 0;
    if (inbox) {
        for (const int waiting : std::as_const(inbox->waiting))
            m_waitingCount += waiting;
        // Groups in the order of their longest waiting request, as the requests come.
        for (auto &request : inbox->oldest) {
            auto group = std::find_if(
                m_rows.begin(), m_rows.end(), [&](const GroupRows &rows) { return rows.groupId == request.groupId; });
            if (group == m_rows.end()) {
                m_rows.push_back({request.groupId, request.groupName, inbox->waiting.value(request.groupId), {}});
                group = std::prev(m_rows.end());
            }
            group->requests.push_back(std::move(request));
        }
    }
    endResetModel();
}

} // namespace commonroom
