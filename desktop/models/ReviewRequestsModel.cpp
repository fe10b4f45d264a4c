#include "ReviewRequestsModel.h"

#include "common/Authorization.h"
#include "desktop/core/Device.h"
#include "desktop/core/Groups.h"
#include "desktop/core/LocalStore.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace commonroom {

ReviewRequestsModel::ReviewRequestsModel(Device &device, QObject *parent)
    : QAbstractListModel(parent)
    , m_device(device)
    , m_store(device.store())
{
    // A device-local index (not part of the synced schema, so made where it is used): the pending
    // requests, a small part of all memberships, found without reading the others.
    QSqlQuery index(m_store.database());
    if (!index.exec(QStringLiteral(
            "CREATE INDEX IF NOT EXISTS membership_pending ON membership (state) WHERE state = 'pending'")))
        qWarning("ReviewRequestsModel: cannot index the requests: %s", qPrintable(index.lastError().text()));
    connect(&m_store, &LocalStore::tableChanged, this, [this](const QString &table) {
        if (table == QLatin1String("group") || table == QLatin1String("membership") || table == QLatin1String("person"))
            reload();
    });
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
    std::vector<Row> rows;
    const Principal me = m_store.principal();
    const QString myId = QString::fromStdString(me.personId);
    if (!myId.isEmpty()) {
        // Leaders and admins answer every group's requests (the rule table); others only those
        // of the groups they curate. Newest first, at most kMaxShown, read through the partial
        // index of pending memberships: a million people may have a hundred thousand requests.
        const bool everyGroup = me.role >= Role::Leader;
        QSqlQuery query(m_store.database());
        query.setForwardOnly(true);
        query.prepare(
            QStringLiteral(
                "SELECT m.id, m.group_id, g.name, g.kind, g.terms, m.person_id, p.display_name, m.message "
                "FROM membership m INDEXED BY membership_pending JOIN \"group\" g ON g.id = m.group_id "
                "LEFT JOIN person p ON p.id = m.person_id WHERE m.state = 'pending'%1 ORDER BY m.rowid DESC LIMIT %2")
                .arg(everyGroup ? QString()
                                : QStringLiteral(" AND m.group_id IN (SELECT group_id FROM membership WHERE "
                                                 "person_id = :me AND state = 'active' AND role = 'curator')"))
                .arg(kMaxShown));
        if (!everyGroup)
            query.bindValue(QStringLiteral(":me"), myId);
        const bool ok = query.exec();
        if (!ok)
            qWarning("ReviewRequestsModel: cannot read the requests: %s", qPrintable(query.lastError().text()));
        const Groups &groups = m_device.groups();
        const FieldMap approval {{"state", std::string("active")}};
        QHash<QString, bool> mayAnswer; // per group
        while (ok && query.next()) {
            const QString groupId = query.value(1).toString();
            if (!mayAnswer.contains(groupId)) {
                const auto mine = groups.membershipOf(groupId, myId);
                const bool curator
                    = mine && mine->state == QLatin1String("active") && mine->role == QLatin1String("curator");
                // The rule the daemon judges an approval with: curators of the group, leaders, admins.
                mayAnswer[groupId] = authorize(me,
                    MutationContext {*findTable("membership"), Operation::Update, approval, false, curator,
                        query.value(3).toString().toStdString(), !query.value(4).toString().isEmpty(), "pending"})
                                         .ok();
            }
            if (!mayAnswer.value(groupId))
                continue;
            rows.push_back({query.value(0).toString(), groupId, query.value(2).toString(), query.value(5).toString(),
                query.value(6).toString(), query.value(7).toString()});
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

} // namespace commonroom
