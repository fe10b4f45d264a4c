#include "ApplicantsModel.h"

#include "DeferredReload.h"
#include "desktop/core/Device.h"
#include "desktop/core/TimeText.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <iterator>

namespace commonroom {

namespace {

QString stateText(const QString &state)
{
    if (state == QLatin1String("needs_info"))
        return ApplicantsModel::tr("Asked for more information");
    return ApplicantsModel::tr("Waiting for a decision");
}

// After a change, as many rows are read again as the view had, so it does not jump to the top,
// but never more than this.
constexpr int kMaxRowsKeptOnReload = 2000;

QString appliedText(const QString &iso, QLocale::FormatType format)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODate);
    if (!at.isValid())
        return iso;
    return format == QLocale::ShortFormat ? shortDateTime(at.toLocalTime())
                                          : QLocale().toString(at.toLocalTime(), format);
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

bool ApplicantsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_changing && static_cast<int>(m_applicants.size()) < m_waiting;
}

void ApplicantsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int first = static_cast<int>(m_applicants.size());
    auto page = m_admission.waitingApplicants(first, kPageSize);
    if (!page) {
        qWarning("ApplicantsModel: %s", page.error().message.c_str());
        return;
    }
    if (page->empty()) { // fewer wait than when they were counted: read again at the next change
        m_waiting = first;
        return;
    }
    m_changing = true;
    beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
    std::move(page->begin(), page->end(), std::back_inserter(m_applicants));
    endInsertRows();
    m_changing = false;
}

void ApplicantsModel::reload()
{
    const int keep = std::clamp(static_cast<int>(m_applicants.size()), kPageSize, kMaxRowsKeptOnReload);
    const auto waiting = m_admission.waitingCount();
    auto applicants = m_admission.waitingApplicants(0, keep);
    const bool read = waiting && applicants;
    if (!read)
        qWarning("ApplicantsModel: %s", (waiting ? applicants.error() : waiting.error()).message.c_str());
    m_changing = true;
    beginResetModel();
    m_applicants = read ? std::move(applicants).value() : std::vector<Applicant> {};
    m_waiting = read ? std::max(*waiting, static_cast<int>(m_applicants.size())) : 0;
    endResetModel();
    m_changing = false;
}

} // namespace commonroom
