#pragma once

#include "desktop/core/Events.h"

#include <QAbstractTableModel>
#include <QString>

#include <vector>

namespace commonroom {

class Device;
class LocalStore;

// The registrations of one event, for the event page: registered people in registration order,
// then the waitlist in its order, then cancellations; with attendance and its history.
//
// An event has at most a few thousand registrations, so the model holds them all and reads them
// again when a registration (or a person's name) changes, by a local edit or by sync.
class RegistrantsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, AreaColumn, StateColumn, CheckedInColumn, RegisteredAtColumn, ColumnCount };
    enum ItemRole {
        PersonIdRole = Qt::UserRole, // (QString)
        RegistrationIdRole, // (QString)
        StateRole, // "registered", "waitlisted" or "cancelled"
        WaitlistPositionRole, // 1-based, 0 when not waitlisted (int)
        AttendedRole, // (bool)
        WalkInRole, // (bool)
    };

    explicit RegistrantsModel(Device &device, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Shows the registrations of `eventId` (none for an empty id).
    void setEventId(const QString &eventId);
    QString eventId() const { return m_eventId; }
    const Registration *registrationAt(int row) const;
    // The row of `personId`, or -1.
    int rowOfPerson(const QString &personId) const;

    // "Registered", "Waitlisted (3rd)", "Cancelled": a registration's state for people.
    static QString describeState(const Registration &registration);

public Q_SLOTS:
    void reload();

private:
    Device &m_device;
    LocalStore &m_store;
    QString m_eventId;
    std::vector<Registration> m_rows;
};

} // namespace commonroom
