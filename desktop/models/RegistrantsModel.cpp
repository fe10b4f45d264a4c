#include "RegistrantsModel.h"

#include "desktop/core/Device.h"
#include "desktop/core/LocalStore.h"
#include "desktop/core/TimeText.h"

#include <QLocale>

namespace commonroom {

RegistrantsModel::RegistrantsModel(Device &device, QObject *parent)
    : QAbstractTableModel(parent)
    , m_device(device)
    , m_store(device.store())
{
    connect(&m_store, &LocalStore::tableChanged, this, [this](const QString &table) {
        if (!m_eventId.isEmpty() && (table == QLatin1String("registration") || table == QLatin1String("person")))
            reload();
    });
}

int RegistrantsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RegistrantsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RegistrantsModel::describeState(const Registration &registration)
{
    if (registration.state == QLatin1String("registered"))
        return registration.walkIn ? tr("Walk-in") : tr("Registered");
    if (registration.state == QLatin1String("waitlisted"))
        return registration.waitlistPosition > 0 ? tr("Waitlisted (#%1)").arg(registration.waitlistPosition)
                                                 : tr("Waitlisted");
    if (registration.state == QLatin1String("cancelled"))
        return tr("Cancelled");
    return registration.state;
}

QVariant RegistrantsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Registration &row = m_rows[static_cast<std::size_t>(index.row())];
    const QLocale locale;

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row.displayName.isEmpty() ? tr("(name not shared)") : row.displayName;
        case AreaColumn:
            return row.area;
        case StateColumn:
            return describeState(row);
        case CheckedInColumn:
            if (!row.attended)
                return {};
            return shortDateTime(row.checkedInAt.toLocalTime(), locale);
        case RegisteredAtColumn:
            return row.registeredAt.isValid() ? shortDateTime(row.registeredAt.toLocalTime(), locale) : QString();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == CheckedInColumn && !row.history.empty()) {
            QStringList lines;
            for (const CheckInEntry &entry : row.history) {
                const QString at = shortDateTime(entry.at.toLocalTime(), locale);
                lines << (entry.undone ? tr("%1 on device %2 (undone)") : tr("%1 on device %2"))
                             .arg(at, entry.deviceId.left(8));
            }
            return lines.join(QLatin1Char('\n'));
        }
        if (index.column() == StateColumn && row.overCapacity)
            return tr("Came although the event was full");
        return {};
    case PersonIdRole:
        return row.personId;
    case RegistrationIdRole:
        return row.id;
    case StateRole:
        return row.state;
    case WaitlistPositionRole:
        return row.waitlistPosition;
    case AttendedRole:
        return row.attended;
    case WalkInRole:
        return row.walkIn;
    default:
        return {};
    }
}

QVariant RegistrantsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case AreaColumn:
        return tr("Area");
    case StateColumn:
        return tr("Registration");
    case CheckedInColumn:
        return tr("Checked in");
    case RegisteredAtColumn:
        return tr("Registered on");
    default:
        return {};
    }
}

QHash<int, QByteArray> RegistrantsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(PersonIdRole, "personId");
    names.insert(RegistrationIdRole, "registrationId");
    names.insert(StateRole, "state");
    names.insert(WaitlistPositionRole, "waitlistPosition");
    names.insert(AttendedRole, "attended");
    names.insert(WalkInRole, "walkIn");
    return names;
}

void RegistrantsModel::setEventId(const QString &eventId)
{
    m_eventId = eventId;
    reload();
}

const Registration *RegistrantsModel::registrationAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_rows[static_cast<std::size_t>(row)] : nullptr;
}

int RegistrantsModel::rowOfPerson(const QString &personId) const
{
    for (std::size_t row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].personId == personId)
            return static_cast<int>(row);
    }
    return -1;
}

void RegistrantsModel::reload()
{
    std::vector<Registration> rows;
    if (!m_eventId.isEmpty())
        rows = m_device.events().registrations(m_eventId);
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

} // namespace commonroom
