#include "ApplicantsModel.h"

#include "DeferredReload.h"

#include <QDateTime>
#include <QLocale>
#include <QSqlQuery>

namespace commonroom {

namespace {

QString stateText(const QString &state)
{
    if (state == QLatin1String("needs_info"))
        return ApplicantsModel::tr("Asked for more information");
    return ApplicantsModel::tr("Waiting for a decision");
}

QString appliedText(const QString &iso, QLocale::FormatType format)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODate);
    return at.isValid() ? QLocale().toString(at.toLocalTime(), format) : iso;
}

} // namespace

ApplicantsModel::ApplicantsModel(LocalStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    new DeferredReload(
        m_store, {QStringLiteral("person"), QStringLiteral("vouch")}, [this] { reload(); }, this);
    reload();
}

int ApplicantsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_applicants.size());
}

int ApplicantsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApplicantsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Applicant &applicant = m_applicants[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return applicant.name.isEmpty() ? tr("(no name)") : applicant.name;
        case AppliedColumn:
            return appliedText(
                applicant.appliedAt, role == Qt::ToolTipRole ? QLocale::LongFormat : QLocale::ShortFormat);
        case VouchesColumn:
            if (role == Qt::ToolTipRole)
                return applicant.vouches.isEmpty() ? tr("Nobody has vouched yet.") : applicant.vouches.join(u'\n');
            return static_cast<int>(applicant.vouches.size());
        case StateColumn:
            return stateText(applicant.state);
        case NotesColumn: {
            // The admin's open question matters most while it is open; otherwise what they wrote.
            const QString note = applicant.state == QLatin1String("needs_info") && !applicant.message.isEmpty()
                ? tr("Asked: %1").arg(applicant.message)
                : applicant.about;
            return role == Qt::ToolTipRole ? note : note.section(u'\n', 0, 0);
        }
        default:
            return {};
        }
    case PersonIdRole:
        return applicant.id;
    case StateRole:
        return applicant.state;
    case VouchCountRole:
        return static_cast<int>(applicant.vouches.size());
    case VouchesRole:
        return applicant.vouches;
    case AboutRole:
        return applicant.about;
    case MessageRole:
        return applicant.message;
    case EmailRole:
        return applicant.email;
    case AppliedAtRole:
        return applicant.appliedAt;
    default:
        return {};
    }
}

QVariant ApplicantsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Who");
    case AppliedColumn:
        return tr("Applied");
    case VouchesColumn:
        return tr("Vouches");
    case StateColumn:
        return tr("State");
    case NotesColumn:
        return tr("Notes");
    default:
        return {};
    }
}

int ApplicantsModel::rowOf(const QString &personId) const
{
    for (std::size_t row = 0; row < m_applicants.size(); ++row) {
        if (m_applicants[row].id == personId)
            return static_cast<int>(row);
    }
    return -1;
}

void ApplicantsModel::reload()
{
    std::vector<Applicant> applicants;
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.exec(QStringLiteral(
        "SELECT id, display_name, email, applied_at, coalesce(admission_state, 'applied'), admission_message, bio "
        "FROM person WHERE role = 'applicant' AND coalesce(admission_state, 'applied') IN ('applied', 'needs_info') "
        "ORDER BY applied_at IS NULL, applied_at, display_name COLLATE LOCALE, id"));
    while (query.next()) {
        applicants.push_back(
            {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(), query.value(3).toString(),
                query.value(4).toString(), query.value(5).toString(), query.value(6).toString(), {}});
    }
    QSqlQuery vouches(m_store.database());
    vouches.prepare(QStringLiteral("SELECT coalesce(p.display_name, v.voucher_id), v.reason FROM vouch v "
                                   "LEFT JOIN person p ON p.id = v.voucher_id WHERE v.applicant_id = ? "
                                   "ORDER BY v.created_at, v.id"));
    for (Applicant &applicant : applicants) {
        vouches.addBindValue(applicant.id);
        if (!vouches.exec())
            continue;
        while (vouches.next())
            applicant.vouches << tr("%1: %2").arg(vouches.value(0).toString(), vouches.value(1).toString());
    }
    beginResetModel();
    m_applicants = std::move(applicants);
    endResetModel();
}

} // namespace commonroom
