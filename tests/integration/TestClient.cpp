#include "TestClient.h"

#include "SyncdProcess.h"

#include "common/Schema.h"

#include <QDir>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace commonroom;

TestClient::TestClient()
    : TestClient(m_systemClock)
{
}

TestClient::TestClient(const commonroom::Clock &clock)
    : m_device(clock, Profile(m_dir.path()))
{
    open();
}

TestClient::TestClient(const QString &profileDir)
    : m_device(m_systemClock, Profile(m_dir.path()))
{
    const QDir source(profileDir);
    for (const auto &name : source.entryList(QDir::Files)) {
        if (!QFile::copy(source.filePath(name), QDir(m_dir.path()).filePath(name)))
            qFatal("cannot copy the profile file %s", qPrintable(name));
    }
    open();
}

void TestClient::open()
{
    const auto opened = m_device.open();
    if (!opened)
        qFatal("cannot open the client store: %s", opened.error().message.c_str());
}

bool TestClient::login(const SyncdProcess &daemon, const QString &email, const QString &password, QString *message)
{
    QSignalSpy finished(&m_device.engine(), &SyncEngine::loginFinished);
    m_device.engine().login(daemon.url(), daemon.fingerprint(), email, password);
    if (!finished.wait(30'000))
        return false;
    if (message)
        *message = finished.first().at(1).toString();
    return finished.first().at(0).toBool();
}

SyncResult TestClient::sync()
{
    QSignalSpy finished(&m_device.engine(), &SyncEngine::finished);
    m_device.engine().sync();
    if (finished.isEmpty() && !finished.wait(60'000))
        return SyncResult {SyncResult::Outcome::Failed, QStringLiteral("sync did not finish in time")};
    return finished.first().at(0).value<SyncResult>();
}

void TestClient::signIn(const SyncdProcess &daemon, const QString &email)
{
    QString message;
    QVERIFY2(login(daemon, email, SyncdProcess::kDemoPassword, &message), qPrintable(message));
    const auto result = sync();
    QVERIFY2(result.ok(), qPrintable(result.message));
}

void TestClient::syncCleanly()
{
    const auto result = sync();
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.rejected, 0);
}

QString TestClient::field(const QString &table, const QString &id, const std::string &name) const
{
    const auto row = m_device.store().row(table, id);
    if (!row || !row->contains(name))
        return QStringLiteral("<absent>");
    const auto &value = row->at(name);
    return isNull(value) ? QStringLiteral("<null>") : QString::fromStdString(toDisplayString(value));
}

QByteArray TestClient::rawFiles() const
{
    QByteArray all;
    const QDir dir(m_dir.path());
    for (const auto &name : dir.entryList(QDir::Files)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

TestClient::Snapshot TestClient::snapshot() const
{
    Snapshot rows;
    for (const auto &table : syncedTables()) {
        auto &byId = rows[std::string(table.name)];
        QSqlQuery ids(m_device.store().database());
        ids.exec(QStringLiteral("SELECT id FROM %1").arg(QString::fromStdString(quoteIdentifier(table.name))));
        while (ids.next()) {
            const QString id = ids.value(0).toString();
            FieldMap fields;
            const auto row = m_device.store().row(QString::fromUtf8(table.name.data(), int(table.name.size())), id);
            for (const auto &[name, value] : *row) {
                if (!isNull(value))
                    fields.emplace(name, value);
            }
            byId.emplace(id, std::move(fields));
        }
    }
    return rows;
}
