// What the real commonroom-syncd leaves where others could read it: the modes of its files, what
// its audit log keeps of a mistyped sign-in, and the TLS suites it agrees to (docs/security.md).
#include "RawHttps.h"

#include <QFile>
#include <QJsonArray>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QTemporaryDir>

#include <sys/stat.h>

namespace {

// The permission bits of `path`, or -1 when it does not exist.
int modeOf(const QString &path)
{
    struct stat status
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? int(status.st_mode & 07777) : -1;
}

// Whether a TLS 1.2 client offering only `cipher` completes a handshake with `daemon`.
bool handshakes(const Daemon &daemon, const QString &cipher)
{
    QSslSocket socket;
    auto configuration = QSslConfiguration::defaultConfiguration();
    configuration.setProtocol(QSsl::TlsV1_2);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    const QSslCipher only(cipher);
    if (only.isNull())
        qFatal("this TLS backend does not know %s", qPrintable(cipher));
    configuration.setCiphers({only});
    socket.setSslConfiguration(configuration);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), daemon.port);
    return socket.waitForEncrypted(kTimeoutMs);
}

} // namespace

class TestAtRest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Daemon m_daemon;

    QString data(const QString &name = {}) const
    {
        return name.isEmpty() ? m_dir.path() + "/data" : m_dir.path() + "/data/" + name;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(initDataDir(data()));
        QVERIFY(m_daemon.start(data(), {QStringLiteral("--login-rate-limit"), QStringLiteral("0")}));
    }

    void theDataIsForTheDaemonsUserOnly()
    {
        QCOMPARE(modeOf(data()), 0700);
        QCOMPARE(modeOf(data(QStringLiteral("tls"))), 0700);
        for (const char *file : {"commonroom.db", "commonroom.db-wal", "commonroom.db-shm", "tls/cert.pem",
                 "tls/key.pem", "mail.key", "daemon.lock"})
            QVERIFY2(modeOf(data(QString::fromLatin1(file))) == 0600,
                qPrintable(QStringLiteral("%1 is %2")
                               .arg(QLatin1String(file))
                               .arg(modeOf(data(QString::fromLatin1(file))), 0, 8)));
    }

    void filesLeftOpenByAnOlderVersionAreClosedAtStart()
    {
        m_daemon.stop();
        QVERIFY(::chmod(QFile::encodeName(data()).constData(), 0755) == 0);
        QVERIFY(::chmod(QFile::encodeName(data(QStringLiteral("commonroom.db"))).constData(), 0644) == 0);
        QVERIFY(::chmod(QFile::encodeName(data(QStringLiteral("tls/cert.pem"))).constData(), 0644) == 0);
        QVERIFY(m_daemon.start(data(), {QStringLiteral("--login-rate-limit"), QStringLiteral("0")}));
        QCOMPARE(modeOf(data()), 0700);
        QCOMPARE(modeOf(data(QStringLiteral("commonroom.db"))), 0600);
        QCOMPARE(modeOf(data(QStringLiteral("tls/cert.pem"))), 0600);
    }

    void aPasswordTypedAsTheEmailIsNotAudited()
    {
        const QByteArray typed = "MySecretPassw0rd!";
        const auto failed = exchange(m_daemon, request("POST", "/v1/auth/login", loginBody(typed, typed, newId())));
        QCOMPARE(failed.status, 401);
        const auto signedIn
            = exchange(m_daemon, request("POST", "/v1/auth/login", loginBody(kAdminEmail, kAdminPassword, newId())));
        QCOMPARE(signedIn.status, 200);
        const QByteArray token
            = QJsonDocument::fromJson(signedIn.body).object().value(QStringLiteral("token")).toString().toLatin1();
        const auto audit = exchange(m_daemon, request("GET", "/v1/audit?action=login_failed", {}, {bearer(token)}));
        QCOMPARE(audit.status, 200);
        const auto entries = QJsonDocument::fromJson(audit.body).object().value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(
            entries.first().toObject().value(QStringLiteral("detail")).toString(), QStringLiteral("unknown email"));
        QVERIFY(!audit.body.contains(typed));
    }

    void tlsOffersNoCbcSuites()
    {
        QVERIFY(handshakes(m_daemon, QStringLiteral("ECDHE-ECDSA-AES128-GCM-SHA256")));
        QVERIFY(handshakes(m_daemon, QStringLiteral("ECDHE-ECDSA-CHACHA20-POLY1305")));
        QVERIFY(!handshakes(m_daemon, QStringLiteral("ECDHE-ECDSA-AES128-SHA256")));
        QVERIFY(!handshakes(m_daemon, QStringLiteral("ECDHE-ECDSA-AES256-SHA")));
    }
};

QTEST_GUILESS_MAIN(TestAtRest)
#include "tst_atrest.moc"
