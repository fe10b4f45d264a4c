#include "RolesModel.h"

#include <QSqlQuery>

namespace commonroom {

namespace {
constexpr int kReloadDelayMs = 500;
}

RolesModel::RolesModel(LocalStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    // Pulled pages change tables many times during a sync, and the query may read the whole person
    // table (0.35 s for a million people here): reload once the changes pause. A local edit shows
    // at once.
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(kReloadDelayMs);
    connect(&m_reloadTimer, &QTimer::timeout, this, &RolesModel::reload);
    connect(&m_store, &LocalStore::tableChanged, this, [this](const QString &table) {
        if (table == QLatin1String("person"))
            m_reloadTimer.start();
    });
    connect(&m_store, &LocalStore::localEditSaved, this, [this] {
        if (m_reloadTimer.isActive()) {
            m_reloadTimer.stop();
            reload();
        }
    });
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
    const QString order = QStringLiteral(" ORDER BY display_name COLLATE NOCASE, id LIMIT %1").arg(kLimit);
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
