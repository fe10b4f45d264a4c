#pragma once

#include "common/Clock.h"
#include "desktop/core/Device.h"

#include <QTemporaryDir>

#include <map>

class SyncdProcess;

// A device clock off by a fixed amount from another one, as laptops' clocks are.
class SkewedClock final : public commonroom::Clock
{
public:
    SkewedClock(const commonroom::Clock &right, std::int64_t offsetMs)
        : m_right(right)
        , m_offsetMs(offsetMs)
    {
    }
    std::int64_t nowMs() const override { return m_right.nowMs() + m_offsetMs; }

private:
    const commonroom::Clock &m_right;
    std::int64_t m_offsetMs;
};

// One device: its own profile directory, local database and sync engine, driven in process
// through the same core the GUI and the CLI use.
class TestClient
{
public:
    // A device on the system clock, like the daemon it talks to.
    TestClient();
    // A device on `clock` (one that runs fast or slow); the clock outlives the client.
    explicit TestClient(const commonroom::Clock &clock);
    // A device opened on a copy of the files of `profileDir` (a restored backup, a copied profile).
    explicit TestClient(const QString &profileDir);

    bool login(const SyncdProcess &daemon, const QString &email, const QString &password, QString *message = nullptr);
    commonroom::SyncResult sync();
    // Signs in as one of the demo accounts and syncs once; a failure fails the running test.
    void signIn(const SyncdProcess &daemon, const QString &email);
    // Syncs; a failed sync or a change the daemon refused fails the running test.
    void syncCleanly();

    commonroom::Device &device() { return m_device; }
    commonroom::LocalStore &store() { return m_device.store(); }
    commonroom::SyncEngine &engine() { return m_device.engine(); }
    QString profileDir() const { return m_dir.path(); }
    QString personId() const { return m_device.store().setting(QStringLiteral("person_id")); }
    // A field of a row as text; "<absent>" when the row or field is missing, "<null>" for NULL.
    QString field(const QString &table, const QString &id, const std::string &name) const;
    // Every file of the profile (database, WAL, …) concatenated, to look for values that must not be there.
    QByteArray rawFiles() const;
    // Every synced row on the device: table -> id -> fields.
    using Snapshot = std::map<std::string, std::map<QString, commonroom::FieldMap>>;
    Snapshot snapshot() const;

private:
    void open();

    QTemporaryDir m_dir;
    commonroom::SystemClock m_systemClock;
    commonroom::Device m_device;
};
