#pragma once

#include "desktop/core/Events.h"

#include <QAbstractTableModel>
#include <QString>

#include <vector>

namespace commonroom {

class LocalStore;

// What the door search finds as the volunteer types, for the check-in view: registered people
// of the event first (those not yet checked in before those already in), then people of the
// whole directory, at most kLimit in all (Events::searchAtDoor, answered by the device alone).
//
// The results are read again when a registration changes (a check-in here or on another
// device after a sync), so the status column is always current.
class DoorSearchModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kLimit = 20;

    enum Column { NameColumn, DetailColumn, StatusColumn, ColumnCount };
    enum ItemRole {
        PersonIdRole = Qt::UserRole, // (QString)
        RegisteredRole, // has a registration for the event, not cancelled (bool)
        AttendedRole, // checked in (bool)
    };

    explicit DoorSearchModel(LocalStore &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setEventId(const QString &eventId);
    QString eventId() const { return m_eventId; }
    // Searches for `text` (empty: no results); returns false and keeps the message in
    // errorText() when the search failed.
    bool setText(const QString &text);
    QString text() const { return m_text; }
    QString errorText() const { return m_error; }

    const DoorMatch *matchAt(int row) const;
    int rowOfPerson(const QString &personId) const;

    // "Expected", "Checked in", "Waitlisted", "Not registered".
    static QString describeStatus(const DoorMatch &match);

public Q_SLOTS:
    // Runs the current search again.
    void refresh();

private:
    LocalStore &m_store;
    QString m_eventId;
    QString m_text;
    QString m_error;
    std::vector<DoorMatch> m_rows;
};

} // namespace commonroom
