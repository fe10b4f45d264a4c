#include "InvitationsModel.h"

#include "DeferredReload.h"
#include "desktop/core/Device.h"
#include "desktop/core/TimeText.h"

#include <QDateTime>
#include <QLocale>

namespace commonroom {

namespace {

QString dateText(const QString &iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODate);
    return at.isValid() ? shortDateTime(at.toLocalTime()) : iso;
}

} // namespace

InvitationsModel::InvitationsModel(Device &device, QObject *parent)
    : QAbstractTableModel(parent)
    , m_admission(device.admission())
{
    new DeferredReload(
        device.store(), {QStringLiteral("invitation"), QStringLiteral("group")}, [this] { reload(); }, this);
    reload();
}

int InvitationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_invitations.size());
}

int InvitationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString InvitationsModel::stateText(const QString &state)
{
    if (state == QLatin1String("sent"))
        return tr("Sent");
    if (state == QLatin1String("accepted"))
        return tr("Accepted");
    if (state == QLatin1String("expired"))
        return tr("Expired");
    if (state == QLatin1String("cancelled"))
        return tr("Cancelled");
    // "pending", or nothing yet: the daemon has not sent the mail (or the device has not synced).
    return tr("Waiting to be sent");
}

QVariant InvitationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Invitation &invitation = m_invitations[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case EmailColumn:
            return invitation.email;
        case GroupColumn:
            if (invitation.groupId.isEmpty())
                return tr("The community");
            return invitation.groupName.isEmpty() ? tr("A group") : invitation.groupName;
        case StateColumn:
            return stateText(invitation.state);
        case SentColumn:
            return dateText(invitation.createdAt);
        case ExpiresColumn:
            return dateText(invitation.expiresAt);
        default:
            return {};
        }
    case InvitationIdRole:
        return invitation.id;
    case StateRole:
        return invitation.state;
    case GroupIdRole:
        return invitation.groupId;
    default:
        return {};
    }
}

QVariant InvitationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EmailColumn:
        return tr("Email");
    case GroupColumn:
        return tr("Into");
    case StateColumn:
        return tr("State");
    case SentColumn:
        return tr("Created");
    case ExpiresColumn:
        return tr("Expires");
    default:
        return {};
    }
}

void InvitationsModel::reload()
{
    auto invitations = m_admission.invitations();
    if (!invitations)
        qWarning("InvitationsModel: %s", invitations.error().message.c_str());
    beginResetModel();
    m_invitations = invitations ? std::move(invitations).value() : std::vector<Invitation> {};
    endResetModel();
}

} // namespace commonroom
