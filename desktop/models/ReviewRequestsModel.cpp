#include "ReviewRequestsModel.h"

#include "DeferredReload.h"
#include "desktop/core/Device.h"
#include "desktop/core/LocalStore.h"

namespace commonroom {

ReviewRequestsModel::ReviewRequestsModel(Device &device, QObject *parent)
    : QAbstractListModel(parent)
    , m_groups(device.groups())
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

int ReviewRequestsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant ReviewRequestsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[static_cast<std::size_t>(index.row())];
    const QString person = row.personName.isEmpty() ? tr("Someone") : row.personName;
    const QString group = row.groupName.isEmpty() ? tr("(unnamed group)") : row.groupName;
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 asks to join %2").arg(person, group);
    case Qt::ToolTipRole:
        return row.message.isEmpty() ? QVariant() : QVariant(tr("Message: %1").arg(row.message));
    case Qt::AccessibleDescriptionRole:
        return row.message;
    case MembershipIdRole:
        return row.membershipId;
    case GroupIdRole:
        return row.groupId;
    case GroupNameRole:
        return row.groupName;
    case PersonIdRole:
        return row.personId;
    case PersonNameRole:
        return row.personName;
    case MessageRole:
        return row.message;
    default:
        return {};
    }
}

QHash<int, QByteArray> ReviewRequestsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(MembershipIdRole, "membershipId");
    names.insert(GroupIdRole, "groupId");
    names.insert(GroupNameRole, "groupName");
    names.insert(PersonIdRole, "personId");
    names.insert(PersonNameRole, "personName");
    names.insert(MessageRole, "message");
    return names;
}

void ReviewRequestsModel::reload()
{
    auto requests = m_groups.requestsToAnswer(kMaxShown);
    if (!requests)
        qWarning("ReviewRequestsModel: %s", requests.error().message.c_str());
    beginResetModel();
    m_rows = requests ? std::move(requests).value() : std::vector<Row> {};
    endResetModel();
}

} // namespace commonroom
