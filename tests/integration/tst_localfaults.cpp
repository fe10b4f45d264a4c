// Nothing is lost when the machine misbehaves: a damaged local database, a damaged sync cursor,
// a TLS handshake garbled on the way, an answer cut short by a daemon going away. Each fault is
// made for real (bytes of the file overwritten, a proxy that garbles or cuts the connection to a
// real daemon) and the device must say what happened and keep every unsent change.

#include "CliProcess.h"
#include "SyncdProcess.h"
#include "TestClient.h"
#include "common/Clock.h"

#include "common/Schema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace commonroom;

namespace {

// A TCP proxy in front of the daemon that passes the TLS bytes through, or damages them.
class FaultyProxy : public QObject
{
public:
    enum class Fault { None, GarbleHandshake, CutAnswer };

    explicit FaultyProxy(quint16 target)
        : m_target(target)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, &FaultyProxy::accept);
    }

    QUrl url() const { return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_server.serverPort())); }
    void setFault(Fault fault) { m_fault = fault; }
    int faultsMade() const { return m_faultsMade; }

    // Server bytes passed before the connection is cut: past the handshake and the first TLS
    // record of the answer (its headers), inside the rest of its body.
    static constexpr qint64 kCutAfter = 30'000;
    // A byte of the ServerHello's random: the handshake keys then differ on the two sides.
    static constexpr qint64 kGarbledByte = 20;

private:
    void accept()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            auto *upstream = new QTcpSocket(client);
            auto passed = std::make_shared<qint64>(0);
            const Fault fault = m_fault;
            connect(
                client, &QTcpSocket::readyRead, upstream, [client, upstream] { upstream->write(client->readAll()); });
            connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream, passed, fault] {
                QByteArray data = upstream->readAll();
                if (fault == Fault::GarbleHandshake && *passed <= kGarbledByte
                    && *passed + data.size() > kGarbledByte) {
                    data[kGarbledByte - *passed] = char(data[kGarbledByte - *passed] ^ 0x5a);
                    ++m_faultsMade;
                }
                if (fault == Fault::CutAnswer && *passed + data.size() > kCutAfter) {
                    // As a daemon that goes away mid-answer: part of it, then the connection ends.
                    client->write(data.left(kCutAfter - *passed));
                    *passed = kCutAfter;
                    ++m_faultsMade;
                    upstream->abort();
                    client->disconnectFromHost();
                    return;
                }
                *passed += data.size();
                client->write(data);
            });
            connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            upstream->connectToHost(QHostAddress::LocalHost, m_target);
        }
    }

    QTcpServer m_server;
    quint16 m_target;
    Fault m_fault = Fault::None;
    int m_faultsMade = 0;
};

// Overwrites the root page of `table` with noise, as a bad disk sector would.
bool damageTable(const QString &databasePath, const QString &table)
{
    int rootPage = 0;
    int pageSize = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damager"));
        db.setDatabaseName(databasePath);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = '%1'").arg(table))
                && query.next())
                rootPage = query.value(0).toInt();
            if (query.exec(QStringLiteral("PRAGMA page_size")) && query.next())
                pageSize = query.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damager"));
    QFile file(databasePath);
    if (rootPage <= 1 || pageSize <= 0 || !file.open(QIODevice::ReadWrite)
        || !file.seek(qint64(rootPage - 1) * pageSize))
        return false;
    QByteArray noise(pageSize, '\0');
    for (int i = 0; i < pageSize; ++i)
        noise[i] = char((i * 151 + 7) % 251);
    return file.write(noise) == pageSize;
}

QStringList displayNames(const TestClient::Snapshot &snapshot)
{
    QStringList names;
    for (const auto &[id, fields] : snapshot.at("person")) {
        if (const auto name = fields.find("display_name"); name != fields.end())
            names << QString::fromStdString(toDisplayString(name->second));
    }
    return names;
}

} // namespace

class TestLocalFaults : public QObject
{
    Q_OBJECT

private:
    SyncdProcess m_daemon;
    const SystemClock m_clock; // the device's, as the daemon's runs on the system clock too

    QString cliLogin(const QString &profile, const QString &email)
    {
        QByteArray printed;
        const int code = runCli({"--profile", profile, "login", m_daemon.url().toString(), "--email", email,
                                    "--password-stdin", "--ca", m_daemon.certificatePath()},
            QByteArray(SyncdProcess::kDemoPassword) + '\n', &printed);
        return code == 0 ? QString() : QString::fromUtf8(printed);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_daemon.start(300), qPrintable(m_daemon.error())); }

    void damagedCursorFetchesEverythingAgainAndKeepsUnsentEdits()
    {
        TestClient admin;
        TestClient leader;
        admin.signIn(m_daemon, "admin@example.org");
        leader.signIn(m_daemon, "leader@example.org");
        QVERIFY(leader.store().updateRow("person", leader.personId(), {{"skills", std::string("kept")}}).ok());

        // Bytes of the cursor damaged: the daemon does not know it.
        QVERIFY(leader.store().setSetting("cursor", QStringLiteral("1\x7f.x")).ok());
        auto result = leader.sync();
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(result.refetched);
        QVERIFY(result.message.contains(QStringLiteral("damaged")));
        QCOMPARE(leader.store().pendingCount(), 0);
        QVERIFY(!leader.store().isRefetching());
        QVERIFY(admin.sync().ok());
        QCOMPARE(admin.field("person", leader.personId(), "skills"), QStringLiteral("kept"));

        // A cursor that reads well but is past every change the daemon made would miss all later
        // ones for good: the daemon has the device fetch everything again.
        const QString cursor = leader.store().cursor();
        const QString epoch = cursor.section(QLatin1Char('.'), 0, 0);
        QVERIFY(leader.store().setSetting("cursor", epoch + QStringLiteral(".99999999")).ok());
        auto added = admin.store().createRow("person", {{"display_name", std::string("Added Meanwhile")}});
        QVERIFY(added.ok());
        QVERIFY(admin.sync().ok());
        result = leader.sync();
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(leader.field("person", *added, "display_name"), QStringLiteral("Added Meanwhile"));
    }

    void refetchFromTheCommandLineKeepsUnsentChanges()
    {
        QTemporaryDir profile;
        const QString login = cliLogin(profile.path(), "leader@example.org");
        QVERIFY2(login.isEmpty(), qPrintable(login));
        QVERIFY(std::get<0>(runCli({"--profile", profile.path(), "sync"})) == 0);
        QString missing;
        {
            // A row lost behind the store's back, and an unsent edit.
            LocalStore store(m_clock);
            QVERIFY(store.open(profile.filePath("commonroom.db")).ok());
            QSqlQuery query(store.database());
            QVERIFY(query.exec("SELECT id FROM person WHERE id != (SELECT value FROM setting WHERE key = 'person_id') "
                               "LIMIT 1")
                && query.next());
            missing = query.value(0).toString();
            query.finish();
            QVERIFY(query.exec(QStringLiteral("DELETE FROM person WHERE id = '%1'").arg(missing)));
        }
        const auto [added, addedOut, addedErr]
            = runCli({"--profile", profile.path(), "people", "add", "--name", "Unsent Before Refetch"});
        QCOMPARE(added, 0);
        const QString addedId = QString::fromUtf8(addedOut).trimmed();

        auto [code, out, err] = runCli({"--profile", profile.path(), "refetch"});
        QVERIFY2(code == 0, out + err);
        QVERIFY(err.contains("unsent changes are kept"));
        std::tie(code, out, err) = runCli({"--profile", profile.path(), "--json", "people", "show", missing});
        QVERIFY2(code == 0, err);
        TestClient observer;
        observer.signIn(m_daemon, "admin@example.org");
        QCOMPARE(observer.field("person", addedId, "display_name"), QStringLiteral("Unsent Before Refetch"));

        std::tie(code, out, err) = runCli({"--profile", profile.path(), "sync", "--refetch"});
        QVERIFY2(code == 0, out + err);
    }

    void recoverFromTheCommandLineSendsTheSalvagedChanges()
    {
        QTemporaryDir profile;
        const QString login = cliLogin(profile.path(), "leader@example.org");
        QVERIFY2(login.isEmpty(), qPrintable(login));
        QVERIFY(std::get<0>(runCli({"--profile", profile.path(), "sync"})) == 0);
        for (const char *name : {"Salvaged One", "Salvaged Two", "Salvaged Three"})
            QCOMPARE(std::get<0>(runCli({"--profile", profile.path(), "people", "add", "--name", name})), 0);
        const QString database = profile.filePath("commonroom.db");
        QVERIFY(damageTable(database, "person"));

        auto [code, out, err] = runCli({"--profile", profile.path(), "--json", "recover"});
        QVERIFY2(code == 0, out + err);
        const auto report = QJsonDocument::fromJson(out).object();
        QCOMPARE(report.value("kept").toInt(), 3);
        QCOMPARE(report.value("unreadable").toInt(), 0);
        QVERIFY(report.value("same_device").toBool());
        QVERIFY(QFile::exists(report.value("moved_to").toString()));

        std::tie(code, out, err) = runCli({"--profile", profile.path(), "sync"});
        QVERIFY2(code == 0, out + err);
        TestClient observer;
        observer.signIn(m_daemon, "admin@example.org");
        const QStringList names = displayNames(observer.snapshot());
        for (const char *name : {"Salvaged One", "Salvaged Two", "Salvaged Three"})
            QVERIFY2(names.count(QString::fromUtf8(name)) == 1, name);
        // A sound database is not moved aside.
        std::tie(code, out, err) = runCli({"--profile", profile.path(), "recover"});
        QCOMPARE(code, 1);
        QVERIFY(err.contains("nothing to recover"));
    }

    // Assessments and leader notes on damaged pages are said so on the command line, naming the
    // person and how to rescue the copy, never listed as "not assessed yet" or "no notes".
    void damagedAssessmentsAndNotesAreSaidSo()
    {
        QTemporaryDir profile;
        const QString login = cliLogin(profile.path(), "leader@example.org");
        QVERIFY2(login.isEmpty(), qPrintable(login));
        QCOMPARE(std::get<0>(runCli({"--profile", profile.path(), "sync"})), 0);
        // The demo leader is assessed, and has written a note about the demo member.
        TestClient leader;
        TestClient member;
        leader.signIn(m_daemon, "leader@example.org");
        member.signIn(m_daemon, "member@example.org");
        const QString assessed = leader.personId();
        const QString notedAbout = member.personId();
        auto [code, out, err] = runCli({"--profile", profile.path(), "--json", "ladder", assessed});
        QVERIFY2(code == 0, err.constData());
        QVERIFY(!QJsonDocument::fromJson(out).object().value("assessments").toArray().isEmpty());
        std::tie(code, out, err) = runCli({"--profile", profile.path(), "--json", "notes", notedAbout});
        QVERIFY2(code == 0, err.constData());
        QVERIFY(!QJsonDocument::fromJson(out).object().value("notes").toArray().isEmpty());

        const QString database = profile.filePath("commonroom.db");
        QVERIFY(damageTable(database, "assessment"));
        QVERIFY(damageTable(database, "leader_note"));
        std::tie(code, out, err) = runCli({"--profile", profile.path(), "ladder", assessed});
        QCOMPARE(code, 1);
        QVERIFY2(out.isEmpty(), out.constData());
        QVERIFY2(err.contains("Cannot read the assessments of Lena Hoffmann on this device: the local database is "
                              "damaged"),
            err.constData());
        QVERIFY2(err.contains("commonroom-cli recover"), err.constData());
        std::tie(code, out, err) = runCli({"--profile", profile.path(), "notes", notedAbout});
        QCOMPARE(code, 1);
        QVERIFY2(out.isEmpty(), out.constData());
        QVERIFY2(err.contains("Cannot read the leader notes about Mateo Silva on this device: the local database is "
                              "damaged"),
            err.constData());
    }

    void garbledHandshakeIsNotAChangedCertificate()
    {
        TestClient leader;
        leader.signIn(m_daemon, "leader@example.org");
        QVERIFY(leader.store().updateRow("person", leader.personId(), {{"skills", std::string("garbled")}}).ok());
        FaultyProxy proxy(quint16(m_daemon.url().port()));
        QVERIFY(leader.store().setSetting("server_url", proxy.url().toString()).ok());

        proxy.setFault(FaultyProxy::Fault::GarbleHandshake);
        auto result = leader.sync();
        QVERIFY(proxy.faultsMade() > 0);
        QVERIFY2(
            !result.message.contains(QStringLiteral("did not present the certificate")), qPrintable(result.message));
        QCOMPARE(int(result.outcome), int(SyncResult::Outcome::Offline));
        QVERIFY(result.message.contains(QStringLiteral("secure connection")));
        QCOMPARE(leader.store().pendingCount(), 1);

        // Through the same proxy, undisturbed, it syncs.
        proxy.setFault(FaultyProxy::Fault::None);
        result = leader.sync();
        QVERIFY2(result.ok(), qPrintable(result.message));
        // A real mismatch (on a new connection: the proxy is a new address for this device) is
        // still a changed certificate.
        TestClient other;
        other.signIn(m_daemon, "member@example.org");
        QVERIFY(other.store().setSetting("server_url", proxy.url().toString()).ok());
        QVERIFY(other.store().setSetting("fingerprint", QStringLiteral("AB:CD:EF")).ok());
        result = other.sync();
        QCOMPARE(int(result.outcome), int(SyncResult::Outcome::Failed));
        QVERIFY2(
            result.message.contains(QStringLiteral("did not present the certificate")), qPrintable(result.message));
    }

    void answerCutShortIsOfflineAndKeepsChanges()
    {
        QTemporaryDir profile;
        const QString login = cliLogin(profile.path(), "leader@example.org");
        QVERIFY2(login.isEmpty(), qPrintable(login));
        QCOMPARE(std::get<0>(runCli({"--profile", profile.path(), "people", "add", "--name", "Cut Short"})), 0);
        FaultyProxy proxy(quint16(m_daemon.url().port()));
        {
            LocalStore store(m_clock);
            QVERIFY(store.open(profile.filePath("commonroom.db")).ok());
            QVERIFY(store.setSetting("server_url", proxy.url().toString()).ok());
        }
        // The first sync pulls the whole community: an answer far longer than the cut.
        proxy.setFault(FaultyProxy::Fault::CutAnswer);
        auto [code, out, err] = runCli({"--profile", profile.path(), "sync"});
        QVERIFY(proxy.faultsMade() > 0);
        QVERIFY2(code == 4, out + err);
        // The headers had arrived: what broke off was the answer's body.
        QVERIFY2(err.contains("broke off in the middle of its answer"), err);
        QVERIFY(err.contains("kept"));

        proxy.setFault(FaultyProxy::Fault::None);
        std::tie(code, out, err) = runCli({"--profile", profile.path(), "sync"});
        QVERIFY2(code == 0, out + err);
    }

    void cleanupTestCase() { m_daemon.stop(); }
};

QTEST_GUILESS_MAIN(TestLocalFaults)
#include "tst_localfaults.moc"
