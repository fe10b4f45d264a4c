#pragma once

#include "common/Clock.h"
#include "desktop/core/LocalStore.h"
#include "desktop/core/SyncEngine.h"
#include "desktop/core/TokenStore.h"

#include <QString>
#include <QUrl>

#include <memory>

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

    LocalStore &store() { return m_store; }
    SyncEngine &engine() { return *m_engine; }
    QString databasePath() const { return m_databasePath; }

private:
    QString m_databasePath;
    SystemClock m_clock; // the device's: the daemon it talks to runs on the system clock too
    LocalStore m_store;
    TokenStore m_tokens;
    std::unique_ptr<SyncEngine> m_engine;
};

} // namespace commonroom::bench
