#include "DoorSearchModel.h"

#include "common/NameMatching.h"
#include "desktop/core/LocalStore.h"
#include "desktop/core/People.h"

#include <QFont>
#include <QSet>

#include <algorithm>

namespace commonroom {

DoorSearchModel::DoorSearchModel(const Events &events, const People &people, LocalStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_events(events)
    , m_people(people)
    , m_store(store)
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &DoorSearchModel::refresh);
    m_directoryTimer.setSingleShot(true);
    connect(&m_directoryTimer, &QTimer::timeout, this, &DoorSearchModel::searchDirectory);
    connect(&m_store, &LocalStore::tableChanged, this, [this](const QString &table) {
        if (table == QLatin1String("registration"))
            m_statesStale = true;
        else if (table == QLatin1String("person"))
            m_registrantsStale = true;
        else
            return;
        if (!m_eventId.isEmpty())
            m_refreshTimer.start();
    });
}

int DoorSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DoorSearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DoorSearchModel::describeStatus(const DoorMatch &match)
{
    if (match.attended)
        return tr("Checked in");
    if (!match.registered)
        return tr("Not registered");
    if (match.state == QLatin1String("waitlisted"))
        return tr("Waitlisted");
    return tr("Expected");
}

QColor DoorSearchModel::statusTint(const DoorMatch &match)
{
    if (match.attended)
        return QColor(46, 160, 67, 90);
    if (!match.registered)
        return QColor(128, 128, 128, 60);
    if (match.state == QLatin1String("waitlisted"))
        return QColor(230, 160, 0, 90);
    return {}; // expected: the plain row
}

QVariant DoorSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DoorMatch &row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row.displayName.isEmpty() ? tr("(name not shared)") : row.displayName;
        case DetailColumn:
            return row.detail;
        case StatusColumn:
            return describeStatus(row);
        default:
            return {};
        }
    case Qt::AccessibleTextRole:
        // One line a screen reader can say: name, detail, status.
        return QStringList {row.displayName, row.detail, describeStatus(row)}.join(QStringLiteral(", "));
    case Qt::FontRole:
        if (index.column() == StatusColumn && row.attended) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        if (const QColor tint = statusTint(row); tint.isValid())
            return tint;
        return {};
    case PersonIdRole:
        return row.personId;
    case RegisteredRole:
        return row.registered;
    case AttendedRole:
        return row.attended;
    default:
        return {};
    }
}

QVariant DoorSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case DetailColumn:
        return tr("Details");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

QHash<int, QByteArray> DoorSearchModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(PersonIdRole, "personId");
    names.insert(RegisteredRole, "registered");
    names.insert(AttendedRole, "attended");
    return names;
}

void DoorSearchModel::setEventId(const QString &eventId)
{
    m_eventId = eventId;
    m_roll = eventId.isEmpty() ? nullptr : m_events.doorRoll(eventId);
    m_registrantsStale = true;
    refresh();
}

void DoorSearchModel::setGuestListWhenEmpty(bool guestList)
{
    if (m_guestList == guestList)
        return;
    m_guestList = guestList;
    refresh();
}

bool DoorSearchModel::showsGuestList() const
{
    return m_guestList && m_text.trimmed().isEmpty();
}

bool DoorSearchModel::setText(const QString &text)
{
    m_text = text;
    refresh();
    return m_error.isEmpty();
}

const DoorMatch *DoorSearchModel::matchAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_rows[static_cast<std::size_t>(row)] : nullptr;
}

int DoorSearchModel::rowOfPerson(const QString &personId) const
{
    for (std::size_t row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].personId == personId)
            return static_cast<int>(row);
    }
    return -1;
}

void DoorSearchModel::refresh()
{
    m_refreshTimer.stop();
    m_error.clear();
    std::vector<DoorMatch> rows;
    if (!m_eventId.isEmpty()) {
        // Catching up here, not at the next key press: after a check-in the view clears the
        // search, which lands here while the volunteer reads the confirmation.
        if (m_statesStale && !m_registrantsStale)
            reloadStates();
        if (m_registrantsStale)
            reloadRegistrants();
        if (m_error.isEmpty() && !m_text.trimmed().isEmpty())
            rows = searchRegistrants(m_text);
        else if (m_error.isEmpty() && m_guestList)
            rows = guestList();
    }
    m_stillExpected = static_cast<int>(std::count_if(m_registrants.begin(), m_registrants.end(),
        [](const Registrant &r) { return r.state == QLatin1String("registered") && !r.attended; }));
    m_directoryTimer.stop();
    const bool wantsDirectory = m_error.isEmpty() && !m_text.trimmed().isEmpty() && rows.size() < std::size_t(kLimit);
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (wantsDirectory) {
        if (m_directoryDelayMs <= 0)
            searchDirectory();
        else
            m_directoryTimer.start(m_directoryDelayMs);
    }
}

void DoorSearchModel::setDirectoryDelay(int milliseconds)
{
    m_directoryDelayMs = std::max(0, milliseconds);
}

void DoorSearchModel::completeNow()
{
    if (m_directoryTimer.isActive())
        searchDirectory();
}

void DoorSearchModel::searchDirectory()
{
    m_directoryTimer.stop();
    if (m_eventId.isEmpty() || m_text.trimmed().isEmpty() || m_rows.size() >= std::size_t(kLimit))
        return;
    std::vector<DoorMatch> rows = m_rows;
    appendDirectory(m_text, rows);
    if (rows.size() == m_rows.size())
        return; // nobody more: no reset, the highlight stays put
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void DoorSearchModel::reloadRegistrants()
{
    m_registrants.clear();
    m_registrantIndex.clear();
    m_registrantsStale = false;
    m_statesStale = false;
    auto read = m_roll->registrants();
    if (!read) {
        m_error
            = tr("The registrations of the event cannot be read: %1").arg(QString::fromStdString(read.error().message));
        return;
    }
    m_registrants.reserve(read->size());
    for (DoorRegistrant &row : *read) {
        Registrant registrant;
        registrant.personId = std::move(row.personId);
        registrant.name = std::move(row.name);
        registrant.words = NameMatching::words(registrant.name.toStdString());
        registrant.area = std::move(row.area);
        registrant.state = std::move(row.state);
        registrant.attended = row.attended;
        m_registrants.push_back(std::move(registrant));
    }
    // Sorted by name once here, so that neither a key press nor the guest list compares names:
    // comparing by locale is the costly part, and states change far more often than names.
    std::sort(m_registrants.begin(), m_registrants.end(), [](const Registrant &a, const Registrant &b) {
        const int byName = QString::localeAwareCompare(a.name, b.name);
        return byName != 0 ? byName < 0 : a.personId < b.personId;
    });
    for (std::size_t i = 0; i < m_registrants.size(); ++i)
        m_registrantIndex.insert(m_registrants[i].personId, i);
}

void DoorSearchModel::reloadStates()
{
    m_statesStale = false;
    const auto read = m_roll->states();
    if (!read) {
        m_registrantsStale = true;
        return;
    }
    for (const DoorRegistrant &row : *read) {
        const auto found = m_registrantIndex.constFind(row.personId);
        if (found == m_registrantIndex.constEnd()) {
            // Someone registered since (a walk-in, a check-in from the directory): their name is
            // needed, so everything is read again.
            m_registrantsStale = true;
            return;
        }
        Registrant &registrant = m_registrants[found.value()];
        registrant.state = row.state;
        registrant.attended = row.attended;
    }
    if (read->size() != m_registrants.size())
        m_registrantsStale = true; // a registration went away (a merge of duplicates)
}

DoorMatch DoorSearchModel::matchOf(const Registrant &registrant)
{
    return DoorMatch {
        registrant.personId, registrant.name, registrant.area, true, registrant.state, registrant.attended};
}

std::vector<DoorMatch> DoorSearchModel::searchRegistrants(const QString &text) const
{
    std::vector<DoorMatch> matches;

    // NameMatching::matchesPrefixes, with the names folded once when they were read.
    const std::vector<std::string> wanted = NameMatching::words(text.toStdString());
    const auto matchesName = [&wanted](const Registrant &registrant) {
        return std::all_of(wanted.begin(), wanted.end(), [&registrant](const std::string &word) {
            return std::any_of(registrant.words.begin(), registrant.words.end(),
                [&word](const std::string &have) { return have.starts_with(word); });
        });
    };
    for (const Registrant &registrant : m_registrants) {
        if (registrant.state != QLatin1String("cancelled") && matchesName(registrant))
            matches.push_back(matchOf(registrant));
    }
    // Those still to arrive first, each part by name (the registrants' order). Only the first
    // kLimit are shown: a one-letter prefix matches hundreds.
    std::stable_partition(matches.begin(), matches.end(), [](const DoorMatch &match) { return !match.attended; });
    if (matches.size() > std::size_t(kLimit))
        matches.resize(kLimit);
    return matches;
}

std::vector<DoorMatch> DoorSearchModel::guestList() const
{
    std::vector<DoorMatch> guests;
    guests.reserve(m_registrants.size());
    for (const Registrant &registrant : m_registrants) {
        if (registrant.state != QLatin1String("cancelled"))
            guests.push_back(matchOf(registrant));
    }
    // Whom the door still waits for, then the waitlisted, then those already in; each by name.
    const auto rank = [](const DoorMatch &match) {
        if (match.attended)
            return 2;
        return match.state == QLatin1String("waitlisted") ? 1 : 0;
    };
    std::stable_sort(guests.begin(), guests.end(),
        [&rank](const DoorMatch &a, const DoorMatch &b) { return rank(a) < rank(b); });
    return guests;
}

void DoorSearchModel::appendDirectory(const QString &text, std::vector<DoorMatch> &matches)
{
    QSet<QString> listed;
    for (const DoorMatch &match : matches)
        listed.insert(match.personId);
    PeopleQuery query;
    query.text = text;
    PeopleSearch search = m_people.search(query);
    QStringList found;
    while (matches.size() + std::size_t(found.size()) < std::size_t(kLimit) && !search.atEnd()) {
        auto ids = search.next(kLimit);
        if (!ids) {
            m_error = QString::fromStdString(ids.error().message);
            return;
        }
        for (const QString &id : *ids) {
            if (matches.size() + std::size_t(found.size()) >= std::size_t(kLimit))
                break;
            if (!listed.contains(id)) {
                listed.insert(id);
                found << id;
            }
        }
    }
    if (found.isEmpty())
        return;

    // What tells namesakes apart: the area, or else what the device may see of email or phone.
    const auto read = m_people.columnsOf(found,
        {QStringLiteral("display_name"), QStringLiteral("area"), QStringLiteral("email"), QStringLiteral("phone")});
    if (!read) {
        m_error = tr("The directory cannot be read: %1").arg(QString::fromStdString(read.error().message));
        return;
    }
    QHash<QString, DoorMatch> people;
    for (const People::Columns &row : *read) {
        DoorMatch match;
        match.personId = row.id;
        match.displayName = row.values[0].toString();
        for (std::size_t column = 1; column <= 3 && match.detail.isEmpty(); ++column)
            match.detail = row.values[column].toString();
        people.insert(match.personId, match);
    }
    for (const QString &id : found) {
        auto person = people.find(id);
        if (person == people.end())
            continue;
        // A cancelled registration (or, found by another field than the name, a live one).
        if (const auto registrant = m_registrantIndex.constFind(id); registrant != m_registrantIndex.constEnd()) {
            const Registrant &r = m_registrants[registrant.value()];
            person->state = r.state;
            person->attended = r.attended;
            person->registered = r.state != QLatin1String("cancelled");
        }
        matches.push_back(*person);
    }
}

} // namespace commonroom
