#include "EventsModel.h"

#include "desktop/core/Device.h"
#include "desktop/core/LocalStore.h"
#include "desktop/core/TimeText.h"

#include <QFont>
#include <QLocale>
#include <QTimeZone>

#include <utility>

namespace commonroom {

EventsModel::EventsModel(Device &device, QObject *parent)
    : QAbstractTableModel(parent)
    , m_device(device)
    , m_store(device.store())
{
    connect(&m_store, &LocalStore::localRowWritten, this, [this](const QString &table, const QString &id) {
        if (table == QLatin1String("registration"))
            m_registrationRefreshed = refreshCountsOfRegistration(id);
    });
    connect(&m_store, &LocalStore::tableChanged, this, [this](const QString &table) {
        if (table == QLatin1String("registration")) {
            if (!std::exchange(m_registrationRefreshed, false))
                refreshCounts();
        } else if (table == QLatin1String("event") || table == QLatin1String("group")) {
            reload();
        }
    });
    reload();
}

int EventsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int EventsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EventsModel::describeVenueTime(const EventInfo &event, const QDateTime &when)
{
    const QTimeZone zone = venueTimeZone(event.timeZone);
    const QDateTime there = when.toTimeZone(zone);
    return shortDateTime(there) + QLatin1Char(' ') + zone.abbreviation(there);
}

QString EventsModel::describeTimeRange(const EventInfo &event)
{
    if (!event.start.isValid())
        return {};
    const QTimeZone shown = venueTimeZone(event.timeZone);
    const QDateTime start = event.start.toTimeZone(shown);
    const QLocale locale;
    QString text
        = locale.toString(start.date(), QLocale::ShortFormat) + QLatin1Char(' ') + shortTime(start.time(), locale);
    if (event.end.isValid()) {
        const QDateTime end = event.end.toTimeZone(shown);
        text += QStringLiteral("–");
        if (end.date() != start.date())
            text += locale.toString(end.date(), QLocale::ShortFormat) + QLatin1Char(' ');
        text += shortTime(end.time(), locale);
    }
    return text + QLatin1Char(' ') + shown.abbreviation(start);
}

QVariant EventsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[static_cast<std::size_t>(index.row())];
    const EventInfo &event = row.event;
    const bool cancelled = event.status == QLatin1String("cancelled");

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            if (event.title.isEmpty())
                return tr("(untitled event)");
            return cancelled ? tr("%1 (cancelled)").arg(event.title) : event.title;
        case WhenColumn:
            return describeTimeRange(event);
        case PlaceColumn:
            return event.place;
        case AreaColumn:
            return event.area;
        case GroupColumn:
            return event.groupId.isEmpty() ? tr("Everyone") : row.groupName;
        case RegisteredColumn:
            if (row.counts.capacity > 0)
                return tr("%1 / %2").arg(row.counts.expected).arg(row.counts.capacity);
            return row.counts.expected;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == RegisteredColumn) {
            QString tip = row.counts.capacity > 0
                ? tr("%n registered of %1 places", nullptr, row.counts.expected).arg(row.counts.capacity)
                : tr("%n registered, no limit", nullptr, row.counts.expected);
            if (row.counts.waitlisted > 0)
                tip += QLatin1Char('\n') + tr("%n on the waitlist", nullptr, row.counts.waitlisted);
            return tip;
        }
        if (index.column() == TitleColumn && !event.description.isEmpty())
            return event.description;
        return {};
    case Qt::FontRole:
        if (cancelled) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == RegisteredColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return event.id;
    case StartRole:
        return event.start;
    case CancelledRole:
        return cancelled;
    case GroupIdRole:
        return event.groupId;
    case RegisteredCountRole:
        return row.counts.expected;
    case WaitlistedCountRole:
        return row.counts.waitlisted;
    case CapacityRole:
        return row.counts.capacity;
    default:
        return {};
    }
}

QVariant EventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Event");
    case WhenColumn:
        return tr("When");
    case PlaceColumn:
        return tr("Place");
    case AreaColumn:
        return tr("Area");
    case GroupColumn:
        return tr("Group");
    case RegisteredColumn:
        return tr("Registered");
    default:
        return {};
    }
}

QHash<int, QByteArray> EventsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "eventId");
    names.insert(StartRole, "start");
    names.insert(CancelledRole, "cancelled");
    names.insert(GroupIdRole, "groupId");
    names.insert(RegisteredCountRole, "registeredCount");
    names.insert(WaitlistedCountRole, "waitlistedCount");
    names.insert(CapacityRole, "capacity");
    return names;
}

void EventsModel::setQuery(const EventQuery &query)
{
    m_query = query;
    reload();
}

QString EventsModel::eventId(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[static_cast<std::size_t>(row)].event.id : QString();
}

int EventsModel::rowOfId(const QString &id) const
{
    for (std::size_t row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].event.id == id)
            return static_cast<int>(row);
    }
    return -1;
}

const EventInfo *EventsModel::eventAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_rows[static_cast<std::size_t>(row)].event : nullptr;
}

void EventsModel::reload()
{
    auto listings = m_device.events().listings(m_query);
    if (!listings)
        qWarning("EventsModel: %s", listings.error().message.c_str());
    std::vector<Row> rows;
    if (listings) {
        rows.reserve(listings->size());
        for (EventListing &listing : *listings) {
            Row row {std::move(listing.event), std::move(listing.groupName), listing.counts};
            if (!row.event.groupId.isEmpty() && row.groupName.isEmpty())
                row.groupName = tr("(a group)");
            rows.push_back(std::move(row));
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

bool EventsModel::refreshCountsOfRegistration(const QString &registrationId)
{
    const Events &events = m_device.events();
    const QString eventId = events.eventOfRegistration(registrationId);
    if (eventId.isEmpty())
        return false;
    if (const int row = rowOfId(eventId); row >= 0)
        setCounts(std::size_t(row), events.counts(eventId));
    return true;
}

void EventsModel::refreshCounts()
{
    QStringList ids;
    for (const Row &row : m_rows)
        ids << row.event.id;
    const auto counts = m_device.events().countsOf(ids);
    if (!counts) {
        qWarning("EventsModel: %s", counts.error().message.c_str());
        return;
    }
    for (std::size_t row = 0; row < m_rows.size(); ++row) {
        if (const auto found = counts->find(m_rows[row].event.id); found != counts->end())
            setCounts(row, found->second);
    }
}

void EventsModel::setCounts(std::size_t row, const AttendanceCounts &counts)
{
    if (m_rows[row].counts == counts)
        return;
    m_rows[row].counts = counts;
    // The count roles are answered in every column.
    Q_EMIT dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
}

} // namespace commonroom
