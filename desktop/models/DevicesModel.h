#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>

#include <vector>

namespace commonroom {

// "My devices": the devices signed in to an account, as the daemon lists them
// (GET /v1/devices), this computer marked, revoked ones last.
class DevicesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DeviceColumn, SinceColumn, StateColumn, ColumnCount };
    enum ItemRole { DeviceIdRole = Qt::UserRole, RevokedRole, ThisDeviceRole };

    explicit DevicesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // `devices` as the daemon sent them; `thisDeviceId` is this computer's site id.
    void setDevices(const QJsonArray &devices, const QString &thisDeviceId);
    int rowOf(const QString &deviceId) const;

private:
    struct Device
    {
        QString id;
        qint64 createdAtMs = 0;
        qint64 revokedAtMs = 0; // 0: not revoked
        bool thisDevice = false;
    };
    std::vector<Device> m_devices;
};

} // namespace commonroom
