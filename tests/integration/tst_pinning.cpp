// The daemon's certificate is pinned: a device trusts a connection when, and only when, the
// daemon presents the certificate the user accepted. A certificate that a certificate authority
// the system trusts signed for the daemon's address (an intercepting proxy installs its own root)
// is refused all the same, on the first connection and on every one after it.

#include "SyncdProcess.h"

#include "common/Endpoints.h"
#include "desktop/core/ApiClient.h"

#include <QFile>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

using namespace commonroom;

class TestPinning : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_certificates;
    SyncdProcess m_daemon;
    QSslCertificate m_authority;

    QString path(const char *name) const { return m_certificates.filePath(QString::fromLatin1(name)); }

    static bool openssl(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral("openssl"), arguments);
        return process.waitForFinished(60'000) && process.exitCode() == 0;
    }

    // GET /v1/health; the network error (NoError when the connection was trusted).
    static QNetworkReply::NetworkError health(ApiClient &api)
    {
        QNetworkReply *reply = api.get(protocol::endpoint::kHealth);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(30'000))
            return QNetworkReply::TimeoutError;
        reply->deleteLater();
        return reply->error();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_certificates.isValid());
        const QStringList key {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
            QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
        QVERIFY(openssl(QStringList {QStringLiteral("req"), QStringLiteral("-x509")} + key
            + QStringList {QStringLiteral("-keyout"), path("authority.key"), QStringLiteral("-out"),
                path("authority.pem"), QStringLiteral("-days"), QStringLiteral("3650"), QStringLiteral("-subj"),
                QStringLiteral("/CN=Intercepting Root")}));
        QVERIFY(openssl(QStringList {QStringLiteral("req")} + key
            + QStringList {QStringLiteral("-keyout"), path("daemon.key"), QStringLiteral("-out"), path("daemon.csr"),
                QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")}));
        QFile extensions(path("san.ext"));
        QVERIFY(extensions.open(QIODevice::WriteOnly));
        extensions.write("subjectAltName=IP:127.0.0.1,DNS:localhost\n");
        extensions.close();
        QVERIFY(openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), path("daemon.csr"),
            QStringLiteral("-CA"), path("authority.pem"), QStringLiteral("-CAkey"), path("authority.key"),
            QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("3650"),
            QStringLiteral("-extfile"), path("san.ext"), QStringLiteral("-out"), path("daemon.pem")}));

        const auto authority = QSslCertificate::fromPath(path("authority.pem"));
        QCOMPARE(authority.size(), 1);
        m_authority = authority.first();
        // The system trusts the authority, as it would after a proxy's root was installed.
        QSslConfiguration system = QSslConfiguration::defaultConfiguration();
        system.addCaCertificate(m_authority);
        QSslConfiguration::setDefaultConfiguration(system);

        m_daemon.setServeOptions(
            {QStringLiteral("--tls-cert"), path("daemon.pem"), QStringLiteral("--tls-key"), path("daemon.key")});
        QVERIFY2(m_daemon.start(0), qPrintable(m_daemon.error()));
    }

    void theAcceptedCertificateIsTrusted()
    {
        ApiClient api;
        api.setServer(m_daemon.url(), m_daemon.fingerprint());
        QCOMPARE(health(api), QNetworkReply::NoError);
    }

    void aCertificateTheSystemTrustsIsRefusedWithoutThePin()
    {
        ApiClient api;
        api.setServer(m_daemon.url(), ApiClient::fingerprint(m_authority));
        QVERIFY(health(api) != QNetworkReply::NoError);
    }

    void aConnectionKeptOpenIsCheckedAgainstANewPin()
    {
        ApiClient api;
        api.setServer(m_daemon.url(), m_daemon.fingerprint());
        QCOMPARE(health(api), QNetworkReply::NoError);
        api.setServer(m_daemon.url(), ApiClient::fingerprint(m_authority));
        QVERIFY(health(api) != QNetworkReply::NoError);
        api.setServer(m_daemon.url(), m_daemon.fingerprint());
        QCOMPARE(health(api), QNetworkReply::NoError);
    }

    void nothingIsTrustedWithoutAPin()
    {
        ApiClient api;
        api.setServer(m_daemon.url(), QString());
        QVERIFY(health(api) != QNetworkReply::NoError);
    }
};

QTEST_GUILESS_MAIN(TestPinning)
#include "tst_pinning.moc"
