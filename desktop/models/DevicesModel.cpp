#include "DevicesModel.h"
#include "desktop/core/TimeText.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace commonroom {

namespace {

QString dateText(qint64 ms)
{
    return shortDateTime(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime());
}

} // namespace

DevicesModel::DevicesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int DevicesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_devices.size());
}

int DevicesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DevicesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Device &device = m_devices[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DeviceColumn:
            // Devices have no names on the daemon; the start of the id tells them apart.
            return device.thisDevice ? tr("This computer (%1)").arg(device.id.left(8))
                                     : tr("Device %1").arg(device.id.left(8));
        case SinceColumn:
            return dateText(device.createdAtMs);
        case StateColumn:
            return device.revokedAtMs ? tr("Revoked %1").arg(dateText(device.revokedAtMs)) : tr("Signed in");
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return device.id;
    case DeviceIdRole:
        return device.id;
    case RevokedRole:
        return device.revokedAtMs != 0;
    case ThisDeviceRole:
        return device.thisDevice;
    default:
        return {};
    }
}

QVariant DevicesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DeviceColumn:
        return tr("Device");
    case SinceColumn:
        return tr("Signed in since");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

void DevicesModel::setDevices(const QJsonArray &devices, const QString &thisDeviceId)
{
    std::vector<Device> list;
    for (const auto &value : devices) {
        const QJsonObject object = value.toObject();
        Device device;
        device.id = object.value(QStringLiteral("id")).toString();
        device.createdAtMs = object.value(QStringLiteral("created_at")).toInteger();
        device.revokedAtMs = object.value(QStringLiteral("revoked_at")).toInteger();
        device.thisDevice = device.id == thisDeviceId;
        list.push_back(device);
    }
    std::stable_sort(list.begin(), list.end(), [](const Device &a, const Device &b) {
        if ((a.revokedAtMs != 0) != (b.revokedAtMs != 0))
            return a.revokedAtMs == 0;
        if (a.thisDevice != b.thisDevice)
            return a.thisDevice;
        return a.createdAtMs > b.createdAtMs;
    });
    beginResetModel();
    m_devices = std::move(list);
    endResetModel();
}

int DevicesModel::rowOf(const QString &deviceId) const
{
    for (std::size_t row = 0; row < m_devices.size(); ++row) {
        if (m_devices[row].id == deviceId)
            return static_cast<int>(row);
    }
    return -1;
}

} // namespace commonroom
