#include "RolesModel.h"

#include "DeferredReload.h"
#include "desktop/core/Device.h"

namespace commonroom {

RolesModel::RolesModel(Device &device, QObject *parent)
    : QAbstractTableModel(parent)
    , m_admission(device.admission())
{
    new DeferredReload(
        device.store(), {QStringLiteral("person")}, [this] { reload(); }, this);
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
            return person.displayName.isEmpty() ? tr("(no name)") : person.displayName;
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
    return m_admission.adminCount();
}

void RolesModel::reload()
{
    auto people = m_admission.roleHolders(m_filter, kLimit);
    if (!people)
        qWarning("RolesModel: %s", people.error().message.c_str());
    beginResetModel();
    m_people = people ? std::move(people).value() : std::vector<Person> {};
    endResetModel();
}

} // namespace commonroom
