#pragma once

#include "desktop/core/Admission.h"

#include <QAbstractTableModel>

#include <vector>

namespace commonroom {

class Device;

// The invitations this device knows (leaders and admins see every invitation, others their
// own), newest first: the address, the group if any, the state and the expiry
// (Admission::invitations).
class InvitationsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { EmailColumn, GroupColumn, StateColumn, SentColumn, ExpiresColumn, ColumnCount };
    enum ItemRole { InvitationIdRole = Qt::UserRole, StateRole, GroupIdRole };

    explicit InvitationsModel(Device &device, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(const QString &state);

public Q_SLOTS:
    void reload();

private:
    using Invitation = Admission::Invitation;

    const Admission &m_admission;
    std::vector<Invitation> m_invitations;
};

} // namespace commonroom
