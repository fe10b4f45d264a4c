#pragma once

#include "desktop/core/Events.h"

#include <QAbstractTableModel>
#include <QString>

#include <vector>

namespace commonroom {

class Device;
class LocalStore;

// The events on the device for the events dashboard: upcoming (soonest first) or past (newest
// first), optionally of one hosting group or one area, with how many are registered.
//
// Events are few (hundreds, not millions), so the model holds the rows its query selects, each
// with its counts (Events::listings, one query), and reads them again whenever an event or a
// group changes. A registration changes counts only: a local edit (a check-in at the door)
// refreshes its event's row alone; one the model cannot place (a pulled page, an edit reverted)
// re-reads the counts of the listed events in one query. Either way only the rows whose counts
// changed are announced, so the view keeps its selection and scroll position.
// Times are shown in the venue's time zone, with the zone's abbreviation, because that is the
// time printed on the poster at the door.
class EventsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, WhenColumn, PlaceColumn, AreaColumn, GroupColumn, RegisteredColumn, ColumnCount };
    enum ItemRole {
        IdRole = Qt::UserRole, // the event's id (QString)
        StartRole, // UTC start (QDateTime)
        CancelledRole, // true when the event is cancelled
        GroupIdRole, // hosting group id (QString, empty = the whole community)
        RegisteredCountRole, // registrations holding a seat (int)
        WaitlistedCountRole, // (int)
        CapacityRole, // 0 = no limit (int)
    };

    // The store's clock tells upcoming from past.
    explicit EventsModel(Device &device, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Selects which events are listed; reloads.
    void setQuery(const EventQuery &query);
    const EventQuery &query() const { return m_query; }

    QString eventId(int row) const;
    // The row of the event `id`, or -1.
    int rowOfId(const QString &id) const;
    // The event at `row` as last read (for the event page without another query).
    const EventInfo *eventAt(int row) const;

    // "Sat 28 Nov 2026, 18:00–20:00 CET": the time range in the venue's zone.
    static QString describeTimeRange(const EventInfo &event);
    // `when` (UTC) as a person at the event's venue reads it: date, time and zone ("10/12/2026
    // 18:00 CET"), in UTC when the event names no zone.
    static QString describeVenueTime(const EventInfo &event, const QDateTime &when);

public Q_SLOTS:
    void reload();

private:
    // After a local edit of the registration `registrationId`: its event's row. False when the
    // registration is not on the device any more (deleted), so its event is unknown.
    bool refreshCountsOfRegistration(const QString &registrationId);
    // The counts of every listed event, for registration changes of unknown events.
    void refreshCounts();
    void setCounts(std::size_t row, const AttendanceCounts &counts);

    struct Row
    {
        EventInfo event;
        QString groupName;
        AttendanceCounts counts;
    };

    Device &m_device;
    LocalStore &m_store;
    EventQuery m_query;
    std::vector<Row> m_rows;
    bool m_registrationRefreshed = false; // the tableChanged("registration") that follows is handled
};

} // namespace commonroom
