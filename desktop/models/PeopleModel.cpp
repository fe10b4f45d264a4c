#include "PeopleModel.h"

#include "common/Privacy.h"
#include "common/Schema.h"
#include "desktop/core/LocalStore.h"

#include <QColor>
#include <QtDebug>

#include <algorithm>

namespace commonroom {

namespace {

// The database column shown in each model column.
constexpr std::array<const char *, PeopleModel::ColumnCount> kColumnFields {
    "display_name", "area", "email", "phone", "skills"};

// After a change we read back about as many rows as the view had, so the list does not jump to
// the top, but never more than this: a reload must stay cheap even after a long scroll.
constexpr int kMaxRowsKeptOnReload = 5000;

// Coalesces the bursts of tableChanged() a sync emits (one per pulled page) into one reset.
constexpr int kReloadDelayMs = 50;

// The columns read for each person: the shown fields, then their visibility columns.
const QStringList &readColumns()
{
    static const QStringList columns = [] {
        QStringList names;
        for (const char *field : kColumnFields)
            names << QString::fromLatin1(field);
        for (const char *field : kColumnFields)
            names << QString::fromStdString(visibilityColumn(field));
        return names;
    }();
    return columns;
}

} // namespace

PeopleModel::PeopleModel(const People &people, LocalStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_people(people)
    , m_store(store)
{
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(kReloadDelayMs);
    connect(&m_reloadTimer, &QTimer::timeout, this, &PeopleModel::reload);
    connect(&m_store, &LocalStore::tableChanged, this, &PeopleModel::scheduleReload);

    refreshViewer();
    m_rows = readRows(kPageSize);
}

int PeopleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PeopleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeopleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[static_cast<std::size_t>(index.row())];
    const auto column = static_cast<std::size_t>(index.column());
    const bool hidden = row.hidden[column];

    switch (role) {
    case Qt::DisplayRole:
        if (hidden)
            return QStringLiteral("\u2014");
        return row.values[column];
    case Qt::ToolTipRole:
        if (hidden)
            return tr("Not shared with you");
        if (index.column() == SkillsColumn)
            return row.values[column];
        return {};
    case Qt::AccessibleTextRole:
        return hidden ? tr("Not shared with you") : row.values[column];
    case Qt::ForegroundRole:
        return hidden ? QVariant(QColor(Qt::gray)) : QVariant();
    case IdRole:
        return row.id;
    case HiddenRole:
        return hidden;
    default:
        return {};
    }
}

QVariant PeopleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case AreaColumn:
        return tr("Area");
    case EmailColumn:
        return tr("Email");
    case PhoneColumn:
        return tr("Phone");
    case SkillsColumn:
        return tr("Skills");
    default:
        return {};
    }
}

QHash<int, QByteArray> PeopleModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "personId");
    names.insert(HiddenRole, "hidden");
    return names;
}

bool PeopleModel::canFetchMore(const QModelIndex &parent) const
{
    // Views (and QAbstractItemModelTester) ask for more while handling modelReset or rowsInserted;
    // rows inserted from inside those notifications would nest one change in another.
    if (parent.isValid() || m_changing)
        return false;
    return m_search ? !m_search->atEnd() : m_phase != Phase::Done;
}

void PeopleModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    std::vector<Row> rows = readRows(kPageSize);
    if (rows.empty())
        return;
    const int first = static_cast<int>(m_rows.size());
    m_changing = true;
    beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
    std::move(rows.begin(), rows.end(), std::back_inserter(m_rows));
    endInsertRows();
    m_changing = false;
}

QString PeopleModel::personId(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return m_rows[static_cast<std::size_t>(row)].id;
}

int PeopleModel::rowOfId(const QString &id) const
{
    const auto it = std::find_if(m_rows.begin(), m_rows.end(), [&](const Row &row) { return row.id == id; });
    return it == m_rows.end() ? -1 : static_cast<int>(it - m_rows.begin());
}

void PeopleModel::reload()
{
    m_reloadTimer.stop();
    const int keep = std::clamp(static_cast<int>(m_rows.size()), kPageSize, kMaxRowsKeptOnReload);
    m_changing = true;
    beginResetModel();
    restart();
    m_rows = readRows(keep);
    endResetModel();
    m_changing = false;
}

void PeopleModel::setQuery(const PeopleQuery &query)
{
    if (query == m_query)
        return;
    m_reloadTimer.stop();
    m_changing = true;
    beginResetModel();
    m_query = query;
    restart();
    m_rows = readRows(kPageSize);
    endResetModel();
    m_changing = false;
}

Result<qint64> PeopleModel::matchCount() const
{
    if (!m_search)
        return makeError("usage", "Only a search of the people is counted.");
    return m_search->count();
}

void PeopleModel::restart()
{
    m_rows.clear();
    m_phase = Phase::Named;
    m_lastName.clear();
    m_lastId.clear();
    m_search.reset();
    if (!m_query.isEmpty())
        m_search = std::make_unique<PeopleSearch>(m_people.search(m_query));
    refreshViewer();
}

void PeopleModel::scheduleReload(const QString &table)
{
    // A list filtered by a tag follows its applications (and the tag's deletion) as well; one
    // filtered by contributions or events attended (a smart list) follows those.
    const bool tagged = (!m_query.tagId.isEmpty() || !m_query.tagIds.isEmpty())
        && (table == QLatin1String("tag_application") || table == QLatin1String("tag"));
    const bool contributed = !m_query.contributedArea.isEmpty() && table == QLatin1String("contribution");
    const bool attended = m_query.minEventsAttended > 0 && table == QLatin1String("registration");
    const bool grouped = !m_query.groupId.isEmpty() && table == QLatin1String("membership");
    if (table == QLatin1String("person") || tagged || contributed || attended || grouped)
        m_reloadTimer.start();
}

void PeopleModel::refreshViewer()
{
    m_viewerId = m_store.setting(QStringLiteral("person_id"));
    const auto role = roleFromString(m_store.setting(QStringLiteral("role")).toStdString());
    m_viewerRole = role.value_or(Role::Applicant);
}

std::vector<PeopleModel::Row> PeopleModel::readRows(int count)
{
    if (m_search)
        return readSearchResults(count);
    std::vector<Row> rows;
    rows.reserve(static_cast<std::size_t>(count));
    while (count > 0 && m_phase != Phase::Done) {
        const int read = readPhase(m_phase, count, rows);
        if (read < count) {
            // This phase is exhausted (or failed): go on with the next one from its start.
            m_phase = m_phase == Phase::Named ? Phase::Unnamed : Phase::Done;
            m_lastName.clear();
            m_lastId.clear();
        }
        count -= read;
    }
    if (m_phase != Phase::Done && !rows.empty()) {
        // The page ended exactly where the people end? Then say so now, so that no view asks
        // for more; otherwise read on later from where this page stopped.
        const auto phase = m_phase;
        const QString lastName = m_lastName;
        const QString lastId = m_lastId;
        std::vector<Row> probe;
        while (m_phase != Phase::Done && readPhase(m_phase, 1, probe) == 0) {
            m_phase = m_phase == Phase::Named ? Phase::Unnamed : Phase::Done;
            m_lastName.clear();
            m_lastId.clear();
        }
        if (m_phase != Phase::Done) {
            m_phase = phase;
            m_lastName = lastName;
            m_lastId = lastId;
        }
    }
    return rows;
}

QString PeopleModel::namedPageQuery(bool afterKey)
{
    return People::namedPageQuery(readColumns(), afterKey);
}

int PeopleModel::readPhase(Phase phase, int count, std::vector<Row> &rows)
{
    // Keyset pagination: each page starts after the last row of the previous one. Rows without
    // a name are read in the second phase, by id.
    const auto page = phase == Phase::Named ? m_people.namedPage(readColumns(), m_lastName, m_lastId, count)
                                            : m_people.unnamedPage(readColumns(), m_lastId, count);
    if (!page) {
        qWarning() << "PeopleModel:" << QString::fromStdString(page.error().message);
        return 0;
    }
    int read = 0;
    for (const People::Columns &person : *page) {
        Row row = makeRow(person);
        m_lastName = row.values[NameColumn].toString();
        m_lastId = row.id;
        rows.push_back(std::move(row));
        ++read;
    }
    return read;
}

std::vector<PeopleModel::Row> PeopleModel::readSearchResults(int count)
{
    std::vector<Row> rows;
    auto ids = m_search->next(count);
    if (!ids) {
        qWarning() << "PeopleModel:" << QString::fromStdString(ids.error().message); // the search ended
        return rows;
    }
    if (ids->empty())
        return rows;
    // The page's rows by primary key, in the search's order.
    const auto people = m_people.columnsOf(QStringList(ids->begin(), ids->end()), readColumns());
    if (!people) {
        qWarning() << "PeopleModel:" << QString::fromStdString(people.error().message);
        return rows;
    }
    rows.reserve(people->size());
    for (const People::Columns &person : *people)
        rows.push_back(makeRow(person));
    return rows;
}

PeopleModel::Row PeopleModel::makeRow(const People::Columns &read) const
{
    static const TableDef *personTable = findTable("person");
    const Principal viewer {m_viewerId.toStdString(), m_viewerRole, {}};
    Row row;
    row.id = read.id;
    const Visibility clearance = clearanceFor(viewer, *personTable, row.id.toStdString());
    for (std::size_t column = 0; column < ColumnCount; ++column) {
        const QVariant &value = read.values[column];
        row.values[column] = value.isNull() ? QVariant() : QVariant(value.toString());
        if (!value.isNull())
            continue;
        // NULL: hidden when the privacy rule would not let the viewer see the field.
        FieldMap visibility;
        const QVariant &level = read.values[column + ColumnCount];
        const std::string levelColumn = visibilityColumn(kColumnFields[column]);
        if (!level.isNull())
            visibility[levelColumn] = level.toString().toStdString();
        if (const FieldDef *field = personTable->field(kColumnFields[column]))
            row.hidden[column] = effectiveVisibility(*field, visibility) > clearance;
    }
    return row;
}

} // namespace commonroom
