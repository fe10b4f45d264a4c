#include "DoorSearchModel.h"

#include "desktop/core/LocalStore.h"

#include <QFont>

namespace commonroom {

DoorSearchModel::DoorSearchModel(LocalStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(&m_store, &LocalStore::tableChanged, this, [this](const QString &table) {
        if (!m_text.isEmpty() && (table == QLatin1String("registration") || table == QLatin1String("person")))
            refresh();
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
    refresh();
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
    std::vector<DoorMatch> rows;
    m_error.clear();
    if (!m_eventId.isEmpty() && !m_text.trimmed().isEmpty()) {
        auto found = Events(m_store).searchAtDoor(m_eventId, m_text, kLimit);
        if (found)
            rows = std::move(*found);
        else
            m_error = QString::fromStdString(found.error().message);
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

} // namespace commonroom
