#include "ApplicantsModel.h"

#include "DeferredReload.h"
#include "desktop/core/Device.h"

#include <QDateTime>
#include <QLocale>

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

ApplicantsModel::ApplicantsModel(Device &device, QObject *parent)
    : QAbstractTableModel(parent)
    , m_admission(device.admission())
{
    new DeferredReload(
        device.store(), {QStringLiteral("person"), QStringLiteral("vouch")}, [this] { reload(); }, this);
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
            return applicant.displayName.isEmpty() ? tr("(no name)") : applicant.displayName;
        case AppliedColumn:
            return appliedText(
                applicant.appliedAt, role == Qt::ToolTipRole ? QLocale::LongFormat : QLocale::ShortFormat);
        case VouchesColumn:
            if (role == Qt::ToolTipRole)
                return applicant.vouches.empty() ? tr("Nobody has vouched yet.") : vouchTexts(applicant).join(u'\n');
            return static_cast<int>(applicant.vouches.size());
        case StateColumn:
            return stateText(applicant.admissionState);
        case NotesColumn: {
            // The admin's open question matters most while it is open; otherwise what they wrote.
            const QString note = applicant.admissionState == QLatin1String("needs_info") && !applicant.message.isEmpty()
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
        return applicant.admissionState;
    case VouchCountRole:
        return static_cast<int>(applicant.vouches.size());
    case VouchesRole:
        return vouchTexts(applicant);
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

QStringList ApplicantsModel::vouchTexts(const Applicant &applicant)
{
    QStringList texts;
    for (const Admission::ReceivedVouch &vouch : applicant.vouches)
        texts << tr("%1: %2").arg(vouch.voucherName.isEmpty() ? vouch.voucherId : vouch.voucherName, vouch.reason);
    return texts;
}

void ApplicantsModel::reload()
{
    auto applicants = m_admission.waitingApplicants();
    if (!applicants)
        qWarning("ApplicantsModel: %s", applicants.error().message.c_str());
    beginResetModel();
    m_applicants = applicants ? std::move(applicants).value() : std::vector<Applicant> {};
    endResetModel();
}

} // namespace commonroom
