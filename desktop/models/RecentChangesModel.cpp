#include "RecentChangesModel.h"

#include "common/Value.h"
#include "desktop/core/LocalStore.h"
#include "desktop/core/RecentChanges.h"
#include "desktop/core/TimeText.h"

#include <QDateTime>
#include <QLocale>

namespace commonroom {

namespace {
QString textOf(const std::optional<FieldMap> &row, const std::string &name)
{
    if (!row)
        return {};
    const auto it = row->find(name);
    return it == row->end() || isNull(it->second) ? QString() : QString::fromStdString(toDisplayString(it->second));
}
} // namespace

RecentChangesModel::RecentChangesModel(LocalStore &store, RecentChanges &changes, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_changes(changes)
{
    connect(&m_changes, &RecentChanges::changed, this, &RecentChangesModel::reload);
    connect(&m_store, &LocalStore::tableChanged, this, [this](const QString &table) {
        if (table == QLatin1String("group") || table == QLatin1String("membership") || table == QLatin1String("person"))
            reload();
    });
    reload();
}

int RecentChangesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant RecentChangesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return row.text;
    case Qt::ToolTipRole:
        return shortDateTime(QDateTime::fromMSecsSinceEpoch(row.atMs).toLocalTime());
    case TableRole:
        return row.table;
    case RowIdRole:
        return row.rowId;
    case GroupIdRole:
        return row.groupId;
    case AtRole:
        return QDateTime::fromMSecsSinceEpoch(row.atMs);
    default:
        return {};
    }
}

QHash<int, QByteArray> RecentChangesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(TableRole, "table");
    names.insert(RowIdRole, "rowId");
    names.insert(GroupIdRole, "groupId");
    names.insert(AtRole, "at");
    return names;
}

QString RecentChangesModel::describe(const QString &table, const QString &rowId, const QString &groupId) const
{
    QString group = textOf(m_store.row(QStringLiteral("group"), groupId), "name");
    if (group.isEmpty())
        group = tr("(unnamed group)");
    if (table == QLatin1String("group"))
        return tr("%1 was updated").arg(group);
    const auto membership = m_store.row(QStringLiteral("membership"), rowId);
    const QString personId = textOf(membership, "person_id");
    QString person = personId == m_store.setting(QStringLiteral("person_id"))
        ? tr("You")
        : textOf(m_store.row(QStringLiteral("person"), personId), "display_name");
    if (person.isEmpty())
        person = tr("Someone");
    const QString state = textOf(membership, "state");
    if (state == QLatin1String("active"))
        return textOf(membership, "role") == QLatin1String("curator") ? tr("%1: curator of %2").arg(person, group)
                                                                      : tr("%1 joined %2").arg(person, group);
    if (state == QLatin1String("pending"))
        return tr("%1 asked to join %2").arg(person, group);
    if (state == QLatin1String("invited"))
        return tr("%1 was invited to %2").arg(person, group);
    if (state == QLatin1String("declined"))
        return tr("%1 is not joining %2 (declined)").arg(person, group);
    return tr("A membership of %1 changed").arg(group);
}

void RecentChangesModel::reload()
{
    std::vector<Row> rows;
    for (const auto &entry : m_changes.entries())
        rows.push_back(
            {entry.table, entry.rowId, entry.groupId, entry.atMs, describe(entry.table, entry.rowId, entry.groupId)});
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

} // namespace commonroom
