#pragma once

#include "common/Clock.h"
#include "desktop/core/Device.h"

#include <QString>
#include <QUrl>

namespace commonroom::bench {

// One device driven in process through the same desktop core the GUI and the CLI use: its own
// profile directory, local database and sync engine. Blocking helpers run a local event loop.
class BenchDevice
{
public:
    explicit BenchDevice(const QString &profileDir);

    // Empty on success, else the reason.
    QString login(const QUrl &server, const QString &fingerprint, const QString &email, const QString &password);
    SyncResult sync(int timeoutMs = 60 * 60 * 1000);

    Device &device() { return m_device; }
    LocalStore &store() { return m_device.store(); }
    SyncEngine &engine() { return m_device.engine(); }
    QString databasePath() const { return m_device.profile().databasePath(); }

private:
    SystemClock m_clock; // the device's: the daemon it talks to runs on the system clock too
    Device m_device;
};

} // namespace commonroom::bench
