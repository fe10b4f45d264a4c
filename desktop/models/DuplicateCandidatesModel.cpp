#include "DuplicateCandidatesModel.h"

#include "desktop/core/Device.h"
#include "desktop/core/LocalStore.h"

#include <QLocale>

#include <algorithm>

namespace commonroom {

namespace {
QString nameOf(const std::optional<FieldMap> &person, const QString &id)
{
    if (!person)
        return DuplicateCandidatesModel::tr("(merged away: %1)").arg(id.left(8));
    const auto name = person->find("display_name");
    if (name == person->end() || isNull(name->second))
        return DuplicateCandidatesModel::tr("(name not shared)");
    return QString::fromStdString(toDisplayString(name->second));
}
} // namespace

DuplicateCandidatesModel::DuplicateCandidatesModel(Device &device, QObject *parent)
    : QAbstractTableModel(parent)
    , m_device(device)
    , m_store(device.store())
{
    connect(&m_store, &LocalStore::tableChanged, this, [this](const QString &table) {
        if (table == QLatin1String("duplicate_candidate") || table == QLatin1String("person"))
            reload();
    });
    reload();
}

int DuplicateCandidatesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DuplicateCandidatesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DuplicateCandidatesModel::describeReasons(const DuplicateCandidate &candidate)
{
    // The order of matching::explain(): contacts, then the names, then the area.
    QStringList described;
    for (const char *reason : {"email", "phone"}) {
        if (candidate.reasons.contains(QLatin1String(reason)))
            described << (QLatin1String(reason) == QLatin1String("email") ? tr("same email") : tr("same phone"));
    }
    if (candidate.reasons.contains(QLatin1String("name")))
        described << tr("same name");
    else if (candidate.namesAlike >= 0)
        described << tr("names %1 % alike").arg(candidate.namesAlike);
    if (candidate.reasons.contains(QLatin1String("area")))
        described << tr("same area");
    for (const QString &reason : candidate.reasons) {
        if (!QStringList {
                QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("name"), QStringLiteral("area")}
                 .contains(reason))
            described << reason; // a finding of a newer daemon
    }
    return described.join(QStringLiteral(", "));
}

QString DuplicateCandidatesModel::likelihood(const DuplicateCandidate &candidate)
{
    if (candidate.score < 0)
        return {};
    return tr("%1 %").arg(QLocale().toString(candidate.score / 10.0, 'f', 1));
}

QVariant DuplicateCandidatesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FirstColumn:
            return row.nameA;
        case SecondColumn:
            return row.nameB;
        case LikelihoodColumn:
            return likelihood(row.candidate);
        case ReasonsColumn:
            return describeReasons(row.candidate);
        case StateColumn:
            if (row.candidate.state == QLatin1String("open"))
                return tr("To review");
            if (row.candidate.state == QLatin1String("merged"))
                return tr("Merged");
            if (row.candidate.state == QLatin1String("dismissed"))
                return tr("Not the same person");
            return row.candidate.state;
        default:
            return {};
        }
    case CandidateIdRole:
        return row.candidate.id;
    case PersonARole:
        return row.candidate.personA;
    case PersonBRole:
        return row.candidate.personB;
    case StateRole:
        return row.candidate.state;
    case ScoreRole:
        return row.candidate.score;
    case Qt::TextAlignmentRole:
        return index.column() == LikelihoodColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        return index.column() == LikelihoodColumn
            ? tr("How likely the two records are one person, from what they have in common")
            : QVariant();
    default:
        return {};
    }
}

QVariant DuplicateCandidatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FirstColumn:
        return tr("Person");
    case SecondColumn:
        return tr("Possible duplicate");
    case LikelihoodColumn:
        return tr("Likelihood");
    case ReasonsColumn:
        return tr("Why");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

QHash<int, QByteArray> DuplicateCandidatesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(CandidateIdRole, "candidateId");
    names.insert(PersonARole, "personA");
    names.insert(PersonBRole, "personB");
    names.insert(StateRole, "state");
    names.insert(ScoreRole, "score");
    return names;
}

void DuplicateCandidatesModel::setShowDecided(bool show)
{
    m_showDecided = show;
    reload();
}

const DuplicateCandidate *DuplicateCandidatesModel::candidateAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_rows[static_cast<std::size_t>(row)].candidate : nullptr;
}

int DuplicateCandidatesModel::openCount() const
{
    int open = 0;
    for (const Row &row : m_rows)
        open += row.candidate.state == QLatin1String("open");
    return open;
}

int DuplicateCandidatesModel::likelyCount(int minScore) const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [minScore](const Row &row) {
        return row.candidate.state == QLatin1String("open") && row.candidate.score >= minScore;
    }));
}

void DuplicateCandidatesModel::reload()
{
    const Duplicates &duplicates = m_device.duplicates();
    std::vector<Row> rows;
    for (DuplicateCandidate &candidate : duplicates.candidates(m_showDecided)) {
        Row row;
        row.nameA = nameOf(duplicates.person(candidate.personA), candidate.personA);
        row.nameB = nameOf(duplicates.person(candidate.personB), candidate.personB);
        row.candidate = std::move(candidate);
        rows.push_back(std::move(row));
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

} // namespace commonroom
