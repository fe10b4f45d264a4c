#include "RolesModel.h"

#include "DeferredReload.h"

#include <QSqlQuery>

namespace commonroom {

RolesModel::RolesModel(LocalStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    new DeferredReload(
        m_store, {QStringLiteral("person")}, [this] { reload(); }, this);
    reload();
}

int RolesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_people.size());
}

int RolesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RolesModel::roleText(const QString &role)
{
    if (role == QLatin1String("admin"))
        return tr("Admin");
    if (role == QLatin1String("leader"))
        return tr("Leader");
    if (role == QLatin1String("member"))
        return tr("Member");
    if (role == QLatin1String("applicant"))
        return tr("Applicant");
    return role;
}

QVariant RolesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Person &person = m_people[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return person.name.isEmpty() ? tr("(no name)") : person.name;
        case EmailColumn:
            return person.email;
        case RoleColumn:
            return roleText(person.role);
        default:
            return {};
        }
    case PersonIdRole:
        return person.id;
    case RoleNameRole:
        return person.role;
    default:
        return {};
    }
}

QVariant RolesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("Email");
    case RoleColumn:
        return tr("Role");
    default:
        return {};
    }
}

void RolesModel::setFilter(const QString &text)
{
    if (text.trimmed() == m_filter)
        return;
    m_filter = text.trimmed();
    reload();
}

int RolesModel::rowOf(const QString &personId) const
{
    for (std::size_t row = 0; row < m_people.size(); ++row) {
        if (m_people[row].id == personId)
            return static_cast<int>(row);
    }
    return -1;
}

int RolesModel::adminCount() const
{
    QSqlQuery query(m_store.database());
    if (query.exec(QStringLiteral("SELECT count(*) FROM person WHERE role = 'admin'")) && query.next())
        return query.value(0).toInt();
    return 0;
}

void RolesModel::reload()
{
    std::vector<Person> people;
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    const QString columns = QStringLiteral("SELECT id, display_name, email, role FROM person ");
    const QString order = QStringLiteral(" ORDER BY display_name COLLATE LOCALE, id LIMIT %1").arg(kLimit);
    if (m_filter.isEmpty()) {
        query.prepare(columns + QStringLiteral("WHERE role IN ('leader', 'admin')") + order);
    } else {
        query.prepare(columns
            + QStringLiteral("WHERE role <> 'applicant' AND (display_name LIKE ? ESCAPE '\\' OR email LIKE ? "
                             "ESCAPE '\\')")
            + order);
        QString pattern = m_filter;
        pattern.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
        pattern = u'%' + pattern + u'%';
        query.addBindValue(pattern);
        query.addBindValue(pattern);
    }
    if (query.exec()) {
        while (query.next())
            people.push_back({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                query.value(3).toString()});
    }
    beginResetModel();
    m_people = std::move(people);
    endResetModel();
}

} // namespace commonroom
